/**
 * Hovers: on a concession, its kind, who gives what to whom and its status, with the suggested
 * give-backs as command links; on a give-back, what it balances; on a party's defined term, the
 * party's name, role and give/get tally. Document text is added as text, never as Markdown.
 */
import * as vscode from 'vscode';
import {
  isOpen,
  type Benefit,
  type Concession,
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
} from '../engine/index.js';
import type { ReviewService } from './reviews.js';

export class ReciprocityHover implements vscode.HoverProvider {
  constructor(private readonly reviews: ReviewService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const review = this.reviews.current(document);
    if (!review) return undefined;
    const offset = document.offsetAt(position);
    const terms = review.terms.filter((t) => t.start <= offset && offset <= t.end);
    const term = terms.find((t) => t.type === 'concession') ?? terms[0];
    if (term) {
      const range = new vscode.Range(document.positionAt(term.start), document.positionAt(term.end));
      return new vscode.Hover(
        term.type === 'concession' ? concessionHover(document, review, term) : benefitHover(review, term),
        range,
      );
    }
    const party = partyAt(review, document, position);
    return party ? new vscode.Hover(partyHover(review, party.party), party.range) : undefined;
  }
}

function trusted(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: ['reciprocity.applySuggestion'] };
  md.supportHtml = false;
  return md;
}

function concessionHover(document: vscode.TextDocument, review: Review, concession: Concession): vscode.MarkdownString {
  const md = trusted();
  const judgement = review.judgements.find((j) => j.concession === concession.id);
  md.appendMarkdown(`**Reciprocity · concession: ${concessionLabels[concession.kind]}**\n\n`);
  md.appendText(`${whoGivesWhom(review.parties, concession.by, concession.to)}: “${quote(review, concession, 120)}”`);
  md.appendMarkdown('\n\n');
  md.appendText(`Status: ${statusWords[judgement?.status ?? 'unbalanced'].text}`);
  const unit = unitWord(review.references);
  if (judgement?.balancedBy.length) {
    md.appendMarkdown('\n\nBalanced by:\n');
    for (const id of judgement.balancedBy) {
      const b = review.terms.find((t) => t.id === id)!;
      md.appendMarkdown('\n- ');
      md.appendText(`${benefitLabels[b.kind as Benefit['kind']]} ${where(review, b, unit)}: “${quote(review, b, 80)}”`);
    }
  }
  for (const { benefit, reason } of judgement?.considered ?? []) {
    const b = review.terms.find((t) => t.id === benefit)!;
    md.appendMarkdown('\n\n');
    md.appendText(`Not counted: “${quote(review, b, 70)}” — ${notCounted[reason]}.`);
  }
  const finding = review.findings.find(
    (f) => f.concession === concession.id && f.ruleId === 'unreciprocated-concession',
  );
  if (finding?.suggestions?.length) {
    md.appendMarkdown('\n\nAsk for: ');
    md.appendMarkdown(
      finding.suggestions
        .map((s) => {
          const args = encodeURIComponent(JSON.stringify([document.uri.toString(), concession.id, s.kind, s.title]));
          return `[${escapeLink(s.title.replace(/^Ask for (?:a |an )?|^Make it /, ''))}](command:reciprocity.applySuggestion?${args} "${escapeLink(s.text.slice(0, 200))}")`;
        })
        .join(' · '),
    );
  }
  return md;
}

function benefitHover(review: Review, benefit: Benefit): vscode.MarkdownString {
  const md = trusted();
  md.appendMarkdown(
    `**Reciprocity · give-back: ${benefitLabels[benefit.kind]}**${benefit.binding ? '' : ' (optional)'}\n\n`,
  );
  md.appendText(`${whoGivesWhom(review.parties, benefit.by, benefit.to)}: “${quote(review, benefit, 120)}”`);
  const unit = unitWord(review.references);
  const balances = review.judgements.filter((j) => j.balancedBy.includes(benefit.id));
  md.appendMarkdown('\n\n');
  if (balances.length) {
    md.appendText('Balances:');
    for (const j of balances) {
      const c = review.terms.find((t) => t.id === j.concession)!;
      md.appendMarkdown('\n- ');
      md.appendText(`${concessionLabels[c.kind as Concession['kind']]} ${where(review, c, unit)}`);
    }
  } else {
    md.appendText(
      benefit.binding ? 'Balances nothing: it is tied to no concession.' : 'Balances nothing: it is optional.',
    );
  }
  return md;
}

function partyHover(review: Review, party: Party): vscode.MarkdownString {
  const md = trusted();
  const gives = review.terms.filter((t) => t.by === party.id);
  const gets = review.terms.filter((t) => t.to === party.id);
  const open = review.judgements.filter(isOpen).map((j) => review.terms.find((t) => t.id === j.concession)!);
  md.appendMarkdown('**Reciprocity · party**\n\n');
  md.appendText(`${party.aliases[0]} — ${party.name} (${party.role})`);
  md.appendMarkdown('\n\n');
  md.appendText(
    `Gives ${count(gives, 'concession')} and ${count(gives, 'benefit')}; gets ${count(gets, 'concession')} and ${count(gets, 'benefit')}. ${open.filter((c) => c.by === party.id).length} of its concessions are unbalanced.`,
  );
  return md;
}

function count(terms: Term[], type: Term['type']): string {
  const n = terms.filter((t) => t.type === type).length;
  return `${n} ${type === 'concession' ? 'concession' : 'give-back'}${n === 1 ? '' : 's'}`;
}

function where(review: Review, term: Term, unit: string): string {
  return placeOf(review.clauses, review.clauses[term.clause]!, unit);
}

function partyAt(
  review: Review,
  document: vscode.TextDocument,
  position: vscode.Position,
): { party: Party; range: vscode.Range } | undefined {
  const line = document.lineAt(position.line).text;
  for (const party of review.parties) {
    for (const word of [party.name, ...party.aliases].sort((a, b) => b.length - a.length)) {
      let from = 0;
      for (let at = line.indexOf(word, from); at >= 0; at = line.indexOf(word, from)) {
        from = at + 1;
        const before = line[at - 1] ?? ' ';
        const after = line[at + word.length] ?? ' ';
        if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
        if (position.character >= at && position.character <= at + word.length) {
          return { party, range: new vscode.Range(position.line, at, position.line, at + word.length) };
        }
      }
    }
  }
  return undefined;
}

function escapeLink(s: string): string {
  return s.replace(/[[\]()"\\]/g, (c) => `\\${c}`);
}
