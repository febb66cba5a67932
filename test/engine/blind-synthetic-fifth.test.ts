import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { findings, itFinds, itReadsNothing, lines, termsOfClause } from '../helpers/contract.js';

// Issue 16: classes from two more contract sets written blind to the code (an Australian IT services
// agreement, a clinical trial site agreement, a staffing rate card, a settlement, an equipment rental, a
// university research agreement, a venue hire, a data licence, a cloud hosting amendment, heads of
// terms) and from a negotiator's blind read of six CUAD exhibits; each with the near miss that stays silent.
const PREAMBLE = 'This Agreement is made between Glasshouse Venues Ltd ("Venue") and Orbis Analytics plc ("Hirer").';
const termsOf = (clause: string): string[] => termsOfClause(PREAMBLE, clause);

describe('terms as other drafters write them (a fifth and sixth blind set)', () => {
  const found: [string, string][] = [
    // A party called the Venue is not the procedural venue of a suit.
    ['C waiver', 'The Venue waives that Cancellation Charge.'],
    [
      'B volume-commitment',
      "The Venue waives that Cancellation Charge in return for the Hirer's commitment to book the Venue for its Annual Conference 2026, at a hire fee of not less than £33,000 plus VAT.",
    ],
    ['B volume-commitment', 'The Hirer will make minimum annual payments to the Venue as set out in Schedule 2.'],
    ['C waiver', 'The Venue shall not charge Hirer any data egress or transfer fees for the Migration.'],
    [
      'C waiver',
      'Each Party releases and forever discharges the other Party from all Claims arising out of the Contract.',
    ],
    [
      'C price-protection',
      'The Venue shall hold the prices in the Price List firm, without escalation for labour costs, until the expiry of the Initial Term.',
    ],
    [
      'C discount',
      'The Venue shall apply an indirect cost rate of twenty-six percent (26%) of modified total direct costs in place of its standard research rate of fifty-seven percent (57%).',
    ],
    ['C discount', 'The Associate rate is discounted 10% from the Standard Bill Rate.'],
    [
      'B exclusivity',
      'The Hirer shall not solicit, negotiate or enter into any agreement with any other UK private medical insurer for the provision of physiotherapy services.',
    ],
    [
      'B exclusivity',
      'The Venue waives the Delivery Charge, provided that the Hirer rents from the Venue all additional excavators and track loaders that it requires for the Project.',
    ],
    [
      'B feedback',
      "The Hirer shall participate in the Venue's Data Quality Panel, including attending two (2) review sessions per year.",
    ],
    [
      'B publicity',
      'The Hirer shall allow the Venue to announce the appointment in a joint media release in a form the Hirer approves.',
    ],
  ];
  itFinds(found, termsOf);

  const none = [
    // Remedies: performance below a level, equipment broken down, a regulator's halt, a risk to safety.
    'If availability falls below 99.5% in any month, the Hirer will receive a credit of five percent (5%) of the monthly fee.',
    'If a breakdown not caused by the Hirer lasts more than 24 hours, Rent for that item shall be suspended while it is out of service.',
    'The Hirer may terminate this Agreement immediately if continuing presents an unacceptable risk to Study Subjects or if the FDA or the IRB suspends the Study.',
    // "Complimentary" misspelt for "complementary".
    "The purpose of this alliance is to exploit the parties' complimentary capabilities for product development.",
    // Whose burden, not whose exclusive place; an event of default, not a default supplier.
    'Any taxes on such payments shall be the sole responsibility of the Hirer.',
    'The Venue may terminate this Agreement upon any of the Events of Default by the Hirer specified in Section 10.',
    // A venue in a jurisdiction clause stays procedure.
    'Each party waives any objection to the laying of venue of any suit in such courts.',
    // Not a no-shop: a ban on hiring staff.
    'The Hirer shall not solicit any employee of the Venue.',
    'Each party shall participate in the Joint Steering Committee.',
  ];
  itReadsNothing(none, termsOf);
});

describe('what a term is tied to and who gives it, read from its own words', () => {
  it('ties a give-back that names a credit by its defined term to that credit only', () => {
    const r = review(
      lines(
        'This Amendment is made between Cirrane Cloud, Inc. ("Provider") and Oakmere Mutual ("Customer").',
        '',
        '1. Provider shall issue Customer a one-time credit of USD 22,500 (the "Migration Credit").',
        '',
        '2. In consideration of the Migration Credit, Customer shall serve as a reference customer for Provider for twelve (12) months.',
        '',
        '3. During the Migration Period, the Service Credit percentages in Schedule C are doubled.',
      ),
    );
    const unreciprocated = r.findings.filter((f) => f.ruleId === 'unreciprocated-concession');
    assert.deepEqual(
      unreciprocated.map((f) => r.text.slice(0, f.start).split('\n').length),
      [7],
      'the doubled credits stay unreciprocated; the Migration Credit is balanced',
    );
  });

  it('reads the party whose commitment a waiver is given for as the one who gives it', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        "1. The Venue waives that Cancellation Charge in return for the Hirer's commitment to book the Venue for 2026, at a hire fee of not less than £33,000.",
      ),
    );
    const commitment = r.terms.find((t) => t.kind === 'volume-commitment')!;
    assert.equal(r.parties.find((p) => p.id === commitment.by)?.aliases[0], 'Hirer');
    assert.equal(findings(r).length, 0);
  });

  it('reads an exit priced by the cancellation charge it sets off as balanced', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '1. The Hirer may cancel the Event by written notice to the Venue. On cancellation the following Cancellation Charge is payable: 50% of the Hire Fee.',
      ),
    );
    assert.equal(findings(r).length, 0);
  });

  it('keeps a rebate of a termination fee from pricing the exit', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '1. The Hirer may terminate this Agreement for convenience on ninety (90) days notice.',
        '2. The applicable rebate of the Termination Fee shall become payable to the Hirer on signing a new agreement.',
      ),
    );
    assert.deepEqual(
      r.terms.filter((t) => t.type === 'benefit').map((t) => t.kind),
      [],
    );
  });

  it('reads an MFN that passes on a lower fee as one price protection, not also a discount', () => {
    assert.deepEqual(
      termsOf(
        'The Venue shall treat the Hirer as a most-favored customer: if the Venue hires the Hall to another customer at a lower fee, the Venue shall offer the Hirer that lower fee.',
      ),
      ['C price-protection'],
    );
  });

  it('reads a mutual release by "each of the Company and the Founder" as mutual', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '1. Each of the Venue and the Hirer hereby releases and forever discharges the other party from any and all claims.',
      ),
    );
    assert.deepEqual(
      r.terms.map((t) => `${t.kind} ${t.by}`),
      ['waiver both'],
    );
  });

  it('does not tie a case study given subject to its approval to anything', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '1. The Hirer shall pay each invoice within sixty (60) days after the invoice date.',
        '',
        "2. The Hirer may permit the Venue to publish a case study, subject to the Hirer's prior written approval of its content.",
      ),
    );
    assert.deepEqual(
      r.ties.map((t) => t.via),
      [],
    );
  });
});

// A seventh and eighth blind set: a translated German framework agreement, a 3PL quote, a SaaS order form, a UK
// underletting letter, a local-authority services contract, an engagement letter, an airline corporate deal, an
// electricity contract, a fintech partnership and a plain-text SEC amendment.
describe('terms as other drafters write them (a seventh and eighth blind set)', () => {
  const PRE = 'This Agreement is made between Ridgeline Logistics LLC ("Supplier") and Harbor Foods Inc. ("Customer").';
  const read = (clause: string): string[] => termsOfClause(PRE, clause);
  const found: [string, string][] = [
    [
      'B prepayment',
      'Invoices are payable within thirty (30) days. If the Customer pays within fourteen (14) days of receipt of the invoice, it shall be entitled to deduct a cash discount of 2 % of the invoice amount.',
    ],
    [
      'C price-protection',
      'The Charges shall be adjusted by CPI, provided that any increase in the Charges shall not exceed two and a half per cent (2.5%) in any Contract Year, and any decrease in CPI shall be applied in full.',
    ],
    ['C risk', "For Customer's goods, Supplier's limit of liability is raised to USD 2.00 per pound."],
    ['C payment-terms', 'Invoices will be payable net seventy-five (75) days from the invoice date.'],
    [
      'B term-extension',
      'You have agreed to take a term of seven years in place of the five-year term proposed in the heads of terms.',
    ],
    [
      'B term-extension',
      'In exchange, the Customer agrees to engage the Supplier to provide the services for three consecutive financial years.',
    ],
    [
      'B term-extension',
      "In exchange for Customer's commitment to the full 36-month Subscription Term, the Year 1 fee is reduced to USD 135.00 (25% below list).",
    ],
    [
      'B volume-commitment',
      "The Customer shall ensure that the Supplier's Market Share in each Review Period is not less than sixty per cent (60%).",
    ],
    [
      'B volume-commitment',
      'The Customer commits to take its entire electricity requirement from the Supplier, with a consumption of not less than 380,000 kWh in each year.',
    ],
    ['B exclusivity', 'The Customer shall not offer, promote or integrate any Competing Savings Product in the App.'],
    [
      'B feedback optional',
      'The Customer may, at its option, share the results of its panel testing with the Supplier.',
    ],
    ['C discount', 'The Supplier shall grant the Customer the following discounts off Published Fares:'],
    ['C waiver', 'Each Party hereby releases the other Party from any claim for Shortfall Fees.'],
  ];
  itFinds(found, read);

  itReadsNothing(
    [
      // A general cap at a multiple of the fees is the deal's allocation of risk, not a cap raised.
      "Subject to clause 8.1.1, the Supplier's total aggregate liability in each Contract Year shall not exceed one hundred and fifty per cent (150%) of the Charges.",
      // Step-in and a failure that happens twice are remedies.
      'During any period of step-in, the Customer shall not be obliged to pay the Charges for the affected Services.',
      'If subsequent performance fails twice, the Customer may withdraw from the affected Call-Off or reduce the price.',
      'If the Customer pays within thirty (30) days, no interest is charged.',
      'The Customer shall take all reasonable steps to ensure at least two engineers attend.',
      'The Supplier shall share the results of the annual audit with its lenders.',
    ],
    read,
  );

  it('reads a party named only as "the customer identified below" as a party of its own', () => {
    const r = review(
      lines(
        '**Issued by:** Quillstone Software, Inc. ("Quillstone")',
        '',
        'This Order Form is entered into between Quillstone and the customer identified below ("Customer").',
        '',
        '1. Quillstone waives the one-time implementation fee of USD 25,000.',
      ),
    );
    assert.deepEqual(r.parties.map((p) => p.aliases[0]).sort(), ['Customer', 'Quillstone']);
    const waiver = r.terms.find((t) => t.kind === 'waiver')!;
    assert.equal(r.parties.find((p) => p.id === waiver.by)?.aliases[0], 'Quillstone');
  });

  it('ties a rent-free period named by its paragraph to the longer term given "in return"', () => {
    const r = review(
      lines(
        'This letter is between Fairholme Digital Limited ("Fairholme", "we") and Ostrander Partners LLP ("Ostrander", "you").',
        '',
        '2.2 You have agreed to take a term of seven years in place of the five-year term proposed in the heads of terms, and we have agreed to the rent-free period in paragraph 4.1 in return for that longer commitment.',
        '',
        '4.1 We will grant you a rent-free period of six (6) months from the date of completion.',
      ),
    );
    assert.deepEqual(
      r.terms.map((t) => t.kind),
      ['term-extension', 'waiver'],
    );
    assert.equal(findings(r).length, 0);
  });

  it('ties a rebate given "in consideration of the extension of the Term pursuant to Amendment No. 3"', () => {
    const r = review(
      lines(
        'This Amendment is made between Tessaract Components, Inc. ("Supplier") and Alderwood Medical Devices Corp. ("Buyer").',
        '',
        '2. Extension of Term. The Term of the Agreement is hereby extended to December 31, 2029.',
        '',
        '3. Volume Rebate. In consideration of the extension of the Term pursuant to Amendment No. 3, Supplier shall pay Buyer a rebate equal to 2% of the Net Purchase Price.',
      ),
    );
    assert.deepEqual(
      r.ties.map((t) => t.via),
      ['reference'],
    );
  });

  it('reads mirrored covenants as no give-back left untied', () => {
    const r = review(
      lines(
        PRE,
        '',
        '1. The Supplier may terminate this Agreement for convenience on thirty (30) days notice.',
        '',
        '2. Non-competition.',
        '2.1 The Customer will not offer services to third parties which compete with the Products.',
        '2.2 The Supplier will not offer products to third parties which compete with the Customer.',
      ),
    );
    assert.deepEqual(
      r.findings.filter((f) => f.ruleId === 'untied-give-back'),
      [],
    );
  });
});

// A negotiator's blind read of six more CUAD exhibits (Sparkling, Zogenix, Conformis …).
describe('remedies and mirrored terms as real exhibits write them', () => {
  const PRE =
    'This Agreement is made between Garman Systems Inc. ("GARMAN") and Sparkling Spring Water Ltd. ("SPARKLING").';
  const unreciprocated = (...body: string[]): number =>
    review(lines(PRE, '', ...body)).findings.filter((f) => f.ruleId === 'unreciprocated-concession').length;

  it('reads the tail of a list of insolvency triggers as a remedy', () => {
    assert.equal(
      unreciprocated(
        '17. Termination.',
        '',
        '(c) If either party:',
        '',
        '    (1) makes an assignment in bankruptcy;',
        '',
        '    (2) has a receiver, administrator or manager of its property appointed;',
        '',
        '    (3) ceases doing business as a going concern;',
        '',
        '    (4) defaults on any of its material obligations and such default is not cured within thirty days;',
        '',
        '    this Agreement may be terminated by the other party.',
      ),
      0,
    );
  });

  it('reads an exit whose lettered conditions include a failure as a remedy', () => {
    assert.deepEqual(
      termsOfClause(
        PRE,
        'SPARKLING shall have the right to terminate this Agreement upon written notice if (A) the parties have discussed an issued Patent, (B) the applicable party failed to obtain a license under such Patent, and (C) SPARKLING believes the sale of the Product infringes such Patent.',
      ),
      [],
    );
  });

  it('reads an exit for a safety concern as a remedy', () => {
    assert.deepEqual(
      termsOfClause(
        PRE,
        'This Agreement may be terminated by SPARKLING upon written notice if the promotion of the Product presents a substantial risk of harm or injury to consumers.',
      ),
      [],
    );
  });

  it('reads fees excused after the other side’s default as a remedy', () => {
    assert.equal(
      unreciprocated(
        '1. If this Agreement is terminated by SPARKLING due to GARMAN’s default, the license shall be converted to a perpetual license pursuant to which SPARKLING shall not be required to pay any further fees.',
      ),
      0,
    );
  });

  it('reads the same waiver given each way as mutual', () => {
    assert.equal(
      unreciprocated(
        "5.6 (a) GARMAN waives any right it may have in law or equity to withhold SPARKLING's property.",
        '',
        "(b) SPARKLING waives any right it may have in law or equity to withhold GARMAN' property.",
      ),
      0,
    );
    assert.equal(unreciprocated("5.6 GARMAN waives any right it may have to withhold SPARKLING's property."), 1);
  });
});

// A negotiator's blind read of six more CUAD exhibits (Elandia, Reynolds, Waste2Energy …).
describe('mutual lead-ins, word senses and unpunctuated conditions as real exhibits write them', () => {
  const PRE = 'This Agreement is made between Datec (PNG) Limited ("Datec") and Bank of South Pacific Limited ("BSP").';
  const read = (clause: string): string[] => termsOfClause(PRE, clause);

  it('gives an item of "Each Party: (1) …; and (3) waives" to both parties', () => {
    const r = review(
      lines(
        PRE,
        '',
        '1. Each Party: (1) disclaims all representations and warranties regarding its products; (2) acknowledges that it has not relied on any other representations; and (3) waives any claim that the Party may have based on any such representations.',
      ),
    );
    assert.deepEqual(
      r.terms.map((t) => `${t.kind} ${t.by}`),
      ['waiver both'],
    );
  });

  itFinds(
    [
      [
        'C price-protection',
        'The Charges will be adjusted by CPI. Should the CPI increase exceed more than 10% in any given year the maximum amount applied will be 10%.',
      ],
      ['C discount', 'If BSP prepays the fees the Datec shall give BSP a 5% discount.'],
    ],
    read,
  );

  itReadsNothing(
    [
      'The parties may terminate this Agreement at any time by mutual consent.',
      'This Agreement may be terminated by mutual written agreement of the Parties.',
      'Employer’s liability coverage. Requires waiver of alternate employer endorsement.',
    ],
    read,
  );

  it('reads a termination fee as the price of an exit only, never a give-back left untied', () => {
    const r = review(
      lines(
        PRE,
        '',
        '1. Should the CPI increase exceed more than 10% in any given year the maximum amount applied will be 10%.',
        '',
        '2. If BSP terminates for convenience under clause 3 the BSP will pay Datec a termination fee of $50,000.',
      ),
    );
    assert.deepEqual(
      r.findings.map((f) => f.ruleId),
      ['unreciprocated-concession'],
    );
  });
});
