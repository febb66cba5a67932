import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { PREAMBLE, concessions, contract, itFinds, itReadsNothing, lines, termsOfClause } from '../helpers/contract.js';

// Issue 16: the sentences a maintainer wrote to break the rules of the seventeenth to twentieth blind sets and of the
// blind-labelled real exhibits (blind-synthetic-ninth.test.ts); each must stay silent or keep its real term.
const termsOf = (clause: string): string[] => termsOfClause(PREAMBLE, clause);
describe('a maintainer’s near misses for the rules of the seventeenth to twentieth blind sets', () => {
  itReadsNothing(
    [
      // A price changed only by agreement; a surcharge's tolerance; a rise applied; a remedy.
      "No increase may be made to the Fees without the Customer's prior written consent.",
      'No increase shall be made to the Fees save as agreed in writing by the parties.',
      "If the Customer's declared weight differs from the actual weight, a re-weigh surcharge of 10% applies; no surcharge shall be applied where the discrepancy is less than 2%.",
      'No credit card surcharge will be payable on payments of less than $1,000.',
      'If Provider fails to meet the Availability Service Level in three consecutive months, no indexation shall be applied to the Fees for the following Contract Year.',
      'Orders placed after 1 January 2026 will be invoiced at the 2026 list price rather than the 2025 list price.',
      // Warranties shorter, of another term, or of another warranty.
      'The Warranty Period shall be 18 months instead of 2 years.',
      'Provider warrants the Goods for 12 months from delivery, and the Initial Term is 3 years rather than 1 year.',
      "Provider's standard warranty for Professional Services is 30 days from delivery. The service warranty applies throughout the Subscription Term.",
      // Times to pay that are no payment terms.
      'The Security Deposit shall be payable to Customer on the later of ninety (90) days after the end of the Term and the date Customer vacates.',
      'Provider may make payment of any Service Credits within sixty (60) days.',
      'Customer may make payment by EFT or by cheque, and must in any event pay within forty-five (45) days.',
      // A rebate for a failure, or of a tax.
      'If the Aircraft is unavailable for more than 24 hours, Provider shall rebate $150 for every hour of unavailability.',
      'If Provider receives a GST refund for any Supply, Provider will rebate 100% of that refund to Customer.',
      // Negations, "exclusive of", a payer's duty.
      'Provider is unable to absorb the fuel surcharge and will pass it through to Customer at cost.',
      'All prices are quoted without delivery charges, which will be invoiced separately at cost.',
      'Customer shall pay all invoices in full, without set-off and without bank charges.',
      // Liability: not accepted, ordinary, or the carve-outs every cap has.
      "Provider's liability is ordinarily limited to 2 SDR per kilogram. Provider is unable to accept liability for the full invoice value of the cargo.",
      'The limitations of liability in this Section 9 shall not apply to any liability of Customer to pay the Fees.',
      'The limitations of liability shall not apply to liability of a party for fraud or for death or personal injury.',
      // Remedies not forgone, charges not to the other party, charges already in the price, approvals.
      'Customer shall not apply any deductions to invoiced amounts and shall pay each invoice without set-off or counterclaim.',
      'Customer will not claim service credits and liquidated damages for the same failure.',
      'Provider shall not charge members of the public any storage fee for items left at the Site.',
      'Provider will not charge installation, as installation is included in the Equipment Price.',
      "Provider shall not charge Customer's account with any marketing costs unless Customer has approved them in writing beforehand.",
      // Deposits drawn, not reduced; the indemnifier's own people; a cap that tracks the fees.
      'The Security Deposit will be reduced by any amounts Provider applies towards unpaid Rent.',
      "Provider shall indemnify Customer against all claims, including where the negligence of Provider's subcontractors contributed to the loss.",
      'Any increase in the liability cap resulting from an increase in the Fees under clause 6 takes effect automatically.',
      'The Service Credit Cap is increased in proportion to any increase in the Monthly Fees.',
      // A finder's fee is the deal; a feature or order dropped is no exit bought.
      'Provider shall pay Customer an introductory fee of 2% of the first-year revenue.',
      'Provider may remove or discontinue any Beta Feature at any time without any termination liability.',
      // Commitments released, met, or to others.
      'Provider releases Customer from its commitment to net bookings of not less than AUD 1.5 million in 2026.',
      "Customer's commitment to purchases of not less than $2,000,000 under the Original Agreement has been satisfied in full.",
      'Provider undertakes to place subcontract orders of not less than 25% by value with SMEs.',
      // An expert, not a referee in tenders; a consent withdrawn.
      'An independent quantity surveyor agreed by the parties shall act as referee for the parties and his determination is final.',
      "Customer may withdraw its consent to Provider naming Customer in Provider's client list at any time.",
      // A second maintainer's: indexation applied; a charge on leaving kept; fees indexed as agreed; penalties routed;
      // a reseller's own price to its buyers; billing timed; retentions; notice is no volume; a status denied or lost;
      // a review of a period; a speaker the other side provides; a past panel; a failure to pay; an internal record.
      'Provider shall apply the annual CPI indexation to the Fees on each 1 July.',
      'The Early Termination Charge remains at $40,000 for the entire Term, and does not reduce.',
      'None of the Fees will increase except through the annual CPI adjustment in clause 6.',
      'Customer shall not assess any penalty against Provider except as set out in Schedule 3.',
      'Customer shall not resell the Services without charging its end users at least the Recommended Retail Price.',
      "We won't bill you for them until the equipment is installed and tested, after which the standard monthly rental applies.",
      'Customer will defer 5% of each progress payment until the end of the Defects Liability Period, as retention.',
      'Provider shall make one of its senior engineers available to act as a presenter at the Customer’s training sessions.',
      'Customer shall leave a review period of ten Business Days before any Deliverable is published.',
      'If the Customer fails to pay the entire reduced fee for 2025 in one sum by 31 January 2025, Provider may charge interest.',
      'Customer consents to Provider listing Customer as a customer in Provider’s internal billing system.',
      'Customer shall notify Provider if it loses its preferred bidder status on the Government Framework.',
      'Any dispute between the parties may be settled within 60 (sixty) days by negotiation between senior executives.',
      'Provider will not charge Customer the Skills Development Levy payable on Provider’s own payroll, which Provider bears as employer.',
      // A date alone before "thereafter"; a recipient's own permit lost.
      'Until the Go-Live Date, Customer may report Equipment breakdowns by telephone only; thereafter, Customer may report them online.',
    ],
    termsOf,
  );

  itFinds(
    [
      [
        'C price-protection',
        'Unless otherwise agreed, no increase shall be applied to the Fees for the first twenty-four (24) months.',
      ],
      [
        'C price-protection',
        'The Fees will not increase during the Initial Term, except as provided in Section 8 (Third-Party Pass-Through Costs).',
      ],
      ['C risk', 'Provider warrants the Equipment for 2 years instead of the standard 12 months.'],
      ['C discount', 'Provider grants Customer a non-standard discount of 12% on all Fees for the Initial Term.'],
      ['C price-protection', 'Provider grants Customer a non-cancellable price freeze for 24 months.'],
      [
        'C exit-flexibility',
        'Customer may disconnect up to 15% of its locations during the Initial Term without any early termination charge.',
      ],
      [
        'C free-scope',
        "If Customer's parking permit for the Site is cancelled, Provider will provide two parking bays at its depot at no charge.",
      ],
      [
        'C free-scope',
        'Until the Go-Live Date, Customer may report Equipment breakdowns by telephone only; thereafter, Provider will provide Premium Support at no charge.',
      ],
    ],
    termsOf,
  );

  it('keeps an uncapped liability that merely mentions fraud, and notice out of volume', () => {
    assert.deepEqual(
      termsOf(
        "Provider's liability for data breaches shall be unlimited, as is its liability for death or personal injury.",
      ),
      ['C risk'],
    );
    assert.deepEqual(
      review(
        lines(
          PREAMBLE,
          '',
          '1. If Customer delivers at least 60 (sixty) days’ prior written notice, Customer may terminate this Agreement for convenience without paying any early termination fee.',
        ),
      ).judgements.map((j) => j.status),
      ['unbalanced'],
    );
  });

  it('reads parties set out as headings of their own', () => {
    assert.deepEqual(
      review(
        lines(
          '# MASTER SERVICES AGREEMENT',
          '',
          '## PARTIES',
          '',
          '### Acme Corp., a Delaware corporation ("Provider")',
          '',
          '### Beta LLC, a New York limited liability company ("Customer")',
          '',
          '## 1. Fees',
          '',
          '1.1 Provider grants Customer a discount of 10% on the Fees for the Initial Term.',
        ),
      ).parties.map((p) => p.aliases[0]),
      ['Provider', 'Customer'],
    );
  });

  it('reads a wish beside a promise as the promise, and a release reaching negligence as one waiver', () => {
    assert.deepEqual(
      termsOf(
        'Customer would be happy to act as a reference, and Customer shall act as a reference for up to three prospects per year.',
      ),
      ['B reference'],
    );
    assert.deepEqual(
      concessions(
        contract(
          '1. Customer releases Provider from all claims arising from the Works, even if the negligence of Provider or its employees caused the damage.',
        ),
      ),
      ['waiver Customer->Provider'],
    );
  });

  it('carries a colon lead-in only into the quoted text it introduces', () => {
    const r = review(
      lines(
        '# First Amendment to Services Agreement',
        '',
        'This First Amendment amends the Services Agreement between Acme Corp. ("Provider") and Beta LLC ("Customer").',
        '',
        "1. In exchange for Customer's agreement to act as a reference for Provider for up to three prospects, the following is added as Section 9.4:",
        '',
        '"9.4 Provider grants Customer a discount of ten percent (10%) on all Renewal Fees."',
        '',
        "Provider also waives the reinstatement fee of $2,000 for Customer's lapsed sandbox account.",
      ),
    );
    assert.deepEqual(
      r.judgements.map((j) => j.status),
      ['balanced', 'unbalanced'],
    );
  });

  it('reads an original deal with automatic renewal as an original', () => {
    assert.deepEqual(
      review(
        lines(
          '# Licence Agreement',
          '',
          'This Licence Agreement, with automatic renewal for successive one-year terms, is between Acme Corp. ("Licensor") and Beta LLC ("Licensee").',
          '',
          '1. Licensee shall pay to Licensor, as an advance against royalties, $50,000 on signature.',
        ),
      ).terms,
      [],
    );
  });
});
