import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import {
  PREAMBLE,
  benefits,
  concessions,
  contract,
  findings,
  itFinds,
  itReadsNothing,
  lines,
  suggestionTexts,
  termsOfClause,
} from '../helpers/contract.js';

// Issue 16: the classes of a tenth round of blind sets (real reseller, hosting and outsourcing exhibits; synthetic
// letters, service orders and logistics contracts), with their near misses.
const termsOf = (clause: string): string[] => termsOfClause(PREAMBLE, clause);

/** A letter whose pronouns the parties' definitions name. */
const LETTER = lines(
  'Dear Dana,',
  '',
  'This letter sets out the changes we have agreed to the Retainer Agreement between Halyard & Finch LLC ("we" or "us") and Corvallis Outdoor Co. ("you").',
  '',
);

describe('the classes of the tenth round of blind sets', () => {
  itReadsNothing(
    [
      // "then, in any such event": the consequence of every condition listed before it, here insolvency.
      'Should either party (1) admit in writing its inability to pay its debts generally as they become due; (2) be adjudicated bankrupt or insolvent; then, in any such event, the other party, at its option and without prior notice, may terminate this Agreement effective immediately.',
      // A rate above the standard one is no discount.
      'Provider will bill senior hours at $250 per hour instead of its standard rate of $210 per hour.',
    ],
    termsOf,
  );

  itFinds(
    [
      // A right granted is no pointer back, though the thing it ends is "referred to in" another clause.
      [
        'C exit-flexibility',
        "Customer shall have the right to terminate the licence referred to in Clause 1 by giving three months' notice in writing to Provider.",
      ],
      ['C waiver', 'Provider will not charge its 2% media-buying commission on the holiday campaign.'],
      [
        'C exit-flexibility',
        "Until January 31, 2025, Customer may instead end this Agreement on thirty days' written notice.",
      ],
      [
        'C discount',
        'For work performed in 2024, Provider will bill senior hours at $185 per hour instead of its standard rate of $210 per hour.',
      ],
    ],
    termsOf,
  );

  it('reads a carrier extending free storage on a volume of loads as a concession the volume pays for', () => {
    const r = contract(
      '4.2 For containers of Customer, Provider will extend free storage to seven (7) calendar days, provided that Customer tenders to Provider no fewer than four hundred (400) loaded import containers in each contract year.',
    );
    assert.deepEqual(concessions(r), ['free-scope Provider->Customer']);
    assert.deepEqual(benefits(r), ['volume-commitment Customer->Provider binding']);
    assert.deepEqual(findings(r), []);
  });

  it('reads a wish to write up the reader’s campaign as the reader’s give-back, at the reader’s option', () => {
    const r = review(
      lines(
        LETTER,
        'We will waive the monthly minimum for July. Separately, we would welcome the chance to write the campaign up as a case study on our website, but it is your call.',
      ),
    );
    assert.deepEqual(benefits(r), ['testimonial Corvallis Outdoor Co.->Halyard & Finch LLC optional']);
    // A letter's formula is no wish: "we would like to confirm" leaves a promise binding.
    const confirmed = review(
      lines(LETTER, 'We would like to confirm that you will act as a reference for us during 2025.'),
    );
    assert.deepEqual(benefits(confirmed), ['reference Corvallis Outdoor Co.->Halyard & Finch LLC binding']);
  });

  it('takes no registration number’s label for a party, and reads who pays by the full name', () => {
    const text = lines(
      'This Agreement is entered into between Pacific Rim Drayage Co., a California corporation holding USDOT No. 2938471 and MC No. 981234, with its principal office in Carson, California, and Tamsin Home Goods, Inc., a Delaware corporation.',
      '',
      '1. Tamsin Home Goods, Inc. will pay each undisputed invoice within thirty (30) days of receipt.',
      '',
      '2. The fuel surcharge will not exceed eighteen percent (18%) of the line-haul rate during the initial term.',
    );
    const r = review(text);
    assert.deepEqual(
      r.parties.map((p) => p.name),
      ['Pacific Rim Drayage Co.', 'Tamsin Home Goods, Inc.'],
    );
    const [cap] = r.terms;
    assert.deepEqual([cap?.kind, cap?.by, cap?.to], ['price-protection', r.parties[0]!.id, r.parties[1]!.id]);
  });

  it('cites an exhibit as the contract writes it, and the contract by the name it gives itself', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '1. Customer accepts Provider as its exclusive provider of the Services.',
        '',
        '2. Provider may terminate this agreement at any time on ten business days notice.',
        '',
        '3. This Agreement is governed by the laws of New York.',
        '',
        '## EXHIBIT C',
        '',
        'SERVICE FEES',
        '',
        '1. Pricing. No start-up fees will be applied to new sites.',
      ),
    );
    const untied = findings(r, 'untied-give-back').join('\n');
    assert.match(untied, /in paragraph 1 of Exhibit C\b/);
    assert.doesNotMatch(untied, /Exhibit c\b/);
    const exit = suggestionTexts(r).filter((s) => /ection 2\b/.test(s));
    assert.ok(exit.length > 0);
    for (const s of exit) assert.doesNotMatch(s, /this agreement/);
  });
});
