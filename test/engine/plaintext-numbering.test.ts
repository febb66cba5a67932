/**
 * Plain-text drafting as SEC exhibits and PDF extractions leave it (issue 16): numbering without
 * Markdown structure, and the lines around the clauses that state no terms. Each example is short
 * and made up; each is a pattern found in contracts from more than one source.
 */
import assert from 'node:assert/strict';
import { review, type Review } from '../../src/engine/index.js';
import { lines } from '../helpers/contract.js';
import { at, tree } from '../helpers/plaintext.js';

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
    const long =
      `16. Entire Agreement. ${'This Agreement is the whole agreement of the parties. '.repeat(8)}17. ` +
      `Amendment. No change binds unless written.`;
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
