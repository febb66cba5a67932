import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { itFinds, itReadsNothing, lines, termsOfClause } from '../helpers/contract.js';

// Issue 16: the classes of an eleventh and twelfth blind set (a GPO pricing agreement, a UK rent review
// letter, a construction subcontract, a podcast insertion order, a sponsored research agreement, a print
// services amendment, a hotel group block, a translated French logistics contract, a naming-rights deal)
// and of a negotiator's read of six CUAD exhibits.
const PREAMBLE = 'This Agreement is made between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").';
const termsOf = (clause: string): string[] => termsOfClause(PREAMBLE, clause);
const partiesOf = (text: string): string[] => review(text).parties.map((p) => `${p.name} [${p.aliases.join(', ')}]`);

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
    ],
    termsOf,
  );

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
