import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { benefits, concessions, contract, lines } from '../helpers/contract.js';

// From two blind negotiators' reads of CUAD exhibits and standard forms (issue 16): each class written anew.
describe('terms: rights the law gives, set-offs and triggers are no concessions', () => {
  const noConcession: [string, string][] = [
    ['an exit on grounds the law gives', 'Customer may terminate the agreement on any grounds available by law.'],
    ['an exit the statute permits', 'Customers may terminate under any grounds permitted by state law.'],
    [
      'a price netted against what is owed',
      'The purchase price will be reduced by any liabilities assumed by Provider and any amounts due to Provider.',
    ],
    [
      'rights that cannot be waived',
      'These obligations do not waive or restrict rights that cannot lawfully be waived.',
    ],
    [
      'an exit exercised under the clause that gives it',
      'If the interest is not sold within a reasonable time, Provider may terminate this Agreement, pursuant to ' +
        'Section 17.2 below.',
    ],
    [
      'a right to terminate named by the clause that gives it',
      'Customer shall have the right to terminate this Agreement pursuant to Section 5.1(d).',
    ],
    [
      'an exit when the other side’s service falls behind',
      'By written notice, Customer may terminate this Agreement in its sole discretion if the Service is ' +
        'significantly inferior to comparable services.',
    ],
    [
      'an exit when a growth target is not reached',
      'Provider may immediately terminate this Agreement if the registered user base has not increased by 5,000 users.',
    ],
    [
      'an exit on unmet conditions precedent',
      'If these conditions precedent are not satisfied, Provider shall have the right to terminate this Agreement.',
    ],
    [
      'an exit when the marks are harmed, though the goodwill of the marks is named',
      "Provider may terminate the trademark license if Customer's use of the Marks tarnishes the associated " +
        'goodwill and such problem is not cured within 10 days of notice of breach.',
    ],
  ];
  for (const [what, sentence] of noConcession)
    it(`reads ${what} as no concession`, () => assert.deepEqual(concessions(contract(sentence)), [], sentence));

  it('still finds the exit at will, the discount off the fees and a goodwill credit', () => {
    assert.deepEqual(concessions(contract('Customer may terminate this Agreement at any time for convenience.')), [
      'exit-flexibility Provider->Customer',
    ]);
    assert.deepEqual(concessions(contract('The Fees shall be reduced by ten percent (10%) for the Renewal Term.')), [
      'discount Provider->Customer',
    ]);
    assert.deepEqual(
      concessions(contract('After the outage, Provider will issue a one-time goodwill credit of $7,500.')),
      ['credit Provider->Customer'],
    );
  });

  it('reads a discount withheld from others as given to its recipient, and one withheld from it as none', () => {
    const held = 'Customer will receive discounted rates that will not be available to the uncommitted shippers.';
    assert.deepEqual(concessions(contract(held)), ['discount Provider->Customer']);
    assert.deepEqual(concessions(contract('The discounted rates will not be available to Customer after 2026.')), []);
  });
});

describe('give-backs: a promise not to compete, a requirements contract, sales leads', () => {
  const pairs: [string, string][] = [
    [
      'Customer agrees not to manufacture, buy, sell or deal in any products with the specifications of any of the Products.',
      'exclusivity Customer->Provider binding',
    ],
    [
      'Customer agrees not to enter into an agreement with another company for the purpose of promoting products ' +
        'similar to the Products.',
      'exclusivity Customer->Provider binding',
    ],
    [
      'Customer shall be required to obtain from Provider all of those Services which are included in the Base Fee.',
      'exclusivity Customer->Provider binding',
    ],
    ['Customer shall refer to Provider the following sales requests.', 'referral Customer->Provider binding'],
    [
      'The Supply Forecast will be a binding commitment on the Customer’s behalf to purchase during the first quarter ' +
        'at least 85% of the quantity of the listed Product.',
      'volume-commitment Customer->Provider binding',
    ],
    [
      "Provider may and is hereby authorized to use Customer's name in connection with promotion of its business.",
      'publicity Customer->Provider binding',
    ],
    [
      'Customer shall mention the Provider name in all press releases related to the Services.',
      'publicity Customer->Provider binding',
    ],
    [
      'Customer will receive priority service in exchange for a commitment to transport (or pay for) those volumes.',
      'volume-commitment Customer->Provider binding',
    ],
  ];
  for (const [sentence, expected] of pairs)
    it(`finds “${sentence.slice(0, 60)}…”`, () => assert.deepEqual(benefits(contract(sentence)), [expected]));

  it('reads an order threshold, not a pointer back “as described above”, as a volume condition', () => {
    const pointer =
      'If, during the twelve (12) months following our purchase of your assets, as described above, ' +
      'Customer breaches any covenant, Provider may stop paying the instalments.';
    assert.deepEqual(benefits(contract(pointer)), []);
  });

  it('reads support and medical inquiries passed on as no referral of business', () => {
    assert.deepEqual(benefits(contract('Customer shall refer all medical inquiries to Provider.')), []);
  });

  it('balances a discount for committed shippers with the commitment the clause asks for', () => {
    const r = review(
      lines(
        'This Agreement is made between Acme Pipe Line LLC ("Carrier") and Beta Refining Inc. ("Shipper").',
        '',
        '4.5 A Committed Shipper will receive service for its committed volumes, in exchange for a commitment to ' +
          'transport (or pay for) those volumes. Those who elect to become a Committed Shipper will receive the benefit ' +
          'of discounted rates that will not be available to the uncommitted shippers.',
      ),
    );
    assert.deepEqual(
      r.findings.filter((f) => f.ruleId === 'unreciprocated-concession'),
      [],
    );
    assert.equal(r.terms.filter((t) => t.type === 'concession').length, 1);
  });
});

describe('terms: fee relief, favoured treatment and caps lifted, as real drafting words them', () => {
  const found: [string, string][] = [
    [
      'Customer is not required to pay to Provider a transfer fee for the following transfers.',
      'waiver Provider->Customer',
    ],
    ['Customer shall be entitled to receive discounts on certain Services.', 'discount Provider->Customer'],
    [
      'All Customer Users shall be treated at least as favorably (including with respect to pricing) as Provider ' +
        'treats users of the Provider Site.',
      'price-protection Provider->Customer',
    ],
    [
      'The limitation on liability in Section 9 shall not apply to any liability of Customer under Section 12.',
      'risk Customer->Provider',
    ],
    [
      'The limitation on liability in Section 9 shall not apply to any liability of Provider under Section 12.',
      'risk Provider->Customer',
    ],
  ];
  for (const [sentence, expected] of found)
    it(`finds “${sentence.slice(0, 60)}…”`, () => assert.deepEqual(concessions(contract(sentence)), [expected]));

  it('reads a credit of what was paid in excess as a true-up', () => {
    const trueUp = 'Customer shall be entitled to a credit of such excess amount up to the amount of any payment made.';
    assert.deepEqual(concessions(contract(trueUp)), []);
  });

  it('reads royalties not due on units returned or no longer sold as how royalties work', () => {
    const sentence =
      'Where a Product is returned, Customer is not required to pay any Royalty Payment on that Product.';
    assert.deepEqual(concessions(contract(sentence)), []);
  });

  it('reads a grant of the right to use a party’s logo as publicity, in the second person too', () => {
    const you = review(
      lines(
        'These terms are between you and GitHub, Inc. ("GitHub"). You may join the Program.',
        '',
        'You grant to GitHub the right to use your logo and other Partner Materials in the Campaign.',
      ),
    );
    assert.deepEqual(
      you.terms.filter((t) => t.type === 'benefit').map((t) => t.kind),
      ['publicity'],
    );
    assert.deepEqual(
      benefits(contract("Customer grants to Provider a licence to use Customer's name in the Campaign.")),
      ['publicity Customer->Provider binding'],
    );
  });
});

// Near misses of the patterns above (a maintainer's read): ordinary duties and rights that must stay as they were.
describe('near misses: licence limits, orders, satisfaction, pointers, credits and marks', () => {
  const noBenefit = [
    'Customer shall use the Software solely for its internal business purposes.',
    'Customer shall purchase from Provider all the Products specified in each Purchase Order.',
    'Customer grants to Provider a non-exclusive licence to use its trademarks to perform the Services.',
  ];
  for (const sentence of noBenefit)
    it(`reads “${sentence.slice(0, 50)}…” as no give-back`, () => assert.deepEqual(benefits(contract(sentence)), []));

  const stillConcessions: [string, string][] = [
    [
      'If Customer is not satisfied with the Services, Customer may cancel this Agreement within the first thirty (30) days.',
      'exit-flexibility Provider->Customer',
    ],
    [
      'Customer may terminate this Agreement in accordance with Section 1 at any time for convenience.',
      'exit-flexibility Provider->Customer',
    ],
    [
      'The License Fee shall be reduced by all amounts already paid by Customer for the Pilot.',
      'discount Provider->Customer',
    ],
    [
      'Customer shall provide monthly forecasts and shall receive a discount of ten percent (10%).',
      'discount Provider->Customer',
    ],
  ];
  for (const [sentence, expected] of stillConcessions)
    it(`still finds “${sentence.slice(0, 50)}…”`, () => assert.deepEqual(concessions(contract(sentence)), [expected]));

  it('reads a discount withheld from the recipient by name as none', () => {
    const held = 'Provider shall give a discount of ten percent (10%) that will not be available to Customer.';
    assert.deepEqual(concessions(contract(held)), []);
  });
});
