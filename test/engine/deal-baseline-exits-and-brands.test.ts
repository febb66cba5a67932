import assert from 'node:assert/strict';
import { benefits, concessions, contract, lines, statusOf } from '../helpers/contract.js';
import { review, ReviewSession } from '../../src/engine/index.js';

describe('exits: priced, and worded with an adverb', () => {
  it('balances an exit by the termination fee its own clause prices it with', () => {
    const r = contract(
      "Customer may terminate this Agreement upon one year's written notice, " +
        'provided that Customer pays Provider an early termination fee equal to six months of fees.',
    );
    assert.equal(statusOf(r, 'exit-flexibility'), 'balanced');
  });

  it('balances an exit by the applicable early termination charges it is paid with', () => {
    const r = contract(
      'Customer may terminate this Agreement for convenience upon ninety (90) ' +
        'days notice and paying the applicable early termination charges specified in Attachment C.',
    );
    assert.equal(statusOf(r, 'exit-flexibility'), 'balanced');
  });

  it('does not let a termination fee balance the instalments it is paid in', () => {
    const r = contract(
      '## 5. Termination',
      '',
      '(a) If Customer terminates this Agreement, Customer shall pay Provider a termination payment equal to the fees of the last year.',
      '',
      '(b) The termination payment shall be payable by Customer in eight (8) equal payments to be made quarterly.',
    );
    assert.equal(statusOf(r, 'payment-terms'), 'unbalanced');
  });

  it('reads "may also" and "may, at any time, withdraw" as exits', () => {
    assert.deepEqual(
      concessions(contract('Provider may also terminate this Agreement at any time, with or without cause.')),
      ['exit-flexibility Customer->Provider'],
    );
    assert.deepEqual(
      concessions(
        contract(
          'Provider may, at any time, withdraw any of the Services upon ninety (90) days prior written notice to Customer.',
        ),
      ),
      ['exit-flexibility Customer->Provider'],
    );
    assert.deepEqual(
      concessions(
        contract(
          'Provider may, without penalty or liability, terminate this Agreement as a whole with or without cause.',
        ),
      ),
      ['exit-flexibility Customer->Provider'],
    );
  });

  it('reads free scope and waived expenses worded as what is not charged', () => {
    assert.deepEqual(concessions(contract('There will be no charge for this initial training.')), [
      'free-scope Provider->Customer',
    ]);
    assert.deepEqual(
      concessions(contract('Customer shall not be charged travel and living expenses for trips within the county.')),
      ['waiver Provider->Customer'],
    );
  });
});

// From a review of this session's rules: each once set aside a term it should not have.
describe('deals whose subject is a brand', () => {
  const brandDeal = (title: string, sentence: string) =>
    review(
      lines(
        `# ${title}`,
        '',
        'This Agreement is between Acme Hotels, Inc. ("Franchisor") and Globex Inns Ltd ("Franchisee").',
        '',
        sentence,
      ),
    );
  it("reads the franchisee's brand signage as the franchise itself", () => {
    assert.deepEqual(
      benefits(
        brandDeal(
          'Franchise Agreement',
          'Franchisee shall install the new brand signage package and display the Marks on the exterior of the Hotel.',
        ),
      ),
      [],
    );
  });

  it('reads a co-branding licence of marks as the deal itself', () => {
    assert.deepEqual(
      benefits(
        brandDeal(
          'Co-Branding Agreement',
          'Franchisee hereby grants to Franchisor a non-exclusive license to use the ' +
            'Franchisee Marks in links to and advertisements for the Co-Branded Pages.',
        ),
      ),
      [],
    );
  });

  it("still reads a sponsor's marks shown after the event as a give-back", () => {
    const r = brandDeal(
      'Event Sponsorship Agreement',
      'Franchisee grants Franchisor the right to display the Franchisee Marks in the "Past Sponsors" section of its website for the 2027 Summit.',
    );
    assert.deepEqual(benefits(r), ['publicity Franchisee->Franchisor binding']);
  });

  it('still reads a press release in a co-branding deal as a give-back', () => {
    assert.equal(
      benefits(
        brandDeal(
          'Co-Branding Agreement',
          'Franchisee shall issue a joint press release announcing the relationship within thirty days.',
        ),
      ).length,
      1,
    );
  });
});

describe('set-aside rules keep to their scope', () => {
  const kept: [string, string][] = [
    [
      "a list's negation ends with its sentence",
      'Customer shall not: (a) resell the Services; (b) copy the Software. Provider shall provide onboarding training free of charge.',
    ],
    ['"page" in an operative line', 'Provider waives the setup fee listed on page 4'],
    [
      'liability named in a clause that is not about it',
      "5.1 Customer's liability for unpaid Fees survives termination. Provider shall not increase the Fees during the Term.",
    ],
    [
      '"examples of" in lower case',
      'Examples of such extras include onboarding training, which Provider shall provide free of charge.',
    ],
    [
      '"has no" before a grant',
      'Because Customer has no reseller in the Territory, Provider grants Customer a discount of 10%.',
    ],
  ];
  for (const [what, sentence] of kept) {
    it(`keeps the term when ${what}`, () => assert.equal(concessions(contract(sentence)).length, 1, sentence));
  }

  it('reads the whole text again when an edit to the opening makes it an endorsement agreement', () => {
    const text = lines(
      '# Services Agreement',
      '',
      'This Agreement is between Acme Sports, Inc. ("Company") and Jordan Lee ("Athlete") under this contract.',
      '',
      'Athlete shall give a written testimonial concerning the Products.',
    );
    const session = new ReviewSession();
    session.review(text);
    const edited = text.replace('under this contract', 'under this endorsement agreement');
    assert.deepEqual(session.review(edited), review(edited));
  });
});
