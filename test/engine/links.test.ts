import assert from 'node:assert/strict';
import { contract, statusOf } from '../helpers/contract.js';

const via = (r: ReturnType<typeof contract>): string[] => r.ties.map((t) => `${t.concession}-${t.benefit} ${t.via}`);

describe('links: what ties a give-back to a concession', () => {
  it('ties within a sentence and within a list item', () => {
    assert.deepEqual(
      via(
        contract(
          'Provider will provide 25 seats at no charge in exchange for Customer joining the design-partner group.',
        ),
      ),
      ['c1-b1 reference'],
    );
    assert.deepEqual(
      via(contract('- Provider waives the setup fee. Customer shall act as a reference for Provider.')),
      ['c1-b1 clause'],
    );
  });

  it('ties within a top-level numbered section, but not under an unnumbered heading', () => {
    const numbered = contract(
      '## 2. Fees',
      '',
      '2.1 Provider waives the setup fee.',
      '',
      '2.2 Customer shall act as a reference for Provider.',
    );
    assert.deepEqual(via(numbered), ['c1-b1 section']);
    const unnumbered = contract(
      '## Fees',
      '',
      'Provider waives the setup fee.',
      '',
      'Customer shall act as a reference for Provider.',
    );
    assert.deepEqual(via(unnumbered), []);
    assert.equal(statusOf(unnumbered, 'waiver'), 'unbalanced');
  });

  it('ties by a condition', () => {
    const r = contract('Provided that Customer prepays the annual fee, the fees are reduced by 5%.');
    assert.deepEqual(via(r), ['c1-b1 condition']);
    assert.equal(statusOf(r, 'discount'), 'balanced');
  });

  it('ties by explicit reference to a section number, from either side', () => {
    const r = contract(
      '## 4. Fees',
      '',
      '4.2 Provider shall charge rates 15% below the List Rates.',
      '',
      '## 9. Reference',
      '',
      'In consideration of the rate reduction in Section 4.2, Customer shall serve as a reference for Provider.',
    );
    assert.deepEqual(via(r), ['c1-b1 reference']);
    const back = contract(
      '## 1. Reference',
      '',
      'Customer shall serve as a reference for Provider.',
      '',
      '## 2. Warranty',
      '',
      "Subject to Customer's obligations under Section 1, the Warranty Period is extended to 12 months.",
    );
    assert.equal(statusOf(back, 'risk'), 'balanced');
  });

  it('ties by a defined term whose definition points at the clause', () => {
    const r = contract(
      '## 1. Definitions',
      '',
      '1.1 "Launch Discount" means the reduction described in Section 5.2.',
      '',
      '## 5. Prices',
      '',
      '5.2 Provider shall grant Customer a launch discount of 10%.',
      '',
      '## 7. Commitment',
      '',
      '7.1 In consideration of the Launch Discount, Customer commits to purchase not less than EUR 750,000 each year.',
    );
    assert.equal(statusOf(r, 'discount'), 'balanced');
  });

  it('ties by a description of the concession and by "the bullets above"', () => {
    const described = contract(
      '## 5. Change Orders',
      '',
      '5.2 Change-order work is charged at USD 165 per hour, a reduction from the standard rate.',
      '',
      '## 6. Prepurchase',
      '',
      'In consideration of the reduced change-order rate, Customer will pre-purchase 100 hours.',
    );
    assert.equal(statusOf(described, 'discount'), 'balanced');
    const bullets = contract(
      '- Provider waives the setup fee.',
      '- Provider will add a second courier pickup at no extra charge.',
      '- In return for all of the relief in the bullets above, Customer will send all of its testing to Provider.',
    );
    assert.deepEqual(
      bullets.judgements.map((j) => j.status),
      ['balanced', 'balanced'],
    );
  });

  it('lets boilerplate consideration tie nothing', () => {
    const r = contract(
      'In consideration of the mutual covenants herein, Provider waives the setup fee and Customer shall pay the fees.',
    );
    assert.equal(statusOf(r, 'waiver'), 'unbalanced');
  });
});

describe('judgement: only a binding give-back flowing back balances', () => {
  it('does not count an optional give-back, nor one from the conceding party', () => {
    const optional = contract(
      '- Provider waives the setup fee, and Customer may, at its discretion, act as a reference for Provider.',
    );
    assert.equal(statusOf(optional, 'waiver'), 'optional-only');
    const same = contract('- Provider waives the setup fee and shall introduce Customer to two retail partners.');
    assert.equal(statusOf(same, 'waiver'), 'unbalanced');
    assert.deepEqual(same.judgements[0]!.considered, [{ benefit: 'b1', reason: 'same-party' }]);
  });

  it('balances mutual terms by themselves', () => {
    assert.equal(
      statusOf(contract('Each party waives any claim for service credits arising before 1 May 2024.'), 'waiver'),
      'mutual',
    );
  });
});
