/**
 * Incremental review (issue 5): a session that reuses the parsed chunks of the last version must
 * give exactly what a fresh review gives, whatever the edits; and a time budget stops a review
 * early and says where.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { review, ReviewSession } from '../../src/engine/index.js';
import { generatedContract } from '../helpers/generate.js';
import { folders, readContracts } from '../helpers/corpus.js';

const runs = Math.max(50, Math.floor(Number(process.env.RECIPROCITY_RUNS ?? 1500) / 10));
const seed = process.env.RECIPROCITY_SEED === undefined ? undefined : Number(process.env.RECIPROCITY_SEED);
const exampleTexts = readContracts(folders.examples);

/** An edit as a person makes one: a keystroke, a deletion, a pasted paragraph or a clause cut out. */
const edit = fc.record({
  at: fc.nat(),
  remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(400)),
  insert: fc.oneof(
    fc.constantFrom('', 'a', ' ', '\n', '\n\n', '#', '- ', '1. ', '|', '"', '(', '5', '😀', '\r\n'),
    fc.constantFrom('\n\n## 9. Credits\n\nProvider shall issue a service credit of 10% of the monthly fees.\n\n', 'Customer shall act as a reference for Provider. ', '\n\n---\n\n', '\n\n```\n'),
  ),
});

function apply(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

describe('incremental review', function () {
  this.timeout(0);

  it('equals a full review after every edit of a sequence', () => {
    const start = fc.oneof(generatedContract, fc.constantFrom(...exampleTexts));
    fc.assert(fc.property(start, fc.array(edit, { minLength: 1, maxLength: 8 }), (text, edits) => {
      const session = new ReviewSession();
      session.review(text);
      for (const e of edits) {
        text = apply(text, e);
        assert.deepEqual(session.review(text), review(text));
      }
    }), { numRuns: runs, seed });
  });
});

describe('time budget', () => {
  const long = exampleTexts.join('\n\n').repeat(10);

  it('stops reading when the budget runs out and says where', () => {
    const result = review(long, { timeBudgetMs: 0 });
    assert.ok(result.partial, 'a zero budget must leave the review partial');
    assert.ok(result.partial.reviewedTo < long.length);
    for (const f of result.findings) assert.ok(f.end <= result.partial.reviewedTo, `finding at ${f.start} lies past ${result.partial.reviewedTo}`);
  });

  it('reads everything when the budget is enough', () => {
    const result = review(long, { timeBudgetMs: 60_000 });
    assert.equal(result.partial, undefined);
    assert.deepEqual(result.findings, review(long).findings);
  });

  it('lets a session carry on where a partial review stopped', () => {
    const session = new ReviewSession();
    const first = session.review(long, { timeBudgetMs: 0 });
    const second = session.review(long, { timeBudgetMs: 0 });
    assert.ok(first.partial && (!second.partial || second.partial.reviewedTo > first.partial.reviewedTo), 'the second review should get further');
  });
});
