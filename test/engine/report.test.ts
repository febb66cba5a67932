import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { review } from '../../src/engine/index.js';
import { ledger } from '../../src/engine/report/ledger.js';
import { renderMarkdown, renderWorkspaceMarkdown } from '../../src/engine/report/markdown.js';
import { renderHtml, renderWorkspaceHtml } from '../../src/engine/report/html.js';
import { contractRow, worstFirst } from '../../src/engine/report/workspace.js';

const root = join(__dirname, '..', '..');
const example = readFileSync(join(root, 'examples', 'saas-renewal-order-form.md'), 'utf8');
const hostile = readFileSync(join(root, 'test', 'fixtures', 'contracts', 'hostile-markup.md'), 'utf8');

describe('report: the give/get ledger', () => {
  it('says what each party gives and gets, with the figures the contract states', () => {
    const l = ledger(review(example));
    const provider = l.parties.find((p) => p.alias === 'Provider')!;
    assert.deepEqual(provider.givesTotals, ['1 × discount (15%)', '1 × longer payment terms (60 days)', '1 × free extra scope', '1 × price protection', '1 × easier exit (90 days)']);
    assert.deepEqual(provider.getsTotals, ['1 × reference', '1 × testimonial']);
    assert.equal(provider.unbalanced, 4);
    assert.equal(l.summary, '4 of 5 concessions get nothing binding back');
  });

  it('gives each concession its clause, parties and status', () => {
    const rows = ledger(review(example)).concessions.map((c) => `${c.label} | ${c.where} | ${c.grantor} → ${c.beneficiary} | ${c.statusText}`);
    assert.deepEqual(rows, [
      'discount | in Section 1.2 | Provider → Customer | balanced by reference in Section 1.3',
      'longer payment terms | in Section 2.2 | Provider → Customer | unbalanced: nothing comes back',
      'free extra scope | in Section 3.1 | Provider → Customer | balanced only by an optional testimonial',
      'price protection | in Section 4 | Provider → Customer | unbalanced: nothing comes back',
      'easier exit | in Section 5 | Provider → Customer | unbalanced: nothing comes back',
    ]);
  });

  it('orders contracts worst first', () => {
    const a = contractRow('a.md', ledger(review(example)));
    const b = contractRow('b.md', ledger(review('This Agreement is between Acme Inc. ("Provider") and Globex Ltd ("Customer").\n\nCustomer shall pay the fees.')));
    assert.deepEqual(worstFirst([b, a]).map((r) => r.path), ['a.md', 'b.md']);
  });
});

describe('report: Markdown and HTML keep document text as text', () => {
  const l = ledger(review(hostile));

  it('escapes scripts, event handlers, javascript: links and </style> in Markdown', () => {
    const md = renderMarkdown('hostile.md', l) + renderWorkspaceMarkdown([{ path: 'hostile.md', ledger: l }], [contractRow('hostile.md', l)]);
    assert.ok(!/<script|<img|<iframe|<\/style|<style/i.test(md), md);
    assert.ok(!/\]\(javascript:/i.test(md));
    assert.match(md, /&lt;script&gt;/);
  });

  it('escapes them in HTML and allows no script at all', () => {
    for (const html of [renderHtml('hostile.md', l, 'abc123'), renderWorkspaceHtml([{ path: 'hostile.md', ledger: l }], [contractRow('hostile.md', l)], 'abc123')]) {
      assert.equal((html.match(/<script/gi) ?? []).length, 0);
      assert.equal((html.match(/<style/gi) ?? []).length, 1, 'only the report’s own style element');
      assert.equal((html.match(/<\/style>/gi) ?? []).length, 1);
      assert.ok(!/<img|<iframe|onerror=/i.test(html.replace(/&lt;[^&]*&gt;/g, '')));
      assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'nonce-abc123'/);
      assert.match(html, /&lt;script&gt;document\.title = &#39;pwned&#39;&lt;\/script&gt;/);
    }
  });
});
