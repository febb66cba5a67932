/**
 * The editor and the CLI agree (Node extension host only: the CLI is a Node program, absent on
 * the web).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { inLine, open, ruleOf } from './helpers';

describe('the editor and the CLI', () => {
  it('matches the CLI finding for finding', async () => {
    const editor = await open('contracts/renewal-order-form.md');
    const ds = await inLine(editor.document);
    const root = vscode.extensions.getExtension('reciprocity.reciprocity')!.extensionPath;
    // The CLI exits 1 on warnings; its report is on standard output either way.
    const run = spawnSync(
      process.execPath,
      [join(root, 'dist', 'cli.js'), 'check', editor.document.uri.fsPath, '--format', 'json'],
      { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } },
    );
    assert.equal(run.status, 1, run.stderr);
    const json = JSON.parse(run.stdout);
    const cli = json.files[0].findings
      .filter((f: { ruleId: string }) => f.ruleId === 'unreciprocated-concession')
      .map(
        (f: { message: string; range: { start: { line: number; column: number } } }) =>
          `${f.range.start.line - 1}:${f.range.start.column - 1} ${f.message}`,
      );
    const editorFindings = ds
      .filter((d) => ruleOf(d) === 'unreciprocated-concession')
      .map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`);
    assert.deepEqual(editorFindings, cli);
  });
});
