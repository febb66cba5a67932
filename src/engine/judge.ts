/**
 * Stage 6: is each concession reciprocated? Only a binding give-back that flows back from the
 * beneficiary to the grantor, and is tied to it, balances it. Mutual terms balance themselves.
 */
import type { Benefit, Concession, Judgement, MismatchReason, Term, Tie } from './model.js';
import { tiesOf } from './lookup.js';

/** Judges every concession against the give-backs tied to it. */
export function judge(terms: readonly Term[], ties: readonly Tie[]): Judgement[] {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const judgements: Judgement[] = [];
  for (const concession of terms) {
    if (concession.type !== 'concession') continue;
    const judgement: Judgement = { concession: concession.id, status: 'unbalanced', balancedBy: [], considered: [] };
    if (concession.by === 'both') {
      judgement.status = 'mutual';
      judgements.push(judgement);
      continue;
    }
    for (const tie of tiesOf(ties, 'concession', concession.id)) {
      const benefit = byId.get(tie.benefit) as Benefit | undefined;
      if (!benefit) continue;
      const reason = mismatch(concession, benefit);
      if (reason) judgement.considered.push({ benefit: benefit.id, reason });
      else judgement.balancedBy.push(benefit.id);
    }
    if (judgement.balancedBy.length) judgement.status = 'balanced';
    else if (judgement.considered.some((c) => c.reason === 'optional')) judgement.status = 'optional-only';
    judgements.push(judgement);
  }
  return judgements;
}

/** Why a tied give-back does not balance a concession, or undefined when it does. */
export function mismatch(concession: Concession, benefit: Benefit): MismatchReason | undefined {
  if (benefit.by === 'both') return 'mutual';
  const flowsBack =
    concession.to === 'unknown' || benefit.by === 'unknown'
      ? benefit.by !== concession.by || benefit.by === 'unknown'
      : benefit.by === concession.to;
  if (!flowsBack) return 'same-party';
  if (!benefit.binding) return 'optional';
  return undefined;
}
