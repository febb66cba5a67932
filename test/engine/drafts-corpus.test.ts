/**
 * Every draft on every real contract of the shared corpus and the CUAD set, read as a lawyer would
 * (test/helpers/draft-check.ts): how many pass, and how many warnings come with drafts. The team
 * holds its held-out contracts to at least 95% of drafts passing and 98% of warnings with drafts.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { review } from '../../src/engine/index.js';
import { checkReview, type DraftTally } from '../helpers/draft-check.js';

const shared = join(__dirname, '..', '..', '..', 'shared');
const sets = [join(shared, 'corpus'), join(shared, 'eval', 'cuad')];

function contracts(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? contracts(path) : name.endsWith('.md') && name !== 'README.md' ? [path] : [];
  });
}

describe('drafts: every draft on the corpus and the CUAD set', () => {
  it('pass a lawyer’s first read (≥ 95%), and come with ≥ 98% of warnings', function () {
    this.timeout(900_000);
    for (const folder of sets) assert.ok(existsSync(folder), `the shared contracts are missing at ${folder}`);
    const tally: DraftTally = { warnings: 0, withDrafts: 0, drafts: 0, passing: 0, failures: [] };
    for (const file of sets.flatMap(contracts)) checkReview(review(readFileSync(file, 'utf8')), tally);
    const byCheck = new Map<string, number>();
    for (const f of tally.failures)
      for (const check of new Set(f.problems.map((p) => p.check))) byCheck.set(check, (byCheck.get(check) ?? 0) + 1);
    const percent = (n: number, of: number): string => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
    console.log(
      `      drafts: ${tally.passing}/${tally.drafts} pass (${percent(tally.passing, tally.drafts)}); ` +
        `${tally.withDrafts}/${tally.warnings} warnings offer drafts (${percent(tally.withDrafts, tally.warnings)})` +
        `${byCheck.size ? `; failing: ${[...byCheck].map(([c, n]) => `${c} ${n}`).join(', ')}` : ''}`,
    );
    // A floor that shows the sets were read: over a hundred warnings on 200 real contracts, each with its drafts.
    assert.ok(tally.warnings > 100, `only ${tally.warnings} warnings`);
    assert.ok(tally.drafts >= tally.withDrafts * 2, `${tally.drafts} drafts for ${tally.withDrafts} warnings`);
    assert.ok(
      tally.passing >= 0.95 * tally.drafts,
      tally.failures
        .slice(0, 10)
        .map((f) => `${f.problems.map((p) => `${p.check}: ${p.detail}`).join('; ')} — ${f.suggestion.text}`)
        .join('\n'),
    );
    assert.ok(tally.withDrafts >= 0.98 * tally.warnings, `${tally.withDrafts}/${tally.warnings} warnings offer drafts`);
  });
});
