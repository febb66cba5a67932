import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { review } from '../../src/engine/index.js';
import { ledger } from '../../src/engine/report/ledger.js';
import { renderMarkdown, renderWorkspaceMarkdown } from '../../src/engine/report/markdown.js';
import { renderHtml, renderWorkspaceHtml } from '../../src/engine/report/html.js';
import { contractRow, worstFirst } from '../../src/engine/report/workspace.js';
import { folders } from '../helpers/corpus.js';

const root = join(__dirname, '..', '..');
const example = readFileSync(join(root, 'examples', 'saas-renewal-order-form.md'), 'utf8');
const hostile = readFileSync(join(root, 'test', 'fixtures', 'contracts', 'hostile-markup.md'), 'utf8');

describe('report: the give/get ledger', () => {
  it('says what each party gives and gets, with the figures the contract states', () => {
    const l = ledger(review(example));
    const provider = l.parties.find((p) => p.alias === 'Provider')!;
    assert.deepEqual(provider.givesTotals, [
      '1 × discount (15%)',
      '1 × longer payment terms (60 days)',
      '1 × free extra scope',
      '1 × price protection',
      '1 × easier exit (90 days)',
    ]);
    assert.deepEqual(provider.getsTotals, ['1 × reference', '1 × testimonial']);
    assert.equal(provider.unbalanced, 4);
    assert.equal(l.summary, '4 of 5 concessions get nothing binding back');
  });

  it('gives each concession its clause, parties and status', () => {
    const rows = ledger(review(example)).concessions.map(
      (c) => `${c.label} | ${c.where} | ${c.grantor} → ${c.beneficiary} | ${c.statusText}`,
    );
    assert.deepEqual(rows, [
      'discount | in Section 1.2 | Provider → Customer | balanced by reference in Section 1.3',
      'longer payment terms | in Section 2.2 | Provider → Customer | unbalanced: nothing comes back',
      'free extra scope | in Section 3.1 | Provider → Customer | unbalanced: only an optional testimonial comes back',
      'price protection | in Section 4 | Provider → Customer | unbalanced: nothing comes back',
      'easier exit | in Section 5 | Provider → Customer | unbalanced: nothing comes back',
    ]);
  });

  it('opens on one line per party, names parties once, and shows status word and colour that agree', () => {
    const l = ledger(review(example));
    assert.deepEqual(
      l.parties.map((p) => `${p.display}: ${p.balance}`),
      [
        'Brightwave Software, Inc. (Provider): gives discount (15%), ' +
          'longer payment terms (60 days), free extra scope, price protection, ' +
          'easier exit (90 days); gets reference, testimonial; 4 of its 5 concessions unbalanced',
        'Halden Freight Logistics Ltd (Customer): gives reference, testimonial; ' +
          'gets discount (15%), longer payment terms (60 days), free extra scope, ' +
          'price protection, easier exit (90 days); no concessions of its own',
      ],
    );
    // A contract that names its parties only by their roles (Common Paper's cover-page links).
    const byRole = ledger(
      review(readFileSync(join(folders.corpus, 'commonpaper', 'cloud-service-agreement.md'), 'utf8')),
    ).parties.map((p) => p.display);
    assert.deepEqual(byRole, ['Provider', 'Customer']);
    const rows = l.concessions;
    assert.deepEqual(
      rows.map((c) => `${c.statusWord}/${c.tone}`),
      ['Balanced/ok', 'Unbalanced/warn', 'Unbalanced/warn', 'Unbalanced/warn', 'Unbalanced/warn'],
    );
    assert.deepEqual(rows[2]!.considered, ['testimonial in Section 3.2: it is optional']);
    // What to ask for comes with each unbalanced concession, none with a balanced one.
    assert.deepEqual(rows[0]!.asks, []);
    assert.equal(rows[1]!.asks[0]!.title, 'Ask for a volume commitment');
    assert.match(
      rows[1]!.asks[0]!.text,
      /^In consideration of the payment terms of sixty \(60\) days in Section 2\.2, Customer /,
    );
  });

  it('orders contracts worst first', () => {
    const a = contractRow('a.md', ledger(review(example)));
    const b = contractRow(
      'b.md',
      ledger(
        review(
          'This Agreement is between Acme Inc. ("Provider") and Globex Ltd ("Customer").\n\nCustomer shall pay the fees.',
        ),
      ),
    );
    assert.deepEqual(
      worstFirst([b, a]).map((r) => r.path),
      ['a.md', 'b.md'],
    );
  });
});

describe('report: Markdown and HTML keep document text as text', () => {
  const l = ledger(review(hostile));
  // Markup a reader sees as text (a code span, character references) stays in quotes: reports must escape it.
  const shown = ledger(
    review(
      'This Agreement is made between Acme Inc. ("Provider") and Globex Ltd ("Customer").\n\n' +
        "1.1 Provider `<script>document.title = 'pwned'</script>` waives the setup fee.\n\n" +
        '1.2 Provider will provide &lt;img src=x onerror="alert(1)"&gt; support at no charge.\n',
    ),
  );
  const hostileHtml = (ledgerOf: typeof l): string[] => [
    renderHtml('hostile.md', ledgerOf, 'abc123'),
    renderWorkspaceHtml([{ path: 'hostile.md', ledger: ledgerOf }], [contractRow('hostile.md', ledgerOf)], 'abc123'),
  ];

  it('quotes the words of a contract without its scripts, event handlers and style tags', () => {
    const quotes = [...l.concessions, ...l.benefits].map((i) => i.text);
    assert.equal(quotes.length, 3);
    for (const q of quotes) assert.ok(!/<\/?[a-z]/i.test(q), q);
  });

  it('quotes markup a reader sees as text, as text', () => {
    assert.deepEqual(
      shown.concessions.map((c) => c.text),
      [
        "Provider <script>document.title = 'pwned'</script> waives the setup fee",
        'Provider will provide <img src=x onerror="alert(1)"> support at no charge',
      ],
    );
  });

  it('escapes scripts, event handlers, javascript: links and </style> in Markdown', () => {
    for (const ledgerOf of [l, shown]) {
      const md =
        renderMarkdown('hostile.md', ledgerOf) +
        renderWorkspaceMarkdown([{ path: 'hostile.md', ledger: ledgerOf }], [contractRow('hostile.md', ledgerOf)]);
      assert.ok(!/<script|<img|<iframe|<\/style|<style/i.test(md), md);
      assert.ok(!/\]\(javascript:/i.test(md));
    }
    assert.match(renderMarkdown('hostile.md', shown), /&lt;script&gt;document\.title = 'pwned'&lt;\/script&gt;/);
  });

  it('escapes them in HTML and allows no script at all', () => {
    for (const html of [...hostileHtml(l), ...hostileHtml(shown)]) {
      assert.equal((html.match(/<script/gi) ?? []).length, 0);
      assert.equal((html.match(/<style/gi) ?? []).length, 1, 'only the report’s own style element');
      assert.equal((html.match(/<\/style>/gi) ?? []).length, 1);
      assert.ok(!/<(?:img|iframe)\b|<[^>]*\sonerror=/i.test(html), 'no element of the document’s own');
      assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'nonce-abc123'/);
    }
    assert.match(
      renderHtml('hostile.md', shown, 'abc123'),
      /&lt;script&gt;document\.title = &#39;pwned&#39;&lt;\/script&gt;/,
    );
    assert.match(renderHtml('hostile.md', shown, 'abc123'), /&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt;/);
  });
});
