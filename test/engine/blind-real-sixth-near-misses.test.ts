import { PREAMBLE, itFinds, itReadsNothing, termsOfClause } from '../helpers/contract.js';

// Issue 16: the sentences a maintainer wrote to break the rules of the sixth to seventeenth blind-labelled real sets and
// of the twenty-third blind synthetic set (blind-real-sixth.test.ts, blind-synthetic-tenth.test.ts).
const termsOf = (clause: string): string[] => termsOfClause(PREAMBLE, clause);

describe('a maintainer’s near misses for the rules of the sixth to seventeenth real sets', () => {
  itReadsNothing(
    [
      // What liability clauses say of every claim: losses excluded or capped, the sole remedy, notice, forum, double
      // or insured recovery, others' people, a no-challenge, a carve-out.
      'Customer shall not bring any claim against Provider for loss of profits, loss of revenue or any indirect or consequential loss.',
      'Customer shall not make any claim against Provider for service failures except for the Service Credits set out in Schedule 3, which are Customer’s sole and exclusive remedy.',
      'Customer shall not bring any claim against Provider for an amount in excess of the liability cap in clause 12.',
      'Customer shall not make any claim against Provider unless it has given written notice of the claim within thirty (30) days of becoming aware of it.',
      'Customer shall not bring any claim against Provider once twelve (12) months have elapsed from the date of the relevant Deliverable.',
      'Customer shall not bring any action against Provider in any court other than the courts of England and Wales.',
      'Customer shall not make any claim against Provider for any loss to the extent Customer has recovered that loss under its insurance policies.',
      'Customer shall not bring any action against Provider challenging the validity or enforceability of the Licensed Patents.',
      "Customer shall not assert any claim against Provider's licensors or hosting providers in connection with the Services.",
      'Nothing in this Agreement means that Customer shall not bring any claim against Provider for fraud or wilful misconduct.',
      // Billing in advance with nothing traded for it.
      'In consideration of the Services, Customer shall pay the Fees annually in advance.',
      // A quotation's validity, indexed rates, a fee schedule replaced on notice, a survival clause.
      'The prices in this Quotation remain valid for six (6) weeks from the date of issue.',
      'The Rates remain in effect throughout the Term, subject to annual indexation under clause 7.3.',
      "The Fee Schedule remains in effect until replaced by a new Fee Schedule issued by Provider on 30 days' notice.",
      // A disagreement escalated; indexation kept.
      'Provider must not escalate a disagreement about the Charges to the Executive Board until the Project Managers have met.',
      'Provider shall not escalate the Fees except in accordance with clause 7 (CPI Adjustment).',
      // When an exit takes effect is no lock-in.
      'Provider will not terminate this Agreement until the expiry of the cure period in clause 12.2.',
      // Liquidated damages kept, by a procedure, a cap or the prevention principle.
      'Customer shall not deduct, set off or otherwise recover any liquidated damages from sums due to Provider except in accordance with the procedure in clause 15.',
      'Customer shall not apply liquidated damages in excess of ten percent (10%) of the Contract Sum.',
      'Customer shall not levy liquidated damages for any delay caused by Customer or its other contractors.',
      // A price list; usage that triggers overage; a set-off against credits.
      'Volume pricing is available at as low as $4.00 per unit to all customers ordering more than 10,000 units.',
      "If Customer's usage is at least 120% of the Committed Volume in any quarter, Provider may invoice the excess at the Overage Rate.",
      'Customer may reduce the next instalment of the Fees by the amount of any Service Credits accrued.',
    ],
    termsOf,
  );
  itFinds(
    [
      // The same give-ups in other common wordings.
      [
        'C waiver',
        'Provider agrees not to bring any claim against Customer in respect of the cost overrun on Phase 1.',
      ],
      [
        'C waiver',
        'Provider shall not make any claim whatsoever against Customer in respect of the delayed site access in Phase 1.',
      ],
      [
        'C waiver',
        'Provider will not seek to recover from Customer the costs of the aborted site visit on 14 March 2025.',
      ],
      [
        'C waiver',
        "Provider will not hold Customer responsible for any delay caused by Customer's late delivery of the migration data.",
      ],
      ['C waiver', 'Provider will not pursue Customer for the unpaid balance of the 2024 invoices.'],
      // Free extras however their sentence places them in the service.
      [
        'C free-scope',
        'As a goodwill gesture, Provider will provide forty (40) hours of consulting at no additional charge beyond the Subscription Fee.',
      ],
      [
        'C free-scope',
        'As a goodwill gesture, a second production environment will form part of the Services at no extra cost until 30 June 2026.',
      ],
      [
        'C free-scope',
        'The Services include Premium Support (ordinarily priced at $12,000 per year) at no charge from 1 July 2025.',
      ],
      ['C free-scope', 'The Services include twenty (20) complimentary training days during the Renewal Term.'],
      // A late-payment rate cut below the legal maximum; a royalty holiday beside a timing rule.
      [
        'C discount',
        'For invoices issued in 2025, interest on late payments will be charged at the lower rate of 4% per annum instead of the highest rate permitted under clause 8.2.',
      ],
      [
        'C waiver',
        'No royalties shall be payable on the first 5,000 units sold, nor on any units sold in a territory until regulatory approval for that territory has been received by Customer.',
      ],
      // A reseller's margin raised for a while; a lock-in by other modals.
      [
        'C discount',
        'During Q4 2025 the Reseller Discount will be 40% off the list price rather than the standard 30%.',
      ],
      ['B term-extension', 'Customer may not terminate this Agreement for convenience before 31 December 2027.'],
      [
        'B term-extension',
        'Customer undertakes not to cancel the Subscription before the third anniversary of the Effective Date.',
      ],
      // A support target is no failure; a misrepresentation claim reserved is no ground.
      [
        'C free-scope',
        'For the 2026 Contract Year, Provider will provide Premium Support free of charge so that response times for Priority 1 incidents do not exceed 30 minutes.',
      ],
      [
        'C exit-flexibility',
        "Customer may terminate this Agreement on 60 days' notice after 1 January 2026, without prejudice to any claim for misrepresentation.",
      ],
    ],
    termsOf,
  );
});

// A second maintainer's sentences against the rules of the twenty-third to twenty-sixth synthetic sets and real sets 18
// to 21.
describe('a second maintainer’s near misses for the rules of the twenty-fourth to twenty-sixth synthetic sets', () => {
  itReadsNothing(
    [
      // Ordinary payment, billing timing, remittance mechanics, agreed fees.
      'Customer shall pay the balance of the Fees in full, in a single remittance, no later than fourteen (14) days after completion of the Services.',
      'Provider shall not render an invoice to Customer for the Milestone 2 fee until Customer has accepted the Milestone 2 Deliverables in writing.',
      'Provider shall collect the licence fees from end users and remit the Net Receipts to Customer within thirty (30) days after each quarter, without deducting any bank charges.',
      'Provider will pass through third-party licence costs to Customer at cost, without applying any handling charge.',
      'Provider shall pay Customer’s share of the Net Revenue each quarter without taking any fees or commissions other than those set out in Schedule 2.',
      // A debt settled, a guarantee kept, a sole remedy, a negation.
      'Payment by Customer to the Assignee of any sum due under this Agreement shall discharge Customer from liability for that sum.',
      'Each Service Credit paid by Provider discharges Provider from liability for the Service Level Failure to which it relates.',
      'Nothing in this Agreement requires Provider to forgo the Peak Season Surcharge for any booking.',
      // A quantity's tolerance; a quotation held open; a deposit held; costs passed on.
      'Delivery shall be deemed complete where the quantity delivered does not exceed the quantity ordered by more than five percent (5%).',
      'Provider will hold the quoted price of $4,050.00 for fourteen (14) days from the date of this quotation, after which the quotation lapses.',
      'Provider shall hold the booking fee of $5,000 as security for Customer’s obligations and shall return it within 30 days after the Event.',
      'Provider shall not absorb any increase in the price of raw materials, and any such increase shall be passed through to Customer.',
      // A minimum adjusted for a short year, a force majeure or a failure.
      'If this Agreement ends part-way through a Contract Year, the Minimum Annual Commitment for that Contract Year shall be decreased by one-twelfth for each full month remaining.',
      'To the extent a Force Majeure Event prevents Customer from accepting deliveries, the guaranteed purchase quantity shall be lowered by the quantity affected.',
      // Photographs for a report, for security, for insurance.
      'Customer agrees that Provider may photograph the Premises before and after installation for the purpose of preparing the condition report.',
      'Customer agrees that Provider may film the loading bay for security purposes and retain the footage for thirty (30) days.',
      // Billing milestones and cancellation charges.
      'Provider will invoice fifty percent (50%) of the applicable Fee Schedule rates on signature of each Statement of Work and the balance on completion.',
    ],
    termsOf,
  );
  itFinds(
    [
      [
        'C price-protection',
        'The rates set out in Schedule 2 are fixed prices for the duration of the Initial Term and the first Renewal Term.',
      ],
      [
        'C waiver',
        'Provider hereby waives its rights to the intellectual property royalties accrued for the first and second quarters of 2025.',
      ],
      [
        'C waiver',
        'Customer shall not be required to pay any Subscription Fees for the additional fifty (50) seats, which Customer may use for the purposes of evaluation until 31 December 2026.',
      ],
      [
        'C free-scope',
        'Provider will carry out, at no additional cost, the data migration, which would otherwise form part of Customer’s obligations under the Statement of Work.',
      ],
      [
        'C waiver',
        'Customer may suspend payments of the Monthly Fee for July and August 2026, and no interest shall accrue on the suspended amounts.',
      ],
      [
        'B publicity',
        'Provider will not charge for the Stage 1 site inspections. In return, Customer agrees that Provider may photograph the completed Stage 1 works and refer to the Project on its website.',
      ],
    ],
    termsOf,
  );
});
