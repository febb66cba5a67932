import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import {
  PREAMBLE,
  findings,
  itFinds,
  itReadsNothing,
  lines,
  partiesOf,
  suggestionTexts,
  termsOfClause,
} from '../helpers/contract.js';

// Issue 16: the classes of an eleventh and twelfth blind set (a GPO pricing agreement, a UK rent review
// letter, a construction subcontract, a podcast insertion order, a sponsored research agreement, a print
// services amendment, a hotel group block, a translated French logistics contract, a naming-rights deal)
// and of a negotiator's read of six CUAD exhibits.
const termsOf = (clause: string): string[] => termsOfClause(PREAMBLE, clause);

describe('the classes of the eleventh and twelfth blind sets', () => {
  itFinds(
    [
      [
        'C payment-terms',
        "Provider's standard terms are net 30; for this order, payment is due net 60 from the invoice date.",
      ],
      [
        'C payment-terms',
        'Our usual payment period is thirty (30) days. Customer shall pay each invoice within sixty (60) days of receipt.',
      ],
      [
        'C risk',
        'Provider extends its warranty and correction obligations for the two chillers to thirty-six (36) months after Substantial Completion.',
      ],
      [
        'B prepayment',
        'Customer shall pay Provider a mobilization advance of $200,000 within ten (10) days after execution.',
      ],
      [
        'C exit-flexibility',
        'Customer may, by written notice received no later than January 15, 2026, reduce the Room Block by up to fifteen percent (15%) without any liability for attrition.',
      ],
      [
        'C discount',
        'Section 5.2 of the Agreement is amended, effective July 1, 2025, by reducing the cost-per-page rates as follows:',
      ],
      ['C discount', 'Provider agrees to apply a reduced F&A rate of twenty-six percent (26%) to this Agreement.'],
      ['C waiver', 'Provider will not charge interest under clause 4.7 on the Balancing Payment.'],
      [
        'B term-extension',
        "In return for the reduced rent, Customer agrees to the deletion of the tenant's break option at clause 9.1.",
      ],
      [
        'B term-extension',
        'Customer renews its Enterprise Platform subscription for thirty-six (36) months from July 1, 2025.',
      ],
      [
        'C exit-flexibility',
        "Effective on July 1, 2026, Customer may reduce its Named Users by up to 120 (10%) on sixty (60) days' notice.",
      ],
      [
        'C waiver',
        'Provided that no Event of Default then exists, the Base Rent for Months 2 through 9 shall be abated in full.',
      ],
      [
        'C waiver',
        'During the first Contract Year, Provider will not charge the rural delivery surcharge listed in Schedule 2.',
      ],
      [
        'C discount',
        'Base Rent for the Extension Term shall be ninety-five percent (95%) of the Prevailing Market Rent.',
      ],
      [
        'B volume-commitment',
        "This reduction is given in exchange for Customer's commitment, which Customer hereby makes, to engage Provider for a campaign of not fewer than five (5) Deliverables.",
      ],
      [
        'B volume-commitment',
        'In addition to the representatives required by Section 4.2(a), Customer shall deploy not fewer than [***] additional full-time Sales Representatives.',
      ],
    ],
    termsOf,
  );

  itReadsNothing(
    [
      // A longer period than a standard is no concession when it is not longer.
      "Provider's standard terms are net 60; for this order, payment is due net 30 from the invoice date.",
      // Not a payment excused: what the hosts must say.
      'Hosts will not be required to make claims about personal use of products that they have not used.',
      // Remedies: a party barred by the state, premises lost to a casualty.
      'Customer may terminate this Agreement immediately if Provider is excluded from participation in any federal health care program.',
      'Either party may terminate this Agreement if Customer elects not to repair or rebuild the premises after a casualty.',
      // A break option kept, not given up.
      "Customer may exercise the tenant's break option at clause 9.1 on six months' notice to Provider.",
      // Rent at the market, or above it, is the deal; a default that triggers the abatement makes it a remedy.
      'Base Rent for the Extension Term shall be one hundred percent (100%) of the Prevailing Market Rent.',
      'If Provider is in default, the Base Rent shall be abated.',
      'Customer may terminate this Agreement on written notice if the Arena is destroyed and not rebuilt within eighteen (18) months.',
      // History: what a party had given before.
      'Under the pilot, Provider had accorded to Customer one month of storage free of charge.',
      // Headcount the service needs is the service.
      'Provider shall assign not fewer than five (5) engineers to the Project.',
    ],
    termsOf,
  );

  it('gives a most-favoured fee to the party it is offered to', () => {
    const r = review(
      lines(
        PREAMBLE,
        '',
        '1. If Customer grants any Third Party a co-promotion fee more favorable than the Co-Promotion Fee, Customer shall promptly offer the same fee to Provider.',
      ),
    );
    assert.deepEqual(
      r.terms.map((t) => `${t.kind} ${t.by}->${t.to}`),
      ['price-protection p2->p1'],
    );
  });

  it('keeps a payment excused when what is made is paid', () => {
    assert.deepEqual(termsOf('Customer will not be required to make Brand Development Fund contributions for 2026.'), [
      'C waiver',
    ]);
  });
});

describe('parties as the twelfth blind set writes them', () => {
  it('reads a party designated in a paragraph of its own, after the paragraph that names it', () => {
    const text = lines(
      '# CONTRACT OF LOGISTICS SERVICES',
      '',
      '**BETWEEN THE UNDERSIGNED:**',
      '',
      '**LOGISTIQUE VAL DE LOIRE**, simplified joint-stock company (SAS) with a capital of 2,400,000 euros, represented by Mr. Hervé Lemaire,',
      '',
      'Hereinafter designated "**the Depositary**",',
      '',
      'ON THE ONE HAND,',
      '',
      '**AND:**',
      '',
      '**MAISON BERTILLE COSMÉTIQUES**, anonymous company (SA) with a capital of 5,150,000 euros,',
      '',
      'Hereinafter designated "**the Depositor**",',
      '',
      'ON THE OTHER HAND,',
      '',
      '1. The Depositary shall store the Goods of the Depositor.',
    );
    assert.deepEqual(partiesOf(text), [
      'LOGISTIQUE VAL DE LOIRE [Depositary]',
      'MAISON BERTILLE COSMÉTIQUES [Depositor]',
    ]);
  });

  it('gives a party acting for its affiliates too the collective term', () => {
    const text = lines(
      'THIS SPONSORSHIP AGREEMENT is made between **HARBOR CITY HOCKEY CLUB, LLC**, a Washington limited liability company, for itself and on behalf of its affiliate HC Arena Holdings, LLC, the operator of the Arena (collectively, "Team"), and **EVERLINE FEDERAL CREDIT UNION**, a federally chartered credit union ("Sponsor").',
      '',
      '1. Team grants Sponsor the naming rights to the Arena.',
    );
    assert.deepEqual(partiesOf(text), [
      'HARBOR CITY HOCKEY CLUB, LLC [Team]',
      'EVERLINE FEDERAL CREDIT UNION [Sponsor]',
    ]);
  });

  it('takes a government agency facing a supplier for the party that pays', () => {
    const r = review(
      lines(
        'This Agreement is made between the Department of Community Services ("Agency") and Kowhai Workplace Supplies Limited ("Supplier").',
        '',
        '1. The prices in Schedule 2 are fixed until 31 March 2027.',
      ),
    );
    assert.deepEqual(
      r.parties.map((p) => `${p.aliases[0]} ${p.side}`),
      ['Agency payer', 'Supplier payee'],
    );
  });

  it('reads a name before an address with an initial in it', () => {
    const text = lines(
      '# INSERTION ORDER',
      '',
      '| | |',
      '| --- | --- |',
      '| **Publisher** | Bramblecast Media LLC, 1150 N. Ashland Ave., Chicago, IL 60622 ("Publisher") |',
      '| **Advertiser** | Fernleaf Home Goods, Inc., 78 Water Street, Portland, ME 04101 ("Advertiser") |',
      '',
      '1. Advertiser may cancel any flight on fourteen (14) days’ notice.',
    );
    assert.deepEqual(partiesOf(text), ['Bramblecast Media LLC [Publisher]', 'Fernleaf Home Goods, Inc. [Advertiser]']);
  });
});

describe('a negotiator’s read of six CUAD exhibits', () => {
  const promotion = (...body: string[]): string =>
    lines(
      'This PROMOTION AGREEMENT (this "Agreement") dated as of April 5, 2019 (the "Effective Date"), is entered into by and between Janssen Biotech, Inc. ("Janssen") and Immunomedics, Inc. ("Company").',
      '',
      '1.40 "Expiration Date" means March 31, 2020.',
      '',
      '8.1.1 Term. This Agreement shall commence on the Effective Date and, unless earlier terminated, shall expire on the Expiration Date (the "Term").',
      '',
      ...body,
    );

  it('sizes a lock-in to a term its dates set, not to a year the term does not run', () => {
    const r = review(
      promotion("8.1.10 Janssen may terminate this Agreement for convenience on fifteen (15) days' written notice."),
    );
    const [draft, ...others] = suggestionTexts(r);
    assert.deepEqual(others, []);
    // Half the eleven or so months the Term runs, not the twelve it would ask of a term of unknown length.
    assert.match(
      draft!,
      /^Janssen shall not exercise the right to terminate .* until 6 months after the Effective Date\.$/,
    );
  });

  it('reads a payment the leaving party makes as the price of its exit', () => {
    const exit =
      "8.1.10 Janssen may terminate this Agreement with effect on December 31, 2019, with fifteen (15) days' notice.";
    const fee =
      'If Janssen terminates this Agreement pursuant to this Section 8.1.10, then Janssen shall, within [***] days following the effective date of such termination, pay Company an amount equal to $[***].';
    assert.deepEqual(findings(review(promotion(`${exit} ${fee}`))), []);
    // Paid by the other party, it prices nothing.
    const paidByOther = fee.replace('then Janssen shall', 'then Company shall').replace('pay Company', 'pay Janssen');
    assert.equal(findings(review(promotion(`${exit} ${paidByOther}`))).length, 1);
  });
});

describe('a negotiator’s read of four more CUAD exhibits and two templates', () => {
  const benefitsOf = (clause: string): string[] =>
    review(lines(PREAMBLE, '', `1. ${clause}`)).terms.map(
      (t) => `${t.kind} ${t.by}->${t.to}${t.type === 'benefit' ? ` ${t.binding ? 'binding' : 'optional'}` : ''}`,
    );

  it('has the party called on give, bound by a requirement and not by a request', () => {
    assert.deepEqual(benefitsOf('Provider may require Customer to act as a reference for prospective customers.'), [
      'reference p2->p1 binding',
    ]);
    assert.deepEqual(benefitsOf('Provider may request that Customer participate in a case study.'), [
      'testimonial p2->p1 optional',
    ]);
  });

  it('reads a permission that waits on a consent stated after it as optional', () => {
    assert.deepEqual(
      benefitsOf("Provider may use Customer's name in its customer list with Customer's prior written consent."),
      ['publicity p2->p1 optional'],
    );
  });

  itReadsNothing(
    [
      // Business sent to third parties, or the rest of a franchise system, is no give-back to the other party.
      'Customer agrees to refer guests and customers, wherever reasonably possible, only to System Hotels.',
      'Provider may require Customer to participate in programs designed to refer prospective customers to Other Hotels.',
      // A cost split between the parties by phase.
      "Any further technology transfer (a) before the Closing Date shall be at Provider's sole expense and (b) after the Closing Date shall be at Customer's sole expense.",
      // An exit on a change of ownership is a remedy.
      "Either party may terminate this Agreement upon 30 days written notice if the other party's corporate structure has undergone a material ownership change.",
    ],
    termsOf,
  );

  it('ties nothing with "subject to applicable law"', () => {
    const r = review(
      lines(
        'This agreement is between Acme Software, Inc. ("Company") and Jane Roe ("Employee").',
        '',
        '## Duty of Loyalty',
        '',
        "While employed, Employee will not, without Company's written consent, engage in any business that competes with Company, except conduct protected under applicable law.",
        '',
        '## At-Will Employment',
        '',
        'Either Employee or Company may end the employment at any time, subject to applicable law.',
      ),
    );
    assert.deepEqual(r.ties, []);
    assert.deepEqual(findings(r, 'misdirected-give-back'), []);
  });

  it('knows a party by its brand word in the brand’s own casing', () => {
    const text = lines(
      'This Agreement is between MEDIALINX INTERACTIVE, L.P. (hereinafter called "MLX") and HEALTHCENTRAL.COM INC. ("HCI").',
      '',
      '1. MediaLinx shall host the Co-Branded Site.',
      '',
      '2. MediaLinx shall not use the data collected from users of the Co-Branded Site for any product that competes with HCI.',
      '',
      '3. MediaLinx shall report traffic monthly to HCI.',
      '',
      '4. The laws of Florida govern this Agreement, and Florida courts hear any dispute.',
    );
    assert.deepEqual(partiesOf(text), ['MEDIALINX INTERACTIVE, L.P. [MLX, MediaLinx]', 'HEALTHCENTRAL.COM INC. [HCI]']);
  });
});
