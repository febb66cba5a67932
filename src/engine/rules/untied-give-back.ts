/**
 * untied-give-back: a binding give-back that is tied to no concession while the party that
 * receives it has granted concessions that stand unbalanced. Tied, it would balance them;
 * untied, it is leverage given away.
 *
 * Flagged:  `6. Case study. The Client will take part in one case study.` (and Vendor's fee relief elsewhere, untied)
 * Clean:    `6. In consideration of the payment terms in clause 2, the Client will take part in one case study.`
 */
import type { Benefit, Finding, Review, Term } from '../model.js';
import { MAX_TIES, type Draft, type Fix, type FixCheck, type Rule } from './rule.js';
import { planTie, untiedGiveBacks } from '../insertions.js';
import { capitalised, concessionLabels, partyName, placeOf, placeOfTerm, possessive, quote } from '../describe.js';
import { concessionsFlowing, openConcessions, termById } from '../lookup.js';

export const untiedGiveBack: Rule = {
  id: 'untied-give-back',
  severity: 'info',
  summary: 'A binding give-back is tied to no concession while concessions stand unbalanced.',
  check(model) {
    const findings: Draft[] = [];
    const open = openConcessions(model.judgements);
    const balancing = new Set(model.judgements.flatMap((j) => j.balancedBy));
    // A give-back said again in its clause ("in exchange for Customer's commitment to the full 36-month term.
    // Customer commits to that term") is the one give-back, already tied.
    const sameGiveBack = (t: Term): string => `${t.clause} ${t.kind} ${t.by}`;
    const tied = new Set(model.terms.filter((t) => balancing.has(t.id)).map(sameGiveBack));
    // Mirrored covenants ("Distributor will not offer … which compete", "Airspan will not offer … which compete")
    // are the bargain's symmetry, not leverage left untied.
    const section = (t: Term): string => model.clauses[t.clause]?.section ?? String(t.clause);
    const given = new Set(
      model.terms.filter((t) => t.type === 'benefit').map((t) => `${section(t)} ${t.kind} ${t.by}`),
    );
    const givenEachWay = (t: Term): boolean => t.to !== 'unknown' && given.has(`${section(t)} ${t.kind} ${t.to}`);
    for (const term of model.terms) {
      if (term.type !== 'benefit' || !term.binding || term.condition || balancing.has(term.id)) continue;
      if (tied.has(sameGiveBack(term)) || givenEachWay(term)) continue;
      const benefit = term as Benefit;
      if (benefit.by === 'both' || benefit.by === 'unknown') continue;
      // A termination fee prices an exit, and only an exit.
      const waiting = nearestFirst(
        concessionsFlowing(model.terms, benefit.to, benefit.by).filter(
          (c) => open.has(c.id) && (!benefit.prices || c.kind === benefit.prices),
        ),
        benefit,
        5,
      );
      if (waiting.length === 0) continue;
      const first = waiting[0]!;
      const where = placeOf(model.clauses, model.clauses[first.clause]!, model.unit);
      findings.push({
        start: benefit.start,
        end: benefit.end,
        message:
          `${capitalised(possessive(partyName(model.parties, benefit.by)))} give-back ` +
          `“${quote(model, benefit, 50)}” is tied to no concession; ` +
          `tie it to the ${concessionLabels[first.kind as keyof typeof concessionLabels]} ${where} so that it counts.`,
        note: 'Add "in consideration of …" naming the concession, or move the give-back into the same clause.',
        benefit: benefit.id,
        related: waiting
          .slice(0, 5)
          .map((c) => ({ start: c.start, end: c.end, message: `Unbalanced concession: “${quote(model, c, 50)}”.` })),
      });
    }
    return findings;
  },
  fixes: tieFixes,
};

/** Ties of the give-back to open concessions it could balance, the first preferred. */
function tieFixes(review: Review, finding: Finding, works: FixCheck): Fix[] {
  const benefit = finding.benefit;
  if (!benefit) return [];
  const fixes: Fix[] = [];
  const open = openConcessions(review.judgements);
  for (const term of nearestFirst(review.terms, termById(review.terms, benefit))) {
    if (fixes.length === MAX_TIES) break;
    if (term.type !== 'concession' || !open.has(term.id)) continue;
    if (!untiedGiveBacks(review, term.id).some((b) => b.id === benefit)) continue;
    const insertion = planTie(review, term.id, benefit);
    if (!insertion || works(insertion) !== true) continue;
    fixes.push({
      kind: 'tie',
      concession: term.id,
      benefit,
      other: { type: 'concession', kind: term.kind },
      where: placeOfTerm(review, term),
      insertion,
      preferred: fixes.length === 0,
    });
  }
  return fixes;
}

/**
 * The `count` concessions drafted nearest a give-back, nearest first: by clause, then those before
 * it, then by distance in the text. A give-back is usually traded for the concession drafted just
 * before it. Picked in one pass (a contract can hold thousands of each).
 */
function nearestFirst<T extends Term>(concessions: readonly T[], benefit: Term | undefined, count = Infinity): T[] {
  if (!benefit) return concessions.slice(0, count);
  const key = (c: Term): [number, number, number] => [
    Math.abs(c.clause - benefit.clause),
    c.start > benefit.start ? 1 : 0,
    Math.abs(c.start - benefit.start),
  ];
  const closer = (a: Term, b: Term): number => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  };
  if (count === Infinity) return [...concessions].sort(closer);
  const best: T[] = [];
  for (const c of concessions) {
    if (best.length === count && closer(c, best[count - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && closer(c, best[at - 1]!) < 0) at--;
    best.splice(at, 0, c);
    if (best.length > count) best.pop();
  }
  return best;
}
