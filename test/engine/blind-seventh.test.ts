import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import {
  PREAMBLE,
  benefits,
  concessions,
  contract,
  itFinds,
  itReadsNothing,
  lines,
  partiesOf,
  statusOf,
  termsOfClause,
} from '../helpers/contract.js';

// Issue 16: the classes of a seventh round of blind sets — real fund, escrow and services exhibits, and synthetic
// amendments, order forms, leases, letters and change requests written in unusual styles — with their near misses.
const termsOf = (clause: string): string[] => termsOfClause(PREAMBLE, clause);

describe('the classes of the seventh round of blind sets', () => {
  itReadsNothing(
    [
      // A fund's own offering documents handed to its distributor, as a maker's sales literature.
      'Provider shall provide Customer at no charge with as many printed copies of the current prospectus as Customer may reasonably request.',
      'Provider shall provide Customer at no charge with copies of the proxy statements and Fund reports to shareholders in such quantity as Customer shall reasonably require.',
      // A fee that runs on after the end is paid at the rate of that day: no price held.
      'Customer shall remain obligated to pay Provider the fee in effect as of the date of termination for so long as shares are held by the Accounts.',
      // Staffing kept, and a cap on credits, are not volume nor price.
      'Customer shall maintain not fewer than two sales representatives.',
      'Any adjustment to the Service Credits will be limited to 10% of the monthly fees.',
      // A shorter warranty than the standard is no risk taken; a rebate paid as a credit note is the rebate's form.
      'Provider warrants the Software for thirty (30) days instead of the standard twelve (12) months.',
      'Rebates are calculated within thirty (30) days after the end of each Quarter and issued as a credit note against future purchases.',
      // Both sides' use of each other's interfaces, once they agree to it later: an agreement to agree.
      "Upon the Parties' mutual agreement, and without additional licensing fees, Customer may also use Provider's API services, and Provider may use Customer's APIs.",
      // An exit a platform's end user holds is not the parties' (a translated ride-hailing collaboration). Its "most
      // favorable treatment" for them stays read: CUAD's lawyers mark it most-favoured-nation.
      'If the vehicle is not delivered on time, the Driver User is entitled to terminate the Financial Leasing Agreement on 7 days’ notice.',
      // A longer notice swapped in, the service performed at the fees, instalments with no standard to depart from.
      'Clause 24.4 (termination by Customer without cause on three months\' written notice) is amended by replacing "three months\'" with "six months\'".',
      'In clause 31.1 of the Contract, the words "three (3) months\' written notice" are replaced with "six (6) months\' written notice".',
      'Provider will perform the Services without any increase to the Fees caused by the change in law.',
      'Provider will invoice the Annual Fee in four equal quarterly instalments.',
      // A status lost is no give-back: "the exclusive supplier rights … shall become non-exclusive".
      "If Provider fails to meet the Minimum Order, the exclusive supplier rights granted pursuant to Article 2 shall, upon Customer's sole election, immediately become non-exclusive.",
    ],
    termsOf,
  );
  itFinds(
    [
      // "Waiver" as the name a defined term ends with is no anti-waiver wording.
      [
        'C waiver',
        'Provider shall waive its advisory fee or reimburse Customer an amount (defined as "Expense Waiver") sufficient to produce a Net Investment Income of zero.',
      ],
      [
        'C waiver',
        'Provider will not bill Customer the $18,000 implementation fee listed for the Dock Scheduling module.',
      ],
      ['C waiver', 'Customer waives any right to compensation for the late delivery of the Products.'],
      // A distributor's waiver of what the law of its territory would pay it on the end of the deal is a claim given up
      // (sentences.json s028), though a blind lawyer on one set called it the form's own end.
      [
        'C waiver',
        'Except as set forth in paragraph 5.3, Customer waives any right to the renewal of this Agreement or to any damages or compensation for any expiration or termination of the Term in accordance with this Section 5.',
      ],
      // Increases capped however the cap is put.
      [
        'C price-protection',
        'Any annual adjustment Provider makes to its fees under Section 6.4 during the Extended Term will be limited to three percent (3%) of the fees in effect for the preceding Contract Year.',
      ],
      ['C price-protection', 'No adjustment under clause 2.1 may exceed 2.5% in any Licence Year.'],
      [
        'C price-protection',
        'Provider shall ensure that no Price exceeds the Price in force on the Variation Date by more than 4%.',
      ],
      [
        'C credit',
        'For the hypercare period only, the maximum amount at risk for service credits under Schedule 5 is raised from ten percent (10%) to fifteen percent (15%) of the monthly charges.',
      ],
      // Give-backs in the words drafters use for them.
      [
        'B term-extension',
        'In consideration of Section 3.2, Customer extends the term of SOW-3 by twelve (12) months, so that SOW-3 now expires on 31 March 2027.',
      ],
      [
        'B volume-commitment',
        'In exchange for the reduced unit price, Customer commits to maintain not fewer than 120 Agent licences throughout the Subscription Term.',
      ],
      [
        'B volume-commitment',
        'In return, Customer undertakes to call off at least 12,000 units of the Products per contract year.',
      ],
      [
        'B other',
        'Provider shall have the option to recover the full amount waived, paid or reimbursed by Provider on any day on which the Net Investment Income exceeds zero.',
      ],
      // A credit given in recognition of an outage, beyond the service credits due, is no remedy.
      [
        'C credit',
        "Provider will issue a one-off credit of £4,800 against Customer's next invoice in recognition of the disruption caused by the cooling plant outage on 11 March 2025.",
      ],
      [
        'C credit',
        'During the first six (6) months after the Cutover Date, Provider will pay twice the Service Credits shown in the table above.',
      ],
      // A liability cap that replaces a lower one; a warranty in months replacing one in days.
      [
        'C risk',
        "Provider's aggregate liability in any contract year is limited to two hundred percent (200%) of the fees paid under this SOW, which replaces, for this SOW only, the limit of one times annual fees in Section 12.2 of the MSA.",
      ],
      [
        'C risk',
        "Clause 11.2 is varied so that Provider's warranty against Defects runs for twelve (12) months from Go-Live, instead of the ninety (90) days stated in that clause.",
      ],
      [
        'C free-scope',
        'During the first Licence Year only, Provider will make a further 25 Named User licences available to Customer without any additional Licence Fee.',
      ],
      // Scope cut with its charge given up.
      [
        'C exit-flexibility',
        "At any time after 30 September 2026, Customer may reduce the number of cabinets it takes in Hall B by up to four (4) cabinets on ninety (90) days' notice, without paying any early termination charge under Clause 19.4.",
      ],
      [
        'C exit-flexibility',
        "Customer may reduce the dedicated SOW-3 team by up to two (2) FTE on thirty (30) days' written notice, and no descoping charge under Schedule 7 will apply to that reduction.",
      ],
      ['B volume-commitment', 'Customer orders six (6) additional 42U cabinets in Hall B, rows K and L.'],
      // A ninth set's: a notice shortened by an amendment's words, payment put off or split, credits doubled, part cancelled.
      [
        'C exit-flexibility',
        'Clause 24.4 of the Contract (termination by Customer without cause on six months\' written notice) is amended by replacing "six months\'" with "three months\'".',
      ],
      [
        'C payment-terms',
        'Invoices are payable within thirty (30) days of receipt, as the MSA provides, except that Customer may pay the M3 invoice up to sixty (60) days after receipt.',
      ],
      ['C payment-terms', 'For the first renewal year Customer may instead pay the invoice in two equal halves.'],
      ['C credit', 'Provider will pay Service Credits under item 6.2 at double the percentage stated there.'],
      [
        'C exit-flexibility',
        "Customer may cancel up to three Services during the Minimum Term, for any reason, on 30 days' notice.",
      ],
      [
        'B term-extension',
        'The Contract Period, which would otherwise expire on 31 March 2025, is extended so that it now expires on 31 March 2027.',
      ],
      // An eighth set's give-backs: a lease term extended by name, an option exercised, seats kept, coverage maintained.
      [
        'B term-extension',
        'Customer agrees to extend the Sublease Term for twenty-four (24) months beyond its current expiration.',
      ],
      [
        'B term-extension',
        'Customer hereby exercises its option under Clause 4.2 of the Contract to extend the Contract Period by twenty-four (24) months.',
      ],
      [
        'B volume-commitment',
        'In return for the reduced Platform price in Section 4.1, Customer commits to keep no fewer than 1,400 Member Seats in force for the rest of the Subscription Term.',
      ],
      [
        'B term-extension',
        'Customer commits to maintain coverage on all seats in lines 1 and 2 for the full three-year coverage period shown above.',
      ],
      [
        'C exit-flexibility',
        'Customer may, on one occasion only, move the event to another available date within twelve (12) months without paying any cancellation fee.',
      ],
      [
        'C credit',
        'For the Service Year beginning 1 April 2026, the Service Credit applicable to each Critical Service Level Failure listed in Table 2 of Schedule 2.2 (Performance Levels) shall be increased from two and a half per cent (2.5%) to five per cent (5%) of the Monthly Service Charge.',
      ],
      [
        'C exit-flexibility',
        'Customer may cancel confirmed Call-offs free of charge up to twenty (20) working days before the confirmed delivery date.',
      ],
      // An amendment's words swapped for a shorter notice; a minimum brought down from one amount to another.
      [
        'C exit-flexibility',
        'In clause 31.1 of the Contract, the words "six (6) months\' written notice" are replaced with "three (3) months\' written notice".',
      ],
      [
        'C exit-flexibility',
        'The minimum annual volume of purchases fixed by Article 6.3 of the Agreement for the year 2025 is brought from €2,500,000 to €2,200,000 excluding VAT.',
      ],
      ['C free-scope', 'From the Variation Date, Provider will perform them without any increase to the Monthly Fee.'],
      [
        'C payment-terms',
        'For this renewal Provider will instead bill the platform fee in four equal quarterly instalments, each payable 30 days after the invoice date.',
      ],
      [
        'C waiver',
        "Provider normally charges a one-off onboarding fee of £1,200. Provider won't be charging it on this occasion.",
      ],
    ],
    termsOf,
  );

  it('reads a price table: a price below its list price, a row at nil, a goodwill credit row', () => {
    const r = review(
      lines(
        'This Order Form is between CallHarbor Inc. ("CallHarbor") and Dunmore Insurance Ltd ("Customer").',
        '',
        '| Item | Description | Qty | Unit list price (annual) | Unit price this Order | Annual amount |',
        '| --- | --- | --- | --- | --- | --- |',
        '| CX-AGT | Agent licence | 120 | $1,140.00 | $912.00 | $109,440.00 |',
        '| CX-WFM | Workforce Management | 120 | $300.00 | $300.00 | $36,000.00 |',
        '| CX-QA | AI Quality Monitoring (Year 1) | 40 | $420.00 | $0.00 — pilot, no charge | $0.00 |',
        '| PS-STD | Onboarding (one-time) | 1 | $22,000.00 | $23,000.00 | $23,000.00 |',
        '| CR-GW | Goodwill credit against first annual invoice | — | — | — | ($10,000.00) |',
      ),
    );
    // The price at list and the one above it are the deal.
    assert.deepEqual(concessions(r), [
      'discount CallHarbor->Customer',
      'free-scope CallHarbor->Customer',
      'credit CallHarbor->Customer',
    ]);
  });

  it('ties a give-back to the term its words describe best, not to every term that shares some of them', () => {
    const r = review(
      lines(
        'This Order Form is between CallHarbor Inc. ("CallHarbor") and Dunmore Insurance Ltd ("Customer").',
        '',
        '| Item | Description | Qty | Unit list price (annual) | Unit price this Order |',
        '| --- | --- | --- | --- | --- |',
        '| CX-AGT | CallHarbor Agent licence | 120 | $1,140.00 | $912.00 |',
        '',
        '4.1 In exchange for the reduced Agent licence unit price on line CX-AGT, Customer commits to maintain not fewer than 120 Agent licences throughout the Subscription Term.',
        '',
        '5.2 CallHarbor will not invoice Agent licence fees for the first sixty (60) days after the Go-Live Date, and the Year 1 invoice for line CX-AGT will be reduced pro rata.',
      ),
    );
    assert.equal(statusOf(r, 'discount'), 'balanced');
    assert.equal(statusOf(r, 'waiver'), 'unbalanced');
  });

  it('prices a return of stock by its restocking fee, and a rebate by the purchases it waits on', () => {
    const r = contract(
      '1. For each Quarter in which Customer’s Net Purchases exceed USD 1,500,000, Provider will pay Customer a volume rebate equal to three percent (3%) of the Net Purchases for that Quarter.',
      '',
      '2. Within thirty (30) days after the end of each Quarter, Customer may return for credit unsold Products in their original packaging, subject to a restocking fee of fifteen percent (15%) of the credited amount.',
    );
    assert.equal(statusOf(r, 'discount'), 'balanced');
    assert.equal(statusOf(r, 'exit-flexibility'), 'balanced');
    const waived = contract(
      '1. Customer may return unsold Products for full credit, without deducting the fifteen percent (15%) restocking fee.',
    );
    assert.equal(statusOf(waived, 'exit-flexibility'), 'unbalanced');
  });

  it('reads a cancellation free of charge as the exit alone, not free extra scope too', () => {
    assert.deepEqual(
      termsOf('Customer may cancel confirmed Call-offs free of charge up to twenty (20) working days before delivery.'),
      ['C exit-flexibility'],
    );
  });

  it('reads a shipper as the party that pays, so a carrier’s rebate flows to it, and a rebate paid by credit note once', () => {
    const r = review(
      lines(
        'This Agreement is between Laurentian Freightways Inc. (the "Carrier") and Pemberton Home Goods Ltd. (the "Shipper").',
        '',
        '4.1 The Shipper shall tender to the Carrier at least one thousand five hundred (1,500) loads in each Contract Year.',
        '',
        "4.2 In return, the Carrier will pay the Shipper a rebate of three percent (3%) of the linehaul charges paid for that Contract Year's loads.",
        '',
        "4.3 The Carrier will pay the rebate by credit note against the Shipper's open invoices.",
      ),
    );
    assert.deepEqual(concessions(r), ['discount Carrier->Shipper']);
    assert.equal(statusOf(r, 'discount'), 'balanced');
  });

  it('reads a series a party contracts for as that party', () => {
    assert.deepEqual(
      partiesOf(
        'This Agreement is made by and between Advantus Capital Management, Inc. (the "Investment Adviser") and Securian Funds Trust (the "Trust"), a Delaware statutory trust, on behalf of the Trust\'s Advantus Money Market Fund (the "Fund").',
      ),
      ['Advantus Capital Management, Inc. [Investment Adviser]', 'Securian Funds Trust [Trust, Fund]'],
    );
  });

  it('balances a fee waived by the waiving party’s right to recover it', () => {
    const r = contract(
      '1. Expense Waiver.',
      '',
      '1.1 If the Net Investment Income on any day is below zero, Provider shall waive its advisory fee for that day.',
      '',
      '1.2 Provider shall have the option to recover the full amount waived on any later day on which the Net Investment Income exceeds zero.',
    );
    assert.deepEqual(benefits(r), ['other Customer->Provider binding']);
    assert.equal(statusOf(r, 'waiver'), 'balanced');
  });

  it('reads an exit at the option of any party as both parties’ own', () => {
    const r = contract(
      "1. This Agreement shall terminate (a) at the option of any party, upon 90 days' advance written notice to the other parties; or (b) on a material breach not cured within ten days.",
    );
    assert.deepEqual(concessions(r), ['exit-flexibility both->both']);
    assert.equal(statusOf(r, 'exit-flexibility'), 'mutual');
  });

  it('prices a tenant’s exit by its fee, and counts a landlord naming its tenant in its marketing', () => {
    const lease = (publicity: string): ReturnType<typeof review> =>
      review(
        lines(
          'This Second Amendment is made between Acme Towers LLC ("Landlord") and Beta Analytics Inc. ("Tenant").',
          '',
          '7.1 Tenant shall have a one-time right to terminate the Lease effective as of March 31, 2027.',
          '',
          "7.2 Tenant's exercise of the termination right is conditioned upon Tenant paying Landlord, together with its notice, a termination fee equal to three months of Base Rent.",
          '',
          '8.1 During the Extension Term Landlord will provide Tenant with four (4) reserved parking spaces at no charge.',
          '',
          `8.2 ${publicity}`,
        ),
      );
    const marketed = lease(
      "Tenant agrees that Landlord may identify Tenant by name as an occupant of the Building in Landlord's leasing and marketing materials.",
    );
    assert.equal(statusOf(marketed, 'exit-flexibility'), 'balanced');
    assert.deepEqual(benefits(marketed), ['other Tenant->Landlord binding', 'publicity Tenant->Landlord binding']);
    assert.equal(statusOf(marketed, 'free-scope'), 'balanced');
    // The building's directory is a landlord's service to its tenants, not publicity.
    const listed = lease(
      'Landlord shall identify Tenant by name as an occupant of the Building in the lobby directory.',
    );
    assert.equal(statusOf(listed, 'free-scope'), 'unbalanced');
  });

  it('reads a letter’s renewal agreed as a give-back, and a polite request as optional', () => {
    const r = review(
      lines(
        'Fernhill Digital Ltd ("we", "us") writes to Pinecrest Credit Union ("you") about the renewal of our Agreement.',
        '',
        'You have agreed to renew for twenty-four months, from March 1, 2025 through February 28, 2027. In return, we will keep your per-member rate at $1.10 for that whole period.',
        '',
        'We would be grateful if you would consider acting as a reference for other credit unions.',
      ),
    );
    assert.deepEqual(benefits(r), [
      'term-extension Pinecrest Credit Union->Fernhill Digital Ltd binding',
      'reference Pinecrest Credit Union->Fernhill Digital Ltd optional',
    ]);
    assert.equal(statusOf(r, 'price-protection'), 'balanced');
  });
});
