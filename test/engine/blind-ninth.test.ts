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
        '# Data Processing Addendum',
        '',
        PREAMBLE,
        '',
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
