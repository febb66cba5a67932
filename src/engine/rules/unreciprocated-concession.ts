/**
 * unreciprocated-concession: a concession one party grants with no binding give-back tied to it.
 *
 * Why: in a partnership, whoever takes something gives something back. An untied discount is
 * money left on the table; a negotiator asks for a reference, a testimonial or more term.
 *
 * Flagged:  `4.2 Provider shall charge rates fifteen percent (15%) below the List Rates.`
 * Clean:    `… in consideration of which Customer shall serve as a reference for Provider.`
 */
import { lazyProperty } from '../lazy.js';
import type { Concession, Finding, Review, Suggestion } from '../model.js';
import { MAX_TIES, type Draft, type Fix, type FixCheck, type Model, type Rule } from './rule.js';
import { placements, planGiveBack, planTie, untiedGiveBacks } from '../insertions.js';
import {
  capitalised,
  describeTerm,
  itself,
  partyName,
  placeOfTerm,
  quote,
  verbAfter,
  whoGivesWhom,
} from '../describe.js';
import { isOpen, termById } from '../lookup.js';
import { draftGiveBacks } from '../drafting/index.js';

export const unreciprocatedConcession: Rule = {
  id: 'unreciprocated-concession',
  severity: 'warning',
  summary: 'A concession is granted with no binding give-back tied to it.',
  check(model) {
    const findings: Draft[] = [];
    for (const judgement of model.judgements) {
      if (!isOpen(judgement)) continue;
      const concession = termById(model.terms, judgement.concession) as Concession;
      const grantor = partyName(model.parties, concession.by);
      const beneficiary = partyName(model.parties, concession.to);
      const what = `${describeTerm(concession)} (“${quote(model, concession, 60)}”)`;
      const optionalOnly = judgement.status === 'optional-only';
      const back = optionalOnly ? 'only an optional give-back' : 'nothing';
      const known = concession.by !== 'unknown' && concession.to !== 'unknown';
      const message = known
        ? `${grantor} ${verbAfter(grantor, 'grants')} ${beneficiary} ${what} and ${verbAfter(grantor, 'receives')} ${back} in return.`
        : `${capitalised(describeTerm(concession))} (“${quote(model, concession, 60)}”) is granted with ${back} in return.`;
      const related = judgement.considered.map(({ benefit, reason }) => {
        const b = termById(model.terms, benefit)!;
        const why =
          reason === 'optional'
            ? 'it is optional'
            : reason === 'same-party'
              ? `it is given by ${grantor} ${itself(grantor)}`
              : 'it is mutual';
        return {
          start: b.start,
          end: b.end,
          message: `Considered “${quote(model, b, 50)}”: does not count because ${why}.`,
        };
      });
      const finding: Draft = {
        start: concession.start,
        end: concession.end,
        message,
        note:
          `${capitalised(describeTerm(concession))} counts as balanced only when a binding give-back flows back ` +
          `from ${known ? beneficiary : 'the party that receives it'} ` +
          `to ${known ? grantor : 'the party that grants it'} ` +
          'and is tied to it: in the same sentence, paragraph or numbered section, as its condition, or by an ' +
          'explicit reference ("in consideration of …").' +
          (known
            ? ''
            : ` ${whoGivesWhom(model.parties, concession.by, concession.to)}: the drafts name the likeliest party; ` +
              'define the parties in the preamble (`Acme Corp. ("Provider")`) to be sure.'),
        concession: concession.id,
        related,
      };
      // Drafted when first read (a quick fix, a hover, a report): a keystroke's diagnostics need none.
      findings.push(lazyProperty(finding, 'suggestions', () => suggest(model, concession)));
    }
    return findings;
  },
  fixes: giveBackFixes,
};

/** Drafts the give-backs that fit a concession, in the contract's words (drafting/). */
export function suggest(model: Model, concession: Concession): Suggestion[] {
  return draftGiveBacks(model, concession);
}

/**
 * Each drafted give-back (the best one drafted whole preferred), then ties to give-backs already
 * in the contract that could balance the concession.
 */
function giveBackFixes(review: Review, finding: Finding, works: FixCheck): Fix[] {
  const concession = finding.concession;
  if (!concession) return [];
  const fixes: Fix[] = [];
  const placement = placements(review, concession)[0];
  for (const suggestion of finding.suggestions ?? []) {
    const insertion = planGiveBack(review, concession, suggestion, placement);
    // A drafted give-back reads as one wherever the contract's words are ordinary; where they are
    // not (a party named "1940 Act"), a clause that would not answer the finding is not offered.
    const verdict = insertion && works(insertion);
    if (!insertion || verdict === false) continue;
    fixes.push({
      kind: 'give-back',
      benefit: suggestion.kind,
      title: suggestion.title,
      insertion,
      preferred: false,
      concession,
      ...(suggestion.askParty ? { askParty: true } : {}),
      ...(verdict === undefined ? { unchecked: true } : {}),
    });
  }
  // The preferred fix is the best drafted give-back that is drafted whole, not an outline to fill.
  const best = fixes.find((f) => f.kind === 'give-back' && f.benefit !== 'other') ?? fixes[0];
  if (best) best.preferred = true;
  for (const benefit of untiedGiveBacks(review, concession).slice(0, MAX_TIES)) {
    const insertion = planTie(review, concession, benefit.id);
    if (!insertion || works(insertion) !== true) continue;
    fixes.push({
      kind: 'tie',
      concession,
      benefit: benefit.id,
      other: { type: 'benefit', kind: benefit.kind },
      where: placeOfTerm(review, benefit),
      insertion,
      preferred: false,
    });
  }
  return fixes;
}
