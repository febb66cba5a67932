/** Hovers in a real VS Code, through vscode.executeHoverProvider. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnostics, open } from './helpers';

async function hoverText(editor: vscode.TextEditor, needle: string, offsetInNeedle = 2): Promise<string> {
  const at = editor.document.positionAt(editor.document.getText().indexOf(needle) + offsetInNeedle);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
  // Hover text arrives as Markdown: spaces as &nbsp; and punctuation escaped.
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/&nbsp;/g, ' ').replace(/\\([()[\]])/g, '$1');
}

describe('hovers', () => {
  it('on a concession: kind, who gives what to whom, status and give-back links', async () => {
    const editor = await open('contracts/renewal-order-form.md');
    await diagnostics(editor.document.uri, (ds) => ds.length > 0, 'the review');
    const text = await hoverText(editor, 'payable within sixty');
    assert.match(text, /concession: longer payment terms/);
    assert.match(text, /Provider gives Customer/);
    assert.match(text, /Status: unbalanced — nothing comes back/);
    assert.match(text, /\[reference\]\(command:reciprocity\.applySuggestion\?/);
    assert.match(text, /\[term extension at the new rate\]\(command:reciprocity\.applySuggestion\?/);
  });

  it('on a balanced concession and on the give-back that balances it', async () => {
    const editor = await open('contracts/renewal-order-form.md');
    await diagnostics(editor.document.uri, (ds) => ds.length > 0, 'the review');
    assert.match(await hoverText(editor, 'discount of fifteen percent'), /Balanced by:[\s\S]*reference in Section 1\.3/);
    assert.match(await hoverText(editor, 'serve as a reference customer'), /give-back: reference[\s\S]*Balances:[\s\S]*discount in Section 1\.2/);
  });

  it('quotes the words a reader sees, without the markup around them', async () => {
    const editor = await open('hostile.contract.md');
    await diagnostics(editor.document.uri, (ds) => ds.length === 3, 'the review');
    const text = (await hoverText(editor, 'waives the setup fee')).replace(/\\(.)/g, '$1');
    assert.match(text, /Provider gives Customer: “Provider waives the setup fee document\.title = 'pwned' for the first year”/);
    assert.ok(!/script|javascript/.test(text), text);
  });

  it('on a party: name, role and give/get tally', async () => {
    const editor = await open('contracts/renewal-order-form.md');
    await diagnostics(editor.document.uri, (ds) => ds.length > 0, 'the review');
    const text = await hoverText(editor, 'Halden Freight Logistics Ltd, a company', 3);
    assert.match(text, /Customer — Halden Freight Logistics Ltd \(customer\)/);
    assert.match(text, /Gives 0 concessions and 2 give-backs; gets 5 concessions and 0 give-backs/);
  });
});
