import assert from 'node:assert/strict';
import { review, ReviewSession } from '../../src/engine/index.js';
import {
  PREAMBLE,
  benefits,
  concessions,
  contract,
  findings,
  itFinds,
  itReadsNothing,
  lines,
  suggestionTexts,
  termsOfClause,
} from '../helpers/contract.js';

// Issue 16: the classes of a tenth round of blind sets (real reseller, hosting and outsourcing exhibits; synthetic
// letters, service orders and logistics contracts), with their near misses.
const termsOf = (clause: string): string[] => termsOfClause(PREAMBLE, clause);

/** A letter whose pronouns the parties' definitions name. */
const LETTER = lines(
  'Dear Dana,',
  '',
  'This letter sets out the changes we have agreed to the Retainer Agreement between Halyard & Finch LLC ("we" or "us") and Corvallis Outdoor Co. ("you").',
  '',
);

describe('the classes of the tenth round of blind sets', () => {
  itReadsNothing(
    [
      // "then, in any such event": the consequence of every condition listed before it, here insolvency.
      'Should either party (1) admit in writing its inability to pay its debts generally as they become due; (2) be adjudicated bankrupt or insolvent; then, in any such event, the other party, at its option and without prior notice, may terminate this Agreement effective immediately.',
      // A rate above the standard one is no discount.
      'Provider will bill senior hours at $250 per hour instead of its standard rate of $210 per hour.',
    ],
    termsOf,
  );

  itFinds(
    [
      // A right granted is no pointer back, though the thing it ends is "referred to in" another clause.
      [
        'C exit-flexibility',
        "Customer shall have the right to terminate the licence referred to in Clause 1 by giving three months' notice in writing to Provider.",
      ],
      ['C waiver', 'Provider will not charge its 2% media-buying commission on the holiday campaign.'],
      [
        'C exit-flexibility',
        "Until January 31, 2025, Customer may instead end this Agreement on thirty days' written notice.",
      ],
      [
        'C discount',
        'Provider shall apply an indirect cost rate of 20% to the Direct Costs in place of its standard industry rate of 46%.',
      ],
      [
        'C discount',
        'For work performed in 2024, Provider will bill senior hours at $185 per hour instead of its standard rate of $210 per hour.',
      ],
    ],
    termsOf,
  );

  itFinds(
    [
      [
        'C payment-terms',
        'For Products shipped in the first two Contract Years, Provider extends the period in clause 6.1 to ninety days from the invoice date.',
      ],
      [
        'C payment-terms',
        '(a) Provider will defer payment of the Royalty Fees (six percent (6%) of Gross Sales) for the months of March 2025 through August 2025.',
      ],
      [
        'C waiver',
        'Customer shall not levy Performance Deductions under Schedule 6 in respect of the New Sites for the period to 30 June 2025.',
      ],
      [
        'B term-extension',
        'In consideration of the rent-free period, Customer irrevocably agrees that it will not exercise the break option in clause 11 of the Lease on the Fifth Anniversary Break Date.',
      ],
    ],
    termsOf,
  );

  itReadsNothing(
    [
      // What a price is said to cover is the deal.
      'The Subcontract Sum includes the performance mockup and the field water testing required by the specifications, at no additional cost to Customer.',
      "Provider shall provide in-service education on the use of Covered Products to Customer's staff free of charge. Such education forms part of the product support priced into the Contract Prices.",
      // Disconnecting on the other side's failure is a remedy.
      'Provider may disconnect any Service without paying any disconnection fee if Customer fails to pay any invoice when due.',
    ],
    termsOf,
  );

  itFinds(
    [
      [
        'C free-scope',
        "Provider shall provide in-service education to Customer's staff free of charge. This is a one-time goodwill gesture.",
      ],
      [
        'C price-protection',
        'Provider shall hold the unit prices in Exhibit C for any additional work added by change order through December 31, 2026, regardless of increases in the cost of aluminum.',
      ],
      [
        'C waiver',
        'Provider will bear all special construction costs for Location 3 up to $15,000.00, which would otherwise be billable to Customer under Section 6.4 of the MSA.',
      ],
      ['C price-protection', 'The MRCs in Section C will not increase during the Service Term.'],
      [
        'C exit-flexibility',
        "After month eighteen (18) of the Service Term, Customer may disconnect one (1) Location on sixty (60) days' written notice without paying the Early Termination Charge for that Location.",
      ],
    ],
    termsOf,
  );

  it('reads a longer period to pay than the clause before sets as a concession to the payer', () => {
    const r = contract(
      '## 7. Payment',
      '',
      "7.1 Customer shall pay Provider's undisputed invoices within forty-five (45) days of the invoice date.",
      '',
      '7.2 For invoices dated during the first two (2) Contract Quarters, Customer may pay within ninety (90) days of the invoice date.',
    );
    assert.deepEqual(concessions(r), ['payment-terms Provider->Customer']);
    // The same period again departs from nothing.
    const same = contract(
      "7.1 Customer shall pay Provider's undisputed invoices within forty-five (45) days of the invoice date.",
      '',
      '7.2 For invoices for Additional Services, Customer may pay within forty-five (45) days of the invoice date.',
    );
    assert.deepEqual(concessions(same), []);
  });

  it('reads the next clause again in an edited contract when the rule it departs from changes', () => {
    const text = (days: string): string =>
      lines(
        PREAMBLE,
        '',
        '## 7. Payment',
        '',
        `7.1 Customer shall pay Provider's undisputed invoices within ${days} days of the invoice date.`,
        '',
        '7.2 For invoices dated during the first two Contract Quarters, Customer may pay within ninety (90) days of the invoice date.',
      );
    const session = new ReviewSession();
    assert.deepEqual(concessions(session.review(text('forty-five (45)'))), ['payment-terms Provider->Customer']);
    const edited = session.review(text('ninety (90)'));
    assert.deepEqual(concessions(edited), concessions(review(text('ninety (90)'))));
    assert.deepEqual(concessions(edited), []);
  });

  it('reads the payment a waiver is conditioned on, not the payment it waives, as the prepayment', () => {
    const r = contract(
      '5.1 Provider waives the requirement in clause 5.6 of the Lease for Customer to pay a rent deposit of £21,000 on completion of the Lease, on condition that Customer pays the Annual Rent for the first twelve (12) months in a single payment in advance.',
    );
    assert.deepEqual(benefits(r), ['prepayment Customer->Provider binding']);
    assert.deepEqual(findings(r), []);
  });

  it('reads an email’s pointer to a price hold, a move to longer terms and the first refusal given for it', () => {
    const r = review(
      lines(
        'Hi Tom,',
        '',
        'Here is a write-up of what we agreed under the supply agreement between Brightwater Foods Ltd and Kestrel Corrugated Ltd (the "Supply Agreement"). Below, "we" and "us" mean Brightwater and "you" means Kestrel.',
        '',
        '1. You will hold prices on all current SKUs at the levels in your quote until 28 February 2026. In return, we will commit to taking at least 1.4 million cases across those SKUs over the same period.',
        '',
        '2. Pricing for the multipacks themselves is as per the quote and sits within the price hold in point 1.',
        '',
        "3. You've agreed to move us from 45 days to 75 days from end of month on all invoices. In exchange for the longer terms, we'll give you first refusal on the corrugated trays for the new Daventry line.",
      ),
    );
    assert.deepEqual(concessions(r), [
      'price-protection Kestrel Corrugated Ltd->Brightwater Foods Ltd',
      'payment-terms Kestrel Corrugated Ltd->Brightwater Foods Ltd',
    ]);
    assert.equal(r.terms.find((t) => t.kind === 'payment-terms')?.value?.days, 75);
    assert.ok(benefits(r).includes('exclusivity Brightwater Foods Ltd->Kestrel Corrugated Ltd binding'));
    assert.deepEqual(findings(r), []);
  });

  it('reads the parties of a cover page that stacks them with “and” between', () => {
    const r = review(
      lines(
        '# DISTRIBUTION AGREEMENT',
        '',
        '**Vantor Medical Devices GmbH**, Hafenstraße 18, 28217 Bremen, Germany',
        '',
        'and',
        '',
        '**Meridian Surgical Supplies Pty Ltd** (ACN 614 220 918), Level 5, 88 Pirie Street, Adelaide SA 5000',
        '',
        '## 1. Appointment',
        '',
        '1.1 Vantor Medical Devices GmbH appoints Meridian Surgical Supplies Pty Ltd as its distributor.',
      ),
    );
    assert.deepEqual(
      r.parties.map((p) => p.name),
      ['Vantor Medical Devices GmbH', 'Meridian Surgical Supplies Pty Ltd'],
    );
  });

  it('numbers a Continental framework’s articles, and reads a rebate settled by credit note as the rebate', () => {
    const r = review(
      lines(
        'This Framework Agreement is made between Vandermeer Labsupply B.V. (the "Supplier") and Klinikum Mittelrhein gGmbH (the "Purchaser").',
        '',
        '## Art. 4 Volumes',
        '',
        '(2) In return for the consignment stock provided under Art. 8 (1), the Purchaser shall source at least 80% of its annual requirement of the Products from the Supplier.',
        '',
        '## Art. 5 Prices and Rebates',
        '',
        '(2) The Supplier grants the Purchaser a year-end rebate of 2.5% of the net turnover, provided that the net turnover in that calendar year reaches at least EUR 450,000.',
        '',
        '(3) The rebate under Art. 5 (2) shall be settled by credit note by 31 January of the following year.',
        '',
        '## Art. 8 Consignment Stock',
        '',
        '(1) The Supplier shall set up and maintain a consignment stock at the Purchaser’s warehouse without charging the logistics service fee of EUR 1,450 per month.',
      ),
    );
    assert.deepEqual(
      r.parties.map((p) => p.name),
      ['Vandermeer Labsupply B.V.', 'Klinikum Mittelrhein gGmbH'],
    );
    assert.ok(r.clauses.some((c) => c.number === '5(3)'));
    assert.deepEqual(concessions(r), ['discount Supplier->Purchaser', 'waiver Supplier->Purchaser']);
    assert.deepEqual(findings(r), []);
  });

  it('takes no deal or trade confirmation for a party', () => {
    const engagement = review(
      'Thank you for selecting Ashdown Pryce LLP ("Ashdown Pryce," "we" or "us") to represent Meridian Coldchain Holdings, Inc. (the "Company" or "you") in its acquisition of Polar Route Logistics, LLC (the "Transaction").',
    );
    assert.deepEqual(
      engagement.parties.map((p) => p.name),
      ['Ashdown Pryce LLP', 'Meridian Coldchain Holdings, Inc.'],
    );
    const power = review(
      lines(
        'This letter agreement sets out the amendments that Bluestem Power Marketing, LLC and Ironbridge Castings Company have agreed to make to Transaction Confirmation No. BPM-IC-0419 dated March 1, 2023 (the "Confirmation").',
        '',
        '1. Bluestem Power Marketing, LLC shall reduce the Contract Price for all energy delivered in 2026 from $61.40/MWh to $54.10/MWh, and Ironbridge Castings Company shall purchase and receive the same block for an extended Delivery Period through December 31, 2028.',
        '',
        '2. Bluestem Power Marketing, LLC waives the requirement in Paragraph 10 of the Collateral Annex for Ironbridge Castings Company to post a letter of credit, in exchange for a guaranty of Ironbridge Castings Company’s obligations from Ironbridge Holdings, Inc.',
      ),
    );
    assert.ok(power.parties.every((p) => !p.aliases.includes('Confirmation')));
    assert.deepEqual(
      power.terms.filter((t) => t.type === 'benefit').map((t) => t.kind),
      ['term-extension', 'other'],
    );
    assert.deepEqual(findings(power), []);
  });

  it('reads who writes as “we” in an email thread from the message that holds the terms', () => {
    const r = review(
      lines(
        '**From:** Hannah Odegaard <hannah@osprey-freight.com>',
        '**To:** Priya Raman <priya@fernhillinsights.io>',
        '**Subject:** RE: renewal',
        '',
        'Confirmed, this matches our notes.',
        '',
        '**From:** Priya Raman <priya@fernhillinsights.io>',
        '**To:** Hannah Odegaard <hannah@osprey-freight.com>',
        '**Subject:** Your renewal',
        '',
        'Hi Hannah, here is what we agreed under the Fernhill Subscription Terms between Fernhill Insights Ltd ("Fernhill") and Osprey Freight Group AS ("Osprey").',
        '',
        'We are adding 25 Viewer seats at no charge for the whole renewal term, and we will waive the $6,000 onboarding fee for the Rotterdam rollout. Premium Support is included in the Enterprise tier, so you keep the 24/7 support line at no additional charge.',
      ),
    );
    const fernhill = r.parties.find((p) => p.name === 'Fernhill Insights Ltd');
    assert.deepEqual(fernhill?.pronouns, ['we', 'us', 'our']);
    assert.deepEqual(concessions(r).sort(), ['free-scope Fernhill->Osprey', 'waiver Fernhill->Osprey']);
  });

  it('reads a monthly advance applied against invoices as prepayment, and costs a rate includes as none', () => {
    const r = review(
      lines(
        'Dear Renata:',
        '',
        'Thank you for selecting Ashdown Pryce LLP ("Ashdown Pryce," "we" or "us") to represent Meridian Coldchain Holdings, Inc. (the "Company" or "you").',
        '',
        '**4. Fees**',
        '',
        "In consideration of the Company's agreement to pay the monthly advance described in Section 6, we will apply a discount of 10% to our standard hourly rates.",
        '',
        '**6. Monthly Advance**',
        '',
        'The Company will pay us an advance of $60,000 on the first business day of each month, which we will apply against our invoice for that month.',
        '',
        '**7. Costs**',
        '',
        'We will not charge for routine photocopying, telephone calls or research database usage, which are included in our hourly rates.',
      ),
    );
    assert.deepEqual(concessions(r), ['discount Ashdown Pryce->Company']);
    assert.deepEqual(benefits(r), ['prepayment Company->Ashdown Pryce binding']);
    assert.deepEqual(findings(r), []);
  });

  itReadsNothing(
    [
      // A subscription that runs to the end of the period paid for is not renewed, not left early.
      'If you have a paid account, you can cancel your subscription and keep using your account until your paid period expires.',
      // What the fee covers, said in the next part.
      "The Producer may use the Estate's existing mains power, free of charge; both are part of the Location services covered by the Location Fee.",
    ],
    termsOf,
  );

  itFinds(
    [
      [
        'B testimonial',
        "Provider will perform one annual inspection at no charge, in return for Customer posting an honest written review of Provider's services on a public review site.",
      ],
      [
        'B term-extension',
        'If Customer accepts a renewal private offer for a further term of at least 24 months, the Private Offer Rates for that renewal term will not increase by more than three percent (3%).',
      ],
      ['B publicity', 'The Customer shall accord the Provider a credit in the end titles of the Film.'],
      [
        'B term-extension',
        'Customer has agreed to renew for a two-year term (1 July 2025 to 30 June 2027) rather than the usual one year, and in exchange Provider will apply a 12% discount to the renewal fees.',
      ],
    ],
    termsOf,
  );

  it('negates the fee, not the commitment traded for it after a comma', () => {
    const r = contract(
      "| Item | Terms |\n| --- | --- |\n| Free months | No Monthly Service Fee is payable for months 1 and 2 of the Initial Term, in exchange for the Customer's commitment to the 36-month Initial Term |",
    );
    assert.deepEqual(benefits(r), ['term-extension Customer->Provider binding']);
    assert.deepEqual(findings(r), []);
    // Without the comma the negation runs on: no discount is given for the commitment.
    assert.deepEqual(
      termsOf("Provider shall not provide any discount in exchange for Customer's commitment to a longer term."),
      [],
    );
  });

  it('has the party whose act the tying words name give it', () => {
    const r = contract(
      "6.1 Provider waives the annual listing fee for Customer's listing during the Initial Term, in return for Customer co-authoring with Provider, and publishing on its website, one joint customer case study.",
    );
    assert.deepEqual(benefits(r), ['testimonial Customer->Provider binding']);
    assert.deepEqual(findings(r), []);
  });

  it('reads a carrier extending free storage on a volume of loads as a concession the volume pays for', () => {
    const r = contract(
      '4.2 For containers of Customer, Provider will extend free storage to seven (7) calendar days, provided that Customer tenders to Provider no fewer than four hundred (400) loaded import containers in each contract year.',
    );
    assert.deepEqual(concessions(r), ['free-scope Provider->Customer']);
    assert.deepEqual(benefits(r), ['volume-commitment Customer->Provider binding']);
    assert.deepEqual(findings(r), []);
  });

  it('reads a wish to write up the reader’s campaign as the reader’s give-back, at the reader’s option', () => {
    const r = review(
      lines(
        LETTER,
        'We will waive the monthly minimum for July. Separately, we would welcome the chance to write the campaign up as a case study on our website, but it is your call.',
      ),
    );
    assert.deepEqual(benefits(r), ['testimonial Corvallis Outdoor Co.->Halyard & Finch LLC optional']);
    // A letter's formula is no wish: "we would like to confirm" leaves a promise binding.
    const confirmed = review(
      lines(LETTER, 'We would like to confirm that you will act as a reference for us during 2025.'),
    );
    assert.deepEqual(benefits(confirmed), ['reference Corvallis Outdoor Co.->Halyard & Finch LLC binding']);
  });

  it('takes no registration number’s label for a party, and reads who pays by the full name', () => {
    const text = lines(
      'This Agreement is entered into between Pacific Rim Drayage Co., a California corporation holding USDOT No. 2938471 and MC No. 981234, with its principal office in Carson, California, and Tamsin Home Goods, Inc., a Delaware corporation.',
      '',
      '1. Tamsin Home Goods, Inc. will pay each undisputed invoice within thirty (30) days of receipt.',
      '',
      '2. The fuel surcharge will not exceed eighteen percent (18%) of the line-haul rate during the initial term.',
    );
    const r = review(text);
    assert.deepEqual(
      r.parties.map((p) => p.name),
      ['Pacific Rim Drayage Co.', 'Tamsin Home Goods, Inc.'],
    );
    const [cap] = r.terms;
    assert.deepEqual([cap?.kind, cap?.by, cap?.to], ['price-protection', r.parties[0]!.id, r.parties[1]!.id]);
  });

  it('cites an exhibit as the contract writes it, and the contract by the name it gives itself', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '1. Customer accepts Provider as its exclusive provider of the Services.',
        '',
        '2. Provider may terminate this agreement at any time on ten business days notice.',
        '',
        '3. This Agreement is governed by the laws of New York.',
        '',
        '## EXHIBIT C',
        '',
        'SERVICE FEES',
        '',
        '1. Pricing. No start-up fees will be applied to new sites.',
      ),
    );
    const untied = findings(r, 'untied-give-back').join('\n');
    assert.match(untied, /in paragraph 1 of Exhibit C\b/);
    assert.doesNotMatch(untied, /Exhibit c\b/);
    const exit = suggestionTexts(r).filter((s) => /ection 2\b/.test(s));
    assert.ok(exit.length > 0);
    for (const s of exit) assert.doesNotMatch(s, /this agreement/);
  });
});
