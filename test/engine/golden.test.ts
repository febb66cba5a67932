/**
 * Golden tests on whole contracts: every rule on realistic drafts, compared with the text report
 * in `*.expected.txt`. Run with UPDATE_GOLDEN=1 to rewrite them after a change you have read.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { review } from '../../src/engine/index.js';
import { formatText } from '../../src/engine/format/text.js';

const root = join(__dirname, '..', '..');
const folders = [join(root, 'examples'), join(root, 'test', 'fixtures', 'contracts')];

describe('golden: whole contracts', () => {
  for (const folder of folders) {
    for (const name of readdirSync(folder)
      .filter((f) => f.endsWith('.md'))
      .sort()) {
      it(name, () => {
        const text = readFileSync(join(folder, name), 'utf8');
        const r = review(text);
        const actual = formatText([{ path: name, text, findings: r.findings }]);
        const expectedPath = join(root, 'test', 'fixtures', 'golden', name.replace(/\.md$/, '.expected.txt'));
        if (process.env.UPDATE_GOLDEN || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
        assert.equal(actual, readFileSync(expectedPath, 'utf8'));
      });
    }
  }
});
