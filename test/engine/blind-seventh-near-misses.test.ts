import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { PREAMBLE, lines } from '../helpers/contract.js';

// Issue 16: a maintainer's sentences written to break the seventh round's rules (delays that stretch a term, duties
// kept "not fewer than", items bought later at list, a reseller's price list, prohibitions, the service levels' own
// scale, lower caps, fees billed once, clawbacks), each a near miss the rules must leave alone, and the variants
// they must still read.
const read = (pre: string | null, body: readonly string[]): ReturnType<typeof review> =>
  review(
    body[0]!.startsWith('|') ? lines(pre ?? PREAMBLE, '', ...body) : lines(pre ?? PREAMBLE, '', `1. ${body.join(' ')}`),
  );
const kinds = (r: ReturnType<typeof review>): string[] =>
  r.terms.map((t) => `${t.type === 'concession' ? 'C' : 'B'} ${t.kind}`);

interface Case {
  name: string;
  pre: string | null;
  body: string[];
}

const NOTHING: Case[] = [
  {
    name: 'term-extension: a delay or force majeure that "extends the term of SOW-x by" read as Customer\'s give-back',
    pre: null,
    body: [
      'Any delay caused by Customer extends the term of SOW-3 by the period of that delay, and the Fees for SOW-3 will be adjusted accordingly.',
    ],
  },
  {
    name: "term-extension: force majeure extension read as Customer's give-back",
    pre: null,
    body: [
      'A Force Majeure Event automatically extends the term of Order 2 by the duration of the Force Majeure Event.',
    ],
  },
  {
    name: "term-extension: supplier's delay extension read as a give-back by Supplier",
    pre: 'This Agreement is made between Acme Limited (the "Supplier") and Beta Limited (the "Customer").',
    body: [
      'If the Customer fails to provide access to its premises, the Supplier extends the term of SOW-2 by a period equal to the delay and may charge for the additional time.',
    ],
  },
  {
    name: 'volume-commitment: "maintain no less than" insurance read as a volume commitment',
    pre: null,
    body: [
      'Customer shall maintain no less than $2,000,000 of commercial general liability insurance during the Term.',
    ],
  },
  {
    name: 'volume-commitment: Provider\'s service duty "maintain not fewer than" read as a commitment',
    pre: null,
    body: [
      'Provider shall maintain not fewer than three (3) backup copies of Customer Data in geographically separate locations.',
    ],
  },
  {
    name: 'volume-commitment: Supplier\'s stock capacity "call off at least" read as a commitment',
    pre: 'This Agreement is made between Acme Limited (the "Supplier") and Beta Limited (the "Buyer").',
    body: ['The Supplier shall hold sufficient stock to allow the Buyer to call off at least 500 units in any week.'],
  },
  {
    name: 'volume-commitment: minimum order size per call-off (no obligation to order) read as a commitment',
    pre: 'This Agreement is made between Acme Limited (the "Supplier") and Beta Limited (the "Buyer").',
    body: [
      'Each Call-Off Order shall call off no fewer than fifty (50) pallets, and the Buyer is under no obligation to place any Call-Off Order.',
    ],
  },
  {
    name: 'volume-commitment: conditional "orders additional modules" (priced at list) read as a binding commitment',
    pre: null,
    body: [
      'If Customer orders additional analytics modules during the Term, they will be charged at the then-current list price.',
    ],
  },
  {
    name: "discount.below-list: reseller buy price under RRP (the deal's own margin)",
    pre: 'This Reseller Agreement is between Acme Corp. ("Supplier") and Beta LLC ("Reseller").',
    body: [
      '| SKU | Description | RRP | Your price |',
      '| --- | --- | --- | --- |',
      '| AC-100 | Router | $1,200.00 | $840.00 |',
      '| AC-200 | Switch | $2,400.00 | $1,680.00 |',
    ],
  },
  {
    name: 'discount.below-list: distributor price list under standard retail price',
    pre: 'This Distribution Agreement is between Acme Corp. ("Supplier") and Beta LLC ("Distributor").',
    body: [
      '| Product | Standard retail price | Agreed distributor price |',
      '| --- | --- | --- |',
      '| Widget A | $100.00 | $60.00 |',
      '| Widget B | $250.00 | $150.00 |',
    ],
  },
  {
    name: 'discount.below-list: monthly fee compared with an annual "standard" column',
    pre: null,
    body: [
      '| Service | Standard annual fee | Agreed monthly fee |',
      '| --- | --- | --- |',
      '| Managed Firewall | $24,000.00 | $2,000.00 |',
      '| Managed SIEM | $36,000.00 | $3,000.00 |',
    ],
  },
  {
    name: 'free-scope "without additional Licence Fees" inside a prohibition',
    pre: 'This Agreement is made between Acme Software Limited (the "Licensor") and Beta Limited (the "Licensee").',
    body: [
      'The Licensee shall not install the Software on any additional server without additional Licence Fees being agreed and paid in advance.',
    ],
  },
  {
    name: 'free-scope "without additional licence fees" inside "not permitted"',
    pre: 'This Agreement is made between Acme Software Limited (the "Licensor") and Beta Limited (the "Licensee").',
    body: [
      'Use of the Software by more than the number of Licensed Users is not permitted without additional licence fees.',
    ],
  },
  {
    name: 'credit "pay twice the Service Credits": the SLA\'s own severity scale',
    pre: 'This Agreement is made between Acme Limited (the "Supplier") and Beta Limited (the "Customer").',
    body: [
      'For a Severity 1 failure, the Supplier will pay twice the Service Credits applicable to a Severity 2 failure of the same duration.',
    ],
  },
  {
    name: 'credit "pay double the Service Credits": the SLA\'s built-in escalation for repeat failure',
    pre: null,
    body: [
      'Where Provider misses the Availability Target in three consecutive months, Provider will pay double the Service Credits for the third and each subsequent consecutive month.',
    ],
  },
  {
    name: '"in recognition of" turns an SLA remedy into a voluntary credit',
    pre: null,
    body: [
      "In recognition of Customer's reliance on the Service, Provider will credit Customer's account with the Service Credits set out in Schedule 2 whenever Availability falls below 99.9% in a month.",
    ],
  },
  {
    name: '"in recognition of" turns a breach-triggered exit into exit-flexibility',
    pre: null,
    body: [
      'In recognition of the sensitivity of Customer Data, Customer may terminate this Agreement immediately on written notice if Provider suffers a Security Breach.',
    ],
  },
  {
    name: 'exit scope-cut "reduce … by up to N … no liability": a fee-reduction remedy for missed KPIs',
    pre: null,
    body: [
      'Where Provider fails to meet a Key Performance Indicator, Customer may reduce the Monthly Fee by up to ten percent (10%), and no further liability of Provider for that failure will arise.',
    ],
  },
  {
    name: 'risk.higher-cap "replaces … the limit": a LOWER cap replacing a higher one',
    pre: null,
    body: [
      "Provider's aggregate liability in any contract year is limited to fifty percent (50%) of the fees paid under this SOW, which replaces, for this SOW only, the limit of one times annual fees in Section 12.2 of the MSA.",
    ],
  },
  {
    name: 'risk.higher-cap: lower cap replacing a higher one (UK)',
    pre: 'This Agreement is made between Acme Limited (the "Supplier") and Beta Limited (the "Customer").',
    body: [
      "The Supplier's aggregate liability under this Order is limited to fifty per cent (50%) of the Charges paid under this Order, which replaces the cap of one hundred per cent (100%) of the Charges in clause 14.2.",
    ],
  },
  {
    name: 'waiver "will not bill the $X fee": fee already included elsewhere',
    pre: null,
    body: [
      'Provider will not bill Customer the $18,000 implementation fee separately, because that fee is already reflected in the Year 1 Subscription Fee.',
    ],
  },
  {
    name: 'waiver "will not bill the $X fee": no double charging',
    pre: null,
    body: [
      'Provider will not bill Customer the $250 onboarding fee twice if Customer adds users in more than one Order Form, since it is charged once per account.',
    ],
  },
  {
    name: 'credit "signing credit against the first invoice": a clawback read as a new credit',
    pre: null,
    body: [
      'If Customer terminates for convenience during the first Contract Year, Customer shall pay back the signing credit against the first invoice granted under the Order Form dated March 1, 2024.',
    ],
  },
];

const FINDS: (Case & { kind: string })[] = [
  {
    name: 'MISS agreement-to-agree: "upon the Parties\' mutual agreement" (to this Amendment) sets aside a firm waiver',
    pre: null,
    body: [
      "Upon the Parties' mutual agreement to this Amendment, Provider hereby waives the late payment interest of $4,200 accrued on Invoice 10233.",
    ],
    kind: 'C waiver',
  },
  {
    name: 'MISS agreement-to-agree: mutual agreement on another item earlier in the sentence sets aside a firm discount',
    pre: null,
    body: [
      "Any change to the Delivery Schedule may be made only on the parties' mutual written agreement, and Provider grants Customer a discount of 10% on all Fees invoiced in 2025.",
    ],
    kind: 'C discount',
  },
  {
    name: 'MISS credit-note form: a goodwill credit "issued as a credit note" is set aside',
    pre: 'This Agreement is made between Acme Limited (the "Supplier") and Beta Limited (the "Customer").',
    body: [
      "The Supplier will provide a one-off goodwill credit of £4,800, to be issued as a credit note against the Customer's next invoice.",
    ],
    kind: 'C credit',
  },
  {
    name: 'MISS credit-note form: goodwill credit "paid by way of credit note"',
    pre: 'This Agreement is between Acme Pty Ltd (the "Supplier") and Beta Pty Ltd (the "Customer").',
    body: [
      'The Supplier will give the Customer a goodwill credit of $3,000 for the delayed rollout, paid by way of credit note within 30 days.',
    ],
    kind: 'C credit',
  },
  {
    name: 'MISS price freeze lost when the sentence mentions fees "as of the date of termination"',
    pre: null,
    body: [
      'The Fees will remain fixed for the Initial Term, and all Fees accrued as of the date of termination remain payable.',
    ],
    kind: 'C price-protection',
  },
  {
    name: 'MISS price freeze lost: "payable on the date of termination"',
    pre: 'This Agreement is made between Acme Limited (the "Supplier") and Beta Limited (the "Customer").',
    body: [
      'The Charges shall remain fixed for the Initial Term, and any unpaid Charges shall be payable on the date of termination.',
    ],
    kind: 'C price-protection',
  },
  {
    name: 'MISS price freeze lost: "as of the date of expiration or termination"',
    pre: null,
    body: [
      'Provider will hold the per-seat price at $42 for the Initial Term, and Customer will pay any unpaid Fees as of the date of expiration or termination.',
    ],
    kind: 'C price-protection',
  },
  {
    name: 'MISS price cap lost because the sentence also mentions liability',
    pre: null,
    body: [
      'Any annual adjustment Provider makes to its fees under Section 6.4 will be limited to three percent (3%), and Provider will have no liability for any increase that Customer has approved in writing.',
    ],
    kind: 'C price-protection',
  },
  {
    name: 'MISS free-scope lost because the sentence mentions a prospectus',
    pre: 'This Agreement is between Acme Fund Services, Inc. ("Administrator") and Beta Funds Trust (the "Trust").',
    body: [
      "For the 2025 fiscal year only, Administrator will typeset, print and mail the Trust's prospectus supplements at no charge, although Schedule B prices that work at $4,500 per filing.",
    ],
    kind: 'C free-scope',
  },
  {
    name: 'MISS free-scope lost: extra consulting hours "in connection with the Trust\'s next prospectus"',
    pre: 'This Agreement is between Acme Fund Services, Inc. ("Administrator") and Beta Funds Trust (the "Trust").',
    body: [
      "Administrator will provide forty (40) additional hours of regulatory consulting at no additional cost in connection with the Trust's next prospectus.",
    ],
    kind: 'C free-scope',
  },
  {
    name: 'MISS renewal give-back: "agrees to renew for a further two years"',
    pre: 'This Agreement is made between Acme Limited (the "Supplier") and Beta Limited (the "Customer").',
    body: [
      'In consideration of the 10% reduction in the Charges, the Customer agrees to renew for a further two years from 1 April 2025.',
    ],
    kind: 'B term-extension',
  },
  {
    name: 'MISS renewal give-back: "commits to renewing … for thirty-six (36) months"',
    pre: null,
    body: [
      'In exchange for the discount in Section 3, Customer commits to renewing the Subscription for thirty-six (36) months.',
    ],
    kind: 'B term-extension',
  },
  {
    name: 'MISS term extension: "extends the term of Statement of Work No. 4 by"',
    pre: null,
    body: [
      'In exchange for the waiver of the Change Fee, Customer extends the term of Statement of Work No. 4 by twelve (12) months.',
    ],
    kind: 'B term-extension',
  },
  {
    name: 'MISS recoupment: "subject to recoupment by the Adviser"',
    pre: 'This Agreement is between Acme Advisers LLC (the "Adviser") and Beta Funds Trust (the "Trust").',
    body: [
      'The Adviser waives its advisory fee to the extent Fund expenses exceed 0.85% of average net assets; any fees waived by the Adviser are subject to recoupment by the Adviser within three years after the waiver.',
    ],
    kind: 'B other',
  },
  {
    name: 'MISS recoupment: "the Trust will repay the Adviser any fees it has waived"',
    pre: 'This Agreement is between Acme Advisers LLC (the "Adviser") and Beta Funds Trust (the "Trust").',
    body: [
      'The Adviser waives its advisory fee to the extent Fund expenses exceed 0.85% of average net assets, and the Trust will repay the Adviser any fees it has waived within three years, provided the expense limit is not exceeded.',
    ],
    kind: 'B other',
  },
  {
    name: 'MISS recoupment: "entitled to recapture any fees it has waived"',
    pre: 'This Agreement is between Acme Advisers LLC (the "Adviser") and Beta Funds Trust (the "Trust").',
    body: [
      'The Adviser waives its advisory fee to the extent Fund expenses exceed 0.85% of average net assets, and the Adviser shall be entitled to recapture any fees it has waived during the preceding thirty-six months.',
    ],
    kind: 'B other',
  },
  {
    name: 'MISS credit cap raised: "will rise from 10% to 15%"',
    pre: null,
    body: [
      'For 2025 only, Provider agrees that the ceiling on Service Credits in Schedule 5 will rise from 10% to 15% of the monthly charges.',
    ],
    kind: 'C credit',
  },
  {
    name: 'MISS doubled credits: "pay Service Credits at twice the rates"',
    pre: 'This Agreement is made between Acme Limited (the "Supplier") and Beta Limited (the "Customer").',
    body: [
      'During the transition period the Supplier will pay Service Credits at twice the rates set out in Schedule 6.',
    ],
    kind: 'C credit',
  },
  {
    name: 'MISS increase cap under a clause: "shall be more than 3%"',
    pre: 'This Agreement is made between Acme Limited (the "Supplier") and Beta Limited (the "Customer").',
    body: ['No increase made under clause 5.2 shall be more than 3% in any Contract Year.'],
    kind: 'C price-protection',
  },
  {
    name: 'MISS increase cap under a section: "the lesser of CPI or 3%"',
    pre: null,
    body: ['No increase pursuant to Section 4.3 shall exceed the lesser of CPI or three percent (3%).'],
    kind: 'C price-protection',
  },
  {
    name: 'MISS exit: "shall terminate at the option of Customer" (one party) not read',
    pre: null,
    body: [
      "This Agreement shall terminate at the option of Customer upon sixty (60) days' written notice to Provider.",
    ],
    kind: 'C exit-flexibility',
  },
  {
    name: 'MISS exit: "at the option of Customer \u2026 without payment of any early termination fee" reported only as a waiver',
    pre: null,
    body: [
      "This Agreement shall terminate at the option of Customer, upon thirty (30) days' written notice to Provider, without payment of any early termination fee.",
    ],
    kind: 'C exit-flexibility',
  },
  {
    name: 'MISS exit: "may be terminated at the option of either party, without cause" (mutual) not read',
    pre: null,
    body: [
      "This Agreement may be terminated at the option of either party, without cause, upon ninety (90) days' prior written notice to the other.",
    ],
    kind: 'C exit-flexibility',
  },
  {
    name: 'MISS exit: "brought to an end at the election of any party" (mutual) not read',
    pre: 'This Agreement is made between Acme Limited (the "Supplier") and Beta Limited (the "Customer").',
    body: [
      "This Agreement may be brought to an end at the election of any party on six months' written notice, without giving reasons.",
    ],
    kind: 'C exit-flexibility',
  },
  {
    name: 'MISS below-list: "Catalogue price" / "Contract price" columns',
    pre: 'This Agreement is made between Acme Limited (the "Supplier") and Beta Limited (the "Customer").',
    body: [
      '| Item | Catalogue price | Contract price |',
      '| --- | --- | --- |',
      '| Licence | £10,000.00 | £8,000.00 |',
    ],
    kind: 'C discount',
  },
];

const UNBALANCED: (Case & { kind: string })[] = [
  {
    name: 'term-extension: delay extension wrongly balances a discount in the same section',
    pre: null,
    body: [
      'Provider grants Customer a discount of 10% on the Fees for SOW-3. Any delay caused by Customer extends the term of SOW-3 by the period of that delay.',
    ],
    kind: 'discount',
  },
  {
    name: 'term-extension: force majeure extension wrongly balances a fee waiver in the same section',
    pre: null,
    body: [
      'Provider waives the $5,000 mobilisation fee for Order 2. A Force Majeure Event automatically extends the term of Order 2 by the duration of the Force Majeure Event.',
    ],
    kind: 'waiver',
  },
  {
    name: 'volume-commitment: insurance duty wrongly balances a discount',
    pre: null,
    body: [
      'Provider grants Customer a 15% discount on the Fees for the Initial Term. Customer shall maintain no less than $2,000,000 of commercial general liability insurance during the Term.',
    ],
    kind: 'discount',
  },
  {
    name: 'volume-commitment: conditional "orders additional modules" wrongly balances a discount',
    pre: null,
    body: [
      'Provider grants Customer a 20% discount on the Platform Fees for the Initial Term. If Customer orders additional analytics modules during the Term, they will be charged at the then-current list price.',
    ],
    kind: 'discount',
  },
];

describe('near misses of the seventh round of blind sets', () => {
  for (const c of NOTHING) it(`reads no term: ${c.name}`, () => assert.deepEqual(kinds(read(c.pre, c.body)), []));
  for (const c of FINDS)
    it(`still reads ${c.kind}: ${c.name}`, () => {
      const found = kinds(read(c.pre, c.body));
      assert.ok(found.includes(c.kind), found.join(', ') || 'nothing');
    });
  for (const c of UNBALANCED)
    it(`leaves the ${c.kind} unbalanced: ${c.name}`, () => {
      const r = read(c.pre, c.body);
      const concession = r.terms.find((t) => t.type === 'concession' && t.kind === c.kind);
      assert.equal(r.judgements.find((j) => j.concession === concession?.id)?.status, 'unbalanced');
    });
});
