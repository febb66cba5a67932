/**
 * Negotiation rounds in a real VS Code: "Compare with Previous Draft" on a contract in a git
 * repository the test makes (outside the workspace, removed after), through the built-in Git
 * extension, and against another file.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { RoundDiff } from '../../src/engine/rounds/diff.js';
import { until } from './helpers';

const PREAMBLE = 'This Agreement is made between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").';
const ROUND_1 = [
  '# Master Services Agreement',
  '',
  PREAMBLE,
  '',
  '## 1. Fees',
  '',
  '1.1 Customer shall pay the Fees set out in the Order Form.',
  '',
  '1.2 Provider grants Customer a discount of ten percent (10%) on the Fees.',
  '',
].join('\n');

interface GitApi {
  openRepository(root: vscode.Uri): Promise<unknown>;
  getRepository(uri: vscode.Uri): unknown;
  onDidOpenRepository: vscode.Event<unknown>;
}

const tabs = (): vscode.Tab[] => vscode.window.tabGroups.all.flatMap((g) => g.tabs);

describe('negotiation rounds', () => {
  let dir: string;
  let file: vscode.Uri;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'reciprocity-rounds-'));
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
        { cwd: dir, stdio: 'pipe' },
      );
    git('init', '-q');
    writeFileSync(join(dir, 'msa.contract.md'), ROUND_1);
    git('add', 'msa.contract.md');
    git('commit', '-q', '-m', 'round 1');
    file = vscode.Uri.file(join(dir, 'msa.contract.md'));
    const extension = vscode.extensions.getExtension<{ getAPI(v: 1): GitApi }>('vscode.git');
    assert.ok(extension, 'the built-in Git extension');
    const api = (await extension.activate()).getAPI(1);
    const opened = api.openRepository(vscode.Uri.file(dir));
    await until([api.onDidOpenRepository], () => api.getRepository(file) ?? undefined, 'Git to know the repository');
    await opened;
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('compares the contract with its last commit: the round, the diff editor and the report since HEAD', async () => {
    // Round 2 on disk, not committed: the editor holds no unsaved change to put back.
    writeFileSync(file.fsPath, `${ROUND_1}\n1.3 Provider waives the setup fee.\n`);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    const diff = await vscode.commands.executeCommand<RoundDiff>('reciprocity.compareWithPrevious', 'HEAD');
    assert.ok(diff, 'a round');
    assert.equal(diff.old, `${vscode.workspace.asRelativePath(file)}@HEAD`);
    assert.deepEqual(
      diff.concessions.added.map((c) => `${c.kind} ${c.by}->${c.to}`),
      ['waiver Provider->Customer'],
    );
    assert.deepEqual(
      diff.findings.map((f) => f.ruleId),
      ['unreciprocated-concession'],
    );
    await until(
      [vscode.window.tabGroups.onDidChangeTabs],
      () =>
        tabs().find(
          (t) =>
            t.input instanceof vscode.TabInputTextDiff &&
            t.input.original.scheme === 'git' &&
            t.input.modified.toString() === file.toString(),
        ),
      'the diff editor on HEAD and the working copy',
    );
    await until(
      [vscode.window.tabGroups.onDidChangeTabs],
      () =>
        tabs().find((t) => t.input instanceof vscode.TabInputWebview && /Give\/Get: msa\.contract\.md/.test(t.label)),
      'the report beside it',
    );
  });

  it('compares with another file picked, where there is no commit to compare with', async () => {
    const other = vscode.Uri.file(join(dir, 'earlier.md'));
    writeFileSync(other.fsPath, ROUND_1.replace('ten percent (10%)', 'five percent (5%)'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    const diff = await vscode.commands.executeCommand<RoundDiff>('reciprocity.compareWithPrevious', other);
    assert.deepEqual(
      diff?.concessions.changed.map((c) => [c.before.value, c.after.value, c.what]),
      [[{ percent: 5 }, { percent: 10 }, ['figures']]],
    );
  });
});
