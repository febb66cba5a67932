/**
 * The extension-host suite in VS Code's web worker extension host (vscode.dev, github.dev): one
 * bundle (build-tests.mjs) of mocha's browser build and every test file that needs no Node.
 * Left out: the CLI comparison (a Node program), following the file on disk (follow.test.ts
 * writes files with Node's fs) and rounds against Git revisions (rounds.test.ts makes a Git
 * repository; the worker host has neither Node's file system nor the Git extension): comparing
 * with another file is in compare-files.test.ts, which both suites run.
 *
 * run() has the contract of test/extension/index.ts; with no file system of its own, it writes the
 * results through VS Code's, beside the workspace folder, where the runner reads them.
 */
import { mocha, reporterBase } from './setup';
import { snapshotWorkspace } from '../extension/workspace';
import { record, summary, type SuiteResults } from '../extension/results';
import '../extension/smoke.test';
import '../extension/diagnostics.test';
import '../extension/hover.test';
import '../extension/code-actions.test';
import '../extension/commands.test';
import '../extension/report.test';
import '../extension/compare-files.test';
import './worker.test';
import * as vscode from 'vscode';

/** console.log's `%s`/`%d` formatting, which the spec reporter uses, without Node's util. */
function format([first, ...rest]: unknown[]): string {
  if (first === undefined) return '';
  if (typeof first !== 'string') return [first, ...rest].map(String).join(' ');
  const text = first.replace(/%[sdi]/g, () => String(rest.shift()));
  return [text, ...rest.map(String)].join(' ');
}

export async function run(): Promise<void> {
  const watching = await snapshotWorkspace();
  const started = Date.now();
  const output: string[] = [];
  const print = reporterBase.consoleLog;
  reporterBase.consoleLog = (...args: unknown[]) => {
    output.push(format(args));
    print(...args);
  };
  let results: SuiteResults;
  try {
    const tests: SuiteResults['tests'] = [];
    results = await new Promise<SuiteResults>((resolve) => {
      const runner = mocha.run((failures) => resolve(summary(tests, failures, output, started)));
      record(runner, tests, (t) => t.file);
    });
  } finally {
    reporterBase.consoleLog = print;
    watching.dispose();
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (folder)
    await vscode.workspace.fs.writeFile(
      vscode.Uri.joinPath(folder, '..', 'results.json'),
      new TextEncoder().encode(JSON.stringify(results, null, 2)),
    );
  if (results.failures > 0) throw new Error(`${results.failures} test${results.failures === 1 ? '' : 's'} failed.`);
}
