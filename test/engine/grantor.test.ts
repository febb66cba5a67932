import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { concessions, contract, lines } from '../helpers/contract.js';

// Who gives a price term: the party paid, unless the sentence has another party provide it (issue 16).
describe('grantor: the party that provides, offers or grants gives it, whichever side of the money', () => {
  it('reads a free extra the paying side provides as given by that side', () => {
    assert.deepEqual(
      concessions(contract('Customer will provide two days of product training free of charge to Provider.')),
      ['free-scope Customer->Provider'],
    );
    assert.deepEqual(concessions(contract('Customer shall continue to provide I/T Services to Provider at no cost.')), [
      'free-scope Customer->Provider',
    ]);
  });

  it('reads a discount the paying side offers as given by that side', () => {
    assert.deepEqual(
      concessions(contract('Customer shall offer Provider a minimum discount of 20% on its products.')),
      ['discount Customer->Provider'],
    );
  });

  it('still reads a price term the paying side receives or uses as given by the side paid', () => {
    for (const sentence of [
      'Customer shall receive a discount of ten percent (10%) on the Fees.',
      'Customer shall be provided with two (2) additional training days at no charge.',
      'Customer may use the demonstration units at no charge during the Term.',
      'Provider shall provide Customer with two (2) additional training days at no charge.',
    ])
      assert.deepEqual(
        concessions(contract(sentence)).map((c) => c.split(' ')[1]),
        ['Provider->Customer'],
        sentence,
      );
  });
});

describe('sides: who is paid, read from how the deal is paid, not from its remedies', () => {
  const named = 'This Agreement is made between Fox Licensing Corp. ("Fox") and Glu Mobile, Inc. ("Glu").';
  const sides = (...body: string[]): Record<string, string | undefined> =>
    Object.fromEntries(review(lines(named, '', ...body)).parties.map((p) => [p.aliases[0], p.side]));

  it('reads "X shall pay to Y" as Y paid', () => {
    assert.deepEqual(sides('Glu shall pay to Fox Royalties at the rate of ten percent (10%) of gross receipts.'), {
      Fox: 'payee',
      Glu: 'payer',
    });
  });

  it('does not read a sum paid on a failure as the price of the deal', () => {
    const price = 'Glu shall pay to Fox Royalties at the rate of ten percent (10%) of gross receipts.';
    const onFailure = [
      'If Fox fails to deliver the Materials on time, Fox will on demand pay to Glu a sum of 1% of the Advance.',
      '',
      'If Fox fails to deliver the Artwork on time, Fox will on demand pay to Glu a sum of 2% of the Advance.',
    ];
    assert.deepEqual(sides(price, '', ...onFailure), { Fox: 'payee', Glu: 'payer' });
  });

  it('does not read damages, or a sum paid on a failure, as the price of the deal', () => {
    const price = 'Glu shall pay to Fox Royalties at the rate of ten percent (10%) of gross receipts.';
    const remedies = [
      'If Fox fails to deliver the Materials on time, Fox will on demand pay to Glu a sum of 1% of the Advance per week.',
      'Fox shall pay to Glu, as liquidated damages, an amount equal to the Advance.',
    ];
    assert.deepEqual(sides(price, '', ...remedies), { Fox: 'payee', Glu: 'payer' });
    assert.deepEqual(sides('Fox shall pay to Glu the Development Fee.', '', ...remedies), {
      Fox: 'payer',
      Glu: 'payee',
    });
  });
});
