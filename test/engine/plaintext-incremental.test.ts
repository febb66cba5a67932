/**
 * Plain-text drafting as SEC exhibits and PDF extractions leave it (issue 16): numbering without
 * Markdown structure, and the lines around the clauses that state no terms. Each example is short
 * and made up; each is a pattern found in contracts from more than one source.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { review, ReviewSession } from '../../src/engine/index.js';
import { lines } from '../helpers/contract.js';
import { tree } from '../helpers/plaintext.js';

describe('plain-text drafting: incremental review', function () {
  this.timeout(0);
  /** Short plain-text contracts with each state the outline carries from block to block. */
  const starts = [
    lines(
      'Exhibit 10.4',
      '',
      'SUPPLY AGREEMENT',
      '',
      'TABLE OF CONTENTS',
      '',
      '1. Supply 1',
      '2. Fees 2',
      '',
      'This Agreement is made between Acme Inc. ("Supplier") and Globex Ltd ("Buyer").',
      '',
      'RECITALS',
      '',
      'The parties met in 2019.',
      '',
      'NOW, THEREFORE, the parties agree as follows:',
      '',
      '1. Supply. Supplier shall supply the goods:',
      '',
      '(a) on time;',
      '',
      '(i) by noon; and',
      '',
      '(b) in full.',
      '',
      '3',
      '',
      'and without defects.',
      '',
      '2. Fees. Supplier waives the setup fee.    a. Buyer shall prepay.',
      '',
      'IN WITNESS WHEREOF, the parties sign.',
      '',
      'EXHIBIT A',
      '',
      '1. Prices. Unit price is $5.',
    ),
    lines(
      'This Agreement is made between Acme Inc. ("Supplier") and Globex Ltd ("Buyer").',
      '',
      '1. Fees. Supplier shall waive the fee for the',
      '',
      '- 2 -',
      '',
      'Source: ACME INC, 10-K, 3/1/2012',
      '',
      '*first* year of the Term; and',
      '',
      'Buyer shall prepay.',
    ),
    lines(
      'ARTICLE I',
      'DEFINITIONS',
      '',
      '1.1 Background.',
      '',
      'A. Acme runs clinics.',
      '',
      '1.2 Terms. Terms mean what they say.',
      '',
      'ARTICLE II',
      'FEES',
      '',
      '2.1 Discount. Acme grants Globex a 10% discount.',
      '',
      '(a) Globex shall act as a reference.',
      '',
      'Page 2 of 3',
      '',
      '2.2 Term. The Term is extended by one year.',
    ),
  ];
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(60)),
    insert: fc.constantFrom(
      '',
      'a',
      ' ',
      ':',
      '.',
      '\n',
      '\n\n',
      '(c) ',
      '\n\n(b) ',
      '\n\n3. ',
      '\n\n2.3 ',
      'i. ',
      '\n\nTABLE OF CONTENTS\n\n',
      '\n\nIN WITNESS WHEREOF, the parties\n\n',
      '\n\nEXHIBIT B\n\n',
      '\n\n7\n\n',
      '\n\nRECITALS\n\n',
      '    a. ',
      '\n   ',
    ),
  });
  it('reads a sentence across a page break again when an edit joins or splits it', () => {
    // The line after the page starts with markup before its first, lowercase, letter.
    const emphasis = lines(
      'Intro.',
      '',
      'Supplier shall waive the fee for the.',
      '',
      '- 2 -',
      '',
      '*first* year of the Term.',
    );
    const reader = new ReviewSession();
    reader.review(emphasis);
    const joined = emphasis.replace('for the.', 'for the');
    assert.deepEqual(reader.review(joined), review(joined));
    const session = new ReviewSession();
    let text = lines('1. Supply. Supplier shall deliver the goods.', '', '2', '', 'Within ten days of each order.');
    session.review(text);
    for (const [from, to] of [
      ['Within', 'within'],
      ['goods.', 'goods'],
      ['goods', 'goods.'],
      ['within', 'Within'],
    ] as const) {
      text = text.replace(from, to);
      assert.deepEqual(session.review(text), review(text), `after ${from} -> ${to}`);
    }
  });

  it('reads a list again whole when an edit in one item decides whether a table of contents runs on', () => {
    const before = lines(
      'TABLE OF CONTENTS',
      '',
      '1. Supply 1',
      '2. Fees 2',
      '',
      'Acme Inc. and Globex Ltd.',
      '',
      '3. Fees. Supplier waives the setup fee.',
      '',
      '4. Prices. The unit price is $5 per item.',
    );
    const session = new ReviewSession();
    assert.deepEqual(tree(session.review(before)), ['3<-', '4<-']);
    // Fewer words of prose: the list reads as more entries of the table of contents, numbered clauses no more.
    const after = before.replace(' per item', '');
    assert.deepEqual(tree(review(after)), []);
    assert.deepEqual(session.review(after), review(after));
  });
  it('equals a full review after every edit', () => {
    fc.assert(
      fc.property(fc.constantFrom(...starts), fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => {
        const session = new ReviewSession();
        session.review(text);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          assert.deepEqual(session.review(text), review(text));
        }
      }),
      { numRuns: 150 },
    );
  });
});
