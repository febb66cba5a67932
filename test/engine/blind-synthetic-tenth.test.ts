import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import {
  PREAMBLE,
  benefits,
  concessions,
  findings,
  itFinds,
  itReadsNothing,
  lines,
  partiesOf,
  termsOfClause,
} from '../helpers/contract.js';

// Issue 16: the classes of the twenty-third blind synthetic set (a Canadian amending agreement, an Australian reseller
// agreement, a UK subcontract variation, a US clinical trial agreement, a Singapore logistics MSA, an Irish letter, a
// US order form, a South African security contract), each with the near misses that bound it.
const termsOf = (clause: string): string[] => termsOfClause(PREAMBLE, clause);

describe('the classes of the twenty-third blind synthetic set', () => {
  itFinds(
    [
      // A lock-in put as a promise not to end the engagement before a date.
      [
        'B term-extension',
        'Customer agrees that it will not end this engagement under clause 9.1 before 30 June 2028.',
      ],
      // Termination assistance is a service, not the exit; the exception names a trigger, not a price.
      [
        'C free-scope',
        'Provider shall provide the first four hundred (400) hours of Termination Assistance Services without charge on any expiry or termination of the Agreement, other than a termination by Provider for non-payment.',
      ],
      [
        'C price-protection',
        'Provider shall not escalate the Armed Response Service portion of the Monthly Fee on 1 March 2026.',
      ],
      // Billing in advance traded for something is a give-back.
      [
        'B prepayment',
        'Provider shall not escalate the Monthly Fee on 1 March 2026. In exchange, Customer shall pay the Monthly Fee quarterly in advance with effect from 1 March 2026.',
      ],
      [
        'C waiver',
        'Provider shall not deduct, set off or otherwise recover from Customer any liquidated damages for delay in completing Section 2.',
      ],
      ['C free-scope', '| Additional Named Users – Year 1 only, no charge | 50 | $1,200.00 | $0.00 |'],
      // Use kept above a floor, as the condition of a price freeze.
      [
        'B volume-commitment',
        "Provider shall not increase the Rates before 1 June 2027, provided that Customer's average monthly occupancy over each rolling three-month period is not less than 2,000 pallet positions.",
      ],
      ['C discount', 'For the launch, the Reseller Margin is increased to 40% off the recommended retail price.'],
      [
        'C discount',
        'Provider will reduce the quarterly instalment of the management fee from €8,600 to €6,450 plus VAT.',
      ],
      // Services at no charge that are more than the service.
      [
        'C free-scope',
        'With effect from 1 July, the Services include an additional 40 hours of consulting per quarter at no additional charge.',
      ],
    ],
    termsOf,
  );
  itReadsNothing(
    [
      // What the services include is the service.
      'The Services include a monthly cycle count of all SKUs and a quarterly stocktake, both at no additional charge.',
      'This handover forms part of our services and is provided at no additional charge.',
      'The EUC Services include Level 1 and Level 2 service desk support on a 24x7 basis, at no additional charge beyond the Monthly Base Charge referred to in Section 2.2.',
      // Billing in advance with nothing traded; usage that prices overage; a reseller's standard margin.
      'Customer shall pay the Fees quarterly in advance.',
      'If usage exceeds 500 GB in any month, Provider may charge the overage rate.',
      'The Reseller Margin is 30% off the recommended retail price.',
      // Service credits for a missed level.
      'For each month in which the average response time exceeds 15 minutes, Provider shall credit Customer with 10% of the Monthly Fee.',
      'Should any post be left unmanned for more than 30 minutes during a shift, Provider shall credit Customer with the full shift charge for that post.',
    ],
    termsOf,
  );

  it('sets aside what the paying party supplies free for the work it buys, not services it gives free', () => {
    const trial = lines(
      'This Agreement is between Aventine Therapeutics, Inc. ("Sponsor") and Mercy Ridge Medical Center ("Institution").',
      '',
      '1. Payment. Sponsor shall pay Institution the fees in the Budget for each enrolled subject.',
      '',
      '2. Supplies. Sponsor shall supply Study Drug to Institution free of charge, in quantities sufficient to complete the Study.',
    );
    assert.deepEqual(concessions(review(trial)), []);
    const services = trial.replace(
      'supply Study Drug to Institution free of charge',
      'provide IT support services to Institution free of charge',
    );
    assert.deepEqual(concessions(review(services)), ['free-scope Sponsor->Institution']);
  });

  it('ties a give-back that points back with "in return for which", and a mutual exit limited by it', () => {
    const r = review(
      lines(
        'Dear Board,',
        '',
        'We, Liffey Estates Limited ("we"), set out below the terms on which we act for Harbour View Management Company ("you").',
        '',
        '5.2 We will not charge you the onboarding fee, in return for which you agree that you will not end this engagement under paragraph 9.1 before 30 June 2028.',
        '',
        "9.1 Either of us may end this engagement at any time by giving the other at least three months' written notice, subject to paragraph 5.2.",
      ),
    );
    assert.deepEqual(findings(r), []);
    assert.deepEqual(findings(r, 'misdirected-give-back'), []);
    assert.ok(
      benefits(r).some((b) => b.startsWith('term-extension')),
      benefits(r).join(', '),
    );
  });

  it('reads a role word alone in a party’s parenthesis as its alias', () => {
    const parties = partiesOf(
      lines(
        '# Reseller Agreement',
        '',
        '## Parties',
        '',
        '**Bramble Analytics Pty Ltd** (ACN 614 208 377) of Level 9, 120 Collins Street, Melbourne (**Licensor**)',
        '',
        '**Southern Cross IT Solutions Pty Ltd** (ACN 159 884 012) of 45 Kent Street, Sydney (**Reseller**)',
        '',
        '## Agreed terms',
        '',
        '1. The Licensor appoints the Reseller as a non-exclusive reseller.',
      ),
    );
    assert.deepEqual(parties, [
      'Bramble Analytics Pty Ltd [Licensor]',
      'Southern Cross IT Solutions Pty Ltd [Reseller]',
    ]);
  });
});

// The twenty-fourth blind synthetic set (a GPO pricing letter, a lease amendment, a French distribution agreement, an
// Indian supply agreement, a Hong Kong renewal email): each class with its near miss.
describe('the classes of the twenty-fourth blind synthetic set', () => {
  itFinds(
    [
      [
        'C waiver',
        'Provider will take back any unopened stock and will issue full credit for it, without deducting the fifteen percent (15%) restocking fee that Section 8.4 otherwise applies.',
      ],
      [
        'C price-protection',
        'Provider shall absorb any upward movement in the steel price index during the first two (2) calendar quarters.',
      ],
      [
        'C price-protection',
        'Provider will hold Customer at its current HK$42,000 a month for the whole renewal term.',
      ],
    ],
    termsOf,
  );
  itReadsNothing(
    [
      'The replacement is a capital repair that is the Provider’s responsibility under Section 9.2 of the Original Lease, and its cost shall not be included in Operating Costs.',
      'Provider shall provide, at no additional cost, the product training described in Annex 3, which forms part of the Provider’s obligations under the Agreement.',
      'Customer shall pay the invoice in full, without deducting any bank charges.',
    ],
    termsOf,
  );

  it('reads the group a letter is written to, defined collectively with "you", as its addressee', () => {
    const parties = partiesOf(
      lines(
        'Dear Ms. Okafor:',
        '',
        'This letter sets out the pricing that Halvorsen Surgical, Inc. ("Halvorsen," "we" or "us") will extend to St. Brendan Health System and the participating facilities listed in Exhibit B (collectively, "St. Brendan" or "you").',
        '',
        '1. Pricing. We will forgo the 2026 CPI adjustment for St. Brendan.',
      ),
    );
    assert.ok(parties.includes('St. Brendan Health System [St. Brendan]'), parties.join(', '));
  });
});

// The twenty-fifth blind synthetic set (a Scottish minute of variation, a biotech services agreement, an Australian
// letter of engagement, a translated OEM agreement, a marketplace offer, a carrier rate confirmation, a venue hire, an
// oil-services call-off).
describe('the classes of the twenty-fifth blind synthetic set', () => {
  itFinds(
    [
      ['C waiver', 'Provider shall not render an invoice to Customer for the Block C mobilisation fee.'],
      [
        'C waiver',
        'Customer hereby discharges Provider from liability for the Performance Deductions of £6,215.40 accrued in April 2024.',
      ],
      ['C waiver', 'Provider will forgo the Early Access Surcharge for the 2026 event.'],
      ['C waiver', 'Provider will pay each invoice within two days without taking the QuickPay fee.'],
      [
        'C price-protection',
        'The Annual Contract Price for Contract Years 4 and 5 shall remain at the Contract Year 3 figure.',
      ],
      [
        'C price-protection',
        'Provider has agreed to hold the all-in rate of $4,050.00 for every load tendered in March 2026.',
      ],
      [
        'C price-protection',
        'Provider shall not request any revision of the unit prices set forth in Appendix 2 before 31 March 2027.',
      ],
      [
        'C price-protection',
        'The renewal price does not exceed the contract prices in Section 1 by more than four percent (4%).',
      ],
      ['C exit-flexibility', 'For the 2026 event, the Minimum F&B Spend shall be lowered to S$52,000.'],
      // Give-backs in a condition or a trade.
      [
        'B prepayment',
        'If Customer pays the Room Hire Charge and the Minimum F&B Spend in full, in a single remittance received by 30 September 2025, Provider will reduce the Room Hire Charge by ten per cent (10%).',
      ],
      [
        'B exclusivity',
        'Provided that Customer appoints Provider as the sole structural and civil engineer for Stage 2, Provider will not charge more than $64,000 for the Stage 5 services.',
      ],
      [
        'B publicity',
        'In return, Customer agrees that Provider may photograph the completed Stage 1 works and refer to the Project on its website.',
      ],
      [
        'B other',
        'Customer may cancel the Event by written notice, in which case Customer shall pay the following cancellation charges:',
      ],
    ],
    termsOf,
  );
  itReadsNothing(
    [
      // A pricing model, a cancellation on the other's insolvency events as civil-law drafting lists them.
      'Our fees are fixed lump sums for the scope described above.',
      'If the other party suspends payments, or any bill issued by it is dishonored, a party may cancel this Agreement without notice.',
      'If the other party becomes subject to provisional attachment or compulsory execution, a party may cancel this Agreement.',
      // A minimum raised, not lowered; paying in instalments.
      'The Minimum F&B Spend shall be increased to S$60,000.',
      'Customer shall pay the Fees in four quarterly instalments.',
    ],
    termsOf,
  );

  it('reads no party from the acronym of a regulator an entry names in passing', () => {
    const parties = partiesOf(
      lines(
        'This Agreement is made effective October 1, 2025 between Ridgeline Freight Solutions, LLC, a Texas limited liability company registered with',
        'the Federal Motor Carrier Safety Administration ("FMCSA") as a property broker, with offices at 2400 W. 7th Street, Fort Worth, TX 76107 ("Broker"), and Coyote Flats',
        'Transport Inc., an Oklahoma corporation, with offices at 8810 S. Sooner Road, Oklahoma City, OK 73135 ("Carrier").',
        '',
        '1. Carrier shall hold active operating authority from FMCSA.',
      ),
    );
    assert.deepEqual(parties, ['Ridgeline Freight Solutions, LLC [Broker]', 'Coyote Flats Transport Inc. [Carrier]']);
  });

  it('reads a letter’s contracted "We’ll" as its writer giving the term', () => {
    const r = review(
      lines(
        'Dear Tidewater,',
        '',
        'Harbourline Logistics Limited ("Harbourline", "we" or "us") writes to Tidewater Trading Limited ("Tidewater" or "you").',
        '',
        "1. We'll hold Tidewater at its current HK$42,000 a month for the whole renewal term.",
        '',
        '2. We’ll waive the HK$2,000 set-up fee for the new office.',
      ),
    );
    assert.deepEqual(concessions(r), ['price-protection Harbourline->Tidewater', 'waiver Harbourline->Tidewater']);
  });
});
