/** Which clause a numbered clause belongs to, and its number there: "(a)" under 4.2 is 4.2(a). */
import type { Clause } from '../model.js';
import { joinNumber, type Label } from '../numbering.js';

/** A number that scopes the numbers inside it instead of being extended by them. */
export const CONTAINER_NUMBER = /^(?:schedule|annex|exhibit|appendix|attachment|addendum) /;

/** Numbers a label in its context: sub-labels join their parent's number. */
export function qualify(clauses: readonly Clause[], parent: Clause | undefined, label: Label): string {
  if (label.sub) return joinNumber(numberedAncestor(clauses, parent)?.number, label.number);
  return label.number;
}

/** The nearest numbered ancestor whose number children extend; a schedule numbers afresh inside. */
export function numberedAncestor(clauses: readonly Clause[], clause: Clause | undefined): Clause | undefined {
  for (let c = clause; c; c = c.parent === undefined ? undefined : clauses[c.parent]) {
    if (c.number === undefined) continue;
    return CONTAINER_NUMBER.test(c.number) ? undefined : c;
  }
  return undefined;
}
