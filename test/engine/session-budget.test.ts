/** Incremental review (issue 5): a time budget stops a review early and says where. */
import assert from 'node:assert/strict';
import { review, ReviewSession } from '../../src/engine/index.js';
import { folders, readContracts } from '../helpers/corpus.js';

const exampleTexts = readContracts(folders.examples);

describe('time budget', () => {
  const long = exampleTexts.join('\n\n').repeat(10);

  it('stops reading when the budget runs out and says where', () => {
    const result = review(long, { timeBudgetMs: 0 });
    assert.ok(result.partial, 'a zero budget must leave the review partial');
    assert.ok(result.partial.reviewedTo < long.length);
    for (const f of result.findings)
      assert.ok(f.end <= result.partial.reviewedTo, `finding at ${f.start} lies past ${result.partial.reviewedTo}`);
  });

  it('reads everything when the budget is enough', () => {
    const result = review(long, { timeBudgetMs: 60_000 });
    assert.equal(result.partial, undefined);
    assert.deepEqual(result.findings, review(long).findings);
  });

  it('reads a contract whole once its stages prove to fit the budget, then edits incrementally', () => {
    // A machine that reads in no time: the clock stands still, so only the assumed cost per character counts.
    const now = performance.now;
    performance.now = () => 0;
    try {
      const session = new ReviewSession();
      // Between what the assumed 2 ms per KB projects and what the fastest measured reading (a tenth) does.
      const budget = { timeBudgetMs: long.length * 0.0006 };
      const first = session.review(long, budget);
      assert.ok(first.partial, 'read in part while the cost is assumed');
      const second = session.review(long, budget);
      assert.equal(second.partial, undefined, 'read whole once the cost is measured');
      const edited = long.replace('Customer', 'Customer ');
      session.review(edited, budget);
      assert.equal(session.counts.incremental, 1);
    } finally {
      performance.now = now;
    }
  });

  it('lets a session carry on where a partial review stopped', () => {
    const session = new ReviewSession();
    const first = session.review(long, { timeBudgetMs: 0 });
    const second = session.review(long, { timeBudgetMs: 0 });
    assert.ok(
      first.partial && (!second.partial || second.partial.reviewedTo > first.partial.reviewedTo),
      'the second review should get further',
    );
  });
});
