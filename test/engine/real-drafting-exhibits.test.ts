import assert from 'node:assert/strict';
import { concessions, contract, findings } from '../helpers/contract.js';

// From a blind negotiator's read of seven CUAD exhibits (issue 16): each class written anew here.
describe('terms: rights exercised, duties and ends of a deal, read on real drafting', () => {
  const noTerm: [string, string][] = [
    [
      'a partial termination under a right given elsewhere',
      'Whenever law or a provision of this Agreement permits Customer to terminate this Agreement, ' +
        'Customer may, at its option, terminate this Agreement in part.',
    ],
    [
      'testimony about the work at no additional cost',
      'Provider agrees to have members of its staff willing to testify at appropriate times at no additional cost, regarding any aspect of the Work.',
    ],
    [
      "the other side's own data licensed back",
      'Provider hereby licenses use of such data back to Customer, at no additional cost, solely for the term of this Agreement.',
    ],
    [
      'a cap on a fee paid to a third party',
      'Provider agrees to pay the third party administrator an annual fee for these functions, which annual fee shall not exceed $300.',
    ],
  ];
  for (const [what, sentence] of noTerm)
    it(`reads ${what} as no concession`, () => assert.deepEqual(concessions(contract(sentence)), []));

  it('still finds the exit and the fee cap a party holds against the other', () => {
    assert.deepEqual(
      concessions(contract('Customer may terminate this Agreement in part at any time for convenience.')),
      ['exit-flexibility Provider->Customer'],
    );
    assert.deepEqual(concessions(contract("Provider's annual fee shall not exceed $300 during the Term.")), [
      'price-protection Provider->Customer',
    ]);
  });

  it('reads an ending for force majeure under a run-in title as settling the end, not as a waiver', () => {
    const title = '13.3.5 Effects of Termination Based Upon an Extended Force Majeure Event. Upon termination:';
    const item =
      '(e) the Licensed Products shall be royalty-free and no royalties shall be payable by Customer on any sale.';
    assert.deepEqual(concessions(contract(title, '', item)), []);
    const plain = '13.3.5 Royalty Holiday. The following applies:';
    assert.deepEqual(concessions(contract(plain, '', item)), ['waiver Provider->Customer']);
  });

  it('balances an exit with what the leaving party loses by it', () => {
    const exit = 'After the first year and upon 180 days written notice, Customer may terminate the Annual Commitment.';
    const unbalanced = (r: ReturnType<typeof contract>) => findings(r).length;
    assert.equal(unbalanced(contract(exit)), 1);
    assert.equal(
      unbalanced(
        contract(
          `${exit} Termination of the Annual Commitment by Customer shall eliminate any exclusivity of Customer in the Territory.`,
        ),
      ),
      0,
    );
  });
});

// What the rules above must not reach (a maintainer's read of them).
describe('terms: the exhibit rules reach no further than they say', () => {
  const stillFound: [string, string][] = [
    ['Provider shall give Customer a 15% discount on all Services, which survives any merger of Customer.', 'discount'],
    ['Provider shall provide the Maintenance Services Free of charge during the first year.', 'free-scope'],
  ];
  for (const [sentence, kind] of stillFound)
    it(`still finds ${kind} in "${sentence.slice(0, 60)}…"`, () =>
      assert.ok(concessions(contract(sentence)).some((c) => c.startsWith(`${kind} `))));

  it('reads a short notice against a long one as the short one conceded, not an exit held each way', () => {
    const r = contract(
      "1. Provider may terminate this Agreement at any time on ten (10) days' notice.",
      "2. Customer may terminate this Agreement at any time on twelve (12) months' notice.",
    );
    // The exit on twelve months' notice concedes nothing Customer's side lacks (a blind reader, MediWound 10.2).
    const open = r.findings.filter((f) => f.ruleId === 'unreciprocated-concession');
    assert.deepEqual(
      open.map((f) => r.terms.find((t) => t.id === f.concession)?.value?.days),
      [10],
    );
  });
});
