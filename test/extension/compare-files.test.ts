/**
 * "Compare with Previous Draft" against another file: the one way there is without Git, on the
 * desktop and on the web (the web worker host has no Git extension). Files are written through
 * VS Code's file system into the workspace; the root hook deletes them after the test.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RoundDiff } from '../../src/engine/index.js';

const DRAFT = [
  '# Master Services Agreement',
  '',
  'This Agreement is made between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").',
  '',
  '## 1. Fees',
  '',
  '1.1 Customer shall pay the Fees set out in the Order Form.',
  '',
  '1.2 Provider grants Customer a discount of ten percent (10%) on the Fees.',
  '',
].join('\n');

describe('comparing two drafts as files', () => {
  it('reads what moved between another file and the active contract', async () => {
    const root = vscode.workspace.workspaceFolders![0]!.uri;
    const current = vscode.Uri.joinPath(root, 'msa-round-2.contract.md');
    const earlier = vscode.Uri.joinPath(root, 'msa-round-1.contract.md');
    const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
    await vscode.workspace.fs.writeFile(current, encode(DRAFT));
    await vscode.workspace.fs.writeFile(earlier, encode(DRAFT.replace('ten percent (10%)', 'five percent (5%)')));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(current));
    const diff = await vscode.commands.executeCommand<RoundDiff>('reciprocity.compareWithPrevious', earlier);
    assert.deepEqual(
      diff?.concessions.changed.map((c) => [c.before.value, c.after.value, c.what]),
      [[{ percent: 5 }, { percent: 10 }, ['figures']]],
    );
  });
});
