#!/usr/bin/env node
// Runs the extension-host suite (out/test/extension/index.js) inside a real VS Code, offline:
// code-server with the smoke-test driver, its workbench in headless chromium, and the test payload
// in the URL: what @vscode/test-electron does with a desktop VS Code.
//
//   node scripts/vscode/run-extension-tests.mjs [--web] [--verbose] [--keep] [--timeout MS] [--grep TEXT]
//                                              [--suite out/test/extension/index.js]
//                                              [--workspace test/fixtures/workspace]
//
// The suite runs on a fresh copy of the workspace folder, so that no run edits the checked-in
// fixtures or sees what an earlier run left; auto-save is off (code-server, a web build, saves a
// dirty file after 1 s by default, which put a test's edit on disk before the test reverted it).
//
// --web runs out/test/web/index.js in the web worker extension host instead (what vscode.dev
// runs): the user setting remote.extensionKind puts the extension there, and the payload's URIs
// carry the server's real authority (with `remote`, VS Code keeps the suite in the Node host).
//
// Prints mocha's output and a closing "vscode: N passed, N failed" line; exits with the number of
// failures (at most 255), or 1 when the suite did not report (crash, time-out, no test ran).
// Needs `bash scripts/vscode/setup.sh`, `npm run build` and `node scripts/vscode/build-tests.mjs`.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer, remote, repoRoot, workbenchUrl } from './server.mjs';
import { launchChromium, screenshot } from './browser.mjs';

const { values: flags } = parseArgs({
  options: {
    web: { type: 'boolean', default: false },
    suite: { type: 'string' },
    workspace: { type: 'string', default: join(repoRoot, 'test', 'fixtures', 'workspace') },
    extension: { type: 'string', default: repoRoot },
    // A hang detector only: the suite took 2.5 to 5 min on a 2-core machine busy with other jobs.
    timeout: { type: 'string', default: process.env.RECIPROCITY_VSCODE_TIMEOUT ?? '900000' },
    grep: { type: 'string' },
    verbose: { type: 'boolean', default: process.env.RECIPROCITY_VSCODE_VERBOSE === '1' },
    keep: { type: 'boolean', default: false },
  },
});

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const say = (message) => process.stderr.write(`[vscode-tests] ${message}\n`);

const suite = resolve(flags.suite ?? join(repoRoot, 'out', 'test', flags.web ? 'web' : 'extension', 'index.js'));
const workspace = resolve(flags.workspace);
const extension = resolve(flags.extension);
const main = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8')).main ?? '';
for (const [what, path, fix] of [
  ['compiled suite', suite, 'node scripts/vscode/build-tests.mjs'],
  ['workspace folder', workspace, 'git checkout test/fixtures/workspace'],
  ['extension bundle', join(extension, main), 'npm run build'],
]) {
  if (!existsSync(path)) {
    say(`no ${what} at ${path}: run \`${fix}\` first`);
    process.exit(1);
  }
}

const temp = mkdtempSync(join(process.env.RECIPROCITY_TMP ?? tmpdir(), 'reciprocity-ext-tests-'));
const resultsFile = join(temp, 'results.json');
// Same folder name, so the workbench shows the same title and the tests the same workspace name.
const workspaceCopy = join(temp, basename(workspace));
cpSync(workspace, workspaceCopy, { recursive: true });
let server;
let browser;
let exitCode = 1;
try {
  exitCode = await main_();
} catch (error) {
  say(`error: ${error?.stack ?? error}`);
  exitCode = 1;
} finally {
  await browser?.close();
  await server?.stop();
  if (!flags.keep) rmSync(temp, { recursive: true, force: true });
  else say(`kept ${temp}`);
}
process.exit(exitCode);

async function main_() {
  server = await startServer({
    smokeTestDriver: true,
    log: flags.verbose,
    keepTemp: flags.keep,
    settings: {
      'files.autoSave': 'off',
      ...(flags.web ? { 'remote.extensionKind': { 'reciprocity.reciprocity': ['web'] } } : {}),
    },
    // The environment reaches the extension host, where test/extension/index.ts reads it.
    env: {
      RECIPROCITY_TEST_RESULTS: resultsFile,
      ...(flags.grep ? { RECIPROCITY_TEST_GREP: flags.grep } : {}),
    },
  });
  say(`code-server ${server.version} up at ${server.url} (${elapsed()})`);

  browser = await launchChromium();
  const { page } = browser;

  // What the extension host and the workbench print, kept for a report when the suite does not finish.
  const consoleLines = [];
  const keep = (line) => {
    consoleLines.push(line);
    if (consoleLines.length > 500) consoleLines.shift();
    if (flags.verbose) process.stderr.write(`[workbench] ${line}\n`);
  };
  page.on('console', (message) => {
    // Extension-host console output arrives as ("%c INFO", "color: #33f", ...args).
    keep(message.text().replace(/^%c\s*(\w+)\s+color:\s*\S+\s?/, '$1 '));
  });
  page.on('pageerror', (error) => keep(`page error: ${error.message}`));

  let finish;
  const finished = new Promise((r) => {
    finish = r;
  });
  // The workbench's log, which --verbose already shows through the page console.
  await page.exposeFunction('codeAutomationLog', () => {});
  await page.exposeFunction('codeAutomationExit', (code) => finish({ code }));
  page.on('crash', () => finish({ code: 1, reason: 'the page crashed' }));
  server.process.once('exit', (code) => finish({ code: 1, reason: `code-server exited (${code})` }));

  const at = flags.web ? (path) => `vscode-remote://${new URL(server.url).host}${path}` : remote;
  const payload = [
    ['extensionDevelopmentPath', at(extension)],
    ['extensionTestsPath', at(suite)],
    ['skipWelcome', 'true'],
  ];
  await page.goto(workbenchUrl(server.url, { folder: workspaceCopy, payload }));
  say(
    `workbench opened on a copy of ${relative(repoRoot, workspace) || '.'}, running ${relative(repoRoot, suite)}${flags.web ? ' in the web worker host' : ''} (${elapsed()})`,
  );

  const timeoutMs = Number(flags.timeout);
  let timer;
  const outcome = await Promise.race([
    finished,
    new Promise((r) => {
      timer = setTimeout(() => r({ code: 1, reason: `no result after ${timeoutMs} ms` }), timeoutMs);
    }),
  ]);
  clearTimeout(timer);

  const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
  if (results?.output) process.stdout.write(`${results.output}\n`);
  if (results?.loadError) process.stdout.write(`\nThe suite failed to load:\n${results.loadError}\n`);

  if (!results || outcome.reason || results.loadError) {
    if (!results)
      say(
        `the suite reported no results (${outcome.reason ?? `extension host exited with ${outcome.code}`}); last console lines:`,
      );
    else if (outcome.reason) say(outcome.reason);
    if (!results && !flags.verbose) for (const line of consoleLines.slice(-60)) process.stderr.write(`  ${line}\n`);
    if (!outcome.reason?.includes('crash')) {
      const shot = await screenshot(page, 'extension-tests-failure').catch(() => undefined);
      if (shot) say(`screenshot: ${relative(repoRoot, shot)}`);
    }
  }

  const passed = results?.passes ?? 0;
  const failed = results ? results.failures : 1;
  const skipped = results?.pending ?? 0;
  say(`done in ${elapsed()}`);
  // The closing line, last: "N passed, N failed" as CI reads it.
  console.log(
    `vscode${flags.web ? ' (web)' : ''}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
  );

  if (!results || outcome.reason) return 1;
  if (failed > 0) return Math.min(failed, 255);
  if (passed === 0 && !flags.grep) {
    say('no test ran: is out/test/extension/ built, with *.test.js files?');
    return 1;
  }
  // The extension host's own word (1 when run() threw) must agree with the counts.
  return outcome.code ? 1 : 0;
}
