import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { PREAMBLE, itFinds, itReadsNothing, lines, suggestionTexts, termsOfClause } from '../helpers/contract.js';

// Issue 16: the classes of a thirteenth and fourteenth blind set (an Irish colocation agreement, a fractional CFO's
// letter, a CMO supply agreement, a white-label addendum, a produce offtake, a conference sponsorship, an Australian
// licence, an equipment lease schedule, a Quebec services agreement, a letter of intent, a federal subcontract, a
// contract change note).
const termsOf = (clause: string): string[] => termsOfClause(PREAMBLE, clause);
const directed = (...body: string[]): string[] =>
  review(lines(PREAMBLE, '', ...body)).terms.map(
    (t) => `${t.type === 'benefit' ? 'B' : 'C'} ${t.kind} ${t.by}->${t.to}`,
  );

describe('the classes of the thirteenth and fourteenth blind sets', () => {
  itFinds(
    [
      [
        'C free-scope',
        'Provider grants Customer an additional 25 Named Users for the Brisbane Site at no additional Licence Fee.',
      ],
      [
        'C free-scope',
        'Provider shall provide two (2) full-conference passes, at no charge (standard value CAD 1,495 each).',
      ],
      [
        'C price-protection',
        'During the Minimum Support Period, Provider must not increase the Support Fee by more than the CPI.',
      ],
      [
        'C price-protection',
        'Provider may increase the Charges by the change in the HICP, provided that no increase during the Initial Term shall exceed three per cent (3%).',
      ],
      [
        'C price-protection',
        "Provider's labor rates for Option Period 1 shall remain at the Base Period rates, without escalation.",
      ],
      [
        'B prepayment',
        'Customer shall pay the Recurring Charges for the first Contract Year annually in advance, in a single payment.',
      ],
      ['B prepayment', 'Customer shall pay two (2) Monthly Rent payments as advance rent on the Commencement Date.'],
      [
        'B prepayment',
        "Customer shall advance $250,000 to Provider on August 20, to be applied against Provider's invoices.",
      ],
      [
        'C waiver',
        'Provider releases Customer from all interest and compensation for late payment accrued up to the date of this Agreement.',
      ],
      [
        'C credit',
        'For the first Contract Year, Service Credits for the Power Availability service level shall be twice the percentages in Schedule 2.',
      ],
      ['C credit', 'A one-time credit of US$40,000 against the Contract Year 1 fee.'],
      ['B volume-commitment', 'Customer commits to purchase the full Band A Volume in each Season.'],
      [
        'B volume-commitment',
        'Customer shall assign to Provider not less than eighteen percent (18%) of the total labor hours ordered.',
      ],
      ['C discount', 'Provider shall pay Customer a promotional allowance of $0.60 per carton shipped during October.'],
      [
        'C discount',
        "Provider shall perform the transfer for a fixed fee of $385,000, a reduction of $140,000 from Provider's proposal.",
      ],
      [
        'C risk',
        "Notwithstanding the foregoing, Provider's liability for breach of Section 10 (Data Security) shall be three times (3x) the Fees paid in the prior twelve months.",
      ],
      [
        'C risk',
        "Provider's liability for goods lost in its custody shall not exceed $600,000 per Batch, in place of Provider's standard limit of $150,000 per Batch.",
      ],
      [
        'C waiver',
        'However, Provider shall not invoice any travel time or mileage for Emergency Calls at Stores in Montréal.',
      ],
      [
        'B term-extension',
        'Customer undertakes to renew the present Agreement for one additional term of two (2) years.',
      ],
      [
        'B term-extension',
        'Subscription Term: thirty-six (36) months from the Go-Live Date, committed and non-cancellable.',
      ],
      [
        'C exit-flexibility',
        'Customer may reduce the Band A Volume for any Season by up to fifteen percent (15%) by notice given before June 1, without any payment to Provider.',
      ],
    ],
    termsOf,
  );

  itReadsNothing(
    [
      // Leaving at no charge is the exit's, not free scope; a flow-down exit follows the head contract.
      'If the Government terminates the Prime Contract for its convenience, Customer may terminate this Subcontract to the same extent.',
      // A tier's price settled at the year's end.
      'Provider shall issue a true-up credit note within thirty (30) days after each Contract Year where a lower Tier Price applies.',
      // Approved ahead is not paid ahead.
      'Customer will pay $1,400 for each extra day, as long as Customer approved the extra time in advance.',
      // A failure to pay in a contraction is still a failure.
      "Provider can end this Agreement immediately if Customer doesn't pay an undisputed invoice within 30 days.",
    ],
    termsOf,
  );

  it('reads an exit at no charge as one exit', () => {
    assert.deepEqual(
      termsOf('Customer may cancel this contract without charge by written notice received on or before May 31, 2025.'),
      ['C exit-flexibility'],
    );
  });

  it('gives the cover of an indemnity to the party whose own negligence it reaches', () => {
    assert.deepEqual(
      directed(
        'Provider shall defend and indemnify Customer against any third-party claim arising from its performance, including claims caused by Customer’s own negligence.',
      ),
      ['C risk p1->p2'],
    );
  });

  it('has the party that pays early give the prompt payment a discount buys', () => {
    assert.deepEqual(
      directed(
        'Provider grants a discount of one percent (1%) on the amount of any invoice that Customer pays within ten (10) days after receipt.',
      ),
      ['C discount p1->p2', 'B prepayment p2->p1'],
    );
  });

  it('keeps a commitment to keep an engagement for months as a term given back', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '1. For May and June the monthly retainer is reduced to $7,000. In exchange, Customer commits to keep this engagement in place, and to pay the full retainer, for at least nine (9) months.',
      ),
    );
    assert.deepEqual(
      r.judgements.map((j) => j.status),
      ['balanced'],
    );
  });

  it('reads no party from a clause number under a parties list', () => {
    const r = review(
      lines(
        '## Parties',
        '',
        '1. **Hartwell Building Society**, a building society (the "**Customer**"); and',
        '2. **Stratus Managed Services Limited**, a company incorporated in England and Wales (the "**Supplier**").',
        '',
        '## 1. Background',
        '',
        '1.1 Under the Agreement the Supplier provides Service Desk, End User Computing ("EUC") and Network Services.',
      ),
    );
    assert.deepEqual(
      r.parties.map((p) => p.aliases[0]),
      ['Customer', 'Supplier'],
    );
  });
});

describe('asks sized to the engagement', () => {
  const draftsOf = (...body: string[]): string[] =>
    review(lines(PREAMBLE, '', ...body))
      .findings.flatMap((f) => f.suggestions ?? [])
      .map((s) => `${s.title}: ${s.text}`);

  it('prices an exit at will with an early termination fee, not with fees paid ahead', () => {
    const drafts = draftsOf(
      '1. Customer shall pay Provider a monthly fee of $5,000 per month.',
      '',
      "2. Customer may terminate this Agreement for convenience on thirty (30) days' written notice.",
    );
    assert.ok(
      drafts.some((d) =>
        /^Ask for an early termination fee: If the right to terminate .* is exercised, Customer shall pay Provider an early termination fee equal to (?:three \(3\)|3) months of the (?:fees|monthly fee)/.test(
          d,
        ),
      ),
      drafts.join('\n'),
    );
    assert.ok(!drafts.some((d) => d.startsWith('Ask for prepayment')), drafts.join('\n'));
  });

  it('asks a quarter paid ahead of a retainer that runs by the month with no term', () => {
    const drafts = draftsOf(
      '1. Customer shall pay Provider a monthly retainer of $8,000 per month.',
      '',
      '2. Provider waives the onboarding fee of $2,500.',
    );
    const prepay = drafts.find((d) => d.startsWith('Ask for prepayment'));
    assert.match(prepay ?? drafts.join('\n'), /for the first (?:three \(3\)|3) months/);
  });

  it('spells the concession as the contract spells it, and sizes a lock-in to a term that ends on an anniversary', () => {
    const r = review(
      lines(
        'This Agreement is made as of June 1, 2020 between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").',
        '',
        '1. The Term of this Agreement ends on the seventh (7th) anniversary of the Effective Date.',
        '',
        '2. Provider shall treat Customer at least as favorably as any other customer, and its prices to Customer shall be no less favorable than those to any other customer.',
        '',
        "3. Customer may terminate this Agreement for convenience on ninety (90) days' notice.",
      ),
    );
    const texts = suggestionTexts(r);
    assert.ok(
      texts.some((t) => /most favored pricing/.test(t)) && !texts.some((t) => /favour/.test(t)),
      texts.join('\n'),
    );
    // Seven years run: an exit waits out two of them, not one.
    assert.ok(
      texts.some((t) => /until (?:twenty-four \(24\)|24) months after/.test(t)),
      texts.join('\n'),
    );
  });
});

describe('the classes of the fifteenth and sixteenth blind sets', () => {
  itFinds(
    [
      [
        'C price-protection',
        "Additional Units shall be charged at the annual unit fees in Table 1, and not at Provider's then-current list prices.",
      ],
      ['C waiver', 'Provider will not charge Customer for Westlaw, Lexis or PACER research on Covered Matters.'],
      ['C payment-terms', "Customer pays Provider's invoices within 60 days of receipt rather than 30."],
      ['C payment-terms', 'Customer does not have to make any capital repayments for the first six months.'],
      [
        'C exit-flexibility',
        'Customer may reduce the number of Subscribed Vehicles by up to ten percent (10%) on any anniversary.',
      ],
    ],
    termsOf,
  );

  itReadsNothing(["Customer pays Provider's invoices within 30 days of receipt rather than 60."], termsOf);

  it('balances a law firm’s concessions with what its client gives back', () => {
    const r = review(
      lines(
        'This Fee Arrangement is between Hollis Marrow LLP ("Firm") and Tessaract Biologics, Inc. ("Company").',
        '',
        '## 2. Rates',
        '',
        '2.2 The rates in Section 2.1 will not increase before January 1, 2027.',
        '',
        '2.3 The Company designates the Firm as its preferred outside counsel for Covered Matters and will not open a new Covered Matter with any other law firm without first offering it to the Firm.',
        '',
        '## 3. Volume',
        '',
        "3.1 Subject to the Company's Annual Fees exceeding $3,000,000 in a calendar year, the Firm will apply a volume discount of seven percent (7%) to all fees billed after the threshold is reached.",
        '',
        '## 5. Litigation',
        '',
        '5.1 For Tessaract Biologics, Inc. v. Vantrex Pharma Corp., No. 1:25-cv-00218 (D. Del.) (the "Vantrex Litigation"), the Firm will bill fixed fees for each phase.',
        '',
        "5.2 The Firm's total fees for the Vantrex Litigation through entry of judgment will not exceed $4,100,000.",
        '',
        '5.3 In exchange for the fee cap in Section 5.2, the Company will pay the Firm a success fee of $600,000 within thirty (30) days after a final judgment.',
      ),
    );
    assert.deepEqual(
      r.parties.map((p) => p.aliases[0]),
      ['Firm', 'Company'],
    );
    assert.deepEqual(
      r.judgements.map((j) => j.status),
      ['balanced', 'balanced', 'balanced'],
    );
  });

  it('reads the parties of a work order past the subtitle and the table under it', () => {
    const r = review(
      lines(
        '# WORK ORDER NO. 7',
        '',
        '**Under the Master Services Agreement dated June 12, 2023 between Meridian Preclinical Research, LLC and Alderpoint Therapeutics, Inc.**',
        '',
        '| Field | Detail |',
        '| --- | --- |',
        '| Work Order No. | WO-007 |',
        '',
        'This Work Order is entered into under the Master Services Agreement dated June 12, 2023 (the "MSA") between Meridian Preclinical Research, LLC ("CRO") and Alderpoint Therapeutics, Inc. ("Sponsor").',
        '',
        '1. CRO waives the 8% administrative fee on pass-through costs.',
      ),
    );
    assert.deepEqual(
      r.parties.map((p) => `${p.name} [${p.aliases.join(', ')}]`),
      ['Meridian Preclinical Research, LLC [CRO]', 'Alderpoint Therapeutics, Inc. [Sponsor]'],
    );
  });

  it('has a seller that holds its own prices grant it', () => {
    assert.deepEqual(
      directed(
        'Customer shall not increase the prices of food and beverages sold at the Stadium by more than 3% in any year.',
      ),
      ['C price-protection p2->p1'],
    );
  });

  it('gives the later payment to the party that may pay later', () => {
    assert.deepEqual(
      directed(
        "Section 7.1 is amended so that Customer may pay Provider's invoices within sixty (60) days after the invoice date, instead of thirty (30) days.",
      ),
      ['C payment-terms p1->p2'],
    );
  });
});
