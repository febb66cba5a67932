/**
 * Reviews follow the text: a revert, a reload from disk and a change made to the file outside the
 * editor each bring diagnostics, hovers and reports back in line with what the file now says.
 */
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { diagnostics, hoverText, inLine, onDisk, open, ours, revert, setSetting, textIs } from './helpers';

const PAYMENT_TERMS = 'payable within sixty';
const FREE_SCOPE = 'starter kit of spare parts';
/** A give-back that balances the pilot's free extra scope (the only finding of that contract). */
const PILOT_GIVE_BACK =
  ' In consideration of the free extra scope in Section 2, Customer shall act as a reference customer for Supplier.';

const placed = (ds: vscode.Diagnostic[]): string[] =>
  ds.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`);

async function reviewFile(): Promise<number | undefined> {
  return vscode.commands.executeCommand<number>('reciprocity.reviewFile');
}

async function exportedFindings(): Promise<number> {
  const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'export.json');
  await vscode.commands.executeCommand('reciprocity.exportReport', 'json', target);
  return JSON.parse(await onDisk(target)).files[0].findings.length;
}

describe('reviews follow the text', () => {
  it('File: Revert brings the diagnostics, hovers and reports of the text on disk back', async () => {
    const editor = await open('contracts/renewal-order-form.md');
    const { document } = editor;
    const saved = placed(await inLine(document));
    const unbalanced = await reviewFile();
    assert.match(await hoverText(editor, PAYMENT_TERMS), /Status: unbalanced — nothing comes back/);

    // A case study tied to the payment terms, as the tie quick fix writes it.
    const paymentLine = document.lineAt(document.positionAt(document.getText().indexOf(PAYMENT_TERMS)).line);
    await editor.edit((b) => {
      b.insert(
        paymentLine.range.end,
        ' The longer payment terms in Section 2.2 are given in consideration of Customer’s testimonial in Section 7.',
      );
      b.insert(
        document.lineAt(document.lineCount - 1).range.end,
        '\n\n## 7. Case Study\n\nCustomer shall take part in one written case study.\n',
      );
    });
    await diagnostics(
      document.uri,
      (ds) => !ds.some((d) => d.message.includes('payment terms')),
      'the payment terms balanced by the case study',
    );
    assert.match(await hoverText(editor, PAYMENT_TERMS), /Status: balanced[\s\S]*Section 7/);

    await revert(editor);
    assert.deepEqual(placed(ours(document.uri)), saved);
    assert.match(await hoverText(editor, PAYMENT_TERMS), /Status: unbalanced — nothing comes back/);
    assert.equal(await reviewFile(), unbalanced);
    const rows =
      await vscode.commands.executeCommand<{ path: string; unbalanced: number }[]>('reciprocity.reviewWorkspace');
    assert.equal(rows?.find((r) => r.path === 'contracts/renewal-order-form.md')?.unbalanced, unbalanced);
    assert.equal(await exportedFindings(), saved.length);
  });

  for (const run of ['onType', 'onSave']) {
    it(`a change made to the open file on disk, outside the editor, is reviewed (run: ${run})`, async () => {
      await setSetting('run', run);
      const editor = await open('contracts/pilot-order-form.md');
      const { document } = editor;
      const original = document.getText();
      const [finding] = await inLine(document);
      assert.ok(finding, 'the pilot has a finding to start with');
      assert.match(await hoverText(editor, FREE_SCOPE), /Status: unbalanced/);

      // Another program writes the file: the editor reloads it, and only then is anything asked of the extension.
      const balanced = original.replace('at no charge.', `at no charge.${PILOT_GIVE_BACK}`);
      writeFileSync(document.uri.fsPath, balanced);
      await textIs(document, balanced, 'the editor to reload the file changed on disk');
      await diagnostics(document.uri, (ds) => ds.length === 0, 'the finding to go with the give-back on disk');
      assert.match(await hoverText(editor, FREE_SCOPE), /Status: balanced/);
      assert.equal(await reviewFile(), 0);

      writeFileSync(document.uri.fsPath, original);
      await textIs(document, original, 'the editor to reload the original file');
      await diagnostics(
        document.uri,
        (ds) => ds.length === 1 && ds[0]!.message === finding.message,
        'the finding back with the original text on disk',
      );
      assert.match(await hoverText(editor, FREE_SCOPE), /Status: unbalanced/);
      assert.equal(document.isDirty, false);
    });
  }

  it('on save only, File: Revert takes back what a hover reviewed of the unsaved text', async () => {
    await setSetting('run', 'onSave');
    // With the light bulb on, the editor asks for code actions after the revert, which reviews the text too:
    // off, nothing but the revert itself can bring the review back.
    await vscode.workspace
      .getConfiguration('editor')
      .update('lightbulb.enabled', 'off', vscode.ConfigurationTarget.Global);
    const editor = await open('contracts/pilot-order-form.md');
    const { document } = editor;
    const saved = placed(await inLine(document));
    await editor.edit((b) => b.insert(document.lineAt(6).range.end, PILOT_GIVE_BACK));
    // A hover reviews the text as it is, saved or not.
    assert.match(await hoverText(editor, FREE_SCOPE), /Status: balanced/);

    await revert(editor);
    assert.deepEqual(placed(ours(document.uri)), saved);
    assert.match(await hoverText(editor, FREE_SCOPE), /Status: unbalanced/);
  });

  it('a contract in the Problems panel but not open follows its file on disk: changed, then deleted', async () => {
    const root = vscode.workspace.workspaceFolders![0]!.uri;
    const [pilot] = await vscode.workspace.findFiles('contracts/pilot-order-form.md');
    const original = await onDisk(pilot!);
    const uri = vscode.Uri.joinPath(root, 'contracts', 'side-letter.md');
    writeFileSync(uri.fsPath, original);
    const rows =
      await vscode.commands.executeCommand<{ path: string; unbalanced: number }[]>('reciprocity.reviewWorkspace');
    assert.equal(rows?.find((r) => r.path === 'contracts/side-letter.md')?.unbalanced, 1);
    await diagnostics(uri, (ds) => ds.length === 1, 'Problems filled for the contract that is not open');
    assert.ok(
      !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()),
      'the side letter was never opened',
    );

    writeFileSync(uri.fsPath, original.replace('at no charge.', `at no charge.${PILOT_GIVE_BACK}`));
    await diagnostics(uri, (ds) => ds.length === 0, 'the finding to go with the give-back written on disk');
    writeFileSync(uri.fsPath, original);
    await diagnostics(uri, (ds) => ds.length === 1, 'the finding back with the original text');
    rmSync(uri.fsPath);
    await diagnostics(uri, (ds) => ds.length === 0, 'the deleted file to leave the Problems panel');
  });
});
