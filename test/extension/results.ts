/** What a run of the extension-host suite reports to the outer runner, in either host. */
import type Mocha from 'mocha';

export interface SuiteResults {
  passes: number;
  failures: number;
  pending: number;
  tests: {
    title: string;
    file?: string;
    state: 'passed' | 'failed' | 'pending';
    durationMs?: number;
    error?: string;
  }[];
  /** What mocha's reporter printed. */
  output: string;
  /** A test file that threw while loading: no test ran. */
  loadError?: string;
  durationMs: number;
}

/** Notes each test's outcome in `tests` as the runner reports it. */
export function record(
  runner: Mocha.Runner,
  tests: SuiteResults['tests'],
  fileOf: (t: Mocha.Runnable) => string | undefined,
): void {
  runner.on('pass', (t) =>
    tests.push({ title: t.fullTitle(), file: fileOf(t), state: 'passed', durationMs: t.duration }),
  );
  runner.on('pending', (t) => tests.push({ title: t.fullTitle(), file: fileOf(t), state: 'pending' }));
  runner.on('fail', (t, error: Error) =>
    tests.push({
      title: t.fullTitle(),
      file: fileOf(t),
      state: 'failed',
      durationMs: t.duration,
      error: error?.stack ?? String(error),
    }),
  );
}

/** The results of a finished run. */
export function summary(
  tests: SuiteResults['tests'],
  failures: number,
  output: string[],
  started: number,
  loadError?: string,
): SuiteResults {
  return {
    passes: tests.filter((t) => t.state === 'passed').length,
    failures,
    pending: tests.filter((t) => t.state === 'pending').length,
    tests,
    output: output.join('\n'),
    durationMs: Date.now() - started,
    ...(loadError ? { loadError } : {}),
  };
}
