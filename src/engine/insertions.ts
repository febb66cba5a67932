/**
 * The edits Reciprocity offers, planned on the model as insertions only (an offset and the text
 * to insert, with `{{name|default}}` placeholders), so that the editor can apply them as one
 * undoable WorkspaceEdit and tests can apply them to plain strings:
 *
 * - a drafted give-back, as the next sub-clause in the clause's own numbering style ("c." after
 *   "b.", "(iv)" after "(iii)", "4.3" after a last "4.2"), or as a sentence at the end of the
 *   concession's clause; never inside a heading or a signature block;
 * - a tie sentence naming an untied give-back as the consideration for a concession;
 * - a suppression comment with a reason, at the end of the finding's line.
 */
import type { Benefit, Clause, Concession, Finding, Review, Suggestion } from './model.js';
import { benefitLabels, partyName, possessive } from './describe.js';
import { documentStyle, nameConcession, placeOf } from './drafting/index.js';
import { mismatch } from './judge.js';

export interface Insertion {
  offset: number;
  /** Text to insert; `{{name|default}}` marks a placeholder. */
  text: string;
}

/** A sentence in the clause; a new sub-clause numbered in its scheme; a paragraph of its own (after a heading, before signatures). */
export type GiveBackPlacement = 'sentence' | 'subclause' | 'paragraph';

/** Where and how a give-back can go for a concession: the placements this clause allows, best first. */
export function placements(review: Review, concessionId: string): GiveBackPlacement[] {
  const concession = review.terms.find((t) => t.id === concessionId);
  if (!concession) return [];
  const clause = review.clauses[concession.clause]!;
  if (clause.kind === 'heading' || clause.region === 'signatures') return ['paragraph'];
  if (labelledChildren(review, clause).length) return ['subclause'];
  return nextSibling(review, clause) ? ['subclause', 'sentence'] : ['sentence'];
}

/** Plans the insertion of a drafted give-back for a concession. */
export function planGiveBack(
  review: Review,
  concessionId: string,
  suggestion: Pick<Suggestion, 'template'>,
  placement?: GiveBackPlacement,
): Insertion | undefined {
  const concession = review.terms.find((t): t is Concession => t.id === concessionId && t.type === 'concession');
  if (!concession) return undefined;
  const clause = review.clauses[concession.clause]!;
  const mode = placement ?? placements(review, concessionId)[0]!;
  if (mode === 'paragraph') return ownParagraph(review, clause, suggestion.template);
  if (mode === 'subclause') {
    const children = labelledChildren(review, clause);
    const last = children[children.length - 1] ?? (nextSibling(review, clause) ? clause : undefined);
    if (!last) return undefined;
    const label = nextLabel(last.label!);
    const lineStart = review.text.lastIndexOf('\n', last.start - 1) + 1;
    const prefix = review.text.slice(lineStart, last.start).replace(/[^\s>]/g, ' ');
    const end = lineEnd(review.text, lastEnd(review, last));
    // Numbered paragraphs apart keep apart: a blank line (with its quote marks) before the new one.
    const gap = blankBefore(review, last) ? `\n${prefix.replace(/\s+$/, '')}` : '';
    return { offset: end, text: `${gap}\n${prefix}${label} ${suggestion.template}` };
  }
  return appendSentence(review, clause, concession.start, suggestion.template);
}

/**
 * Plans a sentence that ties an untied give-back to a concession: "The waiver in Section 2 is
 * given in consideration of Customer’s case study in Section 6."
 */
export function planTie(review: Review, concessionId: string, benefitId: string): Insertion | undefined {
  const concession = review.terms.find((t): t is Concession => t.id === concessionId && t.type === 'concession');
  const benefit = review.terms.find((t): t is Benefit => t.id === benefitId && t.type === 'benefit');
  if (!concession || !benefit) return undefined;
  const clause = review.clauses[concession.clause]!;
  const style = documentStyle(review);
  const where = (c: Clause): string => {
    const w = placeOf(review, c, style).where;
    return w === 'above' ? '' : ` ${w}`;
  };
  // The concession in the contract's words ("The payment terms of sixty (60) days in Section 2").
  const named = nameConcession(review, concession, style);
  const name = named.description;
  // "Customer’s reference", or "the reference" when the contract does not say whose it is.
  const whose =
    benefit.by === 'unknown' || benefit.by === 'both' ? 'the' : possessive(partyName(review.parties, benefit.by), '’');
  const verb = named.plural ? 'are' : 'is';
  const sentence =
    `${name.charAt(0).toUpperCase()}${name.slice(1)}${where(clause)} ` +
    `${verb} given in consideration of ${whose} ` +
    `${benefitLabels[benefit.kind]}${where(review.clauses[benefit.clause]!)}.`;
  return appendSentence(review, clause, concession.start, sentence);
}

/** Binding give-backs flowing back to a concession's grantor that balance nothing yet: candidates to tie. */
export function untiedGiveBacks(review: Review, concessionId: string): Benefit[] {
  const concession = review.terms.find((t): t is Concession => t.id === concessionId && t.type === 'concession');
  if (!concession) return [];
  const balancing = new Set(review.judgements.flatMap((j) => j.balancedBy));
  return review.terms.filter(
    (t): t is Benefit =>
      t.type === 'benefit' &&
      t.binding &&
      !t.condition &&
      !balancing.has(t.id) &&
      mismatch(concession, t) === undefined,
  );
}

/** Plans the comment that accepts a finding on purpose, with a placeholder for the reason. */
export function planSuppression(review: Review, finding: Pick<Finding, 'start' | 'ruleId'>): Insertion {
  const end = lineEnd(review.text, finding.start);
  const line = review.text.slice(review.text.lastIndexOf('\n', finding.start - 1) + 1, end);
  // In a table row, stay inside the last cell.
  const offset =
    /\|\s*$/.test(line) && /^\s*\|/.test(line) ? end - (line.length - line.replace(/\|\s*$/, '').length) : end;
  const before = review.text[offset - 1] === ' ' ? '' : ' ';
  return {
    offset,
    text: `${before}<!-- reciprocity-disable-line ${finding.ruleId} -- {{reason|accepted because …}} -->${/\|\s*$/.test(line) ? ' ' : ''}`,
  };
}

/** Applies an insertion to a text, filling placeholders with their defaults (for tests and the CLI). */
export function applyInsertion(text: string, insertion: Insertion): string {
  return text.slice(0, insertion.offset) + fillDefaults(insertion.text) + text.slice(insertion.offset);
}

export function fillDefaults(template: string): string {
  return template.replace(/\{\{[^{|}]*\|([^{}]*)\}\}/g, '$1');
}

/** Appends a sentence at the end of the clause's own prose, or of the table cell holding `at`. */
function appendSentence(review: Review, clause: Clause, at: number, sentence: string): Insertion {
  let end = clause.textEnd;
  if (clause.kind === 'table-row' && clause.cells) {
    const cell = clause.cells.find((c) => c.start <= at && at < c.end) ?? clause.cells[clause.cells.length - 1]!;
    end = cell.end;
  }
  // Back over blanks and markup that closes the prose ("**", "|").
  while (end > clause.textStart && /[\s|*_]/.test(review.text[end - 1]!)) end--;
  const last = review.text[end - 1] ?? '';
  const joiner = /[.!?]/.test(last) ? ' ' : /[;:,]/.test(last) ? ' ' : '. ';
  return { offset: end, text: `${joiner}${sentence}` };
}

/** A paragraph of its own: after a heading's line, or before the signature block, never inside either. */
function ownParagraph(review: Review, clause: Clause, text: string): Insertion {
  if (clause.kind === 'heading') return { offset: lineEnd(review.text, clause.start), text: `\n\n${text}` };
  const signatures = review.clauses.find((c) => c.region === 'signatures') ?? clause;
  const lineStart = review.text.lastIndexOf('\n', signatures.start - 1) + 1;
  return { offset: lineStart, text: `${text}\n\n` };
}

/**
 * Whether a numbered clause is the last of its numbered siblings, so that the number after its
 * own ("4.3" after "4.2") is free for a new sub-clause right after it.
 */
function nextSibling(review: Review, clause: Clause): boolean {
  if (
    !clause.label ||
    !['paragraph', 'line', 'list-item', 'code'].includes(clause.kind) ||
    (clause.region !== 'body' && clause.region !== 'schedule')
  )
    return false;
  // "4.3" after "4.2", "(c)" after "(b)": a sub-clause stays in its section; "6." after "5." would start a new one.
  if (
    clause.section === undefined ||
    !(/\d\.\d/.test(clause.label) || /^\(?(?:[a-z]{1,2}|[ivx]{1,5})[.)]$/i.test(clause.label.trim()))
  )
    return false;
  const siblings = review.clauses.filter(
    (c) => c.parent === clause.parent && c.label !== undefined && c.kind !== 'heading' && c.kind !== 'table-row',
  );
  if (siblings[siblings.length - 1] !== clause) return false;
  const next = nextLabel(clause.label);
  return next !== clause.label && !siblings.some((c) => c.label === next);
}

/** Where a clause ends with everything nested in it. */
function lastEnd(review: Review, clause: Clause): number {
  let end = clause.end;
  for (let id = clause.id + 1; id < review.clauses.length; id++) {
    let c: Clause | undefined = review.clauses[id];
    while (c && c.parent !== undefined && c.parent !== clause.id) c = review.clauses[c.parent];
    if (!c || c.parent !== clause.id) break;
    end = Math.max(end, review.clauses[id]!.end);
  }
  return end;
}

/** Whether a blank line comes before the clause's line: a paragraph, which the next must follow the same way. */
function blankBefore(review: Review, clause: Clause): boolean {
  const lineStart = review.text.lastIndexOf('\n', clause.start - 1) + 1;
  return /(?:^|\n)[ \t>]*\n$/.test(review.text.slice(Math.max(0, lineStart - 200), lineStart));
}

/** The clause's children that carry a sub-clause label ("a.", "(ii)", "4.2.1"), in order. */
function labelledChildren(review: Review, clause: Clause): Clause[] {
  return review.clauses.filter(
    (c) =>
      c.parent === clause.id &&
      c.label !== undefined &&
      c.kind !== 'heading' &&
      c.kind !== 'table-row' &&
      c.kind !== 'list-item',
  );
}

function lineEnd(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  const end = n === -1 ? text.length : n;
  return text[end - 1] === '\r' ? end - 1 : end;
}

/** The label after this one, in the same style: "b." → "c.", "(iii)" → "(iv)", "4.2.1" → "4.2.2", "Section 4.2" → "Section 4.3". */
export function nextLabel(label: string): string {
  const m = /^((?:[A-Za-z]+ )?)(\(?)([a-z]+|[ivxlc]+|\d+(?:\.\d+)*)([.)]?)$/i.exec(label.trim());
  if (!m) return label;
  const [, word, open, body, close] = m as unknown as [string, string, string, string, string];
  if (word && !/^\d/.test(body)) return label;
  let next: string;
  if (/^\d+(?:\.\d+)*$/.test(body)) {
    const parts = body.split('.');
    parts[parts.length - 1] = String(Number(parts[parts.length - 1]) + 1);
    next = parts.join('.');
  } else if (/^[ivxlc]+$/i.test(body) && (body.length > 1 || /^[iv]$/i.test(body))) {
    next = toRoman(fromRoman(body.toLowerCase()) + 1);
    if (body === body.toUpperCase()) next = next.toUpperCase();
  } else {
    next = incrementLetters(body);
  }
  return `${word}${open}${next}${close}`;
}

function incrementLetters(s: string): string {
  const upper = s === s.toUpperCase();
  const chars = s.toLowerCase().split('');
  let i = chars.length - 1;
  while (i >= 0) {
    if (chars[i] !== 'z') {
      chars[i] = String.fromCharCode(chars[i]!.charCodeAt(0) + 1);
      break;
    }
    chars[i] = 'a';
    i--;
  }
  const out = i < 0 ? `a${chars.join('')}` : chars.join('');
  return upper ? out.toUpperCase() : out;
}

const ROMAN: [number, string][] = [
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function toRoman(n: number): string {
  let out = '';
  for (const [value, numeral] of ROMAN)
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  return out;
}

function fromRoman(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN.find(([, r]) => r === s[i])![0];
    const next = i + 1 < s.length ? ROMAN.find(([, r]) => r === s[i + 1])![0] : 0;
    total += v < next ? -v : v;
  }
  return total;
}
