import assert from 'node:assert/strict';
import { benefits, concessions, contract, findings, lines, PREAMBLE } from '../helpers/contract.js';
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
      'Customer agrees that the Initial Term for all Units on Equipment Schedule No. 1 shall be sixty (60) months rather than forty-eight (48) months.',
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

  it('reads give-backs worded the ways deals word them', () => {
    const cases: [string, string][] = [
      [
        'Customer commits to a total contract value of not less than USD 1,800,000 over the Offer Term.',
        'volume-commitment',
      ],
      [
        'Customer will tender to Provider not fewer than 1,150 full-truckload shipments per calendar quarter.',
        'volume-commitment',
      ],
      [
        'Customer shall pay Provider royalties of not less than USD 1,150,000 in each calendar year.',
        'volume-commitment',
      ],
      ['Customer shall pay Instalment 1 as an advance deposit.', 'prepayment'],
      ['Customer shall designate Provider as the sole-source supplier of the Category.', 'exclusivity'],
      ['Customer shall purchase all replacement compressor parts exclusively from Provider.', 'exclusivity'],
      ['Customer shall provide Provider with a signed reference letter addressed to the committee.', 'reference'],
      ['Customer shall display the "Powered by Acme" mark on the start-up screen of each Unit.', 'publicity'],
      ['Customer shall extend the Term of the Agreement by twenty-four (24) months.', 'term-extension'],
      ['Customer commits to purchase the Platinum Package for the Summit 2026.', 'term-extension'],
    ];
    for (const [sentence, kind] of cases)
      assert.deepEqual(benefits(contract(sentence)), [`${kind} Customer->Provider binding`], sentence);
  });

  it('reads more ways of conceding: extended payment periods, deferrals, allowances, goodwill credits, releases', () => {
    const cases: [string, string][] = [
      [
        'Each monthly invoice is payable within thirty (30) days of the invoice date instead of fifteen (15) days.',
        'payment-terms Provider->Customer',
      ],
      [
        'Payment of the Deferred Amount, which would otherwise fall due on 30 September 2025 under clause 8.2 of the Supply Agreement, is deferred until the Deferred Payment Date.',
        'payment-terms Provider->Customer',
      ],
      [
        'Provider agrees to move the M3 and M5 payment triggers to the later events.',
        'payment-terms Provider->Customer',
      ],
      [
        "The milestone payment may, at Customer's election, be paid in three (3) equal instalments.",
        'payment-terms Provider->Customer',
      ],
      [
        'Provider shall make available to Customer marketing development funds of EUR 120,000 per Contract Year.',
        'credit Provider->Customer',
      ],
      [
        'In recognition of the disruption caused by the fraud traffic, Provider will apply a one-off goodwill credit of USD 9,500 to the April invoice.',
        'credit Provider->Customer',
      ],
      [
        'Provider releases Customer from its obligation under clause 4.14 to remove the mezzanine floor.',
        'waiver Provider->Customer',
      ],
      [
        "Customer may withdraw any individual Destination from the Agreement on thirty (30) days' written notice.",
        'exit-flexibility Provider->Customer',
      ],
      [
        'If Provider offers any other customer a lower per-minute rate, Customer shall be entitled to that lower rate.',
        'price-protection Provider->Customer',
      ],
    ];
    for (const [sentence, expected] of cases) assert.deepEqual(concessions(contract(sentence)), [expected], sentence);
    // Shorter than before is no concession; remedies for defects are the standard, whatever they cost.
    assert.deepEqual(
      concessions(
        contract(
          'Each monthly invoice is payable within fifteen (15) days of the invoice date instead of thirty (30) days.',
        ),
      ),
      [],
    );
    assert.deepEqual(
      concessions(
        contract('Defects reported during the warranty period shall be corrected at no additional cost to Customer.'),
      ),
      [],
    );
  });

  it('reads a share payable to a party as conceded by that party', () => {
    const r = review(
      lines(
        'This Amendment is between St. Cuthbert\'s Children\'s Hospital Research Institute ("Institute") and Quillon Therapeutics, Inc. ("Company").',
        '',
        'The share of Sublicense Income payable to Institute shall be reduced from twenty-five percent (25%) to fifteen percent (15%).',
      ),
    );
    assert.deepEqual(
      r.parties.map((p) => p.aliases[0]),
      ['Institute', 'Company'],
    );
    assert.deepEqual(concessions(r), ['discount Institute->Company']);
  });

  it('does not read ordinary contract wording as concessions or give-backs', () => {
    const none = [
      'The interest rate charged shall not exceed the maximum rate permitted by law.',
      'Provider transfers title free of any charge, lien or encumbrance.',
      'The fees are payable in twelve equal monthly instalments, each to be paid in full by the due date.',
      'Payment is due on Delivery, and if Delivery is postponed the Customer shall be notified.',
      'The total aggregate liability shall be reduced by any Service Credits paid.',
      'If Provider fails to deliver on time, the Fees will be reduced accordingly.',
      'Customer engages Provider to provide the Services at the premises.',
      'Customer shall book training sessions at least ten Business Days in advance.',
      'Customer may use the features available in the website.',
      'Customer shall provide feedback on each Deliverable.',
      'Customer may name any employee as an Authorized User.',
      'Customer shall provide a reference letter from its bank.',
      'Orders shall be submitted exclusively through the Ordering Portal.',
      'The terms of this Agreement shall be extended to cover affiliates.',
      'Customer commits to purchase Products in the following quantities.',
    ];
    for (const sentence of none)
      assert.deepEqual(
        contract(sentence).terms.map((t) => t.kind),
        [],
        sentence,
      );
    // A raise named in the phrase itself is beyond the standard remedy; a figure makes a line a term, not a title.
    assert.deepEqual(
      concessions(contract('Service credits for any Outage shall be doubled during the Renewal Term.')),
      ['credit Provider->Customer'],
    );
    assert.deepEqual(concessions(contract('3.1 15% off list price. This applies to all renewals.')), [
      'discount Provider->Customer',
    ]);
  });

  it('reads a plain-text clause title as a title, once', () => {
    assert.deepEqual(
      concessions(
        contract(
          '5. Price freeze. The prices for the 2025–26 Season shall not be increased during the 2025–26 Season.',
        ),
      ),
      ['price-protection Provider->Customer'],
    );
  });

  it('counts negatively worded concessions', () => {
    assert.deepEqual(concessions(contract('The first ten (10) overage hours in each quarter will not be charged.')), [
      'free-scope Provider->Customer',
    ]);
    assert.deepEqual(concessions(contract('Customer shall not be liable for late-payment interest on any invoice.')), [
      'waiver Provider->Customer',
    ]);
  });

  it('keeps "no early-termination fee" inside the exit right it belongs to', () => {
    const r = contract("Customer may terminate on 90 days' notice, without paying any early-termination charge.");
    assert.deepEqual(concessions(r), ['exit-flexibility Provider->Customer']);
  });

  it('counts distinct free items in one sentence separately', () => {
    const r = contract(
      'Provider shall provide three (3) training places at no cost and a dedicated solutions engineer, free of charge, for ninety (90) days.',
    );
    assert.deepEqual(concessions(r), ['free-scope Provider->Customer', 'free-scope Provider->Customer']);
  });

  it('treats a concession named in a leading condition as its trigger, not a grant', () => {
    const r = contract(
      'If, at any time, Provider offers any other customer a lower fee, Provider will offer the same fee to Customer.',
    );
    assert.deepEqual(concessions(r), ['price-protection Provider->Customer']);
  });
});

describe('terms: give-backs, their direction and modality', () => {
  it('finds the ten kinds and who gives them', () => {
    const r = contract(
      'Customer shall serve as a reference account for Provider.',
      '',
      'Customer will take part in one written case study.',
      '',
      "Customer agrees to be listed by name and logo on the customer page of Provider's website.",
      '',
      'Customer commits to renew the Agreement for an additional twenty-four (24) month term.',
      '',
      'Customer commits to purchase products worth not less than EUR 750,000 in each year.',
      '',
      'Customer shall pay the fees for 2026 annually in advance, rather than quarterly in arrears.',
      '',
      'Customer shall refer to Provider at least twenty (20) qualified leads per quarter.',
      '',
      'Customer appoints Provider as its preferred supplier of the Products.',
      '',
      "Customer shall participate in Provider's customer advisory board.",
    );
    assert.deepEqual(benefits(r), [
      'reference Customer->Provider binding',
      'testimonial Customer->Provider binding',
      'publicity Customer->Provider binding',
      'term-extension Customer->Provider binding',
      'volume-commitment Customer->Provider binding',
      'prepayment Customer->Provider binding',
      'referral Customer->Provider binding',
      'exclusivity Customer->Provider binding',
      'feedback Customer->Provider binding',
    ]);
  });

  it('marks optional wording as not binding', () => {
    const r = contract(
      'Customer may, at its discretion, provide a written testimonial.',
      '',
      'Customer will consider acting as a reference for Provider.',
      '',
      'Customer may, if it wishes, share feedback on the product with Provider.',
      '',
      "Provider may, with Customer's prior written consent, display Customer's logo on its website.",
    );
    assert.deepEqual(benefits(r), [
      'testimonial Customer->Provider optional',
      'reference Customer->Provider optional',
      'feedback Customer->Provider optional',
      'publicity Customer->Provider optional',
    ]);
  });

  it('reads a condition worth something as a binding give-back', () => {
    const r = contract(
      'If Customer pays the full annual fee within fifteen (15) days, Provider will discount the annual fee by 7%.',
    );
    assert.deepEqual(benefits(r), ['prepayment Customer->Provider binding']);
    assert.equal(r.terms.find((t) => t.type === 'benefit' && t.condition) !== undefined, true);
  });

  it('does not read billing in advance or automatic renewal as a give-back', () => {
    const r = contract(
      'Provider will invoice the fees annually in advance.',
      '',
      'This Agreement renews automatically for one-year periods.',
    );
    assert.deepEqual(benefits(r), []);
  });

  it('reads we/you plain-English contracts', () => {
    const md = lines(
      '**Foxglove Creative Ltd** ("the Agency") and **Brindle Co.** ("the Client"). Where it says "we" or "us" it means the Agency, and "you" means the Client.',
      '',
      "- You may end this agreement on thirty (30) days' notice.",
    );
    assert.deepEqual(concessions(review(md)), ['exit-flexibility Agency->Client']);
  });

  it('takes the subject of a joined verb phrase from the clause before it', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        'Provider waives its media commission, and in addition will introduce Customer to two of its retail partners.',
      ),
    );
    assert.deepEqual(benefits(r), ['referral Provider->Customer binding']);
  });
});

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

  it('reads more ways of conceding exit, risk and scope: smaller commitments, higher limits, uncapped indemnities, longer warranties, longer free periods', () => {
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
        'Provider warrants that the Software will perform materially in accordance with the Documentation throughout the Term, rather than for the ninety (90) day period in its standard terms.',
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
  });

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
      'If Provider fails to achieve the dispatch-accuracy target, Provider shall re-work at its own cost any consignment damaged or mis-picked by its personnel.',
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
      'Provider will reduce the Implementation fee by 50%, provided that Customer pays the Year 1 subscription fees in full within 10 days of the Order Date.',
    );
    assert.deepEqual(benefits(early), ['prepayment Customer->Provider binding']);
    assert.deepEqual(findings(early), []);
    const threshold = contract(
      'Fees for the arbitration will be charged at a blended hourly rate not exceeding $695, conditional on Customer instructing Provider on matters generating fees of at least $1,200,000 in each calendar year.',
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
