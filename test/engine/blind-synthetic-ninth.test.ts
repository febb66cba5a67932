import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { PREAMBLE, itFinds, itReadsNothing, lines, partiesOf, termsOfClause } from '../helpers/contract.js';

// Issue 16: the classes of the seventeenth to twentieth blind sets, each with the near misses that bound it.
const termsOf = (clause: string): string[] => termsOfClause(PREAMBLE, clause);

describe('the classes of the seventeenth to twentieth blind sets', () => {
  itFinds(
    [
      ['C price-protection', 'No Indexation shall be applied to the Fees for the first two Contract Years.'],
      ['C price-protection', 'The Fees shall not be subject to indexation during the Initial Term.'],
      ['C price-protection', 'No increase shall be made to the Charges before 1 January 2028.'],
      ['C payment-terms', 'Customer may make payment of each invoice within ninety (90) days of receipt.'],
      [
        'C risk',
        'Provider warrants the Equipment for a period of twenty-four (24) months from delivery, in place of the standard twelve (12) month warranty.',
      ],
      ['C risk', 'The Warranty Period shall be 36 months rather than 12 months.'],
      ['C price-protection', 'No fuel surcharge shall be applied to flights operated before November 30, 2025.'],
      ['C discount', 'Provider shall rebate $150 for every Occupied Hour flown in the second Contract Year.'],
      ['C waiver', 'Provider will absorb any peak season surcharges on up to 30 of the containers.'],
      [
        'C free-scope',
        'Provider will provide to Customer without tuition fee, at a Provider designated training site, the required courses.',
      ],
      [
        'C risk',
        'Provider’s liability for loss of cargo is ordinarily limited as stated in its published tariff. For cargo carried under this Agreement, Provider accepts liability for the full replacement value, up to $2,000,000 per flight.',
      ],
      [
        'C risk',
        'Under the Forwarding Conditions our liability is limited as stated in them. For these shipments, Provider will accept liability of up to USD 60,000 per container.',
      ],
      [
        'C risk',
        'Notwithstanding the foregoing, the foregoing limitation on liability shall not be applicable in respect of any liability of Provider resulting from a breach of Section 6.2.',
      ],
      ['C waiver', 'Customer will not apply any abatement under clause 7.2 in respect of the first two months.'],
      [
        'C waiver',
        'Provider will not claim interest or compensation for late payment on any invoice that Customer pays within sixty (60) days.',
      ],
      ['C waiver', 'Customer shall not deduct or claim liquidated damages in respect of the five (5) days of delay.'],
      ['C waiver', 'The Venue will not charge corkage on up to 48 bottles of wine supplied by the headline sponsor.'],
      [
        'C waiver',
        'Provider will not charge Customer’s royalty account for any alterations made in first-pass proofs.',
      ],
      ['C waiver', 'Provider forgoes its share of the first €40,000 of Validated Savings in each Contract Year.'],
      [
        'C price-protection',
        'Despite clause 5.1, the non-labour component of the Contract Sum, including consumables, is fixed for the whole Term.',
      ],
      [
        'C price-protection',
        'Renewals of subscriptions sold in 2025 will be invoiced to Customer at its 2025 buy price rather than the 2026 buy price.',
      ],
      [
        'C payment-terms',
        'The standard deposit is 30% of the Hire Fee. For this booking, the deposit payable on signature is reduced to 15% of the Hire Fee.',
      ],
      [
        'C payment-terms',
        'Customer shall pay each invoice, other than any amount disputed in good faith under Section 7.8, within ninety (90) days after receipt.',
      ],
      [
        'C risk',
        'Provider’s standard warranty period is 90 days from first access; for Customer, that warranty continues for the whole of the Term.',
      ],
      [
        'C risk',
        'Provider will indemnify Customer against claims arising from a defect, and that indemnity will apply even where the negligence of Customer or its staff contributed to the loss.',
      ],
      ['C risk', 'Provider agrees to an increase in its liability cap for Data Incidents.'],
      [
        'C credit',
        'For the first Contract Year only, the Service Credit Cap shall be raised to fifteen per cent (15%) of the Monthly Fee.',
      ],
      [
        'C discount',
        'For the first ninety (90) days, Provider will apply an introductory markup of 1.33 in place of the standard markup in Exhibit B.',
      ],
      [
        'C exit-flexibility',
        'Customer may disconnect up to fifteen percent (15%) of its locations during the Initial Term free of any early termination charge.',
      ],
      [
        'B volume-commitment',
        'Customer commits to billed MRCs of not less than forty-eight thousand dollars ($48,000) per month.',
      ],
      [
        'B volume-commitment',
        'Customer commits that Provider’s Implants will make up not less than seventy per cent (70%) by value of Customer’s purchases.',
      ],
      [
        'B reference',
        'Customer will act as a referee for Provider in up to three tenders for retail cleaning contracts.',
      ],
      [
        'B term-extension',
        'Customer extends the term of all remaining Services by twelve (12) months beyond the Initial Term.',
      ],
      ['B exclusivity', 'Customer grants Provider an exclusive option to acquire Customer’s next book-length work.'],
      ['B prepayment', 'Customer will pay the hero film fee of €27,500 in full on signature of this SOW.'],
      // Paid sooner than the contract's own timing is a prepayment, not payment terms.
      [
        'B prepayment',
        'Customer shall pay the Fees in full within thirty (30) days of the Effective Date rather than 4 quarterly instalments.',
      ],
      ['B publicity', 'Customer consents to Provider naming Customer in its published client list.'],
      [
        'C waiver',
        'Provider waives the requirement for Customer to post any letter of credit until the first anniversary.',
      ],
      [
        'B prepayment',
        'Provided that Customer pays the Agreed Variation Sum in full within fourteen (14) days of this Agreed Variation, rather than through the next Interim Payment, Provider shall not charge for the scaffold.',
      ],
      // Real exhibits read blind: a price increase capped, costs kept out of the rates, fees named as waived.
      [
        'C price-protection',
        'After the second year, Provider may increase the fee once a year, provided that such increase may not exceed twenty percent (20%).',
      ],
      [
        'C price-protection',
        'The costs of any expansion shall not be rolled into the rates for the existing capacity.',
      ],
      [
        'C free-scope',
        'Customer may place up to 100 listings a month on the Site without having to pay any listing fee, closing value fee or other fee.',
      ],
      ['B publicity', 'Customer will include a "powered by Provider" tag on the Products.'],
      // Sets 21 and 22.
      [
        'C payment-terms',
        'Statements dated in 2025 may be settled within 60 (sixty) days of statement date rather than the period in clause 6.2.',
      ],
      [
        'C price-protection',
        'Provider agrees not to apply indexation to any of the Charges on the first or second anniversary.',
      ],
      ['C price-protection', 'The desk rate stays at S$780 for the entire Term.'],
      ['C price-protection', 'None of our charges under the Agreement will increase before 1 April 2027.'],
      ['C price-protection', 'Provider shall refrain from any indexation of the Rates for the calendar year 2027.'],
      ['C price-protection', 'The fuel surcharge shall in no event exceed $0.62 per mile.'],
      [
        'C credit',
        'For the first Contract Year, the Service Credit percentage in paragraph 2.1 shall be 4% rather than 2%.',
      ],
      ['C waiver', 'Provider will not charge the winter collection levy to Customer for the 2025/26 Season.'],
      ['C waiver', 'Customer shall not assess that chargeback against Provider.'],
      ['C free-scope', 'Provider will make up to four advisory visits to the Site without charging Customer.'],
      [
        'C free-scope',
        'We will carry out the migration without charging our standard project day rate of £850 per engineer day.',
      ],
      [
        'C free-scope',
        'Provider will include two hot-desk passes for visiting colleagues and won’t bill you for them.',
      ],
      [
        'C payment-terms',
        'We will defer twenty percent (20%) of each Phase 2 installment, without interest, until June 30, 2027.',
      ],
      [
        'B term-extension',
        'Because Customer has signed up for the full 18-month Term, Provider will not charge the fee for April 2025.',
      ],
      ['B exclusivity', 'Customer awards Provider sole-source status for wound-closure Products.'],
      [
        'B exclusivity',
        'In exchange for Customer designating Provider as its preferred outside counsel, Provider will apply a discount of 8%.',
      ],
      [
        'B publicity',
        'In consideration of the deferral in Section 5.2, Customer consents to Provider listing Customer as a client in its practice materials.',
      ],
      ['B publicity', 'Customer may identify Provider by name and logo as a research partner.'],
      ['B testimonial', 'Customer’s participation as a panelist at Provider’s annual IP Litigation Summit.'],
      ['B testimonial', 'Customer will leave a review on Google within 30 days.'],
      ['B volume-commitment', 'Customer shall hold and pay for no fewer than 1,200 Pallet Places per week.'],
      [
        'B volume-commitment',
        'Provider will waive the levy on condition that Customer supplies at least 18,000 kgMS of Milk in each of June and July.',
      ],
      [
        'B prepayment',
        'The discount applies on condition that Customer pays the entire reduced fee for 2025 in one sum by 31 January 2025.',
      ],
      [
        'B prepayment',
        'Provider waives the option fee in consideration of Customer paying the first two installments in advance.',
      ],
      [
        'B prepayment',
        'Provider shall waive that option fee, conditional on Customer paying the first two (2) installments of the Research Funding in advance.',
      ],
      // A fifth real set: an exit when the parties fail to agree; a fee named at length and not applied.
      [
        'C exit-flexibility',
        'Should the Parties fail to reach a mutually agreeable solution within thirty (30) days, Customer may terminate this agreement with ten (10) business days’ written notice.',
      ],
      [
        'C waiver',
        'Additionally, no Business Entity Start Up Service Fees will be applied to new Business Entities electing the ULTD Pricing option.',
      ],
      // A trigger that overlaps another (" list" and "list ") still opens its cue.
      ['B publicity', 'Provider may list Customer as a customer in its tender submissions.'],
      // Tying words no comma closes end where the main clause starts.
      [
        'B exclusivity',
        'In consideration of that increased limit Customer designates Provider as its preferred supplier for the Term.',
      ],
    ],
    termsOf,
  );

  itReadsNothing(
    [
      // A price changed only by agreement or by the contract's own mechanism is the deal.
      'No increase shall be made to the Charges unless agreed in writing by both parties.',
      'No escalation shall apply to the Fees except as set out in Schedule 2.',
      // An adjustment may go either way.
      'No adjustment shall be made to the Fees for any change in the scope of the Services.',
      // Thirty days is ordinary time to pay; a shorter warranty is no concession.
      'Customer may make payment within thirty (30) days.',
      'The Warranty Period shall be 6 months rather than 12 months.',
      // A remedy: equipment out of use, a licence lost.
      'If an assigned Aircraft is unserviceable, Provider shall provide a substitute aircraft at no additional cost to Customer.',
      'Customer may terminate immediately if Provider’s Air Operator Certificate is suspended or cancelled.',
      // A negated pair of verbs; a standing limit with no standard before it; an exit fee kept.
      'Provider cannot waive or absorb detention charges levied by the shipping line.',
      'Provider accepts liability of up to $1,000,000 for all claims arising under this Agreement.',
      'Customer may terminate this Agreement without termination fee if Provider fails to meet the Service Levels.',
      // A remedy: the other side's work unsatisfactory, a delay's damages run out, a replacement's fee passed on.
      'If Customer notifies Provider that an Assigned Employee’s performance is unsatisfactory, Provider will not bill Customer for those hours.',
      'Delay damages of $150 per day apply for up to 180 days; thereafter Customer may terminate and draw on the Development Security.',
      'Provider will make reasonable efforts to re-let the Spaces and will credit Customer with any hire fee received from a replacement booking.',
      // Payments that end with the term they price; a fixed price changed only by variation; a lapsed introductory price.
      'Upon Expiration of this Agreement, no royalties shall be payable by Customer on the sale of a Licensed Product.',
      'The Contract Sum is fixed and is not subject to adjustment except by Variation.',
      'The introductory pricing that applied under the pilot Order Form expired on 28 February 2025.',
      // A discount in a promotion's offer to its audience; a duty to return data put as a waiver; a defined Credit
      // Period; a capacity, not a cap.
      'Provider shall offer in any membership offer provided pursuant to this Agreement a minimum discount of 20% on any products.',
      'Provider shall not, and hereby forever waives any and all right to, refuse to return Personal Information to enforce any alleged payment obligation.',
      'No payment shall be payable to Provider until the expiration of the applicable Credit Period with respect to such Prepaid Transportation Credits.',
      'If the requests are, in aggregate, less than or equal to the Unsubscribed Capacity, each shipper’s volume commitment shall be increased by its request.',
      // The other side changing hands or trade.
      'Customer may terminate this Agreement in its sole discretion if Provider’s business model changes such that the Service is no longer its primary line of business.',
      'Customer shall have the right to terminate this Agreement upon notice to Provider in the event that a Change of Control Event with respect to Provider occurs.',
      // The other side failing a requirement is a remedy's trigger; no interest on capital is a joint venture's terms.
      'If Provider fails to reach the requirements in Customer’s evaluation, Customer may terminate this Agreement.',
      'No borrowing charge or loan interest will be due or payable to any Participant on its agreed Capital Contribution.',
      // Liability the law leaves uncapped; history recalled; a default status.
      'Provider shall be liable without limitation for intent and gross negligence.',
      'You will recall that on the 2022 matter we extended a courtesy reduction of ten percent (10%) on our final invoice.',
      'Provider may place Customer’s agency in default status if an invoice remains unpaid.',
      // A bond for an injunction is procedure.
      'Each party waives any requirement for the other party to post a bond or other security in connection with injunctive relief.',
      // A brand that names a piece of work; a form's label; a wish.
      'One half-day brand strategy workshop with Customer’s marketing and e-commerce leads.',
      'Company Name: Acme Software, Inc.  Marketing Affiliate Name: Globex Retail Ltd',
      // How long a duty lasts is no term of the deal.
      'The disclosees are bound by written obligations of confidentiality and non-use having a minimum term of two (2) years.',
      // An advance against royalties in an original deal is its economics.
      'Customer shall pay to Provider, as an advance of royalties anticipated to be paid hereunder, $100,000 each quarter.',
    ],
    termsOf,
  );

  it('reads an amendment’s royalty advance as prepayment, its later payment date and its cap carve-out', () => {
    const text = lines(
      '# First Amendment to Distributor Agreement',
      '',
      'This First Amendment amends the Distributor Agreement between Acme Corp. ("Licensor") and Beta LLC ("Licensee").',
      '',
      '1. Section 3.2 is amended to read: Licensee shall pay to Licensor, as an advance (a "Royalty Advance") of royalties anticipated to be paid hereunder, $250,000 each quarter. Royalty payments in excess of the Royalty Advances shall be payable on the later of (i) sixty           (60) days after the date of the applicable invoice or (ii) five (5) business days after receipt.',
      '',
      '2. Section 13.1 is amended by adding: Notwithstanding the foregoing, the foregoing limitation on liability shall not be applicable in respect of any liability of Licensor resulting from a breach of Section 6.2.',
    );
    const r = review(text);
    assert.deepEqual(
      r.terms.map((t) => `${t.type === 'benefit' ? 'B' : 'C'} ${t.kind}`),
      ['B prepayment', 'C payment-terms', 'C risk'],
    );
    assert.deepEqual(
      r.judgements.map((j) => j.status),
      ['balanced', 'unbalanced'],
    );
  });

  it('reads a wish as optional and a lettered part’s table rows as separate provisions', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '## Part A — Key Terms',
        '',
        '| Term | Provision |',
        '|---|---|',
        '| Exit | Customer may terminate this Agreement for convenience on ninety (90) days’ notice. |',
        '| Publicity | Customer permits Provider to use Customer’s name and logo in its customer list. |',
        '',
        'If Customer is open to it, we’d love to feature the rollout as a joint case study next year.',
      ),
    );
    assert.deepEqual(
      r.judgements.map((j) => j.status),
      ['unbalanced'],
    );
    const caseStudy = r.terms.find((t) => t.kind === 'testimonial');
    assert.ok(caseStudy?.type === 'benefit' && !caseStudy.binding, JSON.stringify(caseStudy));
  });

  it('ties an amendment’s inserted section to the concession its lead-in names', () => {
    const r = review(
      lines(
        '# Amending Agreement No. 3',
        '',
        'BETWEEN:',
        '',
        '**MAPLECREST TECHNOLOGY SERVICES INC.**, a corporation existing under the laws of Ontario (the "**Supplier**")',
        '',
        '– and –',
        '',
        '**NORTHERN HARBOUR CREDIT UNION LIMITED**, a credit union existing under the *Credit Unions Act, 2020* (Ontario) (the "**Customer**")',
        '',
        '## 6. Limitation of Liability',
        '',
        '6.1 The Supplier agrees to an increase in its liability cap for Data Incidents.',
        '',
        '## 7. Client List',
        '',
        '7.1 In exchange for the increased Data Incident cap under Section 6 of this Amending Agreement, the following is added to the Agreement as Section 22.4:',
        '',
        '> "22.4 **Client List.** The Customer consents to the Supplier naming the Customer in the Supplier\'s published client list."',
      ),
    );
    assert.deepEqual(
      r.parties.map((p) => p.aliases[0]),
      ['Supplier', 'Customer'],
    );
    assert.deepEqual(
      r.judgements.map((j) => j.status),
      ['balanced'],
    );
  });

  it('reads an amendment’s restated end date as a term extension, not an original’s', () => {
    const amendment = lines(
      '# Amendment No. 2 to the Manufacturing and Supply Agreement',
      '',
      'This Amendment No. 2 amends the Manufacturing and Supply Agreement between Acme Corp. ("Supplier") and Beta LLC ("Customer").',
      '',
      '1. Section 12.1 is deleted and replaced by: "12.1 Term. The initial term of this Agreement shall expire on 31 December 2024."',
    );
    assert.deepEqual(
      review(amendment).terms.map((t) => `${t.type} ${t.kind}`),
      ['benefit term-extension'],
    );
    assert.deepEqual(termsOf('The initial term of this Agreement shall expire on 31 December 2024.'), []);
  });

  it('reads a filing’s sections all numbered "1." as sections of their own', () => {
    const r = review(
      lines(
        'RESELLER AGREEMENT    This agreement is between Acme Corp. ("Provider") and Beta LLC ("Reseller").',
        '',
        '1. Branding  Reseller will include a "powered by Provider" tag on the Products.',
        '',
        '1. Training  There will be no charge for the initial training of Reseller personnel.',
      ),
    );
    assert.deepEqual(
      r.judgements.map((j) => j.status),
      ['unbalanced'],
    );
  });

  it('takes the parties a letter defines with commas inside the quotes, and those defined by name further in', () => {
    assert.deepEqual(
      partiesOf(
        lines(
          'Thank you for selecting Whitcombe Ashford LLP ("the Firm," "we" or "us") to represent Calloway Industrial Holdings, Inc. ("the Company" or "you").',
          '',
          '1. The Company will pay the Firm a monthly fee.',
        ),
      ),
      ['Whitcombe Ashford LLP [Firm]', 'Calloway Industrial Holdings, Inc. [Company]'],
    );
    assert.deepEqual(
      partiesOf(
        lines(
          'entered into between',
          '',
          '**MOGALE PLATINUM MINES (PTY) LTD** (Registration No. 2003/018842/07)',
          '',
          'and',
          '',
          '**THABO INDUSTRIAL CONSUMABLES (PTY) LTD** (Registration No. 1998/006731/07)',
          '',
          '## 1. INTERPRETATION',
          '',
          '1.1.7 "Purchaser" means Mogale Platinum Mines (Pty) Ltd, and includes its operations;',
          '',
          '1.1.9 "Supplier" means Thabo Industrial Consumables (Pty) Ltd.',
        ),
      ),
      ['MOGALE PLATINUM MINES (PTY) LTD [Purchaser]', 'THABO INDUSTRIAL CONSUMABLES (PTY) LTD [Supplier]'],
    );
    assert.deepEqual(
      partiesOf(
        lines(
          '**KESSLER PROZESSTECHNIK GMBH**, a company organized under the laws of Germany, hereinafter referred to simply as "**LICENSOR**"; and',
          '',
          '**AGROVERDE PROCESSAMENTO S.A.**, a corporation with head office in Uberaba, hereinafter referred to simply as "**LICENSEE**";',
          '',
          '1. LICENSEE shall pay LICENSOR the royalties.',
        ),
      ),
      ['KESSLER PROZESSTECHNIK GMBH [LICENSOR]', 'AGROVERDE PROCESSAMENTO S.A. [LICENSEE]'],
    );
  });

  it('takes a party defined with its closing quote lost', () => {
    const parties = partiesOf(
      lines(
        'RESELLER AGREEMENT',
        '',
        'McDATA CORPORATION ("McDATA)          "RESELLER"  MTI TECHNOLOGY CORPORATION',
        '',
        'THE EFFECTIVE DATE OF THIS RESELLER AGREEMENT SHALL BE: Sept 29, 2004',
        '',
        '1. McDATA will ship the Products. Reseller shall pay McDATA the fees.',
      ),
    );
    assert.ok(parties.includes('McDATA CORPORATION [McDATA]'), parties.join('; '));
  });
});
