import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { itFinds, itReadsNothing, lines, termsOfClause } from '../helpers/contract.js';

// Issue 16: the sentences a maintainer wrote to break the rules of the thirteenth and fourteenth blind sets
// (blind-synthetic-eighth.test.ts); each must stay silent, leave a concession unbalanced, or keep its real term.
const PREAMBLE = 'This Agreement is made between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").';
const termsOf = (clause: string): string[] => termsOfClause(PREAMBLE, clause);
/** The statuses of the concessions a body holds: a give-back that is none must not balance them. */
const statuses = (...body: string[]): string[] => review(lines(PREAMBLE, '', ...body)).judgements.map((j) => j.status);

describe('a maintainer’s near misses for the rules of the thirteenth and fourteenth blind sets', () => {
  itReadsNothing(
    [
      'Customer shall pay the monthly rent as advance rent on the first day of each calendar month.',
      'Customer shall pay the Subscription Fees annually in advance in one single payment per Contract Year.',
      'Provider will advance $20,000 to Customer against future royalties, recoupable from royalties payable under Section 5.',
      'Service Credits for a Severity 1 failure shall be twice the Service Credits for a Severity 2 failure.',
      'Customer shall repay any migration credit of $15,000 received under the 2022 Order Form if it terminates early.',
      "Distributor shall pay Supplier a cooperative advertising allowance of 1.5% of Distributor's net purchases.",
      "The Fixed Fee is $385,000, a reduction of $140,000 from Provider's proposal, because Customer has removed Phases 3 and 4 from the Statement of Work.",
      "Any increase in Customer's monthly usage must not exceed 20% of the latest forecast unless Customer gives Provider 60 days' notice.",
      "No increase in the Customer's storage allocation shall exceed 20% in any month without 30 days' prior notice to Provider.",
      'No increase in the Contract Sum arising from Variations may exceed 10% without the prior written approval of the Board.',
      'If Customer removes any Site from the Services, the Fees shall remain at the amounts set out in Schedule 1, without adjustment for the reduced scope.',
      "Notwithstanding Section 12.1, Provider's liability for late delivery shall be 0.5% of the price of the delayed Goods for each full week of delay.",
      'Provider will not charge time spent preparing, reviewing or discussing its own invoices.',
      'Provider shall not charge expenses until Customer has approved the relevant expense report in writing.',
      'Payment of the Outstanding Amount in full releases the Customer from the interest that would otherwise accrue after the date of payment.',
      'Under the 2021 agreement Provider had offered Customer a discount of 15% on renewal, which Customer declined.',
      // A casualty is an event that ends a lease, whatever word opens the condition.
      'Should a casualty render more than half of the Premises unusable, Customer may terminate this Lease.',
    ],
    termsOf,
  );

  itFinds(
    [
      [
        'C exit-flexibility',
        "Customer may terminate this Main Agreement at any time for convenience on thirty (30) days' written notice.",
      ],
      [
        'C risk',
        'Provider extends its warranties to thirty-six (36) months, solely for Products purchased under this Order.',
      ],
      ['C free-scope', 'On any termination, Provider will provide 40 hours of transition services at no charge.'],
      ['C free-scope', 'If Customer cancels a workshop, Provider will rebook it once at no charge.'],
      [
        'C discount',
        "If Customer doesn't achieve the 500-seat tier by 30 June, Provider will still apply the 10% volume discount to Customer's Fees for 2025.",
      ],
    ],
    termsOf,
  );

  it('leaves a concession unbalanced by what is no give-back', () => {
    const discount = 'Provider grants Customer a discount of 10% on the Fees.';
    for (const noGiveBack of [
      'Customer agrees to take the full quantity of Goods specified in each accepted Purchase Order.',
      'Customer shall assign to Provider not less than fifty percent (50%) of its right, title and interest in any Joint Invention.',
      'Provider commits to keep the engagement team in place for at least twelve (12) months.',
      'Customer undertakes to extend the present contract only if the Fees for the renewal term are agreed in writing.',
      'Provider offers a further discount of 2% on any invoice that Customer pays within ninety (90) days after receipt.',
    ])
      assert.ok(!statuses(`1. ${discount} ${noGiveBack}`).includes('balanced'), noGiveBack);
    assert.ok(
      !statuses(
        '1. The Landlord grants the Tenant a rent-free period of three months.',
        '',
        "2. The Tenant's break option shall be waived if any rent is more than 21 days in arrears on the Break Date.",
      ).includes('balanced'),
    );
  });

  it('has the party that undertakes give, whoever the undertaking names', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '1. In return for a discount of 10% on the Fees, Customer gives an undertaking to purchase from Provider not less than 1,000 units in each Contract Year.',
      ),
    );
    assert.deepEqual(
      r.judgements.map((j) => j.status),
      ['balanced'],
    );
  });

  it('keeps the collective term of a party and its affiliates', () => {
    const r = review(
      lines(
        'This Agreement is between Acme Cloud Corp., a Delaware corporation, and its Affiliates (collectively, "Provider") and Globex Retail Ltd ("Customer").',
        '',
        '1. Provider waives the onboarding fee.',
      ),
    );
    assert.deepEqual(
      r.parties.map((p) => p.aliases[0]),
      ['Provider', 'Customer'],
    );
  });
});
