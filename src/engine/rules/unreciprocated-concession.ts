/**
 * unreciprocated-concession: a concession one party grants with no binding give-back tied to it.
 *
 * Why: in a partnership, whoever takes something gives something back. An untied discount is
 * money left on the table; a negotiator asks for a reference, a testimonial or more term.
 *
 * Flagged:  `4.2 Provider shall charge rates fifteen percent (15%) below the List Rates.`
 * Clean:    `… in consideration of which Customer shall serve as a reference for Provider.`
 */
import type { Concession, PartyRef, Suggestion } from '../model.js';
import type { Draft, Model, Rule } from './rule.js';
import { describeTerm, nameConcession, partyName, quote, referTo } from '../describe.js';
import { drafts, fitting } from '../lexicons/drafts.js';
import { isOpen, termById } from '../lookup.js';
import { fillDefaults } from '../edits.js';

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
        ? `${grantor} grants ${beneficiary} ${what} and receives ${back} in return.`
        : `${capitalise(describeTerm(concession))} (“${quote(model, concession, 60)}”) is granted with ${back} in return.`;
      const related = judgement.considered.map(({ benefit, reason }) => {
        const b = termById(model.terms, benefit)!;
        const why = reason === 'optional' ? 'it is optional' : reason === 'same-party' ? `it is given by ${grantor} itself` : 'it is mutual';
        return { start: b.start, end: b.end, message: `Considered “${quote(model, b, 50)}”: does not count because ${why}.` };
      });
      const party = model.parties.find((p) => p.id === concession.by);
      if (party?.definedAt) related.push({ ...party.definedAt, message: `${grantor} is defined here.` });
      findings.push({
        start: concession.start,
        end: concession.end,
        message,
        note: `A ${concession.kind} counts as balanced only when a binding give-back flows back from ${beneficiary} to ${grantor} and is tied to it: in the same sentence, paragraph or numbered section, as its condition, or by an explicit reference ("in consideration of …").${known ? '' : ' Define the parties in the preamble, as in Acme Corp. ("Provider"), to get drafted give-backs.'}`,
        concession: concession.id,
        suggestions: suggest(model, concession),
        related,
      });
    }
    return findings;
  },
};

/** Drafts the give-backs that fit a concession, naming the parties and the clause. */
export function suggest(model: Model, concession: Concession): Suggestion[] {
  const clause = model.clauses[concession.clause]!;
  const where = referTo(model.clauses, clause, model.unit);
  const name = `${nameConcession(concession, model)}${where === 'above' ? ' above' : where.startsWith('under') ? ` ${where}` : ` in ${where}`}`;
  // A give-back must say who gives it: without both parties named, there is nothing to draft.
  if (!isParty(concession.by) || !isParty(concession.to)) return [];
  const giver = partyName(model.parties, concession.to);
  const receiver = partyName(model.parties, concession.by);
  return fitting[concession.kind].map((kind) => {
    const draft = { ...drafts[kind], ...model.templates?.[kind] };
    const template = draft.template
      .replace(/\{concession\}/g, name)
      .replace(/\{giver\}/g, giver)
      .replace(/\{receiver\}/g, receiver)
      .replace(/^In consideration of the (\w)/, (_, c: string) => `In consideration of the ${c}`);
    return { kind, title: draft.title, template, text: fillDefaults(template) };
  });
}

function isParty(ref: PartyRef): boolean {
  return ref !== 'unknown' && ref !== 'both';
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
