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
      "With respect to Customer's inventory of Product discontinued due to an alleged defect, " +
        'Customer may return such Product at any time to Provider for full credit.',
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
      'Customer shall have the right to return for full credit any Products (i) ' +
        'that infringe any patent; (b) that are shipped in error; or (c) that are damaged or defective.',
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
      'Provider, without charge or expense to Customer (other than as set forth ' +
        'in Sections 3.6 and 4.2), shall provide the personnel and facilities.',
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
      'For Consumables delivered more than ten (10) days after the delivery date, ' +
        'a five percent (5%) discount from the price for the Consumable delivered late applies.',
    ],
  ];
  for (const [what, sentence] of noTerm) {
    it(`reads ${what} as no concession`, () => assert.deepEqual(concessions(contract(sentence)), []));
  }

  it('reads a negated subject over the whole sentence, however long', () => {
    const r = contract(
      'Neither Party, nor any of its Affiliates or their respective officers, ' +
        'directors or representatives, shall issue any press release or use the name or ' +
        "logo of the other Party in any advertising, without the other Party's prior written consent.",
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
          'Provider shall have the right to suspend the Services pending any ' +
            'investigation into potential dishonesty or gross misconduct by Customer.',
        ),
      ),
      [],
    );
  });

  it('reads a later option of a remedy as a remedy too, and a waiver of moral rights as boilerplate', () => {
    const options = contract(
      'If Provider fails to repair the Product, then, in addition to any other remedies, ' +
        "Customer shall have the right either (1) to repair the Product itself at Provider's expense; " +
        'or (2) to receive a full refund of any amounts paid for the Product.',
    );
    assert.deepEqual(concessions(options), []);
    assert.deepEqual(
      concessions(
        contract(
          'Customer hereby irrevocably waives all rights that arise under Chapter IV ' +
            'of Part I of the Copyright, Designs and Patents Act 1988 in the Deliverables.',
        ),
      ),
      [],
    );
  });

  it('reads a release the contract calls mutual as given by both sides', () => {
    assert.deepEqual(
      concessions(
        contract(
          'On renewal, Customer shall sign a release (which will be a mutual ' +
            'release with limited exclusions) that waives all claims against Provider.',
        ),
      ),
      ['waiver both->both'],
    );
  });

  it('reads fees no longer payable after a termination for breach as a remedy', () => {
    assert.deepEqual(
      concessions(
        contract(
          "In the event that termination is the result of Provider's uncured material breach, " +
            "then: (a) Customer's minimum purchase commitment shall terminate; and (b) " +
            'no royalties shall be payable by Customer on any sale of Licensed Products.',
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
      'If Provider fails to make the Service available within seventy (70) days, ' +
        'Customer shall have the right to terminate this Agreement without penalty.',
    );
    assert.deepEqual(concessions(r), []);
  });

  it('reads "on the one hand … on the other" as a mutual subject', () => {
    const r = review(
      lines(
        'This Agreement is between Harbor Labs Inc. ("Harbor"), Quay Ltd. ("Quay") and Alder LLC ("Alder").',
        '',
        'Harbor or Quay, on the one hand, and Alder, on the other, ' +
          'may terminate this Agreement by delivering sixty (60) days written notice to the other party.',
      ),
    );
    assert.deepEqual(concessions(r), ['exit-flexibility both->both']);
  });
});
