import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { itFinds, itReadsNothing, lines } from '../helpers/contract.js';

// Issue 16: each kind said the way another drafter would say it (UK register, other verbs, other
// parties' names), so that the lexicons hold on drafting they were not written from.
const PREAMBLE =
  'This Agreement is made between Northwind Analytics Ltd ("Supplier") and Contoso Foods plc ("Client").';

/** The terms read from one clause, as `C kind` or `B kind`. */
const termsOf = (clause: string): string[] =>
  review(lines(PREAMBLE, '', `1. ${clause}`)).terms.map((t) => `${t.type === 'concession' ? 'C' : 'B'} ${t.kind}`);

describe('terms: each kind in another drafter’s words', () => {
  const found: [string, string][] = [
    ['C discount', 'For the first Contract Year the Supplier will charge the Client 85% of the list price.'],
    ['C discount', 'The Supplier shall apply a reduction of £2,000 to each monthly invoice during 2027.'],
    ['C discount', 'The hourly rate is reduced to £120 for all work ordered before 31 March 2027.'],
    ['C waiver', 'The Supplier agrees to forgo the set-up charge of £5,000.'],
    ['C waiver', 'No interest shall accrue on late payments made during the first six months.'],
    ['C credit', 'The Supplier will credit £3,000 against the Client’s next invoice as a goodwill gesture.'],
    ['C payment-terms', 'Invoices are payable within 75 days of receipt.'],
    ['C payment-terms', 'The Client may pay the annual fee in four equal quarterly instalments.'],
    ['C price-protection', 'The Charges shall remain fixed until 31 December 2028.'],
    ['C price-protection', 'The Supplier will not raise its rates during the Initial Term.'],
    ['C free-scope', 'The Supplier will provide two additional training days without charge.'],
    ['C free-scope', 'Five extra user licences are included free of charge for the first year.'],
    ['C exit-flexibility', 'The Client may end this Agreement on 30 days’ written notice without giving any reason.'],
    ['C exit-flexibility', 'The notice period for termination by the Client is shortened from 90 days to 30 days.'],
    ['C risk', 'The Supplier’s aggregate liability cap is increased to three times the annual Charges.'],
    ['C risk', 'The warranty period for the Deliverables is extended to 24 months.'],
    ['B term-extension', 'The Client agrees to renew for a further period of two years.'],
    ['B reference', 'The Client will act as a reference site for the Supplier for up to four prospect calls per year.'],
    ['B testimonial', 'The Client shall provide a written testimonial that the Supplier may publish.'],
    ['B publicity', 'The Supplier may display the Client’s logo on its website and in sales presentations.'],
    ['B volume-commitment', 'The Client commits to a minimum annual spend of £250,000.'],
    ['B prepayment', 'The Client will pay the first year’s Charges upfront on signature.'],
    ['B referral', 'The Client will introduce the Supplier to at least two other companies in its group.'],
    ['B exclusivity', 'The Client will not engage any other supplier for analytics services during the Term.'],
    ['B feedback', 'The Client will join the Supplier’s customer advisory board and give feedback on the roadmap.'],
  ];
  itFinds(found, termsOf);

  const none = [
    'The Client shall pay the Charges within 30 days of the invoice date.',
    'Either party may terminate this Agreement if the other commits a material breach.',
    'The Supplier shall provide the Services with reasonable skill and care.',
    'The Supplier may raise its rates once a year by written notice.',
    'The Client shall not engage any other supplier to access the Supplier Platform.',
    'The Client shall engage another supplier for the hardware.',
    'The royalty shall be the foregoing rate or five percent of net receipts, whichever is less.',
    'At the Client’s option, this Agreement shall renew for a subsequent term of two years.',
  ];
  itReadsNothing(none, termsOf);
});

describe('terms: a carrier’s deal in its own words', () => {
  const carrier =
    'This Agreement is made between Harbor Logistics LLC ("Carrier") and Pinecrest Outfitters, Inc. ("Shipper").';
  const read = (clause: string): string[] =>
    review(lines(carrier, '', `1. ${clause}`)).terms.map((t) => `${t.type === 'concession' ? 'C' : 'B'} ${t.kind}`);
  const found: [string, string][] = [
    [
      'C discount',
      'The parties agree that the Carrier will bill the Shipper at a rate 12% below the Carrier’s published tariff.',
    ],
    ['C waiver', 'The Carrier will not seek reimbursement of the fuel surcharge for the month of May.'],
    ['C price-protection', 'Rates shall not be adjusted for fuel or inflation before 1 July 2028.'],
    [
      'C price-protection',
      'Should the Carrier offer lower rates to any comparable shipper, it shall offer the same rates to the Shipper.',
    ],
    ['C risk', 'The Carrier shall be liable for cargo loss up to the full invoice value, instead of $0.50 per pound.'],
    ['B volume-commitment', 'The Shipper guarantees a minimum of 400 loads per quarter.'],
    [
      'B exclusivity',
      'The Shipper shall tender all of its outbound freight in the Territory exclusively to the Carrier.',
    ],
  ];
  itFinds(found, read);

  it('reads a commitment made smaller as an easier exit only, and a seller’s delivery guarantee as no volume', () => {
    assert.deepEqual(read('The minimum volume commitment is reduced from 500 to 300 loads per year.'), [
      'C exit-flexibility',
    ]);
    assert.deepEqual(read('The Carrier does guarantee a minimum of 13,000,000 impressions per year.'), []);
  });
});

describe('terms: a lease, a letter and an employment agreement in their own words', () => {
  // [preamble, [kind or N, clause]]
  const docs: [string, [string, string][]][] = [
    [
      'This Lease Amendment is made between Redwood Properties LLC ("Landlord") and Bluebird Bakery Ltd ("Tenant").',
      [
        ['C discount', 'The Base Rent for the second year is reduced to $4,200 per month.'],
        ['C waiver', 'Landlord shall abate the Base Rent for the months of January and February 2027.'],
        ['C free-scope', "Landlord will repaint the Premises at Landlord's sole cost before the Extension Term."],
        [
          'C exit-flexibility',
          "Tenant may terminate this Lease effective on the last day of the 36th month by giving 6 months' notice.",
        ],
        ['B term-extension', 'The Term is extended for five years from the current Expiration Date.'],
        ['C payment-terms', 'Tenant may pay the security deposit in three monthly instalments.'],
        ['N', 'Tenant shall pay Base Rent monthly in advance on the first day of each month.'],
        ['N', 'Landlord may terminate this Lease if Tenant fails to pay rent within 10 days after notice.'],
      ],
    ],
    [
      'Dear Ms Alvarez,\n\nThis letter sets out the terms agreed between Brightline Media Ltd ("we", "us") and Kestrel Retail plc ("you").',
      [
        ['C discount', 'We will reduce our monthly retainer by 10% for the next six months.'],
        ['C waiver', 'We will waive the onboarding fee.'],
        ['B reference', 'You agree to act as a reference for us with up to two prospective clients.'],
        ['C exit-flexibility', "You may end this engagement at any time on 30 days' notice."],
        ['B testimonial', 'You will provide a short testimonial we may use on our website.'],
        ['N', 'We will provide the services described in the attached schedule.'],
      ],
    ],
    [
      'This Employment Agreement is made between Ardent Systems Inc. ("Company") and Dana Reyes ("Employee").',
      [
        ['C waiver', 'The Company waives the repayment of the relocation bonus.'],
        ['C exit-flexibility', "The Employee may resign on two weeks' notice instead of the usual three months."],
        ['N', 'The Employee shall devote full working time to the Company.'],
        ['N', "The Company may terminate the Employee's employment for Cause."],
      ],
    ],
  ];
  for (const [preamble, cases] of docs)
    for (const [kind, clause] of cases)
      it(`${kind === 'N' ? 'reads no term in' : `finds ${kind} in`} “${clause.slice(0, 50)}…”`, () => {
        const terms = review(`${preamble}\n\n1. ${clause}`).terms.map(
          (t) => `${t.type === 'concession' ? 'C' : 'B'} ${t.kind}`,
        );
        if (kind === 'N') assert.deepEqual(terms, []);
        else assert.ok(terms.includes(kind), terms.join(', ') || 'nothing');
      });
});

describe('ties: a party doing the give-back after "in return for" or "subject to"', () => {
  const statuses = (clause: string) => review(lines(PREAMBLE, '', `1. ${clause}`)).judgements.map((j) => j.status);

  it('balances a discount given in return for, or subject to, what the other party does there', () => {
    for (const clause of [
      'In return for the Client extending the Term by 12 months, the Supplier will discount the Charges by 8%.',
      'The Supplier grants the Client a 10% discount on the Charges, subject to the Client committing to a minimum ' +
        'spend of £100,000 per year.',
    ])
      assert.deepEqual(statuses(clause), ['balanced'], clause);
  });

  it('still reads "in return for the extension described in Section 5" as pointing elsewhere', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '1. In return for the extension of the Term described in Section 5, the Supplier will discount the Charges by 8%.',
      ),
    );
    assert.deepEqual(
      r.terms.map((t) => t.kind),
      ['discount'],
    );
  });
});

describe('restraint: what each side pays for itself and what a service reports', () => {
  it('reads each party bearing its own costs, and a usage report free of charge, as no concession', () => {
    for (const clause of [
      'Each party shall bear its own costs in connection with the negotiation of this Agreement.',
      'Each party shall bear its own costs in the mediation.',
      'The Supplier will provide the Client with a monthly usage report free of charge.',
    ])
      assert.deepEqual(termsOf(clause), [], clause);
  });

  it('still reads one side absorbing the costs of the other’s project as a waiver', () => {
    assert.deepEqual(termsOf('The Supplier shall bear its own costs of the pilot and shall not invoice them.'), [
      'C waiver',
    ]);
  });
});

describe('give-backs: a lock-in, an advance, a customer list, consent to a logo, a recommendation', () => {
  const found: [string, string][] = [
    ['B term-extension', 'The Client shall not terminate this Agreement for convenience before 31 December 2028.'],
    ['B prepayment', 'The Client shall pay an advance of £20,000 against future invoices.'],
    ['B publicity', 'The Supplier may list the Client as a customer in its marketing materials.'],
    ['B publicity', 'The Client consents to the Supplier using its name and logo in a customer case study.'],
    ['B referral', 'The Client will recommend the Supplier to its franchisees.'],
  ];
  itFinds(found, termsOf);

  it('reads a step before terminating, and orders listed, as no give-back', () => {
    assert.deepEqual(
      termsOf('The Supplier shall not terminate this Agreement before giving the Client written notice.'),
      [],
    );
    assert.deepEqual(termsOf('The Supplier may list the Client’s open orders in the portal.'), []);
  });
});

describe('terms: a price set against a list, guaranteed, or cut in a table', () => {
  const order = 'This Order Form is made between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").';
  const kinds = (body: string) => review(lines(order, '', body)).terms.map((t) => t.kind);

  it('reads a price below the list it names, the current price guaranteed and fewer seats as terms', () => {
    assert.deepEqual(kinds('1. Subscription Fees for Year 2 are $90,000 (list price $120,000).'), ['discount']);
    assert.deepEqual(kinds('1. Subscription Fees for Year 2 are $130,000 (list price $120,000).'), []);
    assert.deepEqual(kinds('1. Provider guarantees the current per-seat price for any seats added during the Term.'), [
      'price-protection',
    ]);
    assert.deepEqual(kinds('1. Customer may reduce the number of seats by up to 20% at each anniversary.'), [
      'exit-flexibility',
    ]);
  });

  it('reads a figure under a "Discount" column as a discount, and none under another column or at nil', () => {
    const table = (header: string, cell: string) =>
      `| Item | List | ${header} | Net |\n| --- | --- | --- | --- |\n| Seats | $120 | ${cell} | $90 |`;
    assert.deepEqual(kinds(table('Discount', '25%')), ['discount']);
    assert.deepEqual(kinds(table('Notes', '25%')), []);
    assert.deepEqual(kinds(table('Discount', '0%')), []);
  });
});

describe('give-backs: an expectation or a forecast binds no one', () => {
  const bindingOf = (clause: string) =>
    review(lines(PREAMBLE, '', `1. ${clause}`)).terms.flatMap((t) =>
      t.type === 'benefit' ? [`${t.kind} ${t.binding ? 'binding' : 'optional'}`] : [],
    );

  it('reads "expects to", "intends to" and "anticipates issuing" as optional, "shall" as binding', () => {
    assert.deepEqual(bindingOf('The Client expects to serve as a reference for the Supplier.'), ['reference optional']);
    assert.deepEqual(bindingOf('The Client intends to purchase a minimum of 100 licences.'), [
      'volume-commitment optional',
    ]);
    assert.deepEqual(bindingOf('The Client anticipates issuing a joint press release with the Supplier.'), [
      'publicity optional',
    ]);
    assert.deepEqual(bindingOf('The Client shall purchase a minimum of 100 licences.'), ['volume-commitment binding']);
  });
});
