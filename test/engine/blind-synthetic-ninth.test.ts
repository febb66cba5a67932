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
