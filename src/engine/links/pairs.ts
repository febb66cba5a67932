/** Pairs of terms made into ties. */
import type { Span, Term, Tie } from '../model.js';
import type { Add } from './types.js';

/** An Add that passes on each concession–give-back pair as a tie. */
export function collect(to: (tie: Tie) => void): Add {
  return (concession, benefit, via, at) => {
    if (concession.type !== 'concession' || benefit.type !== 'benefit') return;
    // A termination fee in the clause prices the exit, not the instalments it is paid in.
    if (benefit.prices && benefit.prices !== concession.kind) return;
    to({ concession: concession.id, benefit: benefit.id, via, ...(at ? { at } : {}) });
  };
}

/** Ties every concession on one side to every give-back on the other; true when any tie was made. */
export function pair(a: Set<Term>, b: Set<Term>, add: Add, at: Span): boolean {
  let tied = false;
  for (const x of a)
    for (const y of b) {
      if (x.type === 'concession' && y.type === 'benefit') add(x, y, 'reference', at);
      else if (x.type === 'benefit' && y.type === 'concession') add(y, x, 'reference', at);
      else continue;
      tied = true;
    }
  return tied;
}

export function ofType(terms: Set<Term>, type: Term['type']): Set<Term> {
  return new Set([...terms].filter((t) => t.type === type));
}
