/**
 * Pathological input (issue 6): huge files, one enormous line, absurd nesting, floods of headings
 * and cross-references, binary bytes, broken UTF-8 and empty files. Each must be reviewed without
 * a crash or a hang, the text left as it was and every range inside it. The time each took is
 * printed, not asserted: `npm run bench -- f` times each at two sizes to show it grows linearly.
 */
import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { contractOf, folders, readContracts } from '../helpers/corpus.js';
import { pathologies } from '../helpers/pathological.js';

const contracts = readContracts(folders.corpus, folders.examples);

const MB = 1 << 20;

const inputs: [string, () => string][] = [
  ...pathologies(contracts).map(({ name, make }): [string, () => string] => [name, () => make(1)]),
  ['an empty file', () => ''],
  ['a byte order mark alone', () => '\uFEFF'],
];

describe('pathological input', function () {
  this.timeout(0);
  const timings: string[] = [];
  after(() => {
    console.log('\n    time per pathological input (one review each):');
    for (const line of timings) console.log(`      ${line}`);
  });

  for (const [name, make] of inputs) {
    it(`reviews ${name} without a crash, leaving the text intact`, () => {
      const text = make();
      const started = performance.now();
      const result = review(text);
      const ms = performance.now() - started;
      timings.push(
        `${name.padEnd(28)} ${(text.length / MB).toFixed(2).padStart(6)} MB  ${ms.toFixed(0).padStart(6)} ms`,
      );
      assert.equal(result.text, text);
      assert.equal(result.partial, undefined);
      for (const f of result.findings)
        assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.ruleId} at ${f.start}-${f.end}`);
      for (const c of result.clauses) assert.ok(c.start >= 0 && c.end <= text.length);
    });
  }

  it('stops a 10 MB review at a time budget and says where', () => {
    const text = contractOf(contracts, 10 * MB);
    const started = performance.now();
    const result = review(text, { timeBudgetMs: 500 });
    const ms = performance.now() - started;
    timings.push(
      `${'10 MB, 500 ms budget'.padEnd(28)} ${(text.length / MB).toFixed(2).padStart(6)} MB  ` +
        `${ms.toFixed(0).padStart(6)} ms (read ${((result.partial?.reviewedTo ?? text.length) / MB).toFixed(2)} MB)`,
    );
    assert.ok(result.partial && result.partial.reviewedTo < text.length);
  });
});
