/**
 * Properties that hold for any input (issue 6), checked with fast-check on generated contracts
 * and on damaged windows of the real contracts of ../shared/corpus: the engine never throws,
 * every range lies inside the document and on UTF-16 boundaries, results are deterministic, and
 * every quick fix only inserts and removes the finding it answers.
 *
 * The normal run checks a few thousand cases; `npm run soak` runs the same properties at scale
 * (RECIPROCITY_RUNS sets the number of cases per property, RECIPROCITY_SEED replays a run).
 */
import fc from 'fast-check';
import { generatedContract, mutatedContract } from '../helpers/generate.js';
import { checkFixes, checkReview } from '../helpers/properties.js';
import { folders, markdownFiles, readContracts } from '../helpers/corpus.js';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const runs = Number(process.env.RECIPROCITY_RUNS ?? 1500);
const seed = process.env.RECIPROCITY_SEED === undefined ? undefined : Number(process.env.RECIPROCITY_SEED);
const texts = readContracts(folders.examples, folders.corpus, folders.evalDev);

describe('properties: any input', function () {
  this.timeout(0);

  it('generated contracts: no throw, sound ranges, deterministic, and every fix only inserts and resolves its finding', () => {
    let fixes = 0;
    fc.assert(
      fc.property(generatedContract, (text) => {
        fixes += checkFixes(checkReview(text), 2);
      }),
      { numRuns: runs, seed },
    );
    // The generator must reach the fixes, or the last property proves nothing.
    if (fixes < runs / 2) throw new Error(`only ${fixes} fixes checked in ${runs} contracts`);
  });

  it('damaged real contracts (cut, splice, duplicate, Unicode, CRLF, BOM, random bytes): no throw, sound ranges, deterministic', () => {
    if (texts.length < 10) throw new Error('the corpus is missing at ../shared/corpus');
    fc.assert(
      fc.property(mutatedContract(texts), (text) => {
        checkFixes(checkReview(text), 1);
      }),
      { numRuns: Math.ceil(runs / 2), seed },
    );
  });
});

describe('properties: every counterexample the soak has found', () => {
  // `npm run soak` saves each shrunk counterexample; they are kept here so that none comes back.
  for (const file of markdownFiles(join(folders.fixtures, 'soak'))) {
    it(`passes ${basename(file)}`, () => {
      checkFixes(checkReview(readFileSync(file, 'utf8')), 2);
    });
  }
});
