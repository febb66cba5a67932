import assert from 'node:assert/strict';
import { benefits, concessions, contract, findings, lines } from '../helpers/contract.js';
import { review } from '../../src/engine/index.js';

describe('terms: the eight kinds of concession', () => {
  const cases: [string, string][] = [
    ['Provider shall charge hourly rates fifteen percent (15%) below the List Rates.', 'discount Provider->Customer'],
    ['The annual fees shall be reduced by eighteen percent (18%).', 'discount Provider->Customer'],
    ['Provider waives the onboarding fee.', 'waiver Provider->Customer'],
    ['The Transition Charges of £22,000 are waived in full.', 'waiver Provider->Customer'],
    ["Provider will credit Customer's account with USD 60,000.", 'credit Provider->Customer'],
    [
      'Invoices issued in 2025 are payable within ninety (90) days of the invoice date.',
      'payment-terms Provider->Customer',
    ],
    ['Customer may pay the fees in four equal quarterly instalments.', 'payment-terms Provider->Customer'],
    ['Provider shall not increase the fees before 31 December 2026.', 'price-protection Provider->Customer'],
    ['Provider will provide 25 additional seats at no charge.', 'free-scope Provider->Customer'],
    [
      "Customer may terminate this Agreement for convenience on thirty (30) days' notice.",
      'exit-flexibility Provider->Customer',
    ],
    ["Provider's liability for data breaches shall be uncapped.", 'risk Provider->Customer'],
    ['The Warranty Period is extended to twenty-four (24) months.', 'risk Provider->Customer'],
  ];
  for (const [sentence, expected] of cases) {
    it(`finds ${expected.split(' ')[0]} in "${sentence}"`, () =>
      assert.deepEqual(concessions(contract(sentence)), [expected]));
  }

  it('knows who grants in the passive voice: the party that is paid', () => {
    const r = review(
      lines(
        'This Lease is between Harbor LLC ("Landlord") and Northstar Corp. ("Tenant").',
        '',
        'Base Rent for July 2025 is abated in full.',
      ),
    );
    assert.deepEqual(concessions(r), ['waiver Landlord->Tenant']);
  });

  it('reads mutual terms as granted by both', () => {
    assert.deepEqual(
      concessions(contract('Each party waives any claim against the other arising from the delayed rollout.')),
      ['waiver both->both'],
    );
    assert.deepEqual(concessions(contract('Each of Provider and Customer releases the other from all claims.')), [
      'waiver both->both',
    ]);
  });

  it('sets aside negations, definitions, history and remedies', () => {
    const r = contract(
      'Provider shall not be obliged to grant any further discount of 5%.',
      '',
      '"Volume Discount" means a discount of 5% on orders above 1,000 units.',
      '',
      'Customers previously received a loyalty discount of 10%.',
      '',
      'Provider is not obliged to issue service credits for downtime.',
      '',
      'If Provider materially breaches this Agreement, Customer may terminate it on notice.',
      '',
      "Neither party shall use the other's name or logo in any publicity without consent.",
    );
    assert.deepEqual(concessions(r), []);
    assert.deepEqual(benefits(r), []);
    assert.deepEqual(
      r.dismissed.map((d) => d.reason).sort(),
      ['definition', 'negated', 'negated', 'recital', 'remedy'].sort(),
    );
  });

  it('carries a negation over a list of verbs', () => {
    assert.deepEqual(
      concessions(contract('This release does NOT release, waive, or affect any vested rights of Customer.')),
      [],
    );
    assert.deepEqual(
      concessions(contract('Customer shall not sell, assign, or waive its rights under this Agreement.')),
      [],
    );
  });

  it('reads a give-back through a name with a full stop in it', () => {
    const r = review(
      lines(
        'This Agreement is made between Women.com Networks, Inc. ("Women.com") and eDiets.com, Inc. ("eDiets").',
        '',
        'eDiets shall introduce Women.com to at least two (2) prospective customers in each Contract Year.',
      ),
    );
    assert.deepEqual(benefits(r), ['referral eDiets->Women.com binding']);
  });

  it('reads any obligation traded for a concession as a give-back ("other")', () => {
    const r = review(
      lines(
        'This Sublease is between Harbor LLC ("Sublandlord") and Northstar Corp. ("Subtenant").',
        '',
        '## 7. Alterations',
        '',
        '(b) Sublandlord waives its right to require Subtenant to remove the interior glass partitions at the end of the Term.',
        '',
        '## 8. Cabling',
        '',
        'In exchange for the waiver in Section 7(b), Subtenant shall leave in place all structured data cabling installed by Subtenant.',
      ),
    );
    assert.deepEqual(benefits(r), ['other Subtenant->Sublandlord binding']);
    assert.deepEqual(findings(r), []);
  });

  it('does not read boilerplate consideration or a term\'s own sentence as an "other" give-back', () => {
    assert.deepEqual(
      benefits(contract('In consideration of the mutual covenants herein, Provider shall provide the Services.')),
      [],
    );
    assert.deepEqual(
      benefits(contract('In exchange for the discount in Section 4, Customer will act as a reference for Provider.')),
      ['reference Customer->Provider binding'],
    );
  });

  it('reads a longer term agreed in exchange, through "Schedule No. 1"', () => {
    const r = contract(
      'Customer agrees that the Initial Term for all Units on Equipment Schedule No. ' +
        '1 shall be sixty (60) months rather than forty-eight (48) months.',
    );
    assert.deepEqual(benefits(r), ['term-extension Customer->Provider binding']);
  });

  it('does not read rent due in advance each month as a prepayment', () => {
    assert.deepEqual(
      benefits(
        contract(
          'Customer shall pay the Monthly Rental for each Unit throughout the Term, in advance, on the first day of each month.',
        ),
      ),
      [],
    );
    assert.deepEqual(benefits(contract('Customer shall pay the fees for the whole three-year term in advance.')), [
      'prepayment Customer->Provider binding',
    ]);
  });

  it('gives a fee cut to the party the fee is payable by, whatever the main payments', () => {
    const r = review(
      lines(
        'This Amendment is between Meridian Purchasing Alliance, LLC ("GPO") and Vantrell Medical Supply, Inc. ("Supplier").',
        '',
        'The Tier 1 Prices are reduced by nine percent (9%).',
        '',
        'The administrative fee payable by Supplier under Section 8.1 is reduced from 3.0% to 2.25% of Net Sales.',
      ),
    );
    assert.deepEqual(concessions(r), ['discount Supplier->GPO', 'discount GPO->Supplier']);
  });

  it('reads ceilings, instalments instead of paying upfront, royalty holidays and percentage cuts in cells', () => {
    assert.deepEqual(
      concessions(
        contract(
          'For 2025, the fuel surcharge calculated under Schedule B will not exceed thirty-eight percent (38%) of the linehaul charge.',
        ),
      ),
      ['price-protection Provider->Customer'],
    );
    assert.deepEqual(
      concessions(contract("Provider's liability shall not exceed the fees paid in the preceding twelve months.")),
      [],
    );
    assert.deepEqual(
      concessions(
        contract(
          'Although the listing requires fees to be paid upfront, the Committed Spend is invoiced in thirty-six (36) equal monthly instalments.',
        ),
      ),
      ['payment-terms Provider->Customer'],
    );
    assert.deepEqual(
      concessions(
        contract(
          'No royalty shall accrue or be payable in respect of Units shipped between July 1 and September 30, 2025.',
        ),
      ),
      ['waiver Provider->Customer'],
    );
    assert.deepEqual(
      concessions(
        contract(
          '| Period | Royalty |',
          '| --- | --- |',
          '| October 2025 to June 2026 | USD 31.50 (a 25% reduction) |',
        ),
      ),
      ['discount Provider->Customer'],
    );
  });

  it('reads "X and Y each release the other" as mutual', () => {
    assert.deepEqual(
      concessions(
        contract('Provider and Customer each release the other from all claims arising out of the delayed rollout.'),
      ),
      ['waiver both->both'],
    );
  });

  it('does not count a term named again, a bold clause title, a past discount or an option to extend', () => {
    const warranty = contract(
      '(a) The warranty on replacement parts is extended from ninety (90) days to eighteen (18) months.',
      '',
      '(b) During the period of that extended warranty, Customer shall buy spare parts from Provider.',
    );
    assert.deepEqual(concessions(warranty), ['risk Provider->Customer']);
    assert.deepEqual(
      benefits(
        contract('**9.2 Case Study.** Customer will consider, in good faith, participating in a joint case study.'),
      ),
      ['testimonial Customer->Provider optional'],
    );
    assert.deepEqual(
      concessions(
        contract(
          'For the 2024 Event, Provider allowed Customer a loyalty discount of ten percent (10%), which does not carry over to this Agreement.',
        ),
      ),
      [],
    );
    assert.deepEqual(
      benefits(
        contract(
          'Customer shall tell Provider whether Customer elects to extend the Initial Term by an additional twenty-four (24) months.',
        ),
      ),
      [],
    );
  });
});
