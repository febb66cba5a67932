/**
 * Hovers for the language server, as Markdown: on a concession, who gives what to whom, its
 * status, what balances it or why what is there does not count, and the give-backs to ask for;
 * on a give-back, what it balances. Wording from describe.ts; document text escaped.
 */
import {
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

export function hoverMarkdown(
  review: Review,
  offset: number,
): { markdown: string; start: number; end: number } | undefined {
  const terms = review.terms.filter((t) => t.start <= offset && offset <= t.end);
  const term = terms.find((t) => t.type === 'concession') ?? terms[0];
  if (!term) return undefined;
  const lines = term.type === 'concession' ? concession(review, term) : benefit(review, term);
  return { markdown: lines.join('\n\n'), start: term.start, end: term.end };
}

function concession(review: Review, c: Term): string[] {
  const judgement = review.judgements.find((j) => j.concession === c.id);
  const out = [
    `**Reciprocity · concession: ${concessionLabels[c.kind as keyof typeof concessionLabels]}**`,
    `${escapeMarkdown(whoGivesWhom(review.parties, c.by, c.to))}: “${escapeMarkdown(quote(review, c, 120))}”`,
    `Status: ${statusWords[judgement?.status ?? 'unbalanced'].text}`,
  ];
  const balancing = (judgement?.balancedBy ?? []).map((id) => review.terms.find((t) => t.id === id)!);
  if (balancing.length)
    out.push(
      `Balanced by: ${balancing.map((b) => `${benefitLabels[b.kind as keyof typeof benefitLabels]} ${where(review, b)}`).join('; ')}`,
    );
  for (const { benefit, reason } of judgement?.considered ?? []) {
    const b = review.terms.find((t) => t.id === benefit)!;
    out.push(`Not counted: “${escapeMarkdown(quote(review, b, 70))}” — ${notCounted[reason]}.`);
  }
  const asks =
    review.findings.find((f) => f.concession === c.id && f.ruleId === 'unreciprocated-concession')?.suggestions ?? [];
  if (asks.length)
    out.push(
      `Ask for: ${asks.map((s) => escapeMarkdown(s.title.replace(/^Ask for (?:a |an )?|^Make it /, ''))).join(' · ')} (quick fixes insert them)`,
    );
  return out;
}

function benefit(review: Review, b: Term): string[] {
  const balances = review.judgements
    .filter((j) => j.balancedBy.includes(b.id))
    .map((j) => review.terms.find((t) => t.id === j.concession)!);
  const binding = b.type === 'benefit' && b.binding;
  return [
    `**Reciprocity · give-back: ${benefitLabels[b.kind as keyof typeof benefitLabels]}**${binding ? '' : ' (optional)'}`,
    `${escapeMarkdown(whoGivesWhom(review.parties, b.by, b.to))}: “${escapeMarkdown(quote(review, b, 120))}”`,
    balances.length
      ? `Balances: ${balances.map((c) => `${concessionLabels[c.kind as keyof typeof concessionLabels]} ${where(review, c)}`).join('; ')}`
      : binding
        ? 'Balances nothing: it is tied to no concession.'
        : 'Balances nothing: it is optional.',
  ];
}

/** "in Section 4.2", "under “Fees”": clause titles are document text, escaped. */
function where(review: Review, term: Term): string {
  return escapeMarkdown(placeOf(review.clauses, review.clauses[term.clause]!, unitWord(review.references)));
}
