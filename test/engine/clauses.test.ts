import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { lines } from '../helpers/contract.js';

const numbers = (md: string): string[] =>
  review(md)
    .clauses.filter((c) => c.number !== undefined)
    .map((c) => c.number!);
const clause = (md: string, number: string) => review(md).clauses.find((c) => c.number === number);

describe('clauses: numbering, nesting and sections', () => {
  it('numbers headings, numbered paragraphs and their sub-clause lines', () => {
    const md = lines(
      '## 4. Fees',
      '',
      '4.1 Customer shall pay the fees.',
      '',
      '4.2 Provider shall charge reduced rates, subject to:',
      '(i) volume;',
      '(ii) term.',
      '',
      '## Article 5 – Term',
      '',
      '5.1 The term is three years.',
    );
    assert.deepEqual(numbers(md), ['4', '4.1', '4.2', '4.2(i)', '4.2(ii)', '5', '5.1']);
    assert.equal(clause(md, '4.2(ii)')!.section, '4');
    assert.equal(clause(md, '5.1')!.section, '5');
  });

  it('splits lettered lines of a list item into clauses under it', () => {
    const md = lines(
      '1. **Fee relief.**',
      '   a. The Vendor will charge a reduced rate.',
      '   b. The Client will pay in advance.',
      '2. **Payment.** Invoices are payable in 30 days.',
    );
    const r = review(md);
    assert.deepEqual(
      r.clauses.map((c) => c.number),
      ['1', '1(a)', '1(b)', '2'],
    );
    assert.equal(r.clauses[1]!.title, undefined);
    assert.equal(r.clauses[0]!.title, 'Fee relief');
    assert.equal(r.clauses[3]!.title, 'Payment');
    assert.deepEqual(
      r.clauses.map((c) => c.section),
      ['1', '1', '1', '2'],
    );
  });

  it('does not take a wrapped "Section 2," at a line start for a new clause', () => {
    const md = lines('3.1 In consideration of the fee holiday in', 'Section 2, the Subscriber agrees to renew.');
    assert.deepEqual(numbers(md), ['3.1']);
  });

  it('makes table rows clauses, with the first cell as title of key/value rows', () => {
    const r = review(
      lines('| Item | Agreed position |', '| --- | --- |', '| **Launch discount** | Parallax grants a 12% discount. |'),
    );
    const rows = r.clauses.filter((c) => c.kind === 'table-row');
    assert.equal(rows.length, 2);
    assert.equal(rows[0]!.header, true);
    assert.equal(rows[1]!.title, 'Launch discount');
  });

  it('scopes schedule paragraphs inside their schedule', () => {
    const md = lines('## 2. Fees', '', '2.1 Body clause.', '', '## Schedule 1 — Prices', '', '2.1 Schedule clause.');
    const r = review(md);
    const schedule = r.clauses.filter((c) => c.number === '2.1').at(-1)!;
    assert.equal(schedule.region, 'schedule');
    assert.equal(schedule.section, 'schedule 1/2');
  });

  it('reads recitals as recitals until the operative words', () => {
    const r = review(
      lines(
        '# Amendment',
        '',
        '## Recitals',
        '',
        'A. The parties previously agreed a discount.',
        '',
        'NOW, THEREFORE, the parties agree as follows:',
        '',
        '1. Tenant hereby extends the Term.',
      ),
    );
    assert.equal(r.clauses.find((c) => c.number === 'a')!.region, 'recitals');
    assert.equal(r.clauses.find((c) => c.number === '1')!.region, 'body');
  });

  it('treats a bold-only short paragraph as a heading', () => {
    const r = review(lines('**2. Prices and Surcharges**', '', '2.1 Prices are reduced by 6%.'));
    assert.equal(r.clauses[0]!.kind, 'heading');
    assert.equal(r.clauses[0]!.number, '2');
    assert.equal(r.clauses[1]!.parent, 0);
  });
});
