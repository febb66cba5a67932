import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import {
  PREAMBLE,
  itFinds,
  itReadsNothing,
  lines,
  partiesOf,
  suggestionTexts,
  termsOfClause,
} from '../helpers/contract.js';

// Issue 16: the sentences a maintainer wrote to break the rules of the eleventh and twelfth blind sets
// (blind-synthetic-seventh.test.ts); each must stay silent, or keep its real term.
const termsOf = (clause: string): string[] => termsOfClause(PREAMBLE, clause);

describe('a maintainer’s near misses for the rules of the eleventh and twelfth blind sets', () => {
  const termsOfAll = (...body: string[]): string[] =>
    review(lines(PREAMBLE, '', ...body)).terms.map((t) => `${t.type === 'benefit' ? 'B' : 'C'} ${t.kind}`);

  itReadsNothing(
    [
      // Remedy words that are only names or routine: an article's heading, a line of insurance, data destroyed.
      // A rent holiding over, a fee that is a share of a value, rates cut for scope taken out.
      'So long as Customer is not in breach and Provider fails to meet the Availability Target in any month, Provider shall issue Customer an account credit equal to ten percent (10%) of the monthly Fees.',
      'Provided that no Event of Default exists and Landlord has failed to deliver the Premises by the Delivery Date, Base Rent shall be abated by one day for each day after the Delivery Date.',
      'Provider extends its warranties under this Section 9 to replacement parts only for the unexpired portion of the original Warranty Period.',
      'Provider extends its warranties solely to Customer and not to any end user or other third party.',
      'The Manufacturer extends its warranty to the original purchaser only; the warranty is not transferable.',
      'Notwithstanding anything to the contrary, Provider shall not charge interest at a rate exceeding the maximum rate permitted by applicable law.',
      'The Carrier shall not charge a fuel surcharge in any month in which the DOE national average diesel price is below $3.50 per gallon.',
      'Provider will not charge interest on any amount Customer disputes in good faith under Section 6.3 while the dispute is pending.',
      "The usual period of thirty (30) days for Customer's acceptance testing shall apply to each Deliverable, and the Milestone Fee is payable within 45 days after its acceptance.",
      "Provider's standard payment terms are net 30. Customer shall pay the Fees within 30 days; amounts reimbursable by Provider to Customer are payable within 60 days.",
      "The Management Fee shall be one and one-half percent (1.5%) of the fair market value of the Fund's assets.",
      'During any holding over, the rent shall be 150% of the Base Rent then in effect, and the Ground Rent shall be 8% of the fair market value of the Land.',
      'Exhibit A is hereby amended by reducing the Subscription Fees to $80,000 per year to reflect the removal of the Analytics Module from the Services.',
      'Clause 4.1 shall be amended by reducing the Charges by £2,000 per month to reflect the Customer assuming responsibility for first-line support.',
      'Provider may reduce the Storage Capacity available to Customer if Customer exceeds the limits in the Fair Use Policy.',
      'Provider may reduce the list price of any Product at any time without liability to Customer or any other purchaser.',
      'If Customer fails to pay any undisputed invoice within 30 days, Provider may reduce the Services to read-only access without any liability to Customer.',
      'Where the Customer renews the Agreement for 24 months, the Provider may increase the Fees by up to 5%.',
      'Unless Customer renews the Services for one (1) year by giving written notice before March 1, this Agreement expires on March 31, 2026.',
      "Provider's commitment, which Provider hereby makes, to engage not fewer than two (2) certified engineers for the on-site installation is part of the Services.",
      "The undertaking of Provider to book at least fifty (50) hotel rooms near the Venue for Customer's delegates is included in the Event Fee.",
      'The Contractor shall deploy at least three (3) additional gritting crews within 48 hours of any Severe Weather Notice.',
      'Customer shall recover the Mobilization Payment by withholding twenty percent (20%) from each Application for Payment.',
      "Provider's mobilization payment obligations to its own crews and subcontractors are Provider's sole responsibility.",
    ],
    termsOf,
  );

  itFinds(
    [
      [
        'C free-scope',
        'Provider shall provide the Property and Casualty Rating Engine module at no additional charge during the Initial Term.',
      ],
      [
        'C free-scope',
        'Upon expiry of the Term, Provider will, at no additional charge, retain Customer Data for a further ninety (90) days before it is destroyed.',
      ],
      [
        'C exit-flexibility',
        "Customer may terminate this Agreement at any time upon thirty (30) days' written notice, or immediately if Provider is excluded from participation in any federal health care program.",
      ],
      [
        'C waiver',
        'Base Rent shall be abated for the first six (6) months of the Term, in addition to any abatement under Article 18 (Casualty).',
      ],
      [
        'C exit-flexibility',
        "Customer may terminate this Agreement at any time after the first anniversary on ninety (90) days' notice, in addition to its rights under Section 20 (Condemnation).",
      ],
      [
        'C waiver',
        'Although Customer had been offered net 30 payment terms in the Proposal, Provider hereby waives the implementation fee of $25,000.',
      ],
    ],
    termsOf,
  );

  it('keeps a concession that a break option kept, or a renewal that may come, does not balance', () => {
    assert.deepEqual(
      termsOfAll(
        'The Landlord grants the Tenant a rent-free period of six months. Nothing in this deed shall operate as a waiver of the Tenant’s break option under clause 8, which remains exercisable.',
      ),
      ['C waiver'],
    );
    assert.deepEqual(
      termsOfAll(
        'Provider will give Customer a discount of ten percent (10%) on the Fees. Customer does not give up its break option under Section 9.',
      ),
      ['C discount'],
    );
    assert.deepEqual(
      termsOfAll(
        'Provider will give Customer a discount of ten percent (10%) on the Fees. If Customer renews its subscription for twelve (12) months, the renewal Fees will be charged at list price.',
      ),
      ['C discount'],
    );
  });

  it('reads no price in paying for work done or refunding what was prepaid', () => {
    for (const paid of [
      'If Customer terminates under this Section 1, Customer shall pay Provider an amount equal to the Fees for Services actually performed up to the date of termination.',
      'If Customer terminates under this Section 1, Customer shall, within thirty (30) days, pay Provider an amount equal to the unused portion of the prepaid Fees.',
    ])
      assert.deepEqual(
        termsOfAll(`Customer may terminate this Agreement for convenience on thirty (30) days' notice. ${paid}`),
        ['C exit-flexibility'],
      );
  });

  it('leaves the discount with its grantor when the other party only gives notice or a copy', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '1. Customer shall promptly give Provider written notice if it elects to take the early payment discount of two percent (2%) on any invoice.',
      ),
    );
    assert.deepEqual(
      r.terms.map((t) => `${t.kind} ${t.by}->${t.to}`),
      ['discount p1->p2'],
    );
  });

  it('reads no party from a thing designated, an exhibit’s letter or a trade mark collection', () => {
    assert.deepEqual(
      partiesOf(
        lines(
          'This Agreement incorporates the Order Form attached as Exhibit A. Acme Corp. ("Provider") and Beta LLC ("Customer") agree as follows.',
          '',
          '1. Provider waives the onboarding fee.',
        ),
      ),
      ['Acme Corp. [Provider]', 'Beta LLC [Customer]'],
    );
    assert.deepEqual(
      partiesOf(
        lines(
          '## Parties',
          '',
          '(1) ACME BRANDS LIMITED, incorporated in England and Wales (company number 01234567), the proprietor of the trade marks listed in Schedule 1 (collectively, the "Brand Assets").',
          '',
          '(2) BETA RETAIL LIMITED, incorporated in England and Wales (company number 07654321) (the "Licensee").',
          '',
          '## Agreed terms',
          '',
          '1. Acme Brands Limited waives the royalty for the first Contract Year.',
        ),
      ).some((p) => p.includes('Brand Assets')),
      false,
    );
  });

  it('sizes no lock-in to a date that ends pricing, not the term', () => {
    const r = review(
      lines(
        'This Agreement is entered into on January 1, 2025 between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").',
        '',
        '1. The introductory pricing under this Agreement expires on March 31, 2025, after which the list prices in Schedule A apply.',
        '',
        "2. Customer may terminate this Agreement for convenience at any time on thirty (30) days' written notice.",
      ),
    );
    assert.ok(
      suggestionTexts(r).every((t) => !/\b3 months|three \(3\) months/.test(t)),
      suggestionTexts(r).join('\n'),
    );
  });
});
