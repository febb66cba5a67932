import assert from 'node:assert/strict';
import { benefits, concessions, contract, lines } from '../helpers/contract.js';
import { review } from '../../src/engine/index.js';

// Classes of real drafting (issue 16, sentences.json) that are the deal itself, a prohibition or a
// mere mention rather than a give-back or a concession. Each sentence is written anew here.
describe('give-backs: restraint on real drafting', () => {
  const noGiveBack: [string, string][] = [
    [
      'a negated verb over a list of objects',
      'Each party agrees not to use the name of the other party, ' +
        "or the other party's logos or marks, in any advertising, press release or other publicity.",
    ],
    [
      'rights that are not acquired',
      'Other than as needed to perform the Services, Provider shall acquire no ' +
        "rights to use or refer to Customer's logo, name or marks in any press release.",
    ],
    [
      'an agreement to agree',
      'The parties shall discuss and decide whether to issue a press release announcing this Agreement.',
    ],
    [
      'a right named when it is exercised',
      'If Provider exercises its right of first refusal, Customer shall not transfer the business for twelve months.',
    ],
    [
      'a status that is lost',
      'In the event that Provider is terminated as the preferred supplier of the Products, the volume tiers no longer apply.',
    ],
    [
      'a representation about testimonials',
      'Customer represents and warrants that any testimonials in the Customer Materials reflect its honest opinions.',
    ],
    [
      'a trademark licence to sell the products',
      "Provider grants Customer a non-exclusive licence to use Provider's trademarks " +
        'for the sole purpose of marketing and selling the Products in the Territory.',
    ],
    [
      'a duty to brand the products',
      "Customer shall use Provider's brand and logo, together with its own branding, in the marketing materials for the marketing of the Products.",
    ],
    [
      'an indemnity about the marks',
      'Provider shall indemnify Customer against any third party claim that the ' +
        'Provider Marks used in any advertising infringe the rights of a third party.',
    ],
    [
      'an insurance endorsement',
      "Provider's policies shall name Customer as an additional insured and contain a waiver of subrogation endorsement in favour of Customer.",
    ],
    [
      'a payment that prices the rights granted',
      'Customer shall pay Provider an upfront payment of $500,000 in consideration ' +
        'for the exclusive right to distribute the Product in the Territory.',
    ],
    [
      'the appointment of an exclusive distributor',
      'Provider appoints Customer as its exclusive distributor of the Products in the Territory.',
    ],
    [
      'examples that define a term',
      'Examples of Publications include presentations at a conference, webinars and joint case studies.',
    ],
    [
      'a commitment named as what purchases count towards',
      'Products ordered under the Pilot will be included in the Maximum Capacity and the minimum purchase obligation.',
    ],
    ['a line of a signature block', 'Title: Vice President, Sales & Marketing'],
    [
      'a rule that permission must be asked for',
      "Customer must request permission to use Provider's logos in its marketing materials.",
    ],
    ['a prohibition', "Any further use of the other party's name or logo in marketing or publicity is prohibited."],
    [
      'a signature block run into one line',
      'Provider: Acme Software, Inc. By: /s/ Jane Roe Name: Jane Roe Title: Senior Vice President, Global Marketing',
    ],
    [
      'a recital run into the preamble',
      "WHEREAS, Customer's name and likeness has commercial value with respect to the advertisement and promotion of products.",
    ],
    [
      "control of a site's look and feel",
      'Provider will have sole control over the "look and feel" of the Provider Site, ' +
        "including the display and placement of the parties' respective names and brands and the promotional links.",
    ],
  ];
  for (const [what, sentence] of noGiveBack) {
    it(`reads ${what} as no give-back`, () => assert.deepEqual(benefits(contract(sentence)), []));
  }

  it('still reads a covenant phrased as a warranty as a give-back', () => {
    assert.deepEqual(
      benefits(
        contract(
          'Customer represents and warrants that during the Term, ' +
            "Customer will not endorse any product which is directly competitive with Provider's products.",
        ),
      ),
      ['exclusivity Customer->Provider binding'],
    );
  });

  it("reads a promise not to lend one's name to the other side's rivals as exclusivity, under a negated lead-in", () => {
    const r = contract(
      "During the Term, Customer shall not: A. give the right to use Customer's name or likeness to any " +
        'other manufacturer or seller of golf products; or B. appear in any advertising for such products.',
    );
    assert.deepEqual(benefits(r), ['exclusivity Customer->Provider binding']);
  });

  it('reads an exclusive appointment made by an amendment as a give-back', () => {
    const amendment = review(
      lines(
        '# Amendment No. 1 to the Distribution Agreement',
        '',
        'This Amendment is between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").',
        '',
        'Provider appoints Customer as its exclusive distributor of the Products in the Territory.',
      ),
    );
    assert.deepEqual(benefits(amendment), ['exclusivity Provider->Customer binding']);
  });

  it("reads an endorser's testimonials, name and likeness, and the products supplied for its use as what an endorsement buys", () => {
    const endorsement = review(
      lines(
        '# Endorsement Agreement',
        '',
        'This Agreement is between Acme Sports, Inc. ("Company") and Jordan Lee ("Athlete").',
        '',
        'Athlete shall give a written testimonial concerning the Products for use in the Advertising Materials.',
        '',
        "Company shall deliver to Athlete, at no charge, a reasonable number of Products for Athlete's personal use each Contract Year.",
        '',
        "Athlete grants Company the right to use Athlete's name and likeness in advertising for the Products.",
      ),
    );
    assert.deepEqual([...concessions(endorsement), ...benefits(endorsement)], []);
  });
});

describe('concessions: restraint on real drafting', () => {
  const noConcession: [string, string][] = [
    [
      'costs held to a share of another amount',
      'Overhead costs included in the fees shall not exceed ten percent (10%) of the direct costs.',
    ],
    [
      'a fee that follows what is delivered',
      'The fees payable under Section 7 shall be correspondingly reduced at the rate of $2 for each record not delivered.',
    ],
    [
      'prices shown in a schedule',
      'Provider shall supply the Products to Customer at the discounted prices shown in Schedule A.',
    ],
    [
      'a price floor',
      "Customer shall resell the services at no less than Provider's then current standard discounted rates.",
    ],
    [
      'an extended-warranty programme sold to consumers',
      'The parties shall jointly market the extended warranty program offered through the Club.',
    ],
    [
      'a protective order',
      'The receiving party shall promptly either seek an appropriate protective order ' +
        "or waive the other party's confidentiality obligations to the extent needed.",
    ],
    ['service of process', 'Each party waives personal service of any summons, complaint or other process.'],
    [
      'a refund of fees for a period not received',
      'Customer shall receive a pro rated refund of any amounts paid for the unexpired Contract Year.',
    ],
    [
      'an item under a negated lead-in without a colon',
      'Provider will not use open source software in a manner that could (a) ' +
        'require the disclosure of any source code; or (b) require the licensing of the Software free of charge.',
    ],
    [
      'materials listed earlier in the clause',
      'Provider shall provide release notes, software patches and user documentation. These materials shall be provided at no cost to Customer.',
    ],
    [
      'services the clause itself provides',
      'The services provided pursuant to this Section 4 shall be provided at no additional cost to Customer.',
    ],
    [
      'text wrapped over several blanks',
      'Provider agrees to furnish resources,   at no additional cost,   as part of   this   agreement to assist in the annual audit.',
    ],
    [
      'a copy of a report the contract calls for',
      'Provider shall provide Customer, without charge, one copy of the annual audit report.',
    ],
    [
      'a right triggered by a regulatory determination',
      'Provider may terminate any of the Services immediately upon any final regulatory, ' +
        'legislative or judicial determination that the Services are unlawful.',
    ],
    [
      'a right that arises from a delay',
      'If the delay is more than 15 days, Customer is entitled to terminate this Contract.',
    ],
    [
      'a right that arises from a failure, through the lead-in of an enumeration',
      'If Customer fails to provide accurate information, (a) ' +
        'Provider can deduct any related bank fees, and (b) Provider can terminate these Additional Terms.',
    ],
    [
      'a credit in a plain-text indemnity clause',
      'Indemnification by Provider If a third party claims that the Materials ' +
        'infringe its patent, Provider will defend Customer. ' +
        'Provider will give Customer a credit equal to the amount Customer paid for the Materials.',
    ],
    [
      'samples given to third parties',
      'Provider reserves for itself the right to provide samples of the Products, free of charge, to its commercial partners.',
    ],
    [
      "a party's own duties done at its cost",
      "Customer's obligations under this Section are to be performed at no charge to Provider.",
    ],
    [
      'financial statements on request',
      'Provider shall deliver its annual financial statements to Customer upon request and at no charge.',
    ],
    [
      'support for what the agreement supplies',
      'Provider shall provide, at no additional cost, technical support for the Products supplied under this Agreement.',
    ],
    [
      'moral rights waived by pointing back to them',
      'Customer retains all moral rights in its Content, including the rights of integrity and attribution. ' +
        'However, Customer waives these rights to the extent Provider needs to host the Content.',
    ],
    [
      'a user closing its account on an online service',
      'You may cancel your subscription and close your account at any time from the Billing page.',
    ],
    [
      'bringing the service up to a standard it must meet',
      'Provider shall make, at no additional charge, any change needed to make the Hosted Software GDPR compliant before the Go-Live Date.',
    ],
    [
      'further assurances the party asking pays for',
      "Customer shall, upon Provider's written request and at Provider's expense, " +
        'sign such further instruments as Provider needs to confirm its ownership of the improvements.',
    ],
    [
      'a supply the other side needs to perform its duty',
      'Golfer shall wear the Products at every tournament, provided that the Company ' +
        "has supplied Golfer, free of charge, with enough Products in Golfer's sizes.",
    ],
    [
      'a right triggered by a third party cutting access',
      'Provider may terminate the EFT services immediately in the event its ' +
        'access to the funds transfer system is terminated by the network provider.',
    ],
  ];
  for (const [what, sentence] of noConcession) {
    it(`reads ${what} as no concession`, () => assert.deepEqual(concessions(contract(sentence)), []));
  }

  it('still reads costs a party bears for an extra, and free goods given outright, as free extra scope', () => {
    assert.deepEqual(
      concessions(
        contract("Provider shall, at Provider's expense, install additional signage at the Customer's stores."),
      ),
      ['free-scope Provider->Customer'],
    );
    assert.deepEqual(
      concessions(contract('Provider shall supply Customer with twelve dozen golf balls each year at no charge.')),
      ['free-scope Provider->Customer'],
    );
    // Rights pointed back to that are a fee's: still a waiver.
    assert.deepEqual(
      concessions(
        contract(
          'Provider may charge a setup fee of USD 5,000 under Section 3. However, Provider waives these rights for the first Contract Year.',
        ),
      ),
      ['waiver Provider->Customer'],
    );
    // Ending the agreement, not closing an account, is still an easier exit.
    assert.deepEqual(
      concessions(contract("Customer may terminate this Agreement for convenience on thirty days' notice.")),
      ['exit-flexibility Provider->Customer'],
    );
    // A condition on the concession is not the supply a duty needs.
    assert.deepEqual(
      concessions(
        contract(
          'Provider shall provide two additional seats at no charge, provided that Customer has delivered its purchase order by 1 March.',
        ),
      ),
      ['free-scope Provider->Customer'],
    );
  });

  it('reads claims released by both, after a negation that ends with ", and all", as a mutual waiver', () => {
    assert.deepEqual(
      concessions(
        contract(
          'Save for the fees already invoiced, neither party shall owe the other any further performance ' +
            'under the Agreement, and all claims arising under the Agreement shall be mutually released.',
        ),
      ),
      ['waiver both->both'],
    );
    // Still negated where the same negation runs on: "shall not … or release any claims".
    assert.deepEqual(concessions(contract('Provider shall not assign the Agreement or release any claims.')), []);
  });

  it('reads a cap in a limitation of liability clause as no price protection', () => {
    const r = contract(
      "9.3 LIMITATION OF LIABILITY. PROVIDER'S LIABITY TO CUSTOMER FOR THIRD PARTY PENALTIES, " +
        'COSTS AND EXPENSES UNDER SECTION 2.9 SHALL NOT EXCEED $1,000,000.',
    );
    assert.deepEqual(concessions(r), []);
  });

  it('still reads a cap on what one party charges as price protection', () => {
    assert.deepEqual(
      concessions(
        contract(
          'The Service Costs payable by Customer shall not exceed £9.75 per sq ft for each service charge year.',
        ),
      ),
      ['price-protection Provider->Customer'],
    );
  });
});
