/**
 * Plain-text drafting as SEC exhibits and PDF extractions leave it (issue 16): numbering without
 * Markdown structure, and the lines around the clauses that state no terms. Each example is short
 * and made up; each is a pattern found in contracts from more than one source.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { review, ReviewSession, type Clause, type Review } from '../../src/engine/index.js';
import { lines } from '../helpers/contract.js';

/** Each numbered clause as `number<parent number` ("-" for none). */
function tree(r: Review): string[] {
  const numberOf = (id: number | undefined): string => (id === undefined ? '-' : (r.clauses[id]!.number ?? `#${id}`));
  return r.clauses.filter((c) => c.number !== undefined).map((c) => `${c.number}<${numberOf(c.parent)}`);
}

/** The clause whose own words start with `words`. */
function at(r: Review, words: string): Clause {
  const found = r.clauses.find(
    (c) =>
      r.text.slice(c.start, c.end).trimStart().startsWith(words) ||
      r.text.slice(c.textStart, c.textEnd).startsWith(words),
  );
  assert.ok(found, `no clause starts with ${words}`);
  return found;
}

/** The words of every sentence, so that a test can say which lines are read for terms. */
const sentences = (r: Review): string[] => r.sentences.map((s) => r.text.slice(s.start, s.end));

describe('plain-text drafting: numbering', () => {
  it('files sub-clauses written after a numbered list item under that item', () => {
    const r = review(
      lines(
        '1. Definitions. In this Agreement:',
        '',
        '(a) "Fees" means the fees.',
        '',
        '(b) "Term" means the term.',
        '',
        '2. Term. The Term is one year.',
        '',
        '(a) It renews each year.',
      ),
    );
    assert.deepEqual(tree(r), ['1<-', '1(a)<1', '1(b)<1', '2<-', '2(a)<2']);
    assert.equal(at(r, '(b)').section, '1');
  });

  it('nests letters, then romans, by the order their styles appear, and closes them again', () => {
    const r = review(
      lines(
        '7. Compensation.    a. Fee. Company shall pay the Fee as follows:',
        '',
        '  i. Ten dollars on signature.    ii. Ten dollars in July.',
        '',
        '  b. Royalties. Company shall pay royalties.',
        '',
        '8. Approval.',
      ),
    );
    assert.deepEqual(tree(r), ['7<-', '7(a)<7', '7(a)(i)<7(a)', '7(a)(ii)<7(a)', '7(b)<7', '8<-']);
  });

  it('reads "(i)" after "(h)" as the next letter, and after "(a)" as a roman', () => {
    const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((l) => `(${l}) Item ${l}.`);
    assert.deepEqual(tree(review(lines('3. Duties.', '', ...letters.flatMap((l) => [l, ''])))).slice(-3), [
      '3(h)<3',
      '3(i)<3',
      '3(j)<3',
    ]);
    assert.deepEqual(
      tree(
        review(lines('3. Duties.', '', '(a) Deliver:', '', '(i) on time;', '', '(ii) in full.', '', '(b) Invoice.')),
      ),
      ['3<-', '3(a)<3', '3(a)(i)<3(a)', '3(a)(ii)<3(a)', '3(b)<3'],
    );
  });

  it('places dotted numbers under the section or article they extend', () => {
    const r = review(
      lines(
        'ARTICLE IV',
        'PAYMENT',
        '',
        '4.1 Fees. Customer shall pay the fees.',
        '',
        '(a) Invoices are monthly.',
        '',
        '4.2 Taxes. Customer shall pay taxes.',
        '',
        'ARTICLE V',
        'TERM',
        '',
        '5.1 Term. One year.',
      ),
    );
    assert.deepEqual(tree(r), ['iv<-', '4.1<iv', '4.1(a)<4.1', '4.2<iv', 'v<-', '5.1<v']);
    assert.equal(at(r, '(a)').section, '4');
  });

  it('numbers capital letters within the clause they sit in, and a "Background" clause holds recitals', () => {
    const r = review(
      lines(
        '1. DEFINITIONS',
        '',
        '1.1 Background.',
        '',
        'A. Customer runs clinics.',
        '',
        'B. Provider runs a laboratory.',
        '',
        '1.2 Definitions. Terms have these meanings.',
      ),
    );
    assert.deepEqual(tree(r), ['1<-', '1.1<1', '1.1(a)<1.1', '1.1(b)<1.1', '1.2<1']);
    assert.equal(at(r, 'A.').region, 'recitals');
    assert.equal(at(r, '1.2').region, 'body');
    assert.equal(at(r, '1.1').title, 'Background');
  });

  it('carries a clause on across a page break, its page number and running header', () => {
    const r = review(
      lines(
        '3.1 Supply. Supplier shall deliver the goods',
        '',
        '4',
        '',
        'Confidential',
        '',
        'within ten days of each order.',
        '',
        '(a) Late goods are refused.',
      ),
    );
    assert.deepEqual(tree(r), ['3.1<-', '3.1(a)<3.1']);
    assert.equal(at(r, '4').furniture, 'page');
    assert.equal(at(r, 'within ten days').parent, at(r, '3.1').id);
    assert.ok(!sentences(r).includes('4'));
  });

  it('reads a sentence a page break cut in two as one, without the page number and filing stamp between', () => {
    const r = review(
      lines(
        '11.2 The Company may give written notice to',
        '',
        '- 6 -',
        '',
        'Source: ACME CORP, 10-K, 3/1/2012',
        '',
        'terminate the Agreement at any time.',
        '',
        '11.3 Either party may terminate for breach.',
      ),
    );
    assert.deepEqual(tree(r), ['11.2<-', '11.3<-']);
    const read = r.sentences.map((s) => r.prose.slice(s.start, s.end).replace(/\s+/g, ' '));
    assert.deepEqual(read, [
      'The Company may give written notice to terminate the Agreement at any time.',
      'Either party may terminate for breach.',
    ]);
    assert.ok(r.terms.some((t) => t.kind === 'exit-flexibility' && t.start < r.text.indexOf('- 6 -')));
  });

  it('reads a sentence on across a page number left at the end of its line', () => {
    const r = review(
      lines(
        '5.1 Customer may return any Products that infringe any tangible or   3',
        '',
        '',
        'intangible right of a third party.',
      ),
    );
    const read = r.sentences.map((s) => r.prose.slice(s.start, s.end).replace(/\s+/g, ' '));
    assert.deepEqual(read, [
      'Customer may return any Products that infringe any tangible or intangible right of a third party.',
    ]);
  });

  it('keeps a page break between sentences where the first has ended or the next opens with a label', () => {
    const ended = review(lines('1. Supplier delivers the goods.', '', '7', '', 'and then the fees are due.'));
    assert.equal(at(ended, '7').furniture, 'page');
    assert.equal(ended.sentences.length, 2);
    const labelled = review(
      lines('1. Supplier shall deliver:', '', '7', '', 'a. the goods; and', '', 'b. the manuals.'),
    );
    assert.deepEqual(tree(labelled), ['1<-', '1(a)<1', '1(b)<1']);
    assert.equal(at(labelled, '7').furniture, 'page');
  });

  it('takes a reference opening a sentence for one, not for a label', () => {
    const r = review(
      lines(
        '1. Amendments.',
        '',
        'Section 4.2 of the Agreement is deleted.',
        '',
        'Exhibit A attached hereto is replaced.',
      ),
    );
    assert.deepEqual(tree(r), ['1<-']);
  });

  it('splits labels a PDF ran into one line after a stop and a gap, and a section run into the one before', () => {
    const long = `16. Entire Agreement. ${'This Agreement is the whole agreement of the parties. '.repeat(8)}17. Amendment. No change binds unless written.`;
    const r = review(lines('1. Fees.   (a) Customer pays monthly.   (b) Provider invoices.', '', long));
    assert.deepEqual(tree(r), ['1<-', '1(a)<1', '1(b)<1', '16<-', '17<-']);
  });

  it('reads a plain-text title after the label', () => {
    const r = review(
      lines('2. Term. The Term is one year.', '', '2.1 RENEWAL.  The Term renews each year.', '', '3. EXCLUSIVITY'),
    );
    assert.deepEqual(
      r.clauses.map((c) => c.title),
      ['Term', 'RENEWAL', 'EXCLUSIVITY'],
    );
    assert.deepEqual(sentences(r), ['The Term is one year.', 'The Term renews each year.']);
  });
});

describe('plain-text drafting: what frames the terms', () => {
  it('reads a table of contents as one, without numbers, up to the first paragraph of prose', () => {
    const r = review(
      lines(
        'TABLE OF CONTENTS',
        '',
        '1. Definitions 1',
        '2. Exclusivity and Publicity 3',
        '',
        'This Agreement is made between Acme Inc. and Globex Ltd. on the date below.',
        '',
        '1. Definitions. Terms have these meanings.',
        '',
        '2. Exclusivity. Globex shall buy only from Acme.',
      ),
    );
    const toc = r.clauses.filter((c) => c.region === 'toc');
    assert.equal(toc.length, 2);
    assert.ok(toc.every((c) => c.number === undefined));
    assert.deepEqual(tree(r), ['1<-', '2<-']);
    assert.deepEqual(
      r.clauses.filter((c) => c.number !== undefined).map((c) => c.section),
      ['1', '2'],
    );
    assert.ok(r.terms.every((t) => t.start > r.text.indexOf('This Agreement')));
  });

  it('marks a title page, an exhibit cover line, letterheads and heading lines, and reads no sentence from them', () => {
    const r = review(
      lines(
        'Exhibit 10.7',
        '',
        '[LOGO ACME] PROMOTIONAL SERVICES',
        '',
        'ENDORSEMENT AGREEMENT entered into by and between ACME and GLOBEX',
        '',
        'Effective March 1, 2021',
        '',
        'This Agreement is made between Acme Inc. ("Acme") and Globex Ltd ("Globex").',
        '',
        '1. Services. Acme shall promote Globex.',
        '',
        '(a) Acme shall appear twice.',
        '',
        'PRESS RELEASES AND TESTIMONIALS',
        '',
        'Globex may publish a press release.',
      ),
    );
    const furniture = r.clauses
      .filter((c) => c.furniture)
      .map((c) => `${c.furniture}: ${r.text.slice(c.start, c.end)}`);
    assert.deepEqual(furniture, [
      'cover: Exhibit 10.7',
      'title: [LOGO ACME] PROMOTIONAL SERVICES',
      'title: ENDORSEMENT AGREEMENT entered into by and between ACME and GLOBEX',
      'title: Effective March 1, 2021',
      'heading: PRESS RELEASES AND TESTIMONIALS',
    ]);
    assert.deepEqual(tree(r), ['1<-', '1(a)<1']);
    for (const c of r.clauses.filter((c) => c.furniture))
      assert.ok(
        r.terms.every((t) => t.end <= c.start || t.start >= c.end),
        `a term in ${r.text.slice(c.start, c.end)}`,
      );
  });

  it('reads a contract that a PDF ran on after its exhibit number, on one line, as terms', () => {
    const r = review(
      'Exhibit 10.22   DEVELOPMENT AGREEMENT   This Agreement is made between Acme Inc. ("Acme") and Globex Ltd ("Globex").   2.2. Early Termination.   Either party may terminate this Agreement at any time upon thirty (30) days prior written notice.\n',
    );
    assert.deepEqual(r.clauses.filter((c) => c.furniture).length, 0);
    assert.deepEqual(
      r.terms.map((t) => `${t.kind} ${t.by}`),
      ['exit-flexibility both'],
    );
  });

  it('keeps a heading line that states a figure or a sentence as words to read', () => {
    const r = review(
      lines('1. Fees.', '', 'TWO MONTHS FREE', '', 'THE PROVIDER SHALL NOT BE LIABLE FOR LOST PROFITS.'),
    );
    assert.deepEqual(r.clauses.filter((c) => c.furniture).length, 0);
  });

  it('reads the signature blocks after "IN WITNESS WHEREOF" as such', () => {
    const r = review(
      lines(
        '1. Fees. Customer pays.',
        '',
        'IN WITNESS WHEREOF, the parties have signed this Agreement.',
        '',
        'ACME INC.',
        '',
        'By: /s/ Jane Roe, waives notice',
        '',
        'EXHIBIT A',
        '',
        '1. Prices. Unit price is $5.',
      ),
    );
    assert.equal(at(r, 'IN WITNESS').region, 'signatures');
    assert.equal(at(r, 'By:').region, 'signatures');
    const exhibit = at(r, 'EXHIBIT A');
    assert.equal(exhibit.region, 'schedule');
    const price = r.clauses.filter((c) => c.number === '1').at(-1)!;
    assert.equal(price.parent, exhibit.id);
    assert.equal(price.section, 'exhibit a/1');
    assert.equal(price.region, 'schedule');
  });

  it('reads paragraphs under a "RECITALS" line as recitals until the next heading', () => {
    const r = review(
      lines(
        'RECITALS',
        '',
        'The parties signed a lease in 2019.',
        '',
        'RENEWAL',
        '',
        'The lease is renewed for one year.',
      ),
    );
    assert.equal(at(r, 'The parties signed').region, 'recitals');
    assert.equal(at(r, 'The lease is renewed').region, 'body');
  });
});

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
