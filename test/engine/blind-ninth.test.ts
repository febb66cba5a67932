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

// Issue 16: the classes of a ninth round of blind sets — real outsourcing, supply, franchise and agency exhibits, and
// synthetic variations, side letters, change notes and letters — with their near misses.
const termsOf = (clause: string): string[] => termsOfClause(PREAMBLE, clause);

/** The opening of a data processing addendum that a side letter follows. */
const DPA_OPENING = lines('# Data Processing Addendum', '', PREAMBLE, '');

describe('the classes of the ninth round of blind sets', () => {
  itReadsNothing(
    [
      // Rights that arise on the other side's failure or a regulator's order against it are remedies.
      'Provider may terminate this Agreement in the event that settlement remains unfunded by Customer for two business days.',
      'Customer may terminate this entire Agreement without payment of the Termination Fee within thirty (30) days following the date that Provider is subject to a formal cease and desist order.',
      'Licensor may terminate this Attachment immediately upon written notice in the event that Licensor learns of any unauthorized use, reproduction or distribution of its intellectual property by Customer.',
      'Data lost by Provider following receipt shall be restored by Provider from its backup media at no additional charge to Customer.',
      'During interruption of Services, the payment by Customer for interrupted Services shall be abated.',
      'If the implementation is delayed beyond April 3, 1999 by Provider, then Provider shall continue to provide the Services to Customer at no cost.',
      'Provider may end the engagement at any time for just cause without notice.',
      // Negated: a discount declared unavailable, and a reservation of rights.
      "Early-Pay Discount. Provider's 1% ten-day early-payment discount is not available on purchases under this Agreement.",
      'Save as expressly set out in this document, nothing in it releases or waives any right or remedy of either party under the Contract.',
    ],
    termsOf,
  );

  itFinds(
    [
      [
        'C payment-terms',
        'Clause 6.2 is amended by deleting "30 days from the end of the month of invoice" and inserting "60 days from the end of the month of invoice".',
      ],
      ['C discount', 'Provider will reduce the Principal Rent payable for the Premises by 50% for the Works Period.'],
      [
        'C discount',
        'The Development Fee for each of Restaurants No. 3 through No. 8 is reduced from Thirty Thousand Dollars ($30,000) to Twenty Thousand Dollars ($20,000) per Restaurant.',
      ],
      [
        'B exclusivity',
        'Customer will not list or sell products in the Exclusive Category on any other online marketplace serving shoppers in the United States.',
      ],
      [
        'B exclusivity',
        'In consideration of clause 5.2, Customer will buy all moulded fibre punnets it requires for its Griffith and Mildura packhouses exclusively from Provider.',
      ],
      [
        'B other',
        'In consideration of the liability position in paragraph 1, the Annual Subscription Fee under the MSA is increased by nine per cent (9%).',
      ],
    ],
    termsOf,
  );

  it('reads a swap of payment days the other way as no longer terms, and states the new period', () => {
    assert.deepEqual(
      termsOf(
        'Clause 6.2 is amended by deleting "60 days from the end of the month of invoice" and inserting "30 days from the end of the month of invoice".',
      ),
      [],
    );
    const r = contract(
      'Clause 6.2 is amended by deleting "30 days from the end of the month of invoice" and inserting "60 days from the end of the month of invoice".',
    );
    assert.match(findings(r)[0]!, /payment terms of 60 days/);
  });

  it('reads a fee raised in consideration of a liability position as what is paid for it, not a higher cap', () => {
    const r = contract(
      'Notwithstanding clause 12.2, Provider’s liability to Customer for loss arising from a Personal Data Breach shall be unlimited. In consideration of the liability position in this clause, the Annual Subscription Fee is increased by nine per cent (9%).',
    );
    assert.deepEqual(findings(r), []);
    assert.deepEqual(
      r.terms.filter((t) => t.type === 'concession').map((t) => t.kind),
      ['risk'],
    );
  });

  it('reads a waiver each party gives after a run of adverbs as mutual', () => {
    const r = contract(
      'Tort Claim Waiver. Each party hereby knowingly, voluntarily, and intentionally waives any right to recover from the other party any economic losses in any action brought under tort theories.',
    );
    const waiver = r.terms.find((t) => t.kind === 'waiver')!;
    assert.equal(waiver.by, 'both');
    assert.deepEqual(findings(r), []);
    // One party's adverbs leave it the one that waives.
    const one = contract(
      'Customer expressly and knowingly waives any claim against Provider arising from the delayed rollout.',
    );
    const given = one.terms.find((t) => t.kind === 'waiver')!;
    assert.equal(by(one, given), 'Customer');
  });

  it('ties a rebate to the new exclusive agreement it waits on', () => {
    const r = contract(
      'Customer shall receive a rebate of a portion of any Termination Fee paid by Customer in the event that Customer shall enter into a new exclusive agreement with Provider to receive the Services within six (6) months following termination.',
    );
    assert.deepEqual(findings(r), []);
  });

  it('has the party whose commitment it is give it, and the one that consents to publishing give the case study', () => {
    const r = contract(
      "The Renewal Annual Fees reflect a discount of five percent (5%), which Provider grants in exchange for Customer's commitment to the full thirty-six (36) month Renewal Term.",
    );
    const term = r.terms.find((t) => t.type === 'benefit')!;
    assert.deepEqual([term.kind, by(r, term), to(r, term)], ['term-extension', 'Customer', 'Provider']);
    assert.deepEqual(findings(r), []);
    const study = contract('Customer consents to Provider publishing one case study describing the Program.');
    const given = study.terms.find((t) => t.type === 'benefit')!;
    assert.deepEqual([given.kind, by(study, given), to(study, given)], ['testimonial', 'Customer', 'Provider']);
  });

  it('reads a definition an amendment restates in quotes as a definition, not a discount', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '1.2 Section 1.9 of the Agreement is amended and restated as follows:',
        `"'Discount' means the percentage reduction from List Price, as set forth in`,
        'Exhibit B, at which Customer purchases Licenses for resale to End Users."',
      ),
    );
    assert.deepEqual(r.terms, []);
  });

  it('gives a letter’s writer and reader the roles its pronoun definitions name', () => {
    const r = review(
      lines(
        'Dear Sirs',
        '',
        '**Lease dated 25 March 2019 between Westgate Arcade Nominees Limited and Pemberton Books Limited (the "Lease")**',
        '',
        'We act as managing agent for Westgate Arcade Nominees Limited, the landlord under the Lease. In this letter "we", "us" and "our" mean the landlord acting through Carrick & Lowe, and "you" and "your" mean Pemberton Books Limited as tenant under the Lease.',
        '',
        '2.1 We will let you use promotional kiosk space K3 free of charge, provided that you are not then in breach of the Lease.',
      ),
    );
    const roles = Object.fromEntries(r.parties.map((p) => [p.pronouns[0], `${p.role} ${p.side}`]));
    assert.deepEqual(roles, { we: 'landlord payee', you: 'tenant payer' });
    // A condition that the tenant is not in breach is no remedy trigger: the free kiosk is conceded.
    const kiosk = r.terms.find((t) => t.kind === 'free-scope')!;
    assert.deepEqual([r.parties.find((p) => p.id === kiosk.by)?.role], ['landlord']);
  });

  it("makes a franchisor's counterpart the payer, whatever word names it", () => {
    const r = review(
      lines(
        'THIS AMENDMENT is entered into by BRIGHTWATER BOWLS FRANCHISING, LLC ("Franchisor") and REDWATER RESTAURANT GROUP, LLC ("Developer").',
        '',
        '2.1 The Development Fee for each Restaurant is reduced from Thirty Thousand Dollars ($30,000) to Twenty Thousand Dollars ($20,000).',
        '',
        '4.1 In consideration of the reduced Development Fee under Section 2.1, Developer shall cause its Principal to execute and deliver to Franchisor the Personal Guaranty in the form attached as Exhibit C.',
      ),
    );
    const developer = r.parties.find((p) => p.aliases.includes('Developer'))!;
    assert.equal(developer.side, 'payer');
    assert.deepEqual(findings(r), []);
    assert.ok(r.terms.some((t) => t.type === 'benefit' && t.kind === 'other'));
  });

  it('numbers a side letter after a rule afresh, not under the last heading of the document before it', () => {
    const r = review(
      lines(
        DPA_OPENING,
        '## 12. Governing Law',
        '',
        '12.1 This DPA is governed by the laws of Ireland.',
        '',
        '---',
        '',
        'Dear Niamh,',
        '',
        '1. **Audit costs.** Provider waives its right to reimbursement of its costs of one on-site audit in each Contract Year.',
        '',
        '2. **Renewal.** Customer shall renew the subscription for a renewal term of thirty-six (36) months.',
      ),
    );
    // Paragraphs 1 and 2 of the letter are sections of their own: the renewal in 2 does not tie the waiver in 1.
    assert.equal(findings(r).length, 1, findings(r).join('\n'));
    assert.ok(!r.clauses.some((c) => c.number === '12.2'));
  });
});

describe('the classes of the ninth round: correspondence, held prices and change notes', () => {
  itReadsNothing(
    [
      // A question or a request in the correspondence before the terms grants nothing; nor does a discount kept as it was.
      'Could Provider hold its 2026 prices for next year?',
      "We'd also like to move to 60-day payment terms, and to ask whether the plates for the four new designs could be waived.",
      'The 4% volume discount on runs above 250,000 labels stays exactly as it is in the price list.',
      // A cap on fees is no liability cap; a fee settled for each quarter is an accounting cycle, not payment terms.
      'Provider will not invoice any hours beyond the Fee Cap unless the Fee Cap is increased by a change order signed by both parties.',
      'Provider shall pay Customer an administrative fee equal to three percent (3.0%) of net purchases, payable quarterly within forty-five (45) days after the end of each quarter.',
      // A cheaper source found is no price cut; a quotation held open, or prices held for days, are no price protection.
      'In the event Provider can purchase the same parts through Customer Designated Suppliers at lower costs, Provider will identify those reduction opportunities to Customer.',
      'Provider will hold the prices in its Quotation for 30 days.',
      'Provider will hold its prices for thirty (30) days.',
    ],
    termsOf,
  );

  itFinds(
    [
      [
        'C price-protection',
        'Provider will hold the prices in price list HL-2026-B for all orders delivered between 1 January and 31 December 2027.',
      ],
      ['C price-protection', 'Provider will hold its prices for 2027.'],
      [
        'C waiver',
        'Provider will not recover from Customer, through the service charge or otherwise, any part of the cost of the Works.',
      ],
    ],
    termsOf,
  );

  it('has the one who provides free passes give them, whatever preposition follows the other party', () => {
    const r = contract(
      'Customer shall provide to Provider during each month of the Term 25 complimentary Theatre passes.',
    );
    const passes = r.terms.find((t) => t.kind === 'free-scope')!;
    assert.deepEqual([by(r, passes), to(r, passes)], ['Customer', 'Provider']);
  });

  it("reads an email's headers as headers, and its numbered points as terms", () => {
    const r = review(
      lines(
        'From: Tom Hargreaves <tom.hargreaves@hollinlabel.co.uk>',
        'To: Priya Nandakumar <priya.nandakumar@bellweatherbrewing.co.uk>',
        'Subject: RE: 2027 pricing – price hold, case study & reference',
        '',
        'Priya,',
        '',
        'Once you reply "agreed", this email varies the Supply Terms between Hollin Print & Label Ltd ("Hollin") and Bellweather Craft Brewing Co. Ltd ("Bellweather").',
        '',
        '1. **2027 price hold.** Hollin will hold the prices in price list HL-2026-B for all orders delivered in 2027.',
      ),
    );
    // The subject line names what the email is about: the only price protection is point 1's.
    assert.deepEqual(
      r.terms.map((t) => `${t.kind} ${r.text.slice(0, t.start).split('\n').length}`),
      ['price-protection 9'],
    );
  });

  it('numbers a change note under its own prefix, so a reference in CN-3 ties the concessions of CN-3', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '**CN-3 SERVICE CREDITS**',
        '',
        'CN-3.3 The Service Credit Cap in paragraph 3.4 of Schedule 2.2 is increased from twelve per cent (12%) to eighteen per cent (18%) of the Monthly Service Charges.',
        '',
        'CN-3.5 Customer shall act as a reference site for Provider and shall take up to two (2) reference calls in each Contract Quarter.',
      ),
    );
    assert.ok(r.clauses.some((c) => c.number === 'cn-3.5'));
    assert.deepEqual(findings(r), []);
    // Cited as the change note writes it.
    const cited = review(
      lines(
        PREAMBLE,
        '',
        'CN-4.1 Provider shall deliver a two-day workshop for up to fifteen (15) Customer staff, free of charge.',
        '',
        'CN-4.2 Customer may, at its discretion, give a written testimonial about the workshop.',
      ),
    );
    assert.match(
      cited.findings.find((f) => f.ruleId === 'non-binding-give-back')?.message ?? '',
      /clause CN-4\.1|section CN-4\.1|Section CN-4\.1/,
    );
    // An identifier in a sentence is no clause number.
    assert.ok(
      !review(lines(PREAMBLE, '', 'SL-04 and SL-05 are measured monthly.')).clauses.some((c) =>
        c.number?.startsWith('sl-'),
      ),
    );
  });
});

describe('the ninth round: parties and references a letter of award or a variation names', () => {
  it('reads a purchasing group as the party, not the lot it awards nor its members', () => {
    const r = review(
      lines(
        'Re: Letter of Award — RFP No. THPA-26-014, Surgical Drapes, Gowns and Wound Closure (the "Category")',
        '',
        'Dear Ms. Gallardo:',
        '',
        'Tarrant Health Purchasing Alliance, LLC, acting on behalf of itself and its participating acute-care member facilities (the "Participating Members") (together, "THPA"), is pleased to notify Calverton Surgical Products, Inc. ("Calverton" or "Supplier") that it has been selected for award in the Category.',
      ),
    );
    assert.deepEqual(
      r.parties.map((p) => p.name),
      ['Tarrant Health Purchasing Alliance, LLC', 'Calverton Surgical Products, Inc.'],
    );
  });

  it('files a clause number another document has under that document, not as one this contract lacks', () => {
    for (const sentence of [
      'The repayment terms in section 4.2 of that policy apply if you resign within the first year.',
      'Although paragraph 2.9 of Schedule 4 to the Lease would allow the Landlord to recover the cost of improvements, it will not.',
      'Except as varied by this deed, the Supply Agreement remains in full force and effect, including clause 14 (Termination).',
    ]) {
      const r = contract(sentence);
      assert.deepEqual(findings(r, 'dangling-reference'), [], sentence);
      assert.ok(
        r.references.every((ref) => ref.external),
        sentence,
      );
    }
  });
});

describe('the ninth round: a second synthetic read', () => {
  itReadsNothing(
    [
      // A request in correspondence; a rebate paid on a missed target; what a free item is worth restricted.
      'We would also be grateful if the CAM charges for those two months could be waived.',
      'If Provider fails to achieve that target in any quarter, Provider will pay Customer the KPI rebate calculated in accordance with Schedule 4.',
      'Complimentary rooms under Section 4.1 have no cash value and may not be exchanged.',
    ],
    termsOf,
  );

  it('reads a credit note issued for a charge waived as the waiver’s form, not a second concession', () => {
    assert.deepEqual(
      termsOf(
        'Provider waives that Shortfall Charge in full and will issue a credit note for it within 14 days after the Effective Date.',
      ),
      ['C waiver'],
    );
  });

  it('ties a fee raised for a liability position in a side letter to that paragraph, not the addendum’s', () => {
    const r = review(
      lines(
        DPA_OPENING,
        '## 1. Scope',
        '',
        '1.1 This DPA applies to Personal Data processed under the Agreement.',
        '',
        '---',
        '',
        'Dear Niamh,',
        '',
        "1. **Liability.** Provider's liability to Customer for loss arising from a Personal Data Breach shall be unlimited.",
        '',
        '2. **Fee.** In consideration of the liability position in paragraph 1, the Annual Subscription Fee is increased by nine per cent (9%).',
      ),
    );
    assert.deepEqual(findings(r), []);
    assert.deepEqual(findings(r, 'untied-give-back'), []);
  });
});

describe('the ninth round: a renewal at today’s prices', () => {
  itFinds(
    [
      [
        'C price-protection',
        'This Agreement shall automatically renew at the end of the Initial Term on the same terms (including pricing terms) for one additional period of two years.',
      ],
      ['C price-protection', 'Customer may renew the subscription at the same prices for a further year.'],
    ],
    termsOf,
  );
  // The boilerplate renewal names no price.
  itReadsNothing(
    ['This Agreement shall automatically renew for successive one-year terms on the same terms and conditions.'],
    termsOf,
  );
});
