/**
 * Stage 5: what ties a give-back to a concession (LABELS.md): the same sentence, paragraph or
 * list item; the same top-level numbered section; a condition; or an explicit reference with
 * tying words ("in consideration of the discount in Section 4.2", "in exchange for the
 * Launch Discount", "in return for all of the relief in the bullets above").
 */
import type { Tie, TieVia } from '../model.js';
import type { LinkInput, TermKeys } from './types.js';
import { collect } from './pairs.js';
import { structuralTies } from './structural.js';
import { referenceTies } from './tying.js';

export type { LinkInput, TermKeys } from './types.js';
export { definitionTargets } from './lookups.js';
export { tyingSentences } from './tying.js';
export { describingKeys, sentenceShares } from './describing.js';

const STRENGTH: Record<TieVia, number> = { section: 1, clause: 2, sentence: 3, reference: 4, condition: 5 };

/** Finds every tie between a concession and a give-back. */
export function linkTerms(input: LinkInput): Tie[] {
  return linkTermsBySentence(input).ties;
}

/** Every tie, and the ties each sentence with tying words made, for a later review to reuse. */
export function linkTermsBySentence(input: LinkInput): {
  ties: Tie[];
  bySentence: Map<number, Tie[]>;
  termKeys?: TermKeys;
} {
  const ties = new Map<string, Tie>();
  // The strongest way wins; between equals, the first found.
  const merge = (tie: Tie): void => {
    const key = `${tie.concession}|${tie.benefit}`;
    const existing = ties.get(key);
    if (!existing || STRENGTH[existing.via] < STRENGTH[tie.via]) ties.set(key, tie);
  };
  structuralTies(input, collect(merge));
  const read: { termKeys?: TermKeys } = {};
  const bySentence = referenceTies(input, merge, read);
  const termKeys = read.termKeys ?? input.termKeys;
  return {
    ties: [...ties.values()].sort((a, b) => compareIds(a.concession, b.concession) || compareIds(a.benefit, b.benefit)),
    bySentence,
    ...(termKeys ? { termKeys } : {}),
  };
}

function compareIds(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}
