/**
 * Hovers, as Markdown: on a concession, who gives what to whom, its status, what balances it or
 * why what is there does not count, and the give-backs to ask for (as command links for a client
 * that runs `reciprocity.applySuggestion`); on a give-back, what it balances; on a party's name,
 * its role and give/get tally. Wording from describe.ts; document text always escaped.
 */
import {
  isOpen,
  type Party,
  type Review,
  type Term,
  benefitLabels,
  concessionLabels,
  notCounted,
  placeOf,
  quote,
  statusWords,
  unitWord,
  whoGivesWhom,
  escapeMarkdown,
} from '../engine/index.js';
import { APPLY_SUGGESTION } from './protocol.js';

export interface HoverAt {
  markdown: string;
  start: number;
  end: number;
}

/** `uri`, when given, turns the give-backs to ask for into links that insert them. */
export function hoverMarkdown(review: Review, offset: number, uri?: string): HoverAt | undefined {
  const terms = review.terms.filter((t) => t.start <= offset && offset <= t.end);
  const term = terms.find((t) => t.type === 'concession') ?? terms[0];
  if (term) {
    const lines = term.type === 'concession' ? concession(review, term, uri) : benefit(review, term);
    return { markdown: lines.join('\n\n'), start: term.start, end: term.end };
  }
  return partyHover(review, offset);
}

function concession(review: Review, c: Term, uri: string | undefined): string[] {
  const judgement = review.judgements.find((j) => j.concession === c.id);
  const out = [
    `**Reciprocity · concession: ${concessionLabels[c.kind as keyof typeof concessionLabels]}**`,
    `${escapeMarkdown(whoGivesWhom(review.parties, c.by, c.to))}: “${escapeMarkdown(quote(review, c, 120))}”`,
    `Status: ${statusWords[judgement?.status ?? 'unbalanced'].text}`,
  ];
  const balancing = (judgement?.balancedBy ?? []).map((id) => review.terms.find((t) => t.id === id)!);
  if (balancing.length)
    out.push(
      [
        'Balanced by:',
        ...balancing.map((b) => `- ${label(b)} ${where(review, b)}: “${escapeMarkdown(quote(review, b, 80))}”`),
      ].join('\n'),
    );
  for (const { benefit, reason } of judgement?.considered ?? []) {
    const b = review.terms.find((t) => t.id === benefit)!;
    out.push(`Not counted: “${escapeMarkdown(quote(review, b, 70))}” — ${notCounted[reason]}.`);
  }
  const asks =
    review.findings.find((f) => f.concession === c.id && f.ruleId === 'unreciprocated-concession')?.suggestions ?? [];
  const short = (title: string): string => title.replace(/^Ask for (?:a |an )?|^Make it /, '');
  if (asks.length && uri)
    out.push(
      `Ask for: ${asks
        .map((s) => {
          const args = encodeURIComponent(JSON.stringify([uri, c.id, s.kind, s.title]));
          return `[${escapeLink(short(s.title))}](command:${APPLY_SUGGESTION}?${args} "${escapeLink(s.text.slice(0, 200))}")`;
        })
        .join(' · ')}`,
    );
  else if (asks.length)
    out.push(`Ask for: ${asks.map((s) => escapeMarkdown(short(s.title))).join(' · ')} (quick fixes insert them)`);
  return out;
}

function benefit(review: Review, b: Term): string[] {
  const balances = review.judgements
    .filter((j) => j.balancedBy.includes(b.id))
    .map((j) => review.terms.find((t) => t.id === j.concession)!);
  const binding = b.type === 'benefit' && b.binding;
  return [
    `**Reciprocity · give-back: ${label(b)}**${binding ? '' : ' (optional)'}`,
    `${escapeMarkdown(whoGivesWhom(review.parties, b.by, b.to))}: “${escapeMarkdown(quote(review, b, 120))}”`,
    balances.length
      ? ['Balances:', ...balances.map((c) => `- ${label(c)} ${where(review, c)}`)].join('\n')
      : binding
        ? 'Balances nothing: it is tied to no concession.'
        : 'Balances nothing: it is optional.',
  ];
}

/** On a party's name or defined term, whole words only: who it is and what it gives and gets. */
function partyHover(review: Review, offset: number): HoverAt | undefined {
  const lineStart = review.text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = review.text.indexOf('\n', offset);
  const line = review.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const column = offset - lineStart;
  for (const party of review.parties) {
    for (const word of [party.name, ...party.aliases].sort((a, b) => b.length - a.length)) {
      for (let at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
        const wordBoundary =
          !/[\p{L}\p{N}]/u.test(line[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(line[at + word.length] ?? ' ');
        if (wordBoundary && column >= at && column <= at + word.length)
          return {
            markdown: partyLines(review, party).join('\n\n'),
            start: lineStart + at,
            end: lineStart + at + word.length,
          };
      }
    }
  }
  return undefined;
}

function partyLines(review: Review, party: Party): string[] {
  const gives = review.terms.filter((t) => t.by === party.id);
  const gets = review.terms.filter((t) => t.to === party.id);
  const unbalanced = review.judgements
    .filter(isOpen)
    .filter((j) => review.terms.find((t) => t.id === j.concession)?.by === party.id).length;
  return [
    '**Reciprocity · party**',
    escapeMarkdown(`${party.aliases[0]} — ${party.name} (${party.role})`),
    `Gives ${count(gives, 'concession')} and ${count(gives, 'benefit')}; ` +
      `gets ${count(gets, 'concession')} and ${count(gets, 'benefit')}. ${unbalanced} of its concessions are unbalanced.`,
  ];
}

function count(terms: Term[], type: Term['type']): string {
  const n = terms.filter((t) => t.type === type).length;
  return `${n} ${type === 'concession' ? 'concession' : 'give-back'}${n === 1 ? '' : 's'}`;
}

function label(term: Term): string {
  return term.type === 'concession'
    ? concessionLabels[term.kind as keyof typeof concessionLabels]
    : benefitLabels[term.kind as keyof typeof benefitLabels];
}

/** "in Section 4.2", "under “Fees”": clause titles are document text, escaped. */
function where(review: Review, term: Term): string {
  return escapeMarkdown(placeOf(review.clauses, review.clauses[term.clause]!, unitWord(review.references)));
}

/** A link's text or title: on one line, its brackets, quotes and angle brackets escaped. */
function escapeLink(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[[\]()"\\<>]/g, (c) => `\\${c}`);
}
