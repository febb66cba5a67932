import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import {
  PREAMBLE,
  by,
  contract,
  findings,
  itFinds,
  itReadsNothing,
  lines,
  termsOfClause,
  to,
} from '../helpers/contract.js';

// Issue 16: the classes of an eighth round of blind sets — real alliance, supply, maintenance and co-branding exhibits,
// synthetic schedules, pilots, term sheets and letters, and a negotiator's read of the corpus — with their near misses.
const termsOf = (clause: string): string[] => termsOfClause(PREAMBLE, clause);

describe('the classes of the eighth round of blind sets', () => {
  itReadsNothing(
    [
      // Work done at the cost of the party it is done for is paid for, whoever does it.
      "Provider shall be responsible, at Customer's sole expense (subject to a budget approved in advance by Customer), for providing the regulators with such additional data as they may request.",
      // Taking equipment away and making good the site is how costs fall, not an extra.
      'Provider shall at its sole cost and expense remove the System and any other ancillary equipment (including the concrete pad and any other improvements to the Site), restoring the Site to its condition before the installation.',
      // A price set as a redacted share of cost is how the price is computed.
      'The Prices for the Products shall not exceed [***] of the Fully Burdened Manufacturing Costs of such Product and shall be set forth in the applicable Work Order.',
      // A reduction in a measure of performance is no price reduction.
      'Success criteria: (i) at least 8% reduction in empty miles; (ii) at least 15% reduction in dispatcher minutes per load.',
      // Force majeure excuses whichever party it strikes.
      'Force majeure, industrial disputes, official measures and other unforeseeable, unavoidable and serious events release the Parties from their performance obligations for the duration of the disturbance.',
      // "As part of the supply": the price includes it.
      "Provider shall provide clinical in-service education on the use of the devices to Customer's staff, at no additional charge, as part of the supply of the Products.",
      // A most-favoured price credited back on units already invoiced is the same protection, not a second concession.
      'Provider shall credit Customer with the difference on Units invoiced in the same Contract Year.',
      // A price per order size is paid for by the volume.
      'Volume discount for Follow-on Orders: 6% off Price List for orders of 50–149 Units; 9% for orders of 150 Units or more.',
      // The form a rebate or a deduction is paid in, and a credit named by where it is granted.
      'Any rebate shall be settled by Provider issuing a credit note within forty-five (45) days after the end of the relevant Contract Year.',
      'Any such deduction shall be reflected by Provider in a credit note at the end of the relevant month.',
      'The credit note under sub-paragraph (a) is not transferable and shall not be redeemable for cash.',
      // A lower share of service credits swapped in is no credit given; billing held back until the service is live is timing.
      'In paragraph 4.2 of Schedule 5 (Service Levels and Service Credits), the words "ten per cent (10%) of the Monthly Charges" shall be deleted and replaced with the words "five per cent (5%) of the Monthly Charges".',
      "We won't bill you for them until the equipment is installed and tested, after which the standard monthly rental applies.",
      // What the price includes, and a duty the deal already sets, restated.
      "Base Prices are inclusive of packing in 25 kg bags and delivery to Customer's plants at no additional charge.",
      'As the Agreement also requires, Provider will deliver a written root-cause analysis of the migration incident, at no additional charge, by May 20, 2025.',
      // Errands, forecasts and force majeure excused are no shortfall forgiven.
      'The failure to send courtesy copies of notices will not be deemed a breach.',
      "Customer's failure to meet its forecasts shall not be deemed a breach.",
      'Failure to deliver at least 5,000 units due to force majeure shall not be deemed a breach.',
      // A payment that follows what it pays for; exits on the other side's inferior product or its sale to a competitor.
      'In the event that the Launch Date is delayed beyond March 31, 2026, the April 1, 2026 payment shall be postponed and shall instead be made with the next payment.',
      'Customer may terminate the Agreement if the Co-Branded Application is not at least comparable to any other source of such content on the Internet.',
      "In the event that a majority of Provider's assets are merged, acquired or sold to a competitor of Customer, Customer may terminate this Agreement by providing thirty (30) days written notice.",
      // A guarantor's debts put behind the guaranteed ones; the other side's liabilities never taken on; a closure that
      // runs too long and events listed elsewhere as triggers; a rebate's credit note; a form's checklist.
      'Any and all present and future debts of Customer to any Principal are hereby waived and postponed in favor of and subordinated to the full payment of the Obligations.',
      'Provider shall not be required to pay, discharge or perform any other obligations or liabilities of Customer.',
      'In the event that any temporary closing or discontinuance of operation exceeds 180 days, Provider shall have the right to terminate this Agreement.',
      'The obligations of Provider may be terminated by it by notice given to Customer if any of the events described in Sections 6(i), (j) or (k) shall have occurred.',
      'Provider shall issue a credit note for any rebate within thirty (30) days after the end of the relevant Contract Quarter.',
      'Contract Manager use only: CR register updated [ ] Finance notified of credit note [ ] Schedule 7 reissued [ ]',
      // A deadline missed or the service credits run up are triggers; fixed prices and hours past a cap are the deal.
      "If the Refurbishment is not completed by the Extended Refurbishment Deadline, Provider may, in addition to its other rights under this Agreement, terminate this Agreement on thirty (30) days' written notice.",
      'Customer may terminate this Agreement by notice if Service Credits reach the At-Risk Amount in any three (3) months within a rolling period of six (6) months.',
      'The prices stated in the order are fixed prices.',
      'Provider will not invoice any hours beyond the Fee Cap unless the Fee Cap is increased by a change order signed by both parties.',
    ],
    termsOf,
  );

  itFinds(
    [
      // Still a price reduction where a price is what falls.
      ['C discount', 'Provider grants Customer a 10% reduction in the Monthly Charges for 2026.'],
      ['C discount', 'Provider grants Customer 10% off list price for the Renewal Term.'],
      // Still an extra where the one it is done for does not pay.
      ['C free-scope', 'Provider shall at its own cost provide two additional training days to Customer in 2026.'],
      // Still a goodwill credit note.
      [
        'C credit',
        'As a gesture of goodwill, Provider shall issue to Customer a one-time credit note of $6,000 against the first invoice of the second Contract Year.',
      ],
      // A tier reached, as a condition that pays for a rebate.
      [
        'B volume-commitment',
        "If Customer's total purchases in a Contract Year are 600 MT or more, Provider shall grant Customer a rebate of 1.5% of the Net Invoice Value.",
      ],
      // Writing up the other party's story is a permission that party gives.
      ['B testimonial', "Provider may publish a case study describing Customer's use of the Services."],
      ['B testimonial', 'Customer agrees that Provider may write up the rollout as a case study.'],
      // A letter's contractions read as the words they stand for.
      ['C price-protection', "Provider won't increase the fees during the Renewal Term."],
      [
        'C price-protection',
        "Customer's monthly retainer fee stays at £18,500 plus VAT for the whole eighteen months.",
      ],
      // An amendment's words swapped in the payment and service credit clauses.
      [
        'C payment-terms',
        'In clause 11.2 (Invoicing), the words "monthly in advance" shall be deleted and replaced with the words "monthly in arrears".',
      ],
      [
        'C payment-terms',
        'In clause 11.5 (Payment), the words "within thirty (30) days of receipt of a Valid Invoice" shall be deleted and replaced with the words "within sixty (60) days of receipt of a Valid Invoice".',
      ],
      [
        'B prepayment',
        'In clause 11.5 (Payment), the words "within thirty (30) days of receipt of a Valid Invoice" shall be deleted and replaced with the words "within ten (10) Working Days of receipt of a Valid Invoice".',
      ],
      [
        'C credit',
        'In paragraph 4.2 of Schedule 5 (Service Levels and Service Credits), the words "five per cent (5%) of the Monthly Charges" shall be deleted and replaced with the words "ten per cent (10%) of the Monthly Charges".',
      ],
      // A shortfall excused, time to pay given in a letter's words or a sponsor's instalments, a reduction of a sum.
      [
        'C waiver',
        'The failure of Customer to deliver at least 5,000 of these records shall not be deemed a breach of this Agreement.',
      ],
      [
        'C payment-terms',
        'Provider will also allow Customer to defer payment of invoice BT-10517 until August 31, 2025.',
      ],
      [
        'C payment-terms',
        'Customer may instead pay the amount due in three equal instalments on June 1, 2025, August 1, 2025 and November 15, 2025.',
      ],
      [
        'C discount',
        'Provider grants Customer a reduction of Twenty-Five Thousand Dollars ($25,000) in the Sponsorship Fee for the 2025 Event.',
      ],
      [
        'C waiver',
        'Notwithstanding any provision of the Agreement, no Royalties or Service Fees will be payable to Provider hereunder in connection with any Sale of prototype or sample Licensed Products.',
      ],
      // A letter's cap on increases, and free work done at the giver's expense, said first.
      [
        'C price-protection',
        'Year 2 and Year 3 pricing will go up by no more than 3% a year (the MSA currently allows up to 7%).',
      ],
      [
        'C free-scope',
        "At Provider's expense and no additional charge to Customer, Provider will provide Customer with remote integration assistance.",
      ],
      // A release given as the price of the other side's concession is a give-back, not a concession.
      [
        'B other',
        'As consideration for the waiver of the Renewal Fee under Section 2, Customer releases and forever discharges Provider from all claims arising on or before the date of this Addendum.',
      ],
      [
        'B volume-commitment',
        "In consideration of Provider's waiver of the Transition Fee under Clause 7.4, Customer commits to a minimum aggregate spend under this Agreement of INR 60,00,00,000 over the first three (3) Contract Years.",
      ],
      // Interest that does not run over the time given to pay is part of that time.
      [
        'C payment-terms',
        'Customer may pay each undisputed invoice within ninety (90) days of receipt instead of the period stated in Clause 8.2, and no interest shall accrue during that extended period.',
      ],
      // A sponsor's next season is a renewal.
      [
        'B term-extension',
        'In exchange for the First-Year Reduction, Customer shall serve as presenting sponsor of the 2026 edition of the Event.',
      ],
      // Still given by the party that takes part.
      ['B testimonial', 'Customer shall participate in a case study about its deployment.'],
    ],
    termsOf,
  );

  it('balances a rebate by the tier the buyer reaches', () => {
    const r = contract(
      "1. If Customer's total purchases in a Contract Year are 600 MT or more, Provider shall grant Customer a rebate of 1.5% of the Net Invoice Value.",
    );
    assert.deepEqual(findings(r), []);
  });

  it('balances a discount by a subscription of a stated size signed as its condition', () => {
    const r = contract(
      "1. If, within forty-five (45) days after the Pilot ends, Customer signs Provider's Subscription Agreement for at least ten (10) depots, Provider will reduce its list subscription fee by twenty-five percent (25%) for the first twelve months.",
    );
    const commitment = r.terms.find((t) => t.kind === 'volume-commitment')!;
    assert.equal(by(r, commitment), 'Customer');
    assert.deepEqual(findings(r), []);
  });

  it('reads a release traded for a concession as the give-back only', () => {
    assert.deepEqual(
      termsOf(
        'As consideration for the waiver of the Renewal Fee under Section 2, Customer releases and forever discharges Provider from all claims arising on or before the date of this Addendum.',
      ),
      ['B other'],
    );
    assert.deepEqual(
      termsOf(
        'Customer may pay each undisputed invoice within ninety (90) days of receipt instead of the period stated in Clause 8.2, and no interest shall accrue during that extended period.',
      ),
      ['C payment-terms'],
    );
  });

  it('ties "the Premium Support concession above" to that concession only', () => {
    const r = contract(
      '1. During Year 1 only, Customer may activate up to 150 Named Users above the 1,200 licensed, at no charge.',
      '',
      '2. Premium Support is included at no charge for the Subscription Term.',
      '',
      '3. In exchange for the Premium Support concession above, Customer will act as a reference customer.',
    );
    assert.deepEqual(
      r.judgements.map((j) => j.status),
      ['unbalanced', 'balanced'],
    );
    // Leaving without the price of leaving is the exit's own term, not free scope.
    assert.deepEqual(
      termsOf(
        "Customer may terminate this Agreement on ninety (90) days' notice without payment of the Termination Fee.",
      ),
      ['C exit-flexibility'],
    );
  });

  it('balances free users by an option to extend the customer exercises as their condition', () => {
    const r = contract(
      '1. Provider shall provide up to 150 Additional Named Users at no charge for the remainder of the Initial Period, provided that Customer has, no later than 31 March 2025, given written notice exercising the Optional Extension Period.',
    );
    assert.deepEqual(findings(r), []);
  });

  it('has the party whose shortfall is excused receive the waiver', () => {
    const r = contract(
      '1. The failure of Customer to deliver at least 5,000 of these records shall not be deemed a breach of this Agreement.',
    );
    const waiver = r.terms.find((t) => t.kind === 'waiver')!;
    assert.deepEqual([by(r, waiver), to(r, waiver)], ['Provider', 'Customer']);
  });

  it('reads the parties of an email from the domains of its headers', () => {
    const r = review(
      lines(
        '**From:** Priya Raman <priya.raman@fenwickhale.co.uk>',
        '**To:** Marco Bellini <marco.bellini@lumenstack.io>',
        '**Subject:** RE: renewal call recap',
        '',
        'Hi Marco,',
        '',
        '1. Lumenstack will apply a 14% discount off list to the Enterprise tier, in exchange for Fenwick Hale signing a three-year renewal term.',
        '',
        "2. We're open to a case study once the integration is live.",
      ),
    );
    assert.deepEqual(
      r.parties.map((p) => [p.name, p.pronouns[0]]),
      [
        ['Fenwick Hale', 'we'],
        ['Lumenstack', 'you'],
      ],
    );
    assert.deepEqual(findings(r), []);
    const caseStudy = r.terms.find((t) => t.kind === 'testimonial')!;
    assert.equal(caseStudy.type === 'benefit' && caseStudy.binding, false);
  });

  it('gives a landlord’s letter its roles: "We write to you as landlord (the "Landlord")"', () => {
    const r = review(
      lines(
        '**CASTLEGATE ESTATES LIMITED**',
        '',
        'The Directors',
        'Brindle & Pike Studio Limited',
        '',
        'Dear Sirs',
        '',
        '1.1 We write to you as landlord under the Lease (the "Landlord") and you are the tenant under the Lease (the "Tenant").',
        '',
        '1.2 The Landlord will pay to the Tenant a capital contribution of £165,000 plus VAT towards the cost of the Tenant’s Works (the "Contribution"), conditional on:',
        '',
        '(a) the Tenant procuring that its parent company enters into a deed of guarantee of the Tenant’s obligations under the Lease.',
        '',
        'Yours faithfully',
        '',
        'For and on behalf of **Castlegate Estates Limited**',
      ),
    );
    const landlord = r.parties.find((p) => p.aliases.includes('Landlord'))!;
    assert.equal(landlord.side, 'payee');
    assert.ok(landlord.pronouns.includes('we'));
    // The contribution is paid for by the guarantee it is conditional on.
    assert.deepEqual(
      r.judgements.map((j) => j.status),
      ['balanced'],
    );
  });

  it('balances a tier table’s rebates by the band the buyer reaches', () => {
    const r = contract(
      '## 8. Volume rebate',
      '',
      "8.1 Where Customer's Qualifying Throughput in a Contract Quarter reaches a band in the table below, Provider shall grant Customer a rebate equal to the stated percentage of the handling charges.",
      '',
      '| Band | Qualifying Throughput per Contract Quarter | Rebate |',
      '|---|---|---|',
      '| A | Below 9,000 pallets | Nil |',
      '| B | 9,000 to 13,499 pallets | 1.5% |',
      '| C | 13,500 pallets and above | 2.5% |',
    );
    assert.deepEqual(findings(r), []);
  });

  it('ties a reference to a clause the text numbers without its middle level ("7.3 (a)" read as 7.3)', () => {
    const r = contract(
      '7.3 (a) Until 31 December 2025:',
      '',
      '(i) this clause applies to all Goods; and',
      '',
      '(ii) the Free Storage Period applicable to such Goods is extended from seven (7) days to twenty-one (21) days.',
      '',
      '11.1 In consideration of the extended Free Storage Period under clause 7.3(a)(ii), Customer appoints Provider as its exclusive provider of warehousing services for the Initial Term.',
    );
    assert.deepEqual(findings(r), []);
  });

  it('reads a sentence a page break cut twice as one', () => {
    const r = contract(
      '      2.4   CONTINUOUS  OPERATION.  Customer  shall  continuously  operate the Restaurant, failing which Provider shall be',
      '',
      '                                      3',
      '',
      'entitled to all rights and remedies available under Section 17.2. However, in the event that any temporary closing or discontinuance of',
      '',
      '',
      '',
      'operation permitted under this Section 2.4 exceeds 180 days, Provider shall have the right to terminate this Agreement.',
    );
    assert.deepEqual(findings(r), []);
  });

  it('reads a case study a letter lets the writer publish as the reader’s give-back', () => {
    const r = review(
      lines(
        '# Renewal letter',
        '',
        'We are writing on behalf of Northwind Software Ltd ("we", "us") to confirm the renewal of your subscription with Harbor Foods Inc. ("you").',
        '',
        '1. We will waive the onboarding fee of £3,000 for the renewal term.',
        '',
        '2. You agree that we may write up your deployment as a case study.',
      ),
    );
    const caseStudy = r.terms.find((t) => t.kind === 'testimonial')!;
    assert.equal(by(r, caseStudy), 'Harbor Foods Inc.');
    assert.equal(caseStudy.type === 'benefit' && caseStudy.binding, true);
  });

  describe('an exit on the holder’s own shortfall', () => {
    it('is an easier exit, not a remedy', () => {
      assert.deepEqual(
        termsOf(
          'Provider may terminate this Agreement immediately upon written notice to Customer in the event that Provider fails to achieve a design-win pipeline of at least ten customers by the second anniversary.',
        ),
        ['C exit-flexibility'],
      );
    });
    it('stays a remedy on the other side’s failure, on force majeure, and where the holder judges the other’s use', () => {
      for (const clause of [
        'Provider may terminate this Agreement immediately upon written notice in the event that Customer fails to pay any undisputed invoice within thirty days.',
        'Provider may terminate this Agreement if Provider is prevented by force majeure from performing for more than ninety days.',
        "Provider shall have the right, at its sole option, to terminate the trademark licence if Provider, in its sole discretion, determines that Customer's use of the Marks is in violation of this Agreement.",
      ])
        assert.deepEqual(termsOf(clause), [], clause);
    });
  });

  it('names the parties of attached terms of sale by side: Buyer pays, Seller is paid', () => {
    const r = review(
      lines(
        '# Distribution Agreement',
        '',
        'This Agreement is between Nanoco Corporation ("Nanoco"), the supplier, and Catalog Company, Inc. ("Catalog"), its distributor, which buys the Products for resale.',
        '',
        '1. Catalog shall pay Nanoco the prices in Schedule A within thirty (30) days of invoice.',
        '',
        '## Schedule B Terms and Conditions of Sale',
        '',
        "1. Buyer, for itself and its insurers, expressly waives any and all limitations or liability caps on Buyer's contribution liability to Seller.",
      ),
    );
    const waiver = r.terms.find((t) => t.kind === 'waiver')!;
    assert.equal(by(r, waiver), 'Catalog');
  });
});
