/**
 * non-binding-give-back: a give-back worded as optional ("may", "will consider", "at its
 * discretion") where a concession flows the other way. It balances nothing until it binds.
 *
 * Flagged:  `Customer may, at its discretion, act as a reference for Provider.`
 * Clean:    `Customer shall act as a reference for Provider.`
 */
import type { Benefit, Concession } from '../model.js';
import type { Draft, Rule } from './rule.js';
import { capitalised, concessionLabels, partyName, placeOf, possessive, quote } from '../describe.js';
import { concessionsFlowing, openConcessions, termById, tiesOf } from '../lookup.js';

export const nonBindingGiveBack: Rule = {
  id: 'non-binding-give-back',
  severity: 'info',
  summary: 'A give-back is optional, so it balances nothing.',
  check(model) {
    const findings: Draft[] = [];
    const open = openConcessions(model.judgements);
    for (const benefit of model.terms) {
      if (benefit.type !== 'benefit' || benefit.binding || benefit.by === 'both' || benefit.by === 'unknown') continue;
      const tied = tiesOf(model.ties, 'benefit', benefit.id).map(
        (t) => termById(model.terms, t.concession) as Concession,
      );
      const flowing = concessionsFlowing(model.terms, (benefit as Benefit).to, benefit.by);
      // The concessions it is tied to, else those still open, else any it could answer.
      const owed = tied.length
        ? tied
        : flowing.filter((c) => open.has(c.id)).length
          ? flowing.filter((c) => open.has(c.id))
          : flowing;
      if (owed.length === 0) continue;
      const giver = partyName(model.parties, benefit.by);
      const target = owed[0]!;
      const where = placeOf(model.clauses, model.clauses[target.clause]!, model.unit);
      findings.push({
        start: benefit.start,
        end: benefit.end,
        message:
          `${capitalised(possessive(giver))} give-back “${quote(model, benefit, 50)}” is optional, ` +
          `so it does not balance the ${concessionLabels[target.kind as keyof typeof concessionLabels]} ${where}.`,
        note: 'Replace "may", "will consider" or "at its discretion" with "shall" to make the give-back count.',
        benefit: benefit.id,
        concession: tied.length ? target.id : undefined,
        related: owed.map((c) => ({
          start: c.start,
          end: c.end,
          message: `Concession this give-back could balance: “${quote(model, c, 50)}”.`,
        })),
      });
    }
    return findings;
  },
};
