/**
 * Plain-text drafting as SEC exhibits and PDF extractions leave it (issue 16): numbering without
 * Markdown structure, and the lines around the clauses that state no terms. Each example is short
 * and made up; each is a pattern found in contracts from more than one source.
 */
import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { lines } from '../helpers/contract.js';
import { at, tree } from '../helpers/plaintext.js';

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
      'Exhibit 10.22   DEVELOPMENT AGREEMENT   This Agreement is made between Acme Inc. ' +
        '("Acme") and Globex Ltd ("Globex").   2.2. Early Termination.   Either party may ' +
        'terminate this Agreement at any time upon thirty (30) days prior written notice.\n',
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
