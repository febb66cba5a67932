import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { by, lines } from '../helpers/contract.js';

// Issue 16: classes three blind negotiators found on CUAD exhibits no session had read (2026-12-07),
// each seen in two or more contracts. Every test keeps the real term next to the one set right.
const PREAMBLE = 'This Agreement is made between Medialinx Interactive, L.P. ("MLX") and HealthCentral Inc. ("HCI").';
const benefits = (body: string) => {
  const r = review(lines(PREAMBLE, '', body));
  return r.terms
    .filter((t) => t.type === 'benefit')
    .map((t) => `${t.kind} ${by(r, t)} ${t.binding ? 'binding' : 'optional'}`);
};

describe('exclusivity: given to the party that holds the exclusive place or the first right', () => {
  it('reads "HCI shall be the exclusive … partner" as given by MLX', () => {
    assert.deepEqual(
      benefits('1. During the Term, HCI shall be the exclusive health content partner in the health section.'),
      ['exclusivity MLX binding'],
    );
  });

  it('reads "serve, as MLX\'s exclusive agent" as given by MLX, whose agent it is', () => {
    assert.deepEqual(
      benefits("1. MLX hereby appoints HCI, and HCI hereby agrees to serve, as MLX's exclusive agent in Canada."),
      ['exclusivity MLX binding'],
    );
  });

  it('reads "reserves the right of first refusal" as held by the subject and "will grant … a right" as given by it', () => {
    assert.deepEqual(benefits('1. HCI reserves the right of first refusal to purchase any tooling.'), [
      'exclusivity MLX binding',
    ]);
    assert.deepEqual(benefits('1. HCI will grant MLX a right of first refusal to include new products.'), [
      'exclusivity HCI binding',
    ]);
  });

  it('keeps a covenant bound by "as may be provided in any Schedule", which leaves no choice', () => {
    assert.deepEqual(
      benefits(
        "1. Except as may be provided in any Schedule, HCI agrees that MLX shall be HCI's sole and exclusive provider of all Services.",
      ),
      ['exclusivity HCI binding'],
    );
  });

  it('reads no give-back in the name of the document', () => {
    assert.deepEqual(
      benefits('THIS SECOND AMENDED AND RESTATED EXCLUSIVE AGENCY AND MARKETING AGREEMENT by and between MLX and HCI.'),
      [],
    );
  });
});
