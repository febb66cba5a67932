/**
 * mocha's browser build, set up before any test file registers its suites (imported first by
 * index.ts; ES imports run in order). The build is a UMD file that, bundled, would take over the
 * bundle's exports: build-tests.mjs gives it `var module, exports, define;` so it sets globals.
 */
import 'mocha/mocha.js';
import { restoreWorkspace } from '../extension/workspace';

/** What the browser build puts on the global scope. */
const globals = globalThis as unknown as { mocha: BrowserMocha; Mocha: { reporters: { Base: Reporter } } };
export const mocha = globals.mocha;
/** The reporters print through Base.consoleLog: run() keeps a copy of what they print. */
export const reporterBase = globals.Mocha.reporters.Base;

interface BrowserMocha {
  setup(options: Record<string, unknown>): void;
  run(done: (failures: number) => void): Mocha.Runner;
}
interface Reporter {
  consoleLog: (...args: unknown[]) => void;
}

// spec, not the browser's default HTML reporter: there is no document in a worker. Generous time,
// as in the Node suite: a test waits for events, and on a busy machine they come late.
mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
// Whatever a test changed (settings, documents, files, editors) is put back after it, pass or fail.
afterEach(restoreWorkspace);
