/**
 * The extension-host test suite's entry: VS Code loads this file (compiled to
 * out/test/extension/index.js by scripts/vscode/build-tests.mjs) and calls run(). The same contract
 * as for @vscode/test-electron, so the suite runs unchanged under scripts/vscode/run-extension-tests.mjs
 * (code-server, offline) and scripts/vscode/run-extension-tests-electron.mjs (desktop VS Code).
 *
 * Runs every *.test.js beside this file with mocha (BDD, like the unit tests). When
 * RECIPROCITY_TEST_RESULTS names a file, the results are also written there as JSON, for the
 * outer runner to read: counts, each test, and mocha's own output.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import { restoreWorkspace, snapshotWorkspace } from './workspace';
import { record, summary, type SuiteResults } from './results';

export async function run(): Promise<void> {
  // mocha 12's main module is ESM re-exporting the CommonJS build; take the class either way.
  const MochaClass = ((Mocha as unknown as { default?: typeof Mocha }).default ?? Mocha) as typeof Mocha;
  const mocha = new MochaClass({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    // Generous: a test waits for events, and on a machine busy with other jobs they come late.
    timeout: Number(process.env.RECIPROCITY_TEST_TIMEOUT ?? 60_000),
    grep: process.env.RECIPROCITY_TEST_GREP || undefined,
    // Whatever a test changed (settings, documents, files, editors) is put back after it, pass or fail.
    rootHooks: { afterEach: restoreWorkspace },
  });

  const files = testFiles(__dirname);
  for (const file of files) mocha.addFile(file);

  // The reporters print through Base.consoleLog: keep a copy for the results file.
  const Base = MochaClass.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const print = Base.consoleLog;
  const output: string[] = [];
  Base.consoleLog = (...args: unknown[]) => {
    output.push(format(...args));
    print(...args);
  };

  const watching = await snapshotWorkspace();
  const tests: SuiteResults['tests'] = [];
  const started = Date.now();
  let failures = 0;
  let loadError: string | undefined;
  try {
    const seed = process.env.RECIPROCITY_TEST_SHUFFLE;
    if (seed) {
      await shuffle(mocha, Number(seed));
      Base.consoleLog(`  (files, suites and tests in an order drawn from seed ${seed})`);
    }
    failures = await new Promise<number>((resolve, reject) => {
      try {
        const runner = mocha.run((count) => resolve(count));
        record(runner, tests, (t) => (t.file ? relative(__dirname, t.file) : undefined));
      } catch (error) {
        reject(error); // a test file that throws while loading
      }
    });
  } catch (error) {
    loadError = error instanceof Error ? (error.stack ?? error.message) : String(error);
    failures = Math.max(failures, 1);
  } finally {
    Base.consoleLog = print;
    watching.dispose();
  }

  const results = summary(tests, failures, output, started, loadError);
  const resultsFile = process.env.RECIPROCITY_TEST_RESULTS;
  if (resultsFile) {
    mkdirSync(dirname(resultsFile), { recursive: true });
    writeFileSync(resultsFile, JSON.stringify(results, null, 2));
  }
  if (loadError) throw new Error(`The suite failed to load: ${loadError}`);
  if (failures > 0) throw new Error(`${failures} test${failures === 1 ? '' : 's'} failed.`);
}

/**
 * RECIPROCITY_TEST_SHUFFLE=<seed>: runs the files, suites and tests in an order drawn from the
 * seed, to show that no outcome depends on order (the same seed gives the same order again).
 */
async function shuffle(mocha: Mocha, seed: number): Promise<void> {
  // Loaded now (and not again by run()), so that their suites can be reordered first.
  await mocha.loadFilesAsync();
  // mulberry32: small, seeded, good enough to deal cards.
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const deal = <T>(items: T[]): void => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
  };
  const visit = (suite: Mocha.Suite): void => {
    deal(suite.suites);
    deal(suite.tests);
    suite.suites.forEach(visit);
  };
  visit(mocha.suite);
}

/** Every *.test.js under dir, sorted. */
function testFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...testFiles(path));
    else if (entry.name.endsWith('.test.js')) found.push(path);
  }
  return found.sort();
}
