/**
 * Pathological input (issue 6): huge files, one enormous line, absurd nesting, floods of headings
 * and cross-references, binary bytes, broken UTF-8 and empty files. Each must be reviewed without
 * a crash or a hang, the text left as it was and every range inside it. The time each took is
 * printed, not asserted: `npm run bench` measures speed and linearity.
 */
import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { contractOf, folders, readContracts } from '../helpers/corpus.js';

const contracts = readContracts(folders.corpus, folders.examples);

/** Deterministic pseudo-random bytes (no seed drift between runs). */
function bytes(count: number): Buffer {
  const out = Buffer.alloc(count);
  let x = 2463534242;
  for (let i = 0; i < count; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const MB = 1 << 20;

const inputs: [string, () => string][] = [
  ['a 10 MB contract', () => contractOf(contracts, 10 * MB)],
  ['a single 1 MB line', () => contractOf(contracts, MB).replace(/\r?\n/g, ' ')],
  ['10 000 nested list levels', () => `${'- '.repeat(10_000)}Provider waives the setup fee.\n`],
  ['10 000 nested ordered lists', () => `${'1. '.repeat(10_000)}Provider waives the setup fee.\n`],
  ['10 000 nested quotes', () => `${'>'.repeat(10_000)} Provider waives the setup fee.\n`],
  ['50 000 headings', () => Array.from({ length: 50_000 }, (_, i) => `## ${i + 1}. Fees ${i + 1}\n\nProvider waives the fee in Section ${i}.`).join('\n\n')],
  ['100 000 cross-references', () => `# Agreement\n\nThis Agreement is between Acme Inc. ("Provider") and Globex Ltd ("Customer").\n\n${Array.from({ length: 100_000 }, (_, i) => `Section ${(i % 500) + 1}.${i % 7}`).join(', ')}.\n`],
  ['200 KB of binary bytes', () => bytes(200 * 1024).toString('latin1')],
  ['200 KB of broken UTF-8', () => bytes(200 * 1024).toString('utf8')],
  ['400 000 open brackets', () => '['.repeat(400_000)],
  ['an empty file', () => ''],
  ['a byte order mark alone', () => '\uFEFF'],
  ['blank lines only', () => '\r\n'.repeat(50_000)],
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
      timings.push(`${name.padEnd(28)} ${(text.length / MB).toFixed(2).padStart(6)} MB  ${ms.toFixed(0).padStart(6)} ms`);
      assert.equal(result.text, text);
      assert.equal(result.partial, undefined);
      for (const f of result.findings) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.ruleId} at ${f.start}-${f.end}`);
      for (const c of result.clauses) assert.ok(c.start >= 0 && c.end <= text.length);
    });
  }

  it('stops a 10 MB review at a time budget and says where', () => {
    const text = contractOf(contracts, 10 * MB);
    const started = performance.now();
    const result = review(text, { timeBudgetMs: 500 });
    const ms = performance.now() - started;
    timings.push(`${'10 MB, 500 ms budget'.padEnd(28)} ${(text.length / MB).toFixed(2).padStart(6)} MB  ${ms.toFixed(0).padStart(6)} ms (read ${((result.partial?.reviewedTo ?? text.length) / MB).toFixed(2)} MB)`);
    assert.ok(result.partial && result.partial.reviewedTo < text.length);
  });
});
