import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { PREAMBLE, itFinds, itReadsNothing, lines, termsOfClause } from '../helpers/contract.js';

// Issue 16: the sentences a maintainer wrote to break the rules of the thirteenth and fourteenth blind sets
// (blind-synthetic-eighth.test.ts); each must stay silent, leave a concession unbalanced, or keep its real term.
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

describe('a third maintainer’s near misses for the same rules', () => {
  itReadsNothing(
    [
      'The Provider shall not charge the Customer for packaging or labelling, which are included in the Price.',
      "The Provider shall not charge the Customer for any works that are the Provider's responsibility under Clause 7 (Repairs).",
      'The Provider will not charge the Customer for any Services that have not been authorised in a signed Work Order.',
      "Work performed outside Business Hours shall be charged at one and a half times the hourly rates in Schedule 2, and not at Provider's standard rates.",
      "Any Services ordered after expiry of the Term shall be invoiced at Provider's then-current list prices and not at Provider's prices in Schedule 1.",
      'Customer shall pay each invoice within sixty (60) days of receipt rather than 3 months after the end of the quarter.',
      'Customer does not have to make any payments for the first twelve (12) months, because the Licence Fee for that period is paid in a single lump sum.',
      'Provider may reduce the number of devices that may access the Service concurrently to protect the security of the Service.',
      'Customer may reduce the number of Devices on which the Software is installed, but the Fees shall not be reduced as a result.',
      'Although Provider previously granted Customer, under the 2021 Order Form, a discount of twenty percent (20%) on the Fees, the Fees in Schedule 1 apply without discount.',
      'If Provider does not complete the Data Migration by 1 March 2025, Provider shall provide the Hosting Services at no charge until the Data Migration is complete.',
      'For the Casualty line of business, the premium rates in Schedule 2 apply.',
    ],
    termsOf,
  );

  itFinds(
    [
      [
        'C discount',
        'Provider shall refund to Customer the difference between the Fees paid and any lower price that Provider had offered to another customer for the same Services.',
      ],
      [
        'C exit-flexibility',
        "Customer may terminate this Agreement at any time upon thirty (30) days' notice, or immediately upon notice if Provider breaches Section 9 (Data Protection).",
      ],
      ['C payment-terms', 'Provider shall permit Customer to pay each invoice within 60 days rather than 30.'],
    ],
    termsOf,
  );

  it('gives later payment to the party that pays, whichever side it is on', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '1. Provider may pay each Referral Fee within sixty (60) days of the end of the quarter rather than thirty (30) days.',
      ),
    );
    assert.deepEqual(
      r.terms.map((t) => `${t.kind} ${t.by}->${t.to}`),
      ['payment-terms p2->p1'],
    );
  });

  it('has the payer that pays early give the prompt payment, "the" or not', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '1. The Provider shall allow a discount of two percent (2%) on any invoice that the Customer pays within ten (10) days of receipt.',
      ),
    );
    assert.deepEqual(
      r.judgements.map((j) => j.status),
      ['balanced'],
    );
  });
});
