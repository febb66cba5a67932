/** Hovers in a real VS Code, through vscode.executeHoverProvider. */
import assert from 'node:assert/strict';
import { diagnostics, hoverText, inLine, open } from './helpers';

describe('hovers', () => {
  it('on a concession: kind, who gives what to whom, status and give-back links', async () => {
    const editor = await open('contracts/renewal-order-form.md');
    await inLine(editor.document);
    const text = await hoverText(editor, 'payable within sixty');
    assert.match(text, /concession: longer payment terms/);
    assert.match(text, /Provider gives Customer/);
    assert.match(text, /Status: unbalanced — nothing comes back/);
    assert.match(text, /\[testimonial or case study\]\(command:reciprocity\.applySuggestion\?/);
    assert.match(text, /\[longer term\]\(command:reciprocity\.applySuggestion\?/);
  });

  it('on a balanced concession and on the give-back that balances it', async () => {
    const editor = await open('contracts/renewal-order-form.md');
    await inLine(editor.document);
    assert.match(
      await hoverText(editor, 'discount of fifteen percent'),
      /Balanced by:[\s\S]*reference in Section 1\.3/,
    );
    assert.match(
      await hoverText(editor, 'serve as a reference customer'),
      /give-back: reference[\s\S]*Balances:[\s\S]*discount in Section 1\.2/,
    );
  });

  it('quotes the words a reader sees, without the markup around them', async () => {
    const editor = await open('hostile.contract.md');
    await diagnostics(editor.document.uri, (ds) => ds.length === 3, 'the review');
    const text = (await hoverText(editor, 'waives the setup fee')).replace(/\\(.)/g, '$1');
    assert.match(
      text,
      /Provider gives Customer: “Provider waives the setup fee document\.title = 'pwned' for the first year”/,
    );
    assert.ok(!/script|javascript/.test(text), text);
  });

  it('on a party: name, role and give/get tally', async () => {
    const editor = await open('contracts/renewal-order-form.md');
    await inLine(editor.document);
    const text = await hoverText(editor, 'Halden Freight Logistics Ltd, a company', 3);
    assert.match(text, /Customer — Halden Freight Logistics Ltd \(customer\)/);
    assert.match(text, /Gives 0 concessions and 2 give-backs; gets 5 concessions and 0 give-backs/);
  });
});
