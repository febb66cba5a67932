import assert from 'node:assert/strict';
import { benefits, concessions, contract } from '../helpers/contract.js';

// Give-backs, and what a negotiator reads around a right, on real drafting (issue 16): each class
// written anew here. Terms found and set aside are in real-drafting-restraint.test.ts and
// real-drafting-found.test.ts.
describe('give-backs found on real drafting', () => {
  const cases: [string, string][] = [
    [
      "Customer agrees not to represent or sell other products which are deemed to be competitive with Provider's products.",
      'exclusivity Customer->Provider binding',
    ],
    [
      'Customer will exclusively purchase the Products from Provider during the Term.',
      'exclusivity Customer->Provider binding',
    ],
    [
      'If Customer fails to submit Orders of at least the Minimum Quantity, Customer shall pay Provider a sum equal to the shortfall.',
      'volume-commitment Customer->Provider binding',
    ],
    [
      'During the Term, Provider will not enter into more than two other agreements with companies that sell similar products.',
      'exclusivity Provider->Customer binding',
    ],
    [
      'Customer shall not enter into any arrangement or agreement with any third party for operating centres identical or similar to the Centres.',
      'exclusivity Customer->Provider binding',
    ],
    [
      'If customers of Provider ask for the blended product, Provider will refer them to Customer.',
      'referral Provider->Customer binding',
    ],
  ];
  for (const [sentence, expected] of cases) {
    it(`finds ${expected.split(' ')[0]} in "${sentence.slice(0, 60)}…"`, () =>
      assert.deepEqual(benefits(contract(sentence)), [expected]));
  }

  it('reads whole words after a gap: "American Express" is no press, a "Remarketing Agent" no marketing', () => {
    assert.deepEqual(
      benefits(
        contract('All use of the Marks and Proprietary Designations of American Express shall follow its guidelines.'),
      ),
      [],
    );
    assert.deepEqual(
      benefits(contract('The prospectus shall include the name of the Remarketing Agent as set forth on its cover.')),
      [],
    );
  });

  it('reads no give-back in capitals: a disclaimer, a statute quoted in a rider, a heading', () => {
    assert.deepEqual(
      benefits(
        contract(
          'LICENSEE AGREES THAT THE LICENSED DOMAIN NAMES AND CONTENT ARE PROVIDED WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.',
        ),
      ),
      [],
    );
    assert.deepEqual(
      benefits(
        contract(
          'THIS SUBDIVISION DOES NOT PREVENT A FRANCHISOR FROM EXERCISING A RIGHT OF FIRST REFUSAL TO PURCHASE THE FRANCHISE.',
        ),
      ),
      [],
    );
  });
});

describe('terms: what a negotiator reads around a right', () => {
  it('reads a permission to use a name as binding on the party that gave it', () => {
    assert.deepEqual(
      benefits(
        contract(
          "Provider may identify Customer and use Customer's name and logo in marketing to identify Customer as a customer.",
        ),
      ),
      ['publicity Customer->Provider binding'],
    );
  });

  it('sets aside a right that the law or a court order triggers, through the lead-in of a list', () => {
    const r = contract(
      'If required by settlement or court order, Provider may: (a) ' +
        'obtain the right for Customer to continue using the Product; (b) modify the Product; ' +
        'or (c) terminate the affected Order Form and issue a pro-rated refund of prepaid Fees.',
    );
    assert.deepEqual(concessions(r), []);
    assert.deepEqual(
      concessions(
        contract(
          'Provider may terminate this Agreement immediately to comply with export controls and sanctions laws.',
        ),
      ),
      [],
    );
  });

  it('keeps a right for convenience listed after one for breach', () => {
    const r = contract(
      'A) Either party may terminate this Agreement if the other party commits a material breach. B) ' +
        'Customer may terminate this Agreement for convenience by providing ninety days written notice.',
    );
    assert.deepEqual(concessions(r), ['exit-flexibility Provider->Customer']);
  });

  it('reads returning goods that are not defective as an exit, and defective ones as a remedy', () => {
    assert.deepEqual(
      concessions(
        contract('Customer may, in its sole discretion, return such Products at any time to Provider for full credit.'),
      ).map((c) => c.split(' ')[0]),
      ['exit-flexibility'],
    );
    assert.deepEqual(concessions(contract('Customer may return defective Products to Provider for full credit.')), []);
  });

  it('reads a promise not to make a conflicting agreement as no exclusivity', () => {
    assert.deepEqual(
      benefits(
        contract(
          'Provider will not enter into any agreement, written or oral, that would conflict with its obligations under this Agreement.',
        ),
      ),
      [],
    );
  });

  it('reads one party released from all liability for the venture as a risk the other carries', () => {
    const r = contract(
      'The joint company shall bear all the liabilities of the project, with Customer having no liability in relation to the project.',
    );
    assert.deepEqual(concessions(r), ['risk Provider->Customer']);
  });

  it('reads the many ways an exit is written', () => {
    const exits = [
      "Provider shall have the absolute right to terminate this Agreement upon thirty (30) days' prior written notice to Customer.",
      "This Agreement shall be terminable by Provider upon sixty (60) days' written notice to Customer.",
      'Provider is entitled to unilaterally terminate this Agreement within three months from the signing date.',
      "Provider reserves the right, in its sole discretion, to terminate this Agreement on thirty (30) days' notice.",
      'In the event that Provider desires to terminate this Agreement before the end of the Term, ' +
        "it shall give Customer ninety (90) days' written notice.",
      'If Provider elects to terminate this Agreement for any reason, Provider shall pay Customer the Wind-Down Fee.',
      'Provider may, without penalty or prejudice to any other rights or remedies Provider may have, ' +
        "in its sole discretion terminate this Agreement upon ninety (90) days' prior written notice.",
    ];
    for (const exit of exits)
      assert.deepEqual(concessions(contract(exit)), ['exit-flexibility Customer->Provider'], exit);
    assert.deepEqual(
      concessions(
        contract(
          "This Agreement shall terminate (a) at the option of any party, upon 90 days' advance written notice to the other parties.",
        ),
      ).map((c) => c.split(' ')[0]),
      ['exit-flexibility'],
    );
  });

  it('reads an item of a list of the ways to terminate that lets a party leave on notice alone', () => {
    const listed = (item: string): string[] =>
      concessions(
        contract(
          `This Agreement may be terminated upon the occurrence of any of the following events:\n\n` +
            `(a) by either party, if the other party becomes insolvent;\n\n${item}`,
        ),
      );
    assert.deepEqual(listed("(b) by Provider upon sixty (60) days' prior written notice to Customer for any reason."), [
      'exit-flexibility Customer->Provider',
    ]);
    assert.deepEqual(listed("(b) by either party upon ninety (90) days' prior written notice to the other party."), [
      'exit-flexibility both->both',
    ]);
    assert.deepEqual(listed("(b) by Provider upon thirty (30) days' notice if Customer fails to pay any invoice."), []);
    // The same words outside such a list say how a notice is given, not who may leave.
    assert.deepEqual(
      concessions(contract("Notices under this Agreement may be given by either party upon ten (10) days' notice.")),
      [],
    );
  });

  it('starts a sentence at a run-in list item, so that a remedy before it stays there', () => {
    const r = contract(
      'c. Either party may terminate this Agreement in the event of a breach by the other, ' +
        'provided that the breaching party fails to cure such breach. d. Customer shall have the ' +
        "right to terminate this Agreement at any time upon thirty (30) days' written notice to Provider.",
    );
    assert.deepEqual(concessions(r), ['exit-flexibility Provider->Customer']);
  });

  it('reads credit terms extended as payment terms', () => {
    assert.deepEqual(
      concessions(
        contract('Provider has agreed to extend credit terms to Customer by allowing Customer to pay over time.'),
      ).map((c) => c.split(' ')[0]),
      ['payment-terms'],
    );
  });
});

describe('terms: who is bound, and how far a word reaches (a review of this session)', () => {
  it('keeps an exit "other than for cause", and a right for cause a remedy', () => {
    assert.deepEqual(
      concessions(
        contract("Provider may terminate this Agreement other than for cause upon thirty (30) days' notice."),
      ),
      ['exit-flexibility Customer->Provider'],
    );
    assert.deepEqual(concessions(contract('Provider may terminate this Agreement for cause upon written notice.')), []);
  });

  it('reads a wish to terminate as a right only when the party that wishes is the one then bound', () => {
    assert.deepEqual(
      concessions(
        contract('If Customer elects to terminate this Agreement, Provider shall pay Customer the unused fees.'),
      ),
      [],
    );
    assert.deepEqual(
      concessions(
        contract('If Customer elects to terminate this Agreement, Customer shall pay Provider the Exit Fee.'),
      ),
      ['exit-flexibility Provider->Customer'],
    );
  });

  it('reads the end of a long lead-in to a list of the ways to terminate', () => {
    const leadIn = `${(
      'Subject to the other provisions of this Agreement and without limiting ' +
      'any right or remedy either party may have at law, in equity or otherwise, '
    ).repeat(4)}this Agreement may be terminated as follows:`;
    assert.deepEqual(
      concessions(
        contract(leadIn, '', "(a) by Provider upon sixty (60) days' prior written notice to Customer for any reason."),
      ),
      ['exit-flexibility Customer->Provider'],
    );
  });

  it('reads "mutual" only of the release it qualifies, and "such" as a pointer except in a cap', () => {
    assert.deepEqual(
      concessions(
        contract(
          'Customer waives all late fees for March, and the parties shall negotiate a mutual release in good faith over the following year.',
        ),
      ).map((c) => c.split(' ')[1]),
      ['Customer->Provider'],
    );
    assert.deepEqual(concessions(contract('Such fees will not be charged during the Pilot.')), []);
  });
});

// Exits at will that each side holds, in sentences of their own (issue 16): neither concedes one.
describe('exits at will held each way', () => {
  const unbalanced = (r: ReturnType<typeof contract>): string[] =>
    r.findings.filter((f) => f.ruleId === 'unreciprocated-concession').map((f) => f.message);

  it('balances "Provider may terminate at any time" with "Customer may terminate for convenience"', () => {
    const both = contract(
      '1. Provider may terminate this Agreement at any time, with or without cause, on thirty days notice.',
      '2. Customer may terminate this Agreement for convenience on thirty days notice.',
    );
    assert.deepEqual(concessions(both), ['exit-flexibility Customer->Provider', 'exit-flexibility Provider->Customer']);
    assert.deepEqual(unbalanced(both), []);
  });

  it('still finds an exit at will when the other side may leave only for cause', () => {
    const one = contract(
      '1. Provider may terminate this Agreement at any time, with or without cause, on thirty days notice.',
      '2. Customer may terminate this Agreement if Provider fails to pay any amount due.',
    );
    assert.equal(unbalanced(one).length, 1);
    assert.match(unbalanced(one)[0]!, /^Customer grants Provider/);
  });

  it('reads an exit "with or without cause" as at will, though it names a breach as one case', () => {
    const r = contract(
      '1. Provider may terminate this Agreement at any time, with or without cause, ' +
        'including if Provider believes Customer has breached this Agreement.',
    );
    assert.deepEqual(concessions(r), ['exit-flexibility Customer->Provider']);
    // "for cause if …": a remedy, whatever reason the third party had.
    const forCause = contract(
      '1. Provider may terminate this Agreement immediately for cause if the bureau declines to serve Customer for any reason.',
    );
    assert.deepEqual(concessions(forCause), []);
  });
});
