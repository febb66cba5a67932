/** Judgement quality on the labelled dev contracts, measured with the shared scorer. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { review } from '../../src/engine/index.js';
import { toJsonFile, toJsonReport } from '../../src/engine/format/json.js';

const dev = join(__dirname, '..', '..', '..', 'shared', 'eval', 'dev');

describe('eval: the labelled dev contracts', () => {
  it('scores F1 ≥ 0.90, concession recall ≥ 0.90 and grantor right ≥ 90 %', function () {
    assert.ok(existsSync(dev), `the labelled contracts are missing at ${dev}`);
    const files = readdirSync(dev).filter((f) => f.endsWith('.md')).sort();
    const report = toJsonReport(files.map((f) => toJsonFile(f, review(readFileSync(join(dev, f), 'utf8')))));
    const scored = spawnSync(process.execPath, [join(dev, '..', 'score.mjs'), '-', dev, '--quiet'], { input: JSON.stringify(report), encoding: 'utf8' });
    const out = scored.stdout;
    const f1 = Number(/F1 ([\d.]+)/.exec(out)![1]);
    const [, found, all] = /concessions found (\d+)\/(\d+)/.exec(out)!.map(Number) as [number, number, number];
    const [, right, judged] = /grantor right (\d+)\/(\d+)/.exec(out)!.map(Number) as [number, number, number];
    assert.ok(f1 >= 0.9, out);
    assert.ok(found / all >= 0.9, out);
    assert.ok(right / judged >= 0.9, out);
  });
});
