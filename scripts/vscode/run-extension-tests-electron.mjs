#!/usr/bin/env node
// Runs the same extension-host suite in a desktop VS Code with @vscode/test-electron, which
// downloads VS Code into .vscode-test/ at test time: for machines with internet (and, on Linux
// without a display, under `xvfb-run -a`). On the offline machines use run-extension-tests.mjs.
//
//   node scripts/vscode/run-extension-tests-electron.mjs [--vscode-version 1.138.0] [--grep TEXT]
//
// Exits like run-extension-tests.mjs: the number of failures (at most 255), or 1 when the suite
// did not report. Needs `npm run build` and `node scripts/vscode/build-tests.mjs` first.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: flags } = parseArgs({
  options: {
    // engines.vscode is ^1.138.0: test on the oldest supported by default, or 'stable'.
    'vscode-version': { type: 'string', default: process.env.VSCODE_VERSION ?? '1.138.0' },
    suite: { type: 'string', default: join(repoRoot, 'out', 'test', 'extension', 'index.js') },
    workspace: { type: 'string', default: join(repoRoot, 'test', 'fixtures', 'workspace') },
    grep: { type: 'string' },
  },
});

let testElectron;
try {
  testElectron = await import('@vscode/test-electron');
} catch {
  console.error('@vscode/test-electron is not installed: add it to devDependencies (npm i -D @vscode/test-electron).');
  process.exit(1);
}
const suite = resolve(flags.suite);
if (!existsSync(suite)) {
  console.error(`no compiled suite at ${suite}: run \`node scripts/vscode/build-tests.mjs\` first`);
  process.exit(1);
}

const temp = mkdtempSync(join(tmpdir(), 'reciprocity-electron-tests-'));
const resultsFile = join(temp, 'results.json');
// As run-extension-tests.mjs: a fresh copy of the workspace, and no auto-save.
const workspaceCopy = join(temp, basename(resolve(flags.workspace)));
cpSync(resolve(flags.workspace), workspaceCopy, { recursive: true });
mkdirSync(join(temp, 'user', 'User'), { recursive: true });
writeFileSync(join(temp, 'user', 'User', 'settings.json'), JSON.stringify({ 'files.autoSave': 'off' }));
let code;
try {
  code = await testElectron.runTests({
    version: flags['vscode-version'],
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: suite,
    extensionTestsEnv: {
      RECIPROCITY_TEST_RESULTS: resultsFile,
      ...(flags.grep ? { RECIPROCITY_TEST_GREP: flags.grep } : {}),
    },
    // runTests adds --skip-welcome, --disable-workspace-trust and --extensionDevelopmentPath itself.
    launchArgs: [
      workspaceCopy,
      '--disable-extensions', // every other installed extension; the one under development still loads
      `--user-data-dir=${join(temp, 'user')}`, // a fresh profile each run
    ],
  });
} catch (error) {
  // runTests rejects when VS Code exits non-zero (run() threw: failures or a load error).
  code = typeof error?.code === 'number' ? error.code : 1;
  if (!existsSync(resultsFile)) console.error(`VS Code run failed: ${error?.message ?? error}`);
}

// mocha's output already reached this terminal through the extension host's stdout.
const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
rmSync(temp, { recursive: true, force: true });
if (!results) {
  console.log('vscode: 0 passed, 1 failed');
  console.error('the suite reported no results');
  process.exit(1);
}
console.log(
  `vscode: ${results.passes} passed, ${results.failures} failed${results.pending ? `, ${results.pending} skipped` : ''}`,
);
if (results.failures > 0) process.exit(Math.min(results.failures, 255));
if (results.passes === 0 && !flags.grep) {
  console.error('no test ran');
  process.exit(1);
}
process.exit(code ? 1 : 0);
