import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { itFinds, itReadsNothing, lines, termsOfClause } from '../helpers/contract.js';

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
    assert.equal(r.findings.filter((f) => f.ruleId === 'unreciprocated-concession').length, 0);
  });

  it('reads an exit priced by the cancellation charge it sets off as balanced', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '1. The Hirer may cancel the Event by written notice to the Venue. On cancellation the following Cancellation Charge is payable: 50% of the Hire Fee.',
      ),
    );
    assert.equal(r.findings.filter((f) => f.ruleId === 'unreciprocated-concession').length, 0);
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
