import assert from 'node:assert/strict';
import { benefits, concessions, contract, lines, PREAMBLE } from '../helpers/contract.js';
import { review } from '../../src/engine/index.js';

// How deals word concessions and give-backs; the first part of this suite, the kinds and who grants
// them, is in terms-kinds.test.ts.
describe('terms: the eight kinds of concession', () => {
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
        'Payment of the Deferred Amount, which would otherwise fall due on 30 September 2025 ' +
          'under clause 8.2 of the Supply Agreement, is deferred until the Deferred Payment Date.',
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
        'In recognition of the disruption caused by the fraud traffic, ' +
          'Provider will apply a one-off goodwill credit of USD 9,500 to the April invoice.',
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
      '**Foxglove Creative Ltd** ("the Agency") and **Brindle Co.** ("the Client"). ' +
        'Where it says "we" or "us" it means the Agency, and "you" means the Client.',
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
