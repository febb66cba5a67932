/** Drafts of the fixtures in test/fixtures/drafts, read once each, for the drafts tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { review, type Concession, type Review, type Suggestion } from '../../src/engine/index.js';

export const fixtures = join(__dirname, '..', 'fixtures', 'drafts');

const reviewed = new Map<string, Review>();
export function read(file: string, folder = fixtures): Review {
  let r = reviewed.get(file);
  if (!r) reviewed.set(file, (r = review(readFileSync(join(folder, file), 'utf8'))));
  return r;
}

/** Every draft of a review, with the concession it answers. */
export function drafts(r: Review): { concession: Concession; suggestion: Suggestion }[] {
  return r.findings
    .filter((f) => f.ruleId === 'unreciprocated-concession')
    .flatMap((f) => {
      const concession = r.terms.find((t) => t.id === f.concession) as Concession;
      return (f.suggestions ?? []).map((suggestion) => ({ concession, suggestion }));
    });
}

export function textsOf(file: string): string[] {
  return drafts(read(file)).map((d) => d.suggestion.text);
}
