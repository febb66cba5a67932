import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';

const sentences = (md: string): string[] => {
  const r = review(md);
  return r.sentences.map((s) => r.text.slice(s.start, s.end));
};

describe('sentences', () => {
  it('does not split after abbreviations, initials or inside numbers', () => {
    assert.deepEqual(
      sentences('Acme Inc. and Globex Co. agree on Section 4.2 of the Agreement. No. 5 applies e.g. here.'),
      ['Acme Inc. and Globex Co. agree on Section 4.2 of the Agreement.', 'No. 5 applies e.g. here.'],
    );
  });

  it('splits at semicolons and between table cells', () => {
    assert.deepEqual(sentences('The fee is waived; the term is extended.'), [
      'The fee is waived;',
      'the term is extended.',
    ]);
    const cells = sentences('| Term | Price |\n| --- | --- |\n| Fee | 20% off list |');
    assert.deepEqual(cells, ['Fee', '20% off list']);
  });
});
