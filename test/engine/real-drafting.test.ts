import assert from 'node:assert/strict';
import { benefits, concessions, contract, lines } from '../helpers/contract.js';
import { review } from '../../src/engine/index.js';

// Classes of real drafting a negotiator reads as no term (issue 16), each written anew here.
describe('terms: restraint on real drafting', () => {
  const noTerm: [string, string][] = [
    [
      'procedural waiver of venue',
      'Each party irrevocably waives any objection to the laying of venue in the courts of New York.',
    ],
    [
      'anti-waiver about a failure or delay',
      'Customer hereby waives any failure or delay on the part of Provider in asserting any of its rights.',
    ],
    ['subrogation under insurance', "Provider's policies shall waive rights of subrogation against Customer."],
    [
      'standard documentation at no charge',
      'Provider shall supply Customer at no additional charge with its standard package of user documentation.',
    ],
    [
      'support that is part of the agreement',
      'Provider agrees to furnish resources, at no additional cost, as part of this Agreement to assist the migration.',
    ],
    [
      'a remedy that makes good a shortage',
      'Provider shall deliver the shortage quantities of conforming units at no cost to Customer.',
    ],
    [
      'a licence that is royalty-free',
      'Provider hereby grants Customer a non-exclusive licence to use the Software, free of charge, during the Term.',
    ],
    [
      'a duty whose cost is allocated',
      "Customer shall execute any documents necessary to confirm Provider's rights, at no cost to Provider.",
    ],
    [
      "an exit on the other side's merger",
      'In the event of the merger or consolidation of Customer with any other entity, Provider shall have the right to terminate this Agreement.',
    ],
    [
      'nothing deemed a waiver',
      'Nothing contained in this Agreement shall be deemed to waive any right Customer may have under applicable law.',
    ],
    [
      'a cap on liability',
      "Each party's total liability under this Agreement shall not exceed the fees paid in the prior twelve months.",
    ],
    [
      'a run-in heading',
      'Termination by Customer for Convenience.\nThe provisions of this Section apply to every Order.',
    ],
    [
      'the most favorable date, not treatment',
      'Provider shall use commercial efforts to secure the most favorable shipment date for the other Products.',
    ],
    [
      'a right under another agreement',
      'Provider may terminate any Reseller Agreement pursuant to the terms of such Reseller Agreement.',
    ],
    [
      'a right the other agreement gives',
      'Provider shall have the right to terminate the Marketing Fund Agreement pursuant to its terms.',
    ],
    [
      'an exit that follows the end of a related licence',
      'Provider may terminate this Schedule, in whole or in part, without liability, due to the expiration or termination of the Platform License.',
    ],
    [
      'a right named by the section that makes it',
      "Customer's right to receive the refund of the Setup Fee as provided under Section 5 may not be revoked except in writing signed by Provider.",
    ],
    [
      'a concession named again with "such"',
      "Any notice revoking Customer's right to receive such rebate shall be delivered within thirty (30) days.",
    ],
    [
      'goods returned as a remedy for a defect',
      "With respect to Customer's inventory of Product discontinued due to an alleged defect, Customer may return such Product at any time to Provider for full credit.",
    ],
    [
      'a right to terminate kept for cause',
      'Provider reserves the right to terminate this Agreement immediately for cause.',
    ],
    [
      'an election to terminate that points at a right made elsewhere',
      'Should Customer elect to terminate this Agreement, Provider shall reimburse Customer within thirty (30) days.',
    ],
    [
      'a wish to terminate under a section',
      'If Customer wishes to terminate this Agreement pursuant to Section 9, Customer shall give notice to Provider.',
    ],
    [
      'a pension scheme the employer may end',
      'Provider reserves the right to terminate or substitute another pension scheme for the Scheme.',
    ],
    [
      'a covenant that lasts without limit in time',
      'Customer shall not disclose the Confidential Information during the Term nor at any time (without limit) after its termination.',
    ],
    [
      'undertakings that continue without limit in time',
      'The undertakings in this Clause shall continue in force without limit in time and shall survive termination.',
    ],
    [
      'something else also given',
      'Provider shall also provide Customer with any other documentation it may reasonably request.',
    ],
    [
      'a return right listed for faults in the items that carry its enumeration on',
      'Customer shall have the right to return for full credit any Products (i) that infringe any patent; (b) that are shipped in error; or (c) that are damaged or defective.',
    ],
    [
      'tax withheld at a reduced treaty rate',
      'Customer shall provide the tax forms needed for Provider to apply a reduced withholding rate under an applicable income tax treaty.',
    ],
    [
      "a fee reduced for the payee's shortfall",
      'If Provider delivers less than 500 Details in a Calendar Year, then the fee due Provider for that year shall be reduced by ten percent (10%).',
    ],
    [
      'free but for what the deal prices elsewhere',
      'Provider, without charge or expense to Customer (other than as set forth in Sections 3.6 and 4.2), shall provide the personnel and facilities.',
    ],
    [
      'at no cost but for a share of revenue',
      'Provider shall provide the Products to the end users at no cost to Customer, except solely for the Provider Share of Net Revenue.',
    ],
    [
      'an exit on an account suspended for a violation',
      "Provider may terminate this Agreement if Customer's Account has been suspended for more than 90 days.",
    ],
    [
      'an exit on dissolution or receivership',
      'Provider may terminate this Agreement if Customer is dissolved, enters receivership or a winding up order is made.',
    ],
    [
      "a consumer's statutory right of withdrawal",
      'You have the right to withdraw from the transaction within fourteen (14) days from the date of the purchase.',
    ],
    [
      'employment at will',
      'Customer has the right to resign and Provider has the right to terminate the employment at will, at any time, for any or no reason.',
    ],
    [
      'credit terms withdrawn, not the agreement ended',
      'Provider may terminate or modify these payment terms with reasonable notice if it believes its payments may be at risk.',
    ],
    [
      'a contract with someone else ended',
      'Customer shall have the right to terminate its agreement with any such advertiser in its reasonable discretion.',
    ],
    [
      'an allowance per period the service includes',
      'Provider will restore system images at no additional charge up to two (2) times per month per server.',
    ],
    [
      'a cap on requests per month at no additional charge',
      'Emergency requests will be limited to three (3) requests per month at no additional charge; more are charged hourly.',
    ],
    ["a plan's name after its product's", 'For Octo Copilot Free users, the data collected may be used for training.'],
    [
      'a discount for goods delivered late',
      'For Consumables delivered more than ten (10) days after the delivery date, a five percent (5%) discount from the price for the Consumable delivered late applies.',
    ],
  ];
  for (const [what, sentence] of noTerm) {
    it(`reads ${what} as no concession`, () => assert.deepEqual(concessions(contract(sentence)), []));
  }

  it('reads a negated subject over the whole sentence, however long', () => {
    const r = contract(
      "Neither Party, nor any of its Affiliates or their respective officers, directors or representatives, shall issue any press release or use the name or logo of the other Party in any advertising, without the other Party's prior written consent.",
    );
    assert.deepEqual(benefits(r), []);
  });

  it('reads an exit whose listed triggers are all failures as a remedy, and keeps one listed for convenience', () => {
    const remedyOnly = contract(
      '4.3 Customer may terminate this Agreement immediately:',
      '',
      '   a. if Provider fails to cure a material breach within thirty (30) days of notice;',
      '   b. upon notice if Provider becomes insolvent or makes an assignment for the benefit of creditors.',
    );
    assert.deepEqual(concessions(remedyOnly), []);
    const withConvenience = contract(
      '4.3 Customer may terminate this Agreement:',
      '',
      '   a. for convenience on thirty (30) days notice to Provider;',
      '   b. upon notice if Provider becomes insolvent.',
    );
    assert.deepEqual(concessions(withConvenience), ['exit-flexibility Provider->Customer']);
  });

  it('reads a dismissal or suspension for misconduct as a remedy', () => {
    const summary = contract(
      '14.1 Provider may terminate this Agreement without notice if Customer shall at any time:',
      '',
      '   (a) be guilty of dishonesty or other gross misconduct;',
      '   (b) act in a manner likely to bring Provider into disrepute; or',
      '   (c) be convicted of a criminal offence.',
    );
    assert.deepEqual(concessions(summary), []);
    assert.deepEqual(
      concessions(
        contract(
          'Provider shall have the right to suspend the Services pending any investigation into potential dishonesty or gross misconduct by Customer.',
        ),
      ),
      [],
    );
  });

  it('reads a later option of a remedy as a remedy too, and a waiver of moral rights as boilerplate', () => {
    const options = contract(
      "If Provider fails to repair the Product, then, in addition to any other remedies, Customer shall have the right either (1) to repair the Product itself at Provider's expense; or (2) to receive a full refund of any amounts paid for the Product.",
    );
    assert.deepEqual(concessions(options), []);
    assert.deepEqual(
      concessions(
        contract(
          'Customer hereby irrevocably waives all rights that arise under Chapter IV of Part I of the Copyright, Designs and Patents Act 1988 in the Deliverables.',
        ),
      ),
      [],
    );
  });

  it('reads a release the contract calls mutual as given by both sides', () => {
    assert.deepEqual(
      concessions(
        contract(
          'On renewal, Customer shall sign a release (which will be a mutual release with limited exclusions) that waives all claims against Provider.',
        ),
      ),
      ['waiver both->both'],
    );
  });

  it('reads fees no longer payable after a termination for breach as a remedy', () => {
    assert.deepEqual(
      concessions(
        contract(
          "In the event that termination is the result of Provider's uncured material breach, then: (a) Customer's minimum purchase commitment shall terminate; and (b) no royalties shall be payable by Customer on any sale of Licensed Products.",
        ),
      ),
      [],
    );
  });

  it('reads a fee no longer payable as given by the party that is paid', () => {
    assert.deepEqual(
      concessions(contract('Upon expiration, no royalties shall be payable by Customer on the sale of any Product.')),
      ['waiver Provider->Customer'],
    );
    assert.deepEqual(
      concessions(contract('Customer shall pay the Fees as follows: (a) no Fees will be due until the Launch Date.')),
      ['waiver Provider->Customer'],
    );
  });

  it('takes the part of an exit set aside as a remedy with it', () => {
    const r = contract(
      'If Provider fails to make the Service available within seventy (70) days, Customer shall have the right to terminate this Agreement without penalty.',
    );
    assert.deepEqual(concessions(r), []);
  });

  it('reads "on the one hand … on the other" as a mutual subject', () => {
    const r = review(
      lines(
        'This Agreement is between Harbor Labs Inc. ("Harbor"), Quay Ltd. ("Quay") and Alder LLC ("Alder").',
        '',
        'Harbor or Quay, on the one hand, and Alder, on the other, may terminate this Agreement by delivering sixty (60) days written notice to the other party.',
      ),
    );
    assert.deepEqual(concessions(r), ['exit-flexibility both->both']);
  });
});

describe("give-backs: promotion through one's own channels", () => {
  it("reads a link placed to the other party's site, or in a newsletter, as publicity by the one who places it", () => {
    assert.deepEqual(
      benefits(
        contract(
          'For the Term, Provider will place a link to the Globex Store home page within its monthly newsletter.',
        ),
      ),
      ['publicity Provider->Customer binding'],
    );
    assert.deepEqual(benefits(contract('Customer shall display a link on its web site to the Acme Software site.')), [
      'publicity Customer->Provider binding',
    ]);
  });

  it("reads cross-promotion of each other's products as publicity by both, and a link inside a document as none", () => {
    assert.deepEqual(
      benefits(
        contract("The parties agree to cross-promote one another's products through their customer e-mail lists."),
      ),
      ['publicity both->both binding'],
    );
    assert.deepEqual(
      benefits(contract("Provider's compliance letter shall include a link to Provider's code of conduct.")),
      [],
    );
  });

  it('reads being a reference for the other party as a reference, and a reference to a section as none', () => {
    assert.deepEqual(
      benefits(contract("Customer agrees to be a reference for Provider, upon Provider's reasonable request.")),
      ['reference Customer->Provider binding'],
    );
    assert.deepEqual(benefits(contract('Any reference to this Agreement shall be a reference to it as amended.')), []);
  });

  it('reads neither a run-in heading about hosting nor "in the event that" as speaking at an event', () => {
    assert.deepEqual(
      benefits(
        contract(
          'Relocation of Managed Hosting Services In the event that Provider relocates the servers, Customer will cooperate.',
        ),
      ),
      [],
    );
  });

  it("reads a product portfolio as what a company sells, and the work shown in one's portfolio as publicity", () => {
    assert.deepEqual(
      benefits(
        contract('Provider shall plan the media buying consistent with its practice for its own product portfolio.'),
      ),
      [],
    );
    assert.deepEqual(
      benefits(contract('Customer agrees that Provider may include the finished designs in its portfolio.')).map(
        (b) => b.split(' ')[0],
      ),
      ['publicity'],
    );
  });

  it('reads a press release named in an opening phrase of time as its occasion, not a grant', () => {
    assert.deepEqual(
      benefits(
        contract(
          'Prior to the release of any press releases related to this Agreement, the releasing party shall submit a written request for approval to the other party.',
        ),
      ),
      [],
    );
    assert.deepEqual(
      benefits(contract('Before the launch, Customer shall issue a joint press release with Provider.')).map(
        (b) => b.split(' ')[0],
      ),
      ['publicity'],
    );
  });

  it('reads a subscription billed on a pre-pay basis, and the title of a guide, as no give-back', () => {
    assert.deepEqual(
      benefits(contract('Customer will be billed each year, on a pre-pay basis until Customer cancels.')),
      [],
    );
    assert.deepEqual(
      benefits(
        contract(
          "Customer shall comply with the U.S. Federal Trade Commission's Guidelines on Endorsements and Testimonials.",
        ),
      ),
      [],
    );
  });

  it('keeps extra units per period at no charge as free scope', () => {
    assert.deepEqual(
      concessions(contract('Provider shall provide up to ten additional hours per month at no charge.')).map(
        (c) => c.split(' ')[0],
      ),
      ['free-scope'],
    );
  });

  it('reads a subject that names both parties of the contract as both, not a passive agent before another subject', () => {
    assert.deepEqual(
      benefits(
        contract(
          "Provider and Customer may reference their relationship by creating a hyper-link from one party's web site to the other party's web site.",
        ),
      ),
      ['publicity both->both binding'],
    );
    assert.deepEqual(
      concessions(
        contract(
          'The Campaign shall be conducted by Provider and Customer waives any right to approve the Campaign materials.',
        ),
      ).map((c) => c.split(' ')[1]),
      ['Customer->Provider'],
    );
  });
});

describe('terms: the rules above reach no further than they say', () => {
  const stillFound: [string, string][] = [
    [
      'Customer may terminate this Agreement at any time upon ninety (90) days notice, provided that Customer pays Provider any shortfall in the Minimum Purchase Commitment.',
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
      'Provider warrants that the prices at which Provider sells to Customer shall be no less favourable to Customer than the prices at which Provider sells similar products to any other customer.',
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
      'If Provider agrees a standstill with another person, Customer shall have the full benefit of any materially more favourable terms contained in it.',
      'price-protection',
    ],
    [
      'Provider reserves the right to change its unit prices, provided however, that any price changes shall be uniformly applied to all distributors of Provider.',
      'price-protection',
    ],
    [
      'In the event that Provider grants to another reseller in the U.S. or the Territory the right to sell any Product at an earlier date, then Provider shall also grant to Customer the right to sell such Product on such earlier date.',
      'price-protection',
    ],
    [
      'If Provider enters into an agreement with a third party for the resale of the Products on terms more favourable than those contained in this Agreement, then Customer has the right to incorporate such terms into this Agreement.',
      'price-protection',
    ],
    [
      'Where the prices offered by Provider to any other dealer are more favorable than those enjoyed by Customer, the parties shall amend this Agreement so that Customer enjoys the same or more favorable terms.',
      'price-protection',
    ],
    [
      'Customer shall have the right to renew the Agreement for another year with Subscription Fees that do not exceed a five percent increase over the existing Subscription Fees.',
      'price-protection',
    ],
    ['Prices will remain in effect for the period of the initial five year term.', 'price-protection'],
    [
      'With respect to any Consumable, there will be no increases from the per unit pricing set forth in Schedule 5.2.1 for at least the first two years.',
      'price-protection',
    ],
    [
      'The per unit pricing charged by Provider to Customer at any time shall be no greater than the lowest price per unit charged by Provider to any similarly situated third party customer.',
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
      "Customer's right of offset shall not apply to any Structured Payments and Customer hereby waives all such rights of setoff against such Structured Payments.",
      'waiver',
    ],
    [
      'Provider may charge Customer fees for the Content, provided that such fees shall not exceed the fees charged by Provider to unaffiliated third parties.',
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
      'Provider may revise its prices from time to time on ninety days notice to Customer; provided that Provider agrees that the prices listed in Exhibit A shall not be increased during the first 90 days of this Agreement.',
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
