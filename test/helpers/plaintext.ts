/** Helpers for the plain-text drafting tests: the clause tree, and a clause found by its words. */
import assert from 'node:assert/strict';
import { type Clause, type Review } from '../../src/engine/index.js';

/** Each numbered clause as `number<parent number` ("-" for none). */
export function tree(r: Review): string[] {
  const numberOf = (id: number | undefined): string => (id === undefined ? '-' : (r.clauses[id]!.number ?? `#${id}`));
  return r.clauses.filter((c) => c.number !== undefined).map((c) => `${c.number}<${numberOf(c.parent)}`);
}

/** The clause whose own words start with `words`. */
export function at(r: Review, words: string): Clause {
  const found = r.clauses.find(
    (c) =>
      r.text.slice(c.start, c.end).trimStart().startsWith(words) ||
      r.text.slice(c.textStart, c.textEnd).startsWith(words),
  );
  assert.ok(found, `no clause starts with ${words}`);
  return found;
}
