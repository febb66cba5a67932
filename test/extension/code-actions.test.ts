/**
 * Quick fixes in a real VS Code: each kind of give-back, the tie and the suppression insert text
 * only, make their diagnostic go, and undo brings the text and the diagnostic back.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnostics, inLine, open, revert, ruleOf } from './helpers';

async function actionsFor(editor: vscode.TextEditor, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  // Right after a document opens, the workbench's own light-bulb request can cancel ours: ask again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      d.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    if (actions.length) return actions;
  }
  return [];
}

const isOurs = (a: vscode.CodeAction) => /^(Insert give-back|Tie to|Accept as intentional)/.test(a.title);

describe('quick fixes', () => {
  it('offers the drafted give-backs, the best one preferred, and accept-as-intentional', async () => {
    const editor = await open('contracts/renewal-order-form.md');
    const ds = await inLine(editor.document);
    const payment = ds.find((d) => d.message.includes('payment terms'))!;
    const actions = (await actionsFor(editor, payment)).filter(isOurs);
    assert.deepEqual(
      actions.map((a) => a.title),
      [
        'Insert give-back: Ask for a volume commitment',
        'Insert give-back: Ask for a longer term',
        'Insert give-back: Make it conditional on a minimum term',
        // Not a reference: Customer already serves as one (1.3), which is not asked for twice.
        'Insert give-back: Ask for a testimonial or case study',
        'Accept as intentional (add a reason)',
      ],
    );
    assert.deepEqual(
      actions.map((a) => a.isPreferred === true),
      [true, false, false, false, false],
    );
  });

  // Each draft is a new sub-clause after the concession, naming it in the contract's words and its
  // clause, numbered in its scheme; the conditional form makes the concession itself the trade.
  const drafts: Array<[string, RegExp]> = [
    [
      'Ask for a testimonial or case study',
      /^2\.3 In consideration of the payment terms of sixty \(60\) days in Section 2\.2, Customer shall give Provider a written testimonial/,
    ],
    [
      'Ask for a longer term',
      /^2\.3 In consideration of the payment terms of sixty \(60\) days in Section 2\.2, Customer agrees that the Renewal Term is extended/,
    ],
    [
      'Ask for a volume commitment',
      /^2\.3 In consideration of the payment terms of sixty \(60\) days in Section 2\.2, Customer commits to purchase/,
    ],
    [
      'Make it conditional on a minimum term',
      /^2\.3 The payment terms of sixty \(60\) days in Section 2\.2 apply only if Customer commits to a minimum term/,
    ],
  ];
  for (const [title, expected] of drafts) {
    it(`"${title}" inserts a clause that balances the concession, and undo restores it`, async () => {
      const editor = await open('contracts/renewal-order-form.md');
      const uri = editor.document.uri;
      const before = editor.document.getText();
      const ds = await inLine(editor.document);
      const count = ds.length;
      const action = (
        await actionsFor(
          editor,
          ds.find((d) => d.message.includes('payment terms'))!,
        )
      ).find((a) => a.title === `Insert give-back: ${title}`)!;
      assert.ok(action?.edit, title);
      assert.ok(await vscode.workspace.applyEdit(action.edit));
      const after = editor.document.getText();
      // Only inserted: everything before is still there, in order.
      assert.equal(after.length > before.length, true);
      const inserted = diff(before, after);
      assert.match(inserted, expected);
      await diagnostics(
        uri,
        (x) => x.length === count - 1 && !x.some((d) => d.message.includes('payment terms')),
        'the payment-terms finding to go',
      );
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), before);
      await diagnostics(uri, (x) => x.length === count, 'the finding to come back after undo');
      await revert(editor);
    });
  }

  it('ties a give-back that is already there, and accepts as intentional with a reason', async () => {
    const editor = await open('lease-amendment.md');
    const uri = editor.document.uri;
    const ds = await inLine(editor.document);
    // The warning on the parking, not the information that names it too ("does not balance the free extra scope").
    const freeParking = (d: vscode.Diagnostic): boolean =>
      ruleOf(d) === 'unreciprocated-concession' && d.message.includes('free extra scope');
    const parking = ds.find(freeParking)!;
    const accept = (await actionsFor(editor, parking)).find((a) => a.title.startsWith('Accept as intentional'))!;
    assert.ok(await vscode.workspace.applyEdit(accept.edit!));
    assert.match(
      editor.document.lineAt(parking.range.start.line).text,
      /<!-- reciprocity-disable-line unreciprocated-concession -- accepted because … -->$/,
    );
    await diagnostics(uri, (x) => !x.some(freeParking), 'the accepted finding to go');
    await revert(editor);

    const renewal = await open('contracts/renewal-order-form.md');
    const rs = await inLine(renewal.document);
    assert.equal(rs.filter((d) => ruleOf(d) === 'unreciprocated-concession').length, 4);
    // A reference added elsewhere, untied, then tied by the quick fix.
    await renewal.edit((b) =>
      b.insert(
        renewal.document.lineAt(renewal.document.lineCount - 1).range.end,
        '\n\n## 7. Case Study\n\nCustomer shall take part in one written case study.\n',
      ),
    );
    const untied = await diagnostics(
      renewal.document.uri,
      (x) => x.some((d) => ruleOf(d) === 'untied-give-back'),
      'the untied give-back',
    );
    const tie = (
      await actionsFor(
        renewal,
        untied.find((d) => ruleOf(d) === 'untied-give-back')!,
      )
    ).find((a) => a.title.startsWith('Tie to the'))!;
    assert.ok(tie, 'a tie fix on the untied give-back');
    assert.ok(await vscode.workspace.applyEdit(tie.edit!));
    await diagnostics(
      renewal.document.uri,
      (x) =>
        !x.some((d) => ruleOf(d) === 'untied-give-back') &&
        x.filter((d) => ruleOf(d) === 'unreciprocated-concession').length === 3,
      'one concession to be balanced by the tie',
    );
    await revert(renewal);
  });
});

/** The text inserted between `before` and `after`. */
function diff(before: string, after: string): string {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  assert.equal(before.slice(0, start) + before.slice(before.length - end), before, 'only an insertion');
  return after.slice(start, after.length - end);
}
