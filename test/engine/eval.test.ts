/**
 * Judgement quality on labelled contracts, measured with the shared scorer: the shared dev set and
 * the project's own labelled set (test/fixtures/labelled, contracts written and labelled by LABELS.md
 * in styles the dev set lacks: letters, emails, plain text, construction, GPO, sponsorship …).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { review } from '../../src/engine/index.js';
import { toJsonFile, toJsonReport } from '../../src/engine/format/json.js';

const shared = join(__dirname, '..', '..', '..', 'shared', 'eval');
const sets: [string, string][] = [
  ['the shared dev contracts', join(shared, 'dev')],
  ["the project's own labelled contracts", join(__dirname, '..', 'fixtures', 'labelled')],
];

describe('eval: labelled contracts', () => {
  for (const [name, folder] of sets) {
    it(`scores F1 ≥ 0.90, concession recall ≥ 0.90 and grantor right ≥ 90 % on ${name}`, function () {
      this.timeout(60_000);
      assert.ok(existsSync(folder), `the labelled contracts are missing at ${folder}`);
      const files = readdirSync(folder)
        .filter((f) => f.endsWith('.md'))
        .sort();
      const report = toJsonReport(files.map((f) => toJsonFile(f, review(readFileSync(join(folder, f), 'utf8')))));
      const scored = spawnSync(process.execPath, [join(shared, 'score.mjs'), '-', folder, '--quiet'], {
        input: JSON.stringify(report),
        encoding: 'utf8',
      });
      const out = scored.stdout;
      const f1 = Number(/F1 ([\d.]+)/.exec(out)![1]);
      const [, found, all] = /concessions found (\d+)\/(\d+)/.exec(out)!.map(Number) as [number, number, number];
      const [, right, judged] = /grantor right (\d+)\/(\d+)/.exec(out)!.map(Number) as [number, number, number];
      assert.ok(f1 >= 0.9, out);
      assert.ok(found / all >= 0.9, out);
      assert.ok(right / judged >= 0.9, out);
    });
  }
});
