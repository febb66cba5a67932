/** Diagnostics in a real VS Code: which documents, what they say, when they update. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnostics, inLine, open, ours, revert, ruleOf, setSetting } from './helpers';

describe('diagnostics', () => {
  it('reviews contracts by the include globs and by detection, and leaves a README alone', async () => {
    const renewal = await open('contracts/renewal-order-form.md');
    await diagnostics(renewal.document.uri, (ds) => ds.length > 0, 'the include glob contracts/**');
    const lease = await open('lease-amendment.md');
    await diagnostics(
      lease.document.uri,
      (ds) => ds.some((d) => ruleOf(d) === 'unreciprocated-concession'),
      'a detected amendment',
    );
    const readme = await open('README.md');
    const notes = await open('notes.md');
    // Opening the README after the contracts: if it were reviewed, its diagnostics would be set by now.
    assert.deepEqual(ours(readme.document.uri), []);
    assert.deepEqual(ours(notes.document.uri), []);
  });

  it('says who grants what, links the rule doc, and relates only what helps decide', async () => {
    const editor = await open('contracts/renewal-order-form.md');
    const ds = await inLine(editor.document);
    const payment = ds.find((d) => d.message.includes('payment terms'))!;
    assert.equal(payment.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(payment.source, 'reciprocity');
    assert.ok(typeof payment.code === 'object');
    assert.equal(payment.code.value, 'unreciprocated-concession');
    assert.match(payment.code.target.toString(), /docs\/rules\/unreciprocated-concession\.md$/);
    assert.match(payment.message, /^Provider grants Customer payment terms of 60 days/);
    assert.equal(editor.document.getText(payment.range).startsWith('Invoices issued during the Renewal Term'), true);
    // Not the party's definition (issue 18): noise beside every warning.
    assert.deepEqual(payment.relatedInformation ?? [], []);
    const optional = ds.find((d) => d.message.includes('only an optional give-back'))!;
    assert.ok(optional.relatedInformation?.some((r) => /does not count because it is optional/.test(r.message)));
  });

  it('quotes the words a reader sees, in typographic quotes, without markup or backticks', async () => {
    const editor = await open('hostile.contract.md');
    const ds = await diagnostics(editor.document.uri, (d) => d.length === 3, 'the hostile findings');
    const messages = ds.flatMap((d) => [d.message, ...(d.relatedInformation ?? []).map((r) => r.message)]);
    for (const message of messages) assert.ok(!/[`<>]|script|javascript/.test(message), message);
    assert.ok(
      messages.includes(
        "Provider grants Customer an easier exit (“Customer may terminate for convenience on 30 days' notice”) and receives nothing in return.",
      ),
      messages.join('\n'),
    );
  });

  it('updates as the user types, publishing an empty set when nothing is left', async () => {
    const editor = await open('contracts/pilot-order-form.md');
    const uri = editor.document.uri;
    await diagnostics(uri, (ds) => ds.length === 1, 'the pilot finding');
    const line = editor.document.lineAt(6);
    await editor.edit((b) =>
      b.insert(line.range.end, ' In exchange, Customer shall act as a reference customer for Supplier.'),
    );
    await diagnostics(uri, (ds) => ds.length === 0, 'the finding to go after the give-back is typed');
    await revert(editor);
    await diagnostics(uri, (ds) => ds.length === 1, 'the finding to come back after revert');
  });

  it('follows the severity settings, and switches a rule off', async () => {
    const editor = await open('contracts/pilot-order-form.md');
    const uri = editor.document.uri;
    await setSetting('rules', { 'unreciprocated-concession': 'error' });
    await diagnostics(uri, (ds) => ds.length === 1 && ds[0]!.severity === vscode.DiagnosticSeverity.Error, 'an error');
    await setSetting('rules', { 'unreciprocated-concession': 'off' });
    await diagnostics(uri, (ds) => ds.length === 0, 'no finding with the rule off');
    await setSetting('rules', undefined);
    await diagnostics(
      uri,
      (ds) => ds.length === 1 && ds[0]!.severity === vscode.DiagnosticSeverity.Warning,
      'the warning back',
    );
  });

  it('says "partly reviewed" where a review ran out of its time budget, and reviews all of it again with time enough', async () => {
    // A document not reviewed before: what a session has already read costs nothing and is never cut.
    await setSetting('timeBudgetMs', 0);
    // Long enough (about 50 KB) to be parsed in several pieces of 16 KB, so that the budget can stop between them.
    const source = (await open('contracts/renewal-order-form.md')).document.getText();
    const content = Array.from({ length: 24 }, () => source).join('\n\n');
    const editor = await vscode.window.showTextDocument(
      await vscode.workspace.openTextDocument({ language: 'markdown', content }),
    );
    const uri = editor.document.uri;
    const [notice] = (
      await diagnostics(uri, (ds) => ds.some((d) => ruleOf(d) === 'partly-reviewed'), 'the partly-reviewed notice')
    ).filter((d) => ruleOf(d) === 'partly-reviewed');
    assert.equal(notice!.severity, vscode.DiagnosticSeverity.Information);
    assert.match(notice!.message, /^Partly reviewed: Reciprocity read the first \d+% of this contract/);
    assert.ok(notice!.range.start.line > 0, 'the review read at least the first part');
    assert.deepEqual(notice!.range.end, editor.document.lineAt(editor.document.lineCount - 1).range.end);
    await setSetting('timeBudgetMs', undefined);
    await diagnostics(uri, (ds) => !ds.some((d) => ruleOf(d) === 'partly-reviewed'), 'a whole review again');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
