/**
 * misdirected-give-back: a give-back explicitly tied to a concession ("in consideration of the
 * discount …") but given by the same party that conceded. It flows the wrong way and balances
 * nothing: the drafter probably swapped the parties.
 *
 * Flagged:  `In consideration of the discount in Section 4.2, Provider shall act as a reference for Customer.`
 * Clean:    `In consideration of the discount in Section 4.2, Customer shall act as a reference for Provider.`
 */
import type { Benefit, Concession } from '../model.js';
import type { Draft, Rule } from './rule.js';
import { mismatch } from '../judge.js';
import { termById } from '../lookup.js';
import { concessionLabels, its, partyName, placeOf, quote, verbAfter } from '../describe.js';

export const misdirectedGiveBack: Rule = {
  id: 'misdirected-give-back',
  severity: 'warning',
  summary: 'A give-back tied to a concession comes from the party that conceded.',
  check(model) {
    const findings: Draft[] = [];
    for (const tie of model.ties) {
      if (tie.via !== 'reference') continue;
      const concession = termById(model.terms, tie.concession) as Concession;
      const benefit = termById(model.terms, tie.benefit) as Benefit;
      if (mismatch(concession, benefit) !== 'same-party') continue;
      const party = partyName(model.parties, benefit.by);
      const where = placeOf(model.clauses, model.clauses[concession.clause]!, model.unit);
      findings.push({
        start: benefit.start,
        end: benefit.end,
        message:
          `${party} ${verbAfter(party, 'gives')} “${quote(model, benefit, 50)}” in exchange for ` +
          `${its(party)} own ${concessionLabels[concession.kind as keyof typeof concessionLabels]} ${where}: ` +
          'the give-back flows the wrong way.',
        note: `A give-back balances a concession only when it comes from the party that received it (${partyName(model.parties, concession.to)}).`,
        benefit: benefit.id,
        concession: concession.id,
        related: [
          {
            start: concession.start,
            end: concession.end,
            message: `The concession it is tied to: “${quote(model, concession, 50)}”.`,
          },
        ],
      });
    }
    return findings;
  },
};
