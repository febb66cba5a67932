import assert from 'node:assert/strict';
import { contract, findings } from '../../helpers/contract.js';
import { review } from '../../../src/engine/index.js';

describe('rule non-binding-give-back', () => {
  it('flags an optional give-back where a concession flows the other way', () => {
    const r = contract(
      '## 3. Extras',
      '',
      '3.1 Provider will provide two sandboxes at no charge.',
      '',
      '3.2 Customer may, at its discretion, provide a written testimonial.',
    );
    assert.deepEqual(findings(r, 'non-binding-give-back'), [
      "7: Customer's give-back “provide a written testimonial” is optional, so it does not balance the free extra scope in Section 3.1.",
    ]);
    assert.equal(r.findings.find((f) => f.ruleId === 'non-binding-give-back')!.severity, 'info');
  });

  it('is clean when the give-back binds, or when nothing was conceded', () => {
    assert.deepEqual(
      findings(contract('Customer may, at its discretion, provide a testimonial.'), 'non-binding-give-back'),
      [],
    );
  });
});

describe('rule dangling-reference', () => {
  const numbered = [
    '## 1. Scope',
    '',
    '1.1 Scope.',
    '',
    '## 2. Fees',
    '',
    '2.1 Fees.',
    '',
    '## 3. Term',
    '',
    '3.1 Term.',
    '',
  ];
  it('flags a reference to a clause the contract does not have', () => {
    const r = contract(
      ...numbered,
      'In consideration of the discount in Section 2.7, Customer shall act as a reference.',
    );
    assert.deepEqual(findings(r, 'dangling-reference'), [
      '15: “Section 2.7” refers to a clause this contract does not have (2.7).',
    ]);
  });

  it('leaves alone references into other documents and existing clauses', () => {
    const r = contract(...numbered, 'As set out in Section 9.4 of the MSA and Section 2.1, the fees apply.');
    assert.deepEqual(findings(r, 'dangling-reference'), []);
  });

  it('reads a clause a table of contents lists as existing, though its text is redacted', () => {
    const contents = [
      'TABLE OF CONTENTS',
      '',
      '1. SCOPE 1.1 Scope 2. FEES 2.1 Fees 2.7 Change in Control 3. TERM 3.1 Term',
      '',
    ];
    const tie = 'In consideration of the discount in Section 2.7, Customer shall act as a reference.';
    assert.deepEqual(findings(contract(...contents, ...numbered, tie), 'dangling-reference'), []);
    assert.deepEqual(findings(contract(...contents, ...numbered, tie.replace('2.7', '2.8')), 'dangling-reference'), [
      '19: “Section 2.8” refers to a clause this contract does not have (2.8).',
    ]);
  });

  it('flags a tie to a capitalised term that is never defined', () => {
    const r = contract('In consideration of the Renewal Discount, Customer shall act as a reference for Provider.');
    assert.deepEqual(findings(r, 'dangling-reference'), [
      '3: “Renewal Discount” is used as a defined term but is never defined, so what it ties to is unclear.',
    ]);
    const defined = review(
      '"Renewal Discount" means the discount in clause 2.\n\nIn consideration of the Renewal Discount, the Client shall act as a reference.',
    );
    assert.deepEqual(findings(defined, 'dangling-reference'), []);
  });
});

describe('rule misdirected-give-back', () => {
  it('flags a give-back tied to a concession but given by the party that conceded', () => {
    const r = contract(
      '## 4. Fees',
      '',
      '4.2 Provider shall charge rates 15% below the List Rates.',
      '',
      '## 9. Reference',
      '',
      'In consideration of the rate reduction in Section 4.2, Provider shall act as a reference for Customer.',
    );
    assert.deepEqual(findings(r, 'misdirected-give-back'), [
      '9: Provider gives “Provider shall act as a reference for Customer” in exchange ' +
        'for its own discount in Section 4.2: the give-back flows the wrong way.',
    ]);
  });
});

describe('rule untied-give-back', () => {
  it('flags a binding give-back tied to nothing while the other side has conceded', () => {
    const r = contract(
      '## 2. Payment',
      '',
      'Invoices are payable within ninety (90) days.',
      '',
      '## 6. Case study',
      '',
      'Customer will take part in one written case study.',
    );
    assert.deepEqual(findings(r, 'untied-give-back'), [
      "9: Customer's give-back “Customer will take part in one written case study” is tied to no concession; " +
        'tie it to the longer payment terms in Section 2 so that it counts.',
    ]);
  });

  it('points at the concession drafted nearest before the give-back, not the first in the contract', () => {
    const r = contract(
      '## 2. Payment',
      '',
      'Invoices are payable within ninety (90) days.',
      '',
      '## 5. Exit',
      '',
      "Customer may terminate this Agreement for convenience on thirty (30) days' notice.",
      '',
      '## 6. Case study',
      '',
      'Customer will take part in one written case study.',
    );
    assert.match(findings(r, 'untied-give-back')[0] ?? '', /tie it to the easier exit in Section 5 so that it counts/);
  });
});
