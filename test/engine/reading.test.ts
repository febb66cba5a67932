import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/engine/parse.js';
import { readerText } from '../../src/engine/reading.js';
import { quote } from '../../src/engine/describe.js';
import { review } from '../../src/engine/index.js';
import { toJsonFile } from '../../src/engine/format/json.js';
import { ledger } from '../../src/engine/report/ledger.js';

/** What a reader sees of the whole of a one-paragraph text, or of `[from, to)` of it. */
function read(text: string, from = 0, to = text.length): string {
  return readerText({ text, prose: parse(text).prose }, from, to);
}

/** What a reader sees from the start of `first` to the end of `last` in the text. */
function readBetween(text: string, first: string, last: string): string {
  return read(text, text.indexOf(first), text.lastIndexOf(last) + last.length);
}

describe('reading: the text a reader sees', () => {
  it('leaves out inline HTML tags, with or without attributes', () => {
    const text =
      'The <span class="coverpage_link">Provider</span> may identify <a ' +
      'href="https://x.example/a b" title="the customer">Customer</a> (<span ' +
      'class="orderform_link">Order Form</span>) as a<span class="x">n</span> early adopter.\n';
    assert.equal(read(text), 'The Provider may identify Customer (Order Form) as an early adopter.');
  });

  it('keeps the space between two tags and leaves out a tag cut by the range', () => {
    const text =
      'Provider</span> <span class="coverpage_link">may identify <span class="coverpage_link">Customer</span>.\n';
    assert.equal(read(text, 0, text.indexOf('Customer') - 5), 'Provider may identify');
    assert.equal(readBetween(text, 'may', 'Customer'), 'may identify Customer');
  });

  it('leaves out emphasis and strong markers, keeping the words whole', () => {
    assert.equal(
      read('**Fee**s are *waived* for __all__ _set-up_ work, ***twice***.\n'),
      'Fees are waived for all set-up work, twice.',
    );
  });

  it('keeps what a code span holds, without its backticks', () => {
    assert.equal(
      read('Set `orderform_link` to ``a `b` c`` before renewal.\n'),
      'Set orderform_link to a `b` c before renewal.',
    );
  });

  it('keeps the text of links and leaves out their targets and titles', () => {
    const text =
      'See [the first year](https://x.example/fees "Year (one)") ' +
      'and [Fees][fee table] at <https://x.example>.\n\n[fee table]: https://x.example/table\n';
    assert.equal(readBetween(text, 'See', '>.'), 'See the first year and Fees at https://x.example.');
  });

  it('resolves backslash escapes and character references', () => {
    const text = '\\*Not emphasis\\* for AT&amp;T, 5 \\< 6, Customer&#8217;s logo and &lt;b&gt; as text.\n';
    assert.equal(read(text), '*Not emphasis* for AT&T, 5 < 6, Customer’s logo and <b> as text.');
  });

  it('keeps underscores inside words and every other character exactly', () => {
    assert.equal(
      read('The orderform_link and snake_case_name fields cost 15\u00a0% (£1,000) — “quoted”.\n'),
      'The orderform_link and snake_case_name fields cost 15\u00a0% (£1,000) — “quoted”.',
    );
  });

  it('folds whitespace, line breaks and quote markers to single spaces', () => {
    assert.equal(read('> Provider  shall\n> waive\tthe   fee.\n'), 'Provider shall waive the fee.');
    assert.equal(read('Provider shall  \nwaive the fee.\n'), 'Provider shall waive the fee.');
  });
});

describe('reading: quotes in messages', () => {
  it('cuts a long quote at a word, after leaving out markup', () => {
    const text = 'Provider <span class="x">shall</span> **waive** the implementation fee for the first year.\n';
    const source = { text, prose: parse(text).prose };
    assert.equal(quote(source, { start: 0, end: text.length }, 30), 'Provider shall waive the…');
    assert.equal(
      quote(source, { start: 0, end: text.length }),
      'Provider shall waive the implementation fee for the first year.',
    );
  });

  it('quotes with typographic quotes and no backticks in messages', () => {
    const r = review(
      'This Agreement is made between Acme Inc. ("Provider") and Globex Ltd ("Customer").\n\n' +
        '1. Provider **shall waive** the `setup_fee` for <span class="x">Customer</span>.\n',
    );
    const messages = r.findings.flatMap((f) => [f.message, ...(f.related ?? []).map((x) => x.message)]);
    assert.ok(messages.length > 0, 'the waiver is found');
    for (const message of messages) assert.ok(!/[`*<>]/.test(message), message);
    assert.match(r.findings[0]!.message, /“Provider shall waive the setup_fee for Customer”/);
  });
});

describe('reading: Common Paper’s Cloud Service Agreement, written with <span> tags', () => {
  const path = join(__dirname, '..', 'fixtures', 'markup', 'cloud-service-agreement.md');
  const text = readFileSync(path, 'utf8');
  const r = review(text);
  const page = readerText(r, 0, text.length);
  const json = toJsonFile('cloud-service-agreement.md', r);
  const l = ledger(r);
  const quotes = [
    ...json.concessions.map((c) => c.text),
    ...json.benefits.map((b) => b.text),
    ...json.findings.map((f) => f.message),
    ...r.findings.flatMap((f) => (f.related ?? []).map((x) => x.message)),
    ...[...l.concessions, ...l.benefits].map((i) => i.text),
  ];

  it('quotes terms whose source holds markup', () => {
    const terms = r.terms.filter((t) => /<span/.test(text.slice(t.start, t.end)));
    assert.ok(terms.length >= 1, `terms with <span> in their source: ${terms.length}`);
    assert.ok(quotes.length >= 2 * terms.length);
  });

  it('shows no tag, asterisk or backtick in any quote or message of the JSON report and the ledger', () => {
    for (const q of quotes) assert.ok(!/<\/?[a-z]|[*`]/i.test(q), q);
  });

  it('loses no character: every quote is words of the contract as a reader sees them', () => {
    for (const q of [
      ...json.concessions.map((c) => c.text),
      ...json.benefits.map((b) => b.text),
      ...l.concessions.map((c) => c.text),
    ]) {
      assert.ok(page.includes(q.replace(/…$/, '')), q);
    }
    assert.ok(!quotes.some((q) => q.includes('orderformlink')));
  });
});
