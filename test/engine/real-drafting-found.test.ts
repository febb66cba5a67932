import assert from 'node:assert/strict';
import { benefits, concessions, contract, lines } from '../helpers/contract.js';
import { review } from '../../src/engine/index.js';

// What the rules of real-drafting-restraint.test.ts still find, and contract language found on real drafting.
describe('terms: the rules above reach no further than they say', () => {
  const stillFound: [string, string][] = [
    [
      'Customer may terminate this Agreement at any time upon ninety (90) days notice, ' +
        'provided that Customer pays Provider any shortfall in the Minimum Purchase Commitment.',
      'exit-flexibility',
    ],
    [
      'Customer may terminate this Agreement for convenience on thirty (30) days notice, after which Customer can no longer access the Service.',
      'exit-flexibility',
    ],
    [
      'Customer shall have the right to withdraw from this contract at any time upon thirty (30) days notice.',
      'exit-flexibility',
    ],
    ['Customer may terminate the Agreement with a ninety (90) day written notice for any reason.', 'exit-flexibility'],
    [
      'Provider shall provide the migration services at no additional charge, except as otherwise agreed in writing.',
      'free-scope',
    ],
    ['Provider shall provide free training of up to five (5) days per year.', 'free-scope'],
    ['Free support is included for users of the Octo Copilot plan.', 'free-scope'],
    [
      'Customer may return any Products (i) for any reason within 90 days; or (ii) that are damaged or defective.',
      'exit-flexibility',
    ],
  ];
  for (const [sentence, kind] of stillFound)
    it(`still finds ${kind} in "${sentence.slice(0, 60)}…"`, () =>
      assert.ok(
        concessions(contract(sentence)).some((c) => c.startsWith(`${kind} `)),
        concessions(contract(sentence)).join(),
      ));

  it("reads a licence's guaranteed minimum dropped as a waiver, and a disclaimer of guarantees as none", () => {
    assert.deepEqual(
      concessions(contract('There shall be no Minimum Guarantee attributable to the Second Release.')).map(
        (c) => c.split(' ')[0],
      ),
      ['waiver'],
    );
    assert.deepEqual(concessions(contract('There shall be no guarantee that the Services will be uninterrupted.')), []);
  });

  it('reads what the parties agree a price becomes as given by the party paid, and an acknowledged leave as given', () => {
    assert.deepEqual(concessions(contract('The parties agree that the fees shall be reduced by ten percent (10%).')), [
      'discount Provider->Customer',
    ]);
    assert.deepEqual(
      concessions(
        contract(
          'The parties agree that this Agreement may be terminated by either party at any time on thirty days notice.',
        ),
      ),
      ['exit-flexibility both->both'],
    );
    assert.deepEqual(
      benefits(contract("Customer acknowledges that Provider may use Customer's logo in its marketing materials.")),
      ['publicity Customer->Provider binding'],
    );
    assert.deepEqual(benefits(contract('Customer acknowledges that the testimonials it gave were its own.')), []);
  });

  it('reads a contraction as a negation over a list of objects', () =>
    assert.deepEqual(
      benefits(
        contract(
          'Customer agrees that it won’t make any representations, warranties, guarantees or endorsements to anyone on behalf of Provider.',
        ),
      ),
      [],
    ));

  it('still finds a give-back after an opening phrase of time without its comma', () =>
    assert.deepEqual(benefits(contract('Before launch Customer shall act as a reference for Provider.')), [
      'reference Customer->Provider binding',
    ]));

  const noBenefit: [string, string][] = [
    [
      "a link to one's own settings page",
      'Provider shall provide a link in the account settings page where Customer can export its data.',
    ],
    ['a link to a policy page', 'Provider shall post a link to the Privacy Policy page.'],
    [
      "a lender's standstill",
      'Customer shall not exercise its rights under the Security Agreement until six (6) months after the Maturity Date.',
    ],
    [
      'a document that is a reference for a calculation',
      'The Price List shall be a reference for the calculation of the Fees.',
    ],
  ];
  it('reads paying in advance to keep using a service as its billing, and a prepayment committed as a give-back', () => {
    assert.deepEqual(
      benefits(contract('After the trial period, Customer needs to pay in advance to keep using the Service.')),
      [],
    );
    assert.deepEqual(benefits(contract('Customer shall prepay the Fees for the first twelve (12) months.')), [
      'prepayment Customer->Provider binding',
    ]);
  });

  for (const [what, sentence] of noBenefit)
    it(`reads ${what} as no give-back`, () => assert.deepEqual(benefits(contract(sentence)), []));

  it('reads the most favourable exchange or freight rate as no price protection', () => {
    for (const sentence of [
      'Provider shall obtain the most favourable exchange rate available for each payment.',
      'Provider shall use reasonable efforts to obtain the most favorable freight rates for the shipments.',
    ])
      assert.deepEqual(concessions(contract(sentence)), []);
  });
});

describe('terms: contract language found on real drafting', () => {
  const cases: [string, string][] = [
    [
      'Provider warrants that the prices at which Provider sells to Customer shall be no less favourable ' +
        'to Customer than the prices at which Provider sells similar products to any other customer.',
      'price-protection',
    ],
    [
      'At no time shall any product price exceed the lowest price at which Provider sells such product to any third party.',
      'price-protection',
    ],
    ['Provider guarantees that Customer will enjoy the most favorable treatment during the Term.', 'price-protection'],
    [
      'Provider shall offer Customer the most favorable financial leasing scheme available on the platform.',
      'price-protection',
    ],
    [
      'If Provider agrees a standstill with another person, ' +
        'Customer shall have the full benefit of any materially more favourable terms contained in it.',
      'price-protection',
    ],
    [
      'Provider reserves the right to change its unit prices, provided however, ' +
        'that any price changes shall be uniformly applied to all distributors of Provider.',
      'price-protection',
    ],
    [
      'In the event that Provider grants to another reseller in the U.S. ' +
        'or the Territory the right to sell any Product at an earlier date, ' +
        'then Provider shall also grant to Customer the right to sell such Product on such earlier date.',
      'price-protection',
    ],
    [
      'If Provider enters into an agreement with a third party for the resale of ' +
        'the Products on terms more favourable than those contained in this Agreement, ' +
        'then Customer has the right to incorporate such terms into this Agreement.',
      'price-protection',
    ],
    [
      'Where the prices offered by Provider to any other dealer are more ' +
        'favorable than those enjoyed by Customer, the parties shall amend ' +
        'this Agreement so that Customer enjoys the same or more favorable terms.',
      'price-protection',
    ],
    [
      'Customer shall have the right to renew the Agreement for another year with Subscription ' +
        'Fees that do not exceed a five percent increase over the existing Subscription Fees.',
      'price-protection',
    ],
    ['Prices will remain in effect for the period of the initial five year term.', 'price-protection'],
    [
      'With respect to any Consumable, there will be no increases from the per ' +
        'unit pricing set forth in Schedule 5.2.1 for at least the first two years.',
      'price-protection',
    ],
    [
      'The per unit pricing charged by Provider to Customer at any time shall be no greater than ' +
        'the lowest price per unit charged by Provider to any similarly situated third party customer.',
      'price-protection',
    ],
    [
      'Provider shall discount List Prices for Customer by [***] percent ([***]%) or such higher amount as agreed.',
      'discount',
    ],
    [
      'Provider will not charge *** Run Fees for reasonable quantities required to complete clearance testing.',
      'waiver',
    ],
    [
      "Customer's right of offset shall not apply to any Structured Payments and " +
        'Customer hereby waives all such rights of setoff against such Structured Payments.',
      'waiver',
    ],
    [
      'Provider may charge Customer fees for the Content, provided that such fees ' +
        'shall not exceed the fees charged by Provider to unaffiliated third parties.',
      'price-protection',
    ],
    [
      'Provider may raise its prices once a year; all such price changes will not exceed the increase in the consumer price index.',
      'price-protection',
    ],
    [
      'Provider shall indemnify Customer against all claims, regardless of the negligence of any of the indemnified parties.',
      'risk',
    ],
    [
      'This Agreement may be terminated by Customer at any time upon six (6) months prior written notice to Provider.',
      'exit-flexibility',
    ],
    [
      'Customer may, at any time prior to the scheduled date of shipment, cancel any or all Products on order.',
      'exit-flexibility',
    ],
    ['The setup fee is payable by Customer in eight (8) equal payments to be made quarterly.', 'payment-terms'],
    ['Customer shall pay each invoice no later than ninety (90) days after receipt of the invoice.', 'payment-terms'],
    ['Provider will waive the requirement under Section 14.7 that Customer post a letter of credit.', 'waiver'],
    [
      'Customer may return Products to Provider for credit or full reimbursement, as the case may be.',
      'exit-flexibility',
    ],
  ];
  for (const [sentence, kind] of cases) {
    it(`finds ${kind} in "${sentence.slice(0, 60)}…"`, () =>
      assert.deepEqual(
        concessions(contract(sentence)).map((c) => c.split(' ')[0]),
        [kind],
      ));
  }

  it('reads a proviso split off by a semicolon as a term of its own', () => {
    const r = contract(
      'Provider may revise its prices from time to time on ninety days notice to Customer; ' +
        'provided that Provider agrees that the prices listed in Exhibit A shall ' +
        'not be increased during the first 90 days of this Agreement.',
    );
    assert.deepEqual(concessions(r), ['price-protection Provider->Customer']);
  });

  it('names the holder of a passive exit right', () => {
    assert.deepEqual(
      concessions(
        contract('This Agreement may be terminated by Customer at any time upon six (6) months prior written notice.'),
      ),
      ['exit-flexibility Provider->Customer'],
    );
  });

  it('keeps net 60 as ordinary in a deal that is set up, and a give in one that is varied', () => {
    const term = "Payment of Provider's invoices shall be due within sixty (60) days of the invoice date.";
    assert.deepEqual(concessions(contract(term)), []);
    const amendment = review(
      lines(
        '# Amendment No. 2 to the Services Agreement',
        '',
        'This Amendment is between Northwind Analytics, Inc. ("Provider") and Contoso Health LLC ("Customer").',
        '',
        term,
      ),
    );
    assert.deepEqual(concessions(amendment), ['payment-terms Provider->Customer']);
  });
});
