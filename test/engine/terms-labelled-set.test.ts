import assert from 'node:assert/strict';
import { benefits, concessions, contract, findings, lines } from '../helpers/contract.js';
import { review } from '../../src/engine/index.js';

describe('terms: language from a fourth fresh labelled set', () => {
  it('reads more ways of conceding money: write-offs, waived requirements, deferrals, rate ceilings, markups, bigger discounts', () => {
    const cases: [string, string][] = [
      [
        'As a gesture of goodwill, Provider has written off USD 86,450 of time recorded between July and November 2024.',
        'waiver Provider->Customer',
      ],
      [
        'Customer waives the requirement in paragraph 4.2 of its Outside Counsel Guidelines that junior associate time not be billed.',
        'waiver Customer->Provider',
      ],
      [
        'Provider waives the requirement under Section 8.3 for Customer to increase the amount of its Letter of Credit.',
        'waiver Provider->Customer',
      ],
      [
        'Customer releases Provider from the Availability Guarantee damages of $412,600 accrued for 2024.',
        'waiver Customer->Provider',
      ],
      [
        'For Customer, Provider will accept payment within sixty (60) days of the invoice date.',
        'payment-terms Provider->Customer',
      ],
      ['Provider will allow Customer sixty (60) days to pay each invoice.', 'payment-terms Provider->Customer'],
      [
        'Customer may defer payment of thirty percent (30%) of each Monthly Invoice until December 15, 2025.',
        'payment-terms Provider->Customer',
      ],
      [
        "Customer may delay payment of the first quarter's fee until June 30, 2025.",
        'payment-terms Provider->Customer',
      ],
      [
        'Each undisputed invoice is payable within sixty (60) days after receipt, in place of the thirty (30) days previously provided.',
        'payment-terms Provider->Customer',
      ],
      ['Renewal uplift capped at 7% over the Year 3 per-unit fees.', 'price-protection Provider->Customer'],
      [
        'Fees for the arbitration will be charged at a blended hourly rate not exceeding $695 across all timekeepers.',
        'price-protection Provider->Customer',
      ],
      [
        'The Markup for all job categories shall be reduced from thirty-two percent (32%) to twenty-seven percent (27%).',
        'discount Provider->Customer',
      ],
      [
        "Customer's contribution to the Brand Fund is reduced from three percent (3%) to one and one-half percent (1.5%) of Gross Sales.",
        'discount Provider->Customer',
      ],
      [
        'The Customer Discount for Enterprise Products is increased from twenty-eight percent (28%) to thirty-five percent (35%).',
        'discount Provider->Customer',
      ],
      [
        "Provider will credit an additional USD 120,000 to Customer's marketing fund account for 2026.",
        'credit Provider->Customer',
      ],
    ];
    for (const [sentence, expected] of cases) assert.deepEqual(concessions(contract(sentence)), [expected], sentence);
  });

  it('reads a phrase whose trigger words wrap across a line or around markup', () => {
    // "rather than" is the only trigger of the smaller-commitment phrase.
    assert.deepEqual(
      concessions(
        contract(
          'Customer is required to open a total of five (5) stores, rather\nthan six (6) stores, by December 31, 2027.',
        ),
      ),
      ['exit-flexibility Provider->Customer'],
    );
    assert.deepEqual(
      concessions(
        contract(
          'Customer is required to open a total of five (5) stores, *rather than* six (6) stores, by December 31, 2027.',
        ),
      ),
      ['exit-flexibility Provider->Customer'],
    );
  });

  it(
    'reads more ways of conceding exit, risk and scope: smaller commitments, ' +
      'higher limits, uncapped indemnities, longer warranties, longer free periods',
    () => {
      const cases: [string, string[]][] = [
        [
          'Customer is required to open a total of five (5) stores, rather than six (6) stores, by December 31, 2027.',
          ['exit-flexibility Provider->Customer'],
        ],
        [
          "Provider's liability for loss of goods is limited to £25.00 per kilogram (instead of £10.00 per kilogram).",
          ['risk Provider->Customer'],
        ],
        [
          "Customer's indemnity for warranties it gives its own customers shall not be subject to the limitation of liability in Section 12.",
          ['risk Customer->Provider'],
        ],
        [
          'Provider warrants that the Software will perform materially in accordance with the Documentation ' +
            'throughout the Term, rather than for the ninety (90) day period in its standard terms.',
          ['risk Provider->Customer'],
        ],
        [
          'The Free Dwell Time under Schedule 2 is extended from five (5) working days to twelve (12) working days.',
          ['free-scope Provider->Customer'],
        ],
        // A permission to use is the grant; "without any limit on the number of seats" is no uncapped liability.
        [
          'Enrolled students may use the Software without any limit on the number of seats, at no additional fee.',
          ['free-scope Provider->Customer'],
        ],
      ];
      for (const [sentence, expected] of cases) assert.deepEqual(concessions(contract(sentence)), expected, sentence);
    },
  );

  it('reads a UK lease variation: rent not payable, a contribution towards works, a break right', () => {
    const r = review(
      lines(
        'This deed is made between Aldergate Estates Limited (the "Landlord") and Fenwick Design LLP (the "Tenant").',
        '',
        '3.1 The Tenant shall not be liable to pay the Basic Rent for the period of six months commencing on 24 June 2026 (the "Rent-Free Period").',
        '',
        '3.2 The Tenant shall continue to pay the service charge and all other sums due under the Lease during the Rent-Free Period.',
        '',
        '4.1 The Landlord shall pay to the Tenant the sum of £185,000 plus VAT (the "Contribution") towards the cost of the Tenant\'s Works.',
        '',
        "5.1 The Tenant may determine the Lease on 24 June 2031 by giving the Landlord not less than six months' written notice.",
        '',
        '7.3 On review it shall be assumed that any rent-free period that would be given to an incoming tenant has expired.',
      ),
    );
    assert.deepEqual(concessions(r), [
      'waiver Landlord->Tenant',
      'credit Landlord->Tenant',
      'exit-flexibility Landlord->Tenant',
    ]);
  });

  it('does not read ordinary wording around these phrases as concessions', () => {
    const none = [
      // Past terms, rights the law gives anyway, rights limited rather than granted, remedies.
      'Our engagement letter of March 2022 gave Customer a ten percent (10%) discount on our hourly rates, which ended on December 31, 2024.',
      'As the rules of professional conduct provide, Customer may end this engagement at any time by written notice.',
      'Customer may terminate this Agreement only in accordance with Section 15, and the early termination charge continues to apply.',
      'If Provider fails to achieve the dispatch-accuracy target, ' +
        'Provider shall re-work at its own cost any consignment damaged or mis-picked by its personnel.',
      // Boilerplate waivers, disputed amounts, deciding rather than ending, smaller-is-not-fewer and lower limits.
      'Each party waives any requirement for the securing or posting of any bond.',
      'Customer may defer payment of any disputed amount until the dispute is resolved.',
      'Provider will allow Customer thirty (30) days to pay each invoice.',
      'Provider may determine the fees for additional services in accordance with its price list.',
      'Customer is required to open a total of seven (7) stores, rather than six (6) stores, by December 31, 2027.',
      "Provider's liability for loss of goods is limited to £10.00 per kilogram (instead of £25.00 per kilogram).",
    ];
    for (const sentence of none) assert.deepEqual(concessions(contract(sentence)), [], sentence);
  });

  it('reads more give-backs: panel appointments, fee thresholds, early payment, occupancy and orders, renewals, kept capabilities', () => {
    const cases: [string, string[]][] = [
      [
        'In return for that discount, Customer agrees to appoint Provider to its outside counsel panel for three years.',
        ['exclusivity Customer->Provider binding'],
      ],
      [
        'Customer shall occupy, and pay the Storage Fee for, not less than 3,200 Pallet Positions in each calendar month.',
        ['volume-commitment Customer->Provider binding'],
      ],
      [
        'Customer shall place orders for Enterprise Products with an aggregate net value of not less than USD 400,000 in each Quarter.',
        ['volume-commitment Customer->Provider binding'],
      ],
      [
        'The Agreement is renewed for a term of three (3) years from the Renewal Date.',
        ['term-extension Customer->Provider binding'],
      ],
      [
        'If the fourth floor becomes available, Customer will consider in good faith taking a lease of all or part of it.',
        ['volume-commitment Customer->Provider optional'],
      ],
      [
        'The payment period applies only for so long as Customer employs at least six (6) engineers holding a current certification.',
        ['other Customer->Provider binding'],
      ],
      [
        'Customer agrees that Provider may identify Customer as a client in its marketing materials.',
        ['publicity Customer->Provider binding'],
      ],
      // The receiver's "may" is the form of the permission, which binds the party that gave it (issue 16).
      [
        'Provider may identify Customer as a client in its marketing materials.',
        ['publicity Customer->Provider binding'],
      ],
      [
        "Provider may, with Customer's prior written consent, identify Customer as a client in its marketing materials.",
        ['publicity Customer->Provider optional'],
      ],
    ];
    for (const [sentence, expected] of cases) assert.deepEqual(benefits(contract(sentence)), expected, sentence);
    const early = contract(
      'Provider will reduce the Implementation fee by 50%, provided that Customer ' +
        'pays the Year 1 subscription fees in full within 10 days of the Order Date.',
    );
    assert.deepEqual(benefits(early), ['prepayment Customer->Provider binding']);
    assert.deepEqual(findings(early), []);
    const threshold = contract(
      'Fees for the arbitration will be charged at a blended hourly rate not exceeding $695, ' +
        'conditional on Customer instructing Provider on matters generating ' +
        'fees of at least $1,200,000 in each calendar year.',
    );
    assert.deepEqual(benefits(threshold), ['volume-commitment Customer->Provider binding']);
    assert.deepEqual(findings(threshold), []);
    // Ordinary payment timing, insurance minimums and the agreement's own term give nothing back.
    for (const sentence of [
      'Customer shall pay the fees in full within thirty (30) days of the Effective Date.',
      'Provider shall take out insurance with a limit of not less than £5,000,000.',
      'This Agreement renews automatically for successive one-year periods.',
    ])
      assert.deepEqual(benefits(contract(sentence)), [], sentence);
  });
});
