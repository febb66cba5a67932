/** The commands, run in a real VS Code. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnostics, open, ours, revert } from './helpers';

describe('commands', () => {
  it('Toggle Review turns review on and off for a file that is not detected as a contract', async () => {
    const editor = await open('draft-terms.md');
    const uri = editor.document.uri;
    assert.deepEqual(ours(uri), []);
    assert.equal(await vscode.commands.executeCommand('reciprocity.toggleFile'), true);
    await diagnostics(uri, (ds) => ds.length === 1, 'the draft reviewed once toggled on');
    assert.equal(await vscode.commands.executeCommand('reciprocity.toggleFile'), false);
    await diagnostics(uri, (ds) => ds.length === 0, 'the draft quiet once toggled off');
  });

  it('Review This File reports the unbalanced count', async () => {
    await open('contracts/renewal-order-form.md');
    assert.equal(await vscode.commands.executeCommand('reciprocity.reviewFile'), 4);
  });

  it('Insert Give-Back inserts the chosen give-back at the cursor and balances the concession', async () => {
    const editor = await open('contracts/pilot-order-form.md');
    const uri = editor.document.uri;
    await diagnostics(uri, (ds) => ds.length === 1, 'the pilot finding');
    const end = editor.document.lineAt(6).range.end;
    editor.selection = new vscode.Selection(end, end);
    assert.equal(await vscode.commands.executeCommand('reciprocity.insertGiveBack', { kind: 'reference' }), true);
    assert.match(
      editor.document.lineAt(6).text,
      new RegExp(
        String.raw`at no charge\. In consideration of the starter kit of spare parts provided ` +
          String.raw`at no charge in section 2, Customer shall act as a reference for Supplier`,
      ),
    );
    await diagnostics(uri, (ds) => ds.length === 0, 'the finding to go');
    await revert(editor);
  });

  it('a hover link applies one suggestion', async () => {
    const editor = await open('contracts/pilot-order-form.md');
    await diagnostics(editor.document.uri, (ds) => ds.length === 1, 'the pilot finding');
    assert.equal(
      await vscode.commands.executeCommand(
        'reciprocity.applySuggestion',
        editor.document.uri.toString(),
        'c1',
        'testimonial',
      ),
      true,
    );
    assert.match(editor.document.getText(), /Customer shall give Supplier a written testimonial/);
    await diagnostics(editor.document.uri, (ds) => ds.length === 0, 'the finding to go');
    await revert(editor);
  });
});
