import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { itFinds, itReadsNothing, lines, suggestionTexts, termsOfClause } from '../helpers/contract.js';

// Issue 16: the near misses a maintainer reproduced against the rules of the fifth to eighth blind sets (each
// must stay silent, or keep its real term), and the classes of a ninth and tenth blind set (a festival
// sponsorship, a reseller addendum, a UK freight MSA, a grant, a coworking membership, a media agency, an
// investor side letter, a school cleaning contract, a telecom wholesale deal) and of Nexstar's co-signatories.
const PREAMBLE = 'This Agreement is made between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").';
const termsOf = (clause: string): string[] => termsOfClause(PREAMBLE, clause);
const findingsOf = (...body: string[]): string[] => review(lines(PREAMBLE, '', ...body)).findings.map((f) => f.ruleId);

describe('a maintainer’s near misses for the rules of the fifth to eighth blind sets', () => {
  itReadsNothing(
    [
      'Customer undertakes to take out and maintain public liability insurance of not less than $5,000,000.',
      'Provider agrees to take all reasonable steps to maintain availability of not less than 99.9%.',
      'Customer agrees to retain all invoices and usage records for a period of six (6) years.',
      'Provider shall not invoice the Customer for any Fees until the Go-Live Date.',
      'The Provider shall not charge the Customer for any travel or subsistence costs unless approved in advance.',
      'Customer shall pay a minimum fee of $150 for each on-site visit.',
      'Customer waives any claim that any such proceeding has been brought in an inconvenient venue.',
      'Customer shall indemnify, defend, release and discharge Provider from all claims.',
      'Provider shall share the results of its annual penetration testing with Customer.',
      'Provider shall not offer or disclose any Customer Data to any competitor of Customer.',
      'Provider may obtain from Customer all information that it requires.',
      'Provider shall not negotiate with any third party on Customer’s behalf.',
      'Provider grants Customer the following discounts off the List Price for Products purchased for resale:',
      'Provider will hold the prices in its Quotation firm for ninety (90) days.',
      'Provider shall honour its commitment to the four-hour response period for Priority 1 Incidents.',
      'If Customer fails to pay any invoice within thirty (30) days, Customer shall lose the benefit of the early payment discount.',
      'Provider confirms its commitment to hire not less than ten (10) apprentices.',
      'Customer shall ensure that the share of its spend with minority-owned suppliers is not less than 10%.',
      'Order reference MFN/WHS/2025/0387.',
    ],
    termsOf,
  );

  itFinds(
    [
      ['C free-scope', 'Provider will supply up to fifty (50) additional GPS receivers at no charge.'],
      ['C waiver', 'No transfer fee shall be payable on an assignment of the business as a going concern.'],
      [
        'C waiver',
        'Customer shall not be required to pay the Minimum Volume Shortfall Fee for any quarter in which its orders fall below the minimum.',
      ],
      [
        'C exit-flexibility',
        "Customer may terminate this Agreement for convenience on sixty (60) days' written notice, or on such shorter notice as the parties may agree by mutual written agreement.",
      ],
      [
        'C discount',
        'In addition to its most-favoured-customer obligations under Section 9, Provider shall charge Customer a reduced rate of $80 per hour.',
      ],
    ],
    termsOf,
  );

  it('reads an SLA reduction of the charges as a remedy', () => {
    assert.deepEqual(
      findingsOf(
        '1. Where Provider fails to meet a Service Level, the charges shall be reduced by 10% on the monthly fees.',
      ),
      [],
    );
  });

  it('keeps a cap for one kind of claim at a multiple of the fees, above the general cap, as a risk taken', () => {
    assert.deepEqual(
      findingsOf(
        "1. Provider's aggregate liability shall not exceed the Fees paid in the preceding twelve months.",
        '',
        "2. Provider's aggregate liability for breach of Section 1 shall be limited to three (3) times the Fees.",
      ),
      ['unreciprocated-concession'],
    );
  });

  it('ties a discount "subject to the provisions of Section 3" to the commitment there', () => {
    assert.deepEqual(
      findingsOf(
        '1. Subject to the provisions of Section 3 (Volume Commitment), Provider shall grant Customer a discount of 15% on the Fees.',
        '',
        '3. Customer shall purchase not less than 500 Licences in each Contract Year.',
      ),
      [],
    );
  });

  it('does not price a convenience exit by a fee payable after the other side’s breach', () => {
    assert.deepEqual(
      findingsOf(
        '1. Customer may terminate this Agreement for convenience on ninety (90) days notice.',
        '',
        "2. If Provider terminates this Agreement for Customer's uncured material breach, the Early Termination Fee is immediately payable by Customer.",
      ),
      ['unreciprocated-concession'],
    );
  });

  it('drafts in the name as written, not in a disclaimer’s capitals', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '1. Provider waives the setup fee.',
        '',
        '2. PROVIDER MAKES NO WARRANTY. PROVIDER DISCLAIMS ALL IMPLIED WARRANTIES. PROVIDER IS NOT LIABLE FOR LOST PROFITS.',
      ),
    );
    const texts = suggestionTexts(r);
    assert.ok(texts.length > 0);
    for (const text of texts) assert.doesNotMatch(text, /PROVIDER/, text);
  });
});

describe('terms as other drafters write them (a ninth and tenth blind set)', () => {
  itFinds(
    [
      [
        'C discount',
        'If Customer achieves Net Bookings of at least USD 400,000 during the Launch Period, Provider shall grant Customer an additional launch margin of five percentage points (5%).',
      ],
      [
        'B volume-commitment',
        'Customer shall book not less than six hundred (600) TEU of ocean freight through Provider.',
      ],
      [
        'C price-protection',
        'Provider shall not increase the clearance, handling and haulage Rates during the first twelve (12) months.',
      ],
      [
        'C payment-terms',
        'Customer shall pay each invoice for freight and handling within sixty (60) days of the invoice date, instead of the fourteen (14) days in the standard credit terms.',
      ],
      ['C discount', 'Provider shall pass through to Customer one hundred percent (100%) of the Volume Rebates.'],
      ['C price-protection', 'No annual adjustment of the Contract Price shall exceed three percent (3%).'],
      ['B volume-commitment', 'Customer commits to increase its Committed Volume to not less than 400 Gbps (Tier 4).'],
      ['C waiver', 'No Membership Fee is payable for the first calendar month of the Membership.'],
      [
        'B feedback optional',
        "Customer may appoint one representative to serve on Provider's Limited Partner Advisory Committee.",
      ],
      [
        'B reference',
        "Customer shall host, at Provider's request, up to four (4) discovery-day visits per year by prospective franchisees.",
      ],
    ],
    termsOf,
  );

  itReadsNothing(
    [
      "Provider may terminate this Agreement on three (3) months' notice if the funding provided to it by Parliament is withdrawn or materially reduced.",
      'On termination, Customer shall pay for all Media booked that cannot be cancelled without penalty.',
      'Members include the International Wheat Advisory Committee and the OECD.',
    ],
    termsOf,
  );

  it('keeps an exit on a party’s own research funding withdrawn as an exit', () => {
    assert.deepEqual(
      termsOf(
        "Customer may terminate this Agreement on ninety (90) days' written notice if the research funding for the Software is withdrawn or reduced.",
      ),
      ['C exit-flexibility'],
    );
  });

  it('reads "either the Member or Provider may end" as held by both', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '1. After the term, either the Customer or Provider may end this Agreement on one month’s notice.',
      ),
    );
    assert.deepEqual(
      r.terms.map((t) => `${t.kind} ${t.by}`),
      ['exit-flexibility both'],
    );
  });

  it('reads co-signatories defined together as one party', () => {
    const r = review(
      lines(
        'WYZZ, Inc. and WYZZ Licensee, Inc. (collectively "WYZZ") and Nexstar Broadcasting of Peoria, L.L.C. ("NEXSTAR") hereby enter into this Agreement.',
        '',
        '1. No rent shall be due to WYZZ, Nexstar or any affiliate thereof for any period of shared use.',
      ),
    );
    assert.deepEqual(
      r.parties.map((p) => p.aliases[0]),
      ['WYZZ', 'NEXSTAR'],
    );
    assert.deepEqual(
      r.terms.map((t) => `${t.kind} ${t.by}`),
      ['waiver both'],
    );
  });
});

describe('a maintainer’s second look at the ninth and tenth sets’ rules', () => {
  itReadsNothing(
    [
      "Provider's liability for any breach of this Agreement shall not exceed three (3) times the annual Fees.",
      "Customer may terminate this Agreement if a receiver or administrator is appointed over any of Provider's assets.",
      'Customer may terminate this Agreement if Provider ceases to be a going concern.',
      "Customer may terminate this Agreement if Provider's on-time delivery rate falls below 95%.",
      'Customer shall not copy, modify, distribute, sell or lease the Software, or use it to build a competitive product.',
      'Customer shall not raise any dispute in relation to the Fees more than sixty (60) days after the date of the invoice.',
      'Customer shall book at least 48 hours in advance any meeting rooms it needs.',
      'Customer shall pay Provider an additional margin of 15% on third-party hardware.',
      'No increase in the quantities in any Purchase Order shall exceed twenty percent (20%) of the most recent Forecast.',
      'No additional Fee is payable for the first two (2) rounds of revisions.',
      'Provider shall pass through to Customer 100% of any service credits it receives from its hosting provider.',
      'Party A will consider based on actual situations whether to continue cooperation with Party B and/or waive the liability.',
    ],
    termsOf,
  );

  itFinds(
    [
      ['C waiver', 'Provider will not charge Customer any Fees for the Pilot unless Customer elects to continue.'],
      [
        'C free-scope',
        'Provider will not charge Customer for the additional twenty (20) seats until the first renewal date.',
      ],
      [
        'C discount',
        'Hourly rates are discounted 15% from the standard rates, and Provider shall re-perform any defective Services at no charge.',
      ],
      ['B term-extension', 'Customer agrees to retain Provider for three (3) consecutive years.'],
      ['B exclusivity', 'Customer shall not offer any product that competes with the Products.'],
      ['B exclusivity', 'Customer shall not negotiate with any other provider of analytics services.'],
      ['B exclusivity', 'Customer shall obtain from Provider all maintenance services that it requires.'],
    ],
    termsOf,
  );

  it('keeps two parties named "together, the Parties" apart', () => {
    const r = review(
      lines(
        'This Agreement is made between Acme Software, Inc. and Globex Retail Ltd (together, the "Parties").',
        '',
        '1. Acme Software, Inc. waives the setup fee.',
      ),
    );
    assert.equal(r.parties.length, 2);
  });

  it('gives a payment due by one party, then a duty of the other, to neither both', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '1. Customer may terminate this Agreement at any time, in which case no early termination fee shall be payable by Customer and Provider shall refund any prepaid Fees.',
      ),
    );
    assert.ok(r.terms.every((t) => t.by !== 'both'));
  });

  it('gives a passive item of a lead-in naming a party to the side that is paid', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '1. The following concessions are made to Customer: (a) the first invoice is deferred; (b) the Setup Fee is waived.',
      ),
    );
    const waiver = r.terms.find((t) => t.kind === 'waiver')!;
    assert.equal(r.parties.find((p) => p.id === waiver.by)?.aliases[0], 'Provider');
  });
});

describe('exits a negotiator reading drafts found were no concessions', () => {
  itReadsNothing(
    [
      'Users using services abroad may cancel the mobile game service already ordered, and Provider shall confirm the cancellation.',
      "Customer may suspend the cooperation if there is user complaint on Provider's service quality issue; in serious cases, Customer may unilaterally terminate this Agreement.",
    ],
    termsOf,
  );
});
