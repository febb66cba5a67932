import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { findings, itFinds, itReadsNothing, lines, termsOfClause } from '../helpers/contract.js';

// Issue 16: classes from contracts a helper wrote blind to the code (a side letter, a hotel booking, an
// Australian consulting agreement, a Canadian supply agreement, a reseller hybrid, a renewal quote), each
// with the near miss that must stay silent.
const PREAMBLE =
  'This Agreement is made between Corvell Appliances Ltd ("Supplier") and Greenway Stores plc ("Client").';
const termsOf = (clause: string): string[] => termsOfClause(PREAMBLE, clause);

describe('terms as other drafters write them (a second blind set)', () => {
  const found: [string, string][] = [
    ['C waiver', "We won't charge that fee on any delivery to your Wakefield distribution centre."],
    ['C payment-terms', "For the launch order only, you'll have 90 days from invoice."],
    ['C payment-terms', 'The Supplier will invoice that stocking order on net one hundred twenty (120) day terms.'],
    [
      'C price-protection',
      'No adjustment during the first two Contract Years shall increase any price by more than 2.5%.',
    ],
    ['B volume-commitment', 'The Client guarantees a minimum food and beverage revenue of US$45,000.'],
    ['B volume-commitment', 'The Client commits to engaging the Supplier for not less than 60 days of Services.'],
    ['B volume-commitment', 'The Client will place firm orders for at least 12,000 units of the range.'],
    ['B exclusivity', 'The Supplier will be the Client’s only supplier of countertop air fryers.'],
    [
      'B exclusivity optional',
      'The Client may, at its discretion, designate the Supplier as its preferred hotel for 2027.',
    ],
    ['B term-extension', 'The discount is conditional on the Client committing to the full 36-month Renewal Term.'],
    [
      'B volume-commitment',
      'If the Client signs a group sales agreement with the Supplier for the 2026 Congress, the rate will not exceed $249.',
    ],
    [
      'B volume-commitment',
      'Provided the F&B Minimum is achieved, the Supplier waives ballroom rental for all event days.',
    ],
    // A third blind set: a construction subcontract, a GPO addendum, a telecom order, a patent licence
    // amendment, a lease renewal letter, an Irish consultancy, a SaaS order schedule.
    ['C payment-terms', 'For the Block B works the final date for payment shall be 75 days after the due date.'],
    ['C waiver', 'The Supplier shall not levy liquidated damages for the first ten (10) Working Days of delay.'],
    ['C waiver', 'Our client will not require you to remove the mezzanine meeting room at the end of the lease.'],
    ['C waiver', 'The small-order handling charge of $45.00 shall not apply to orders placed through the portal.'],
    ['C payment-terms', 'The Client may settle invoices for Products within sixty (60) days of the invoice date.'],
    ['C price-protection', 'On any extension of the Term the Day Rate shall not rise by more than four per cent (4%).'],
    ['C risk', 'Provided that the Client buys 40 days, the correction period in clause 7.2 is extended to 120 days.'],
    ['B exclusivity', 'The Client shall be given first refusal of the mechanical services package for Phase 2.'],
    [
      'B exclusivity optional',
      'The Client may, at its discretion, add the Supplier to its preferred supply-chain list.',
    ],
    [
      'B term-extension',
      'Provided you take the new lease for ten years rather than five, the first four months are rent-free.',
    ],
    [
      'B term-extension',
      'The Supplier waives the Service 3 NRC, the Client committing Service 3 to a Term of 60 months.',
    ],
    ['B prepayment', 'In return for that limit, you will lodge a rent deposit equal to six months’ rent.'],
    ['B volume-commitment', 'The Minimum Annual Royalty under Section 4.3 is increased from US$250,000 to US$400,000.'],
    ['C discount', 'The royalty rate is three and one-half percent (3.5%) of Net Sales in place of five percent (5%).'],
    ['B publicity', 'The Client shall promote the Products in its quarterly member bulletin.'],
    // A fourth blind set: an equipment lease amendment, a colocation order, a renewal letter, a research
    // collaboration, a cleaning variation, an influencer deal, a freight rate agreement.
    ['C discount', 'The Supplier will apply a reduced facilities and administrative (F&A) rate of 26% instead of 54%.'],
    [
      'C discount',
      'The purchase option price is a reduction from the Fair Market Value price the Lease would require.',
    ],
    ['C price-protection', 'Any annual increase to the power MRC in Line 2 is capped at three percent (3%).'],
    [
      'C price-protection',
      'The Supplier will not bill the Client more than $450 per FEU for BAF during the Rate Period.',
    ],
    [
      'C free-scope',
      'Combined free time at destination will be fourteen (14) days per container, compared with seven (7) days.',
    ],
    [
      'C risk',
      'The Client shall indemnify the Supplier against all claims arising from its use of the results, including claims caused by the Supplier’s own negligence.',
    ],
    [
      'B prepayment',
      'The Client will pay 50% of the Fee within five (5) business days after signature of this Agreement.',
    ],
    ['B term-extension', 'We will renew the MSA for a further term of three (3) years.'],
    ['B publicity', 'The Client consents to the Supplier featuring the Client’s name and logo on its website.'],
    // From blind reads of real exhibits (iPass, Entertainment Gaming Asia).
    [
      'C price-protection',
      'The Client shall be charged a maximum rate of $5 per User ("Special Pricing") for the first three months.',
    ],
    ['B volume-commitment', 'The "Special Pricing" is contingent on a minimum order size of 500 users.'],
    [
      'C payment-terms',
      'The Price shall be paid by the Client to the Supplier within the earlier of: (1) one hundred eighty (180) calendar days from delivery; or (2) thirty (30) days after resale.',
    ],
  ];
  itFinds(found, termsOf);

  const none = [
    'The Client shall place all purchase orders at least thirty (30) days before delivery.',
    'The Client shall retain sales records for a period of at least three years.',
    'Each party irrevocably consents to the exclusive jurisdiction and venue of the courts of Ontario.',
    'Travel disbursements are charged at cost without mark-up.',
    'The Client may suspend performance where a sum due is not paid in full by the final date for payment.',
    'Rebates under this Section shall be paid within forty-five (45) days after the end of the relevant quarter.',
    'The Client may terminate this Agreement on thirty (30) days’ notice under clause 4.3.',
    'The Sponsorship Fee shall be paid in four (4) equal installments.',
    'The royalty rate is seven percent (7%) of Net Sales in place of five percent (5%).',
    'The Client shall indemnify the Supplier against all claims arising from the Client’s own negligence.',
    'Combined free time at destination will be five (5) days per container, compared with seven (7) days.',
    '**Acme Ltd** — Signature: ____________  Name: Tessa Lindqvist, Head of Influencer Marketing',
    'In order to lower the cost structure and increase the competitiveness of the range, the parties shall route traffic jointly.',
    'Invoices are payable within thirty (30) days of invoice.',
  ];
  itReadsNothing(none, termsOf);
});

describe('a maintainer’s near misses for the rules above', () => {
  const PRE = 'This Agreement is made between Acme Software, Inc. ("Supplier") and Globex Retail Ltd ("Client").';
  const kinds = (...body: string[]) =>
    review(lines(PRE, '', ...body)).terms.map(
      (t) => `${t.kind}${t.type === 'benefit' && !t.binding ? ' optional' : ''}`,
    );

  it('reads none of these as terms', () => {
    for (const clause of [
      '1. Supplier will increase the Fees by more than 5% each year.',
      '1. Any question of liability for capital works shall be raised with the Steering Committee.',
      '1. Supplier shall indemnify Client against all claims, including claims arising from Supplier’s negligence.',
      '1. The Consultant shall engage at least two senior engineers on the project.',
      '1. Supplier commits sufficient resources to a transition period of 90 days.',
      '1. Client has 60 days from the date of invoice to dispute any charge.',
      '1. Any Service Credits shall be applied as a reduction from the monthly fees.',
      '1. Supplier agrees to consult Client with regard to all proposed press releases.',
    ])
      assert.deepEqual(kinds(clause), [], clause);
  });

  it('reads these as they are', () => {
    assert.deepEqual(kinds('1. Renewal pricing shall not exceed 103% of the then-current rates.'), [
      'price-protection',
    ]);
    assert.deepEqual(
      kinds('1. Client shall, under the rollout plans that Supplier approves, purchase at least 10,000 units.'),
      ['volume-commitment'],
    );
    assert.deepEqual(kinds('1. Client may terminate the post-launch support services for convenience at any time.'), [
      'exit-flexibility',
    ]);
  });

  it('reads an exit on notice that waits on an event as no exit held each way', () => {
    const r = review(
      lines(
        PRE,
        '',
        "1. Client may terminate this Agreement upon thirty (30) days' written notice if Supplier increases its prices.",
        '',
        "2. Supplier may terminate this Agreement for convenience upon thirty (30) days' written notice.",
      ),
    );
    assert.equal(findings(r).length, 2);
  });
});
