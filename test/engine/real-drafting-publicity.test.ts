import assert from 'node:assert/strict';
import { benefits, concessions, contract } from '../helpers/contract.js';

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
          'Prior to the release of any press releases related to this Agreement, ' +
            'the releasing party shall submit a written request for approval to the other party.',
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
