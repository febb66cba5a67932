/** Titles of clauses: run-in bold titles ("**Fees.** …"), bold-only lines that work as headings. */
import type { Paragraph } from 'mdast';
import { spanOf } from '../prose.js';
import { charsOf, trimWhere } from '../trim.js';
import { isHeadingLine } from './clutter.js';

const PSEUDO_HEADING_MAX = 100;

/** Length of a run-in bold title ("**Rate Reduction.** …") starting at `at`, or 0. */
export function runInTitleLength(text: string, at: number, end: number): number {
  const m = /^(\*\*|__)([^*_\n]{1,120}?)\1([.:]?)/.exec(text.slice(at, at + 130));
  if (!m) return 0;
  // "**Acme Co.**, a company" and "**Acme Co.** (no. 1)" are names, not titles.
  const next = text.slice(at + m[0].length, at + m[0].length + 2);
  const closed = m[3] !== '' || (/[.:]\s*$/.test(m[2]!) && /^(?:\s[^\s(]|\s?$|\n)/.test(next));
  const rest = text.slice(at + m[0].length, Math.max(end, at + m[0].length));
  // A bold lead-in is a title when it closes with a stop, or when it is all there is.
  if (!closed && rest.trim() !== '') return 0;
  return m[0].length;
}

/** The end of a company's name, whose full stop closes an abbreviation, not a title. */
const ENTITY_END = /\b(?:inc|ltd|co|corp|llc|l\.l\.c|plc|pty|n\.a|s\.a|l\.p|gmbh|ag|bv|b\.v|n\.v)$/i;

/**
 * Length of a plain-text title after a clause's label, or 0: the whole of its words when they read
 * as a heading ("1.  DEFINITIONS"), or a short title closed by a full stop before the first
 * sentence ("2. Term. The Term of this Agreement …", "2.1 OVERVIEW.  As set forth …").
 */
export function plainTitleLength(prose: string, at: number, end: number): number {
  const words = prose.slice(at, end);
  const lead = /^\s*/.exec(words)![0].length;
  const rest = words.slice(lead).trimEnd();
  if (rest === '') return 0;
  if (!rest.includes('\n') && rest.length <= 120 && isHeadingLine(rest.replace(/[.:]$/, ''))) return words.length;
  const m = /^([^.:\n]{1,80}?)[.:][ \t]+(?=["“\p{Lu}])/u.exec(rest);
  // "(a) Kathy Ireland, Inc. ("KI")": a name in a list of parties, not a title.
  if (!m || /[%$€£]/.test(m[1]!) || ENTITY_END.test(m[1]!) || !isHeadingLine(m[1]!)) return 0;
  return lead + m[0].length;
}

/** A short paragraph that is entirely bold or italic works as a heading ("**2. Payment**"). */
export function pseudoHeading(
  text: string,
  prose: string,
  node: Paragraph,
): { start: number; end: number } | undefined {
  const span = spanOf(node);
  if (!span) return undefined;
  const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  if (meaningful.length !== 1) return undefined;
  const only = meaningful[0]!;
  if (only.type !== 'strong' && only.type !== 'emphasis') return undefined;
  const inner = prose.slice(span.start, span.end).trim();
  if (inner.length === 0 || inner.length > PSEUDO_HEADING_MAX || inner.includes('\n')) return undefined;
  if (/["“”(]/.test(inner) && /\)/.test(inner)) return undefined; // a party line with its defined term
  const s = text.indexOf(inner, span.start);
  return s < 0 ? undefined : { start: s, end: s + inner.length };
}

const TITLE_LEAD = charsOf('\\s—–:|-');
const TITLE_TRAIL = charsOf('\\s.:|—–-');

export function cleanTitle(raw: string): string {
  const flat = raw.replace(/\s+/g, ' ');
  return trimWhere(trimWhere(flat, TITLE_LEAD), TITLE_TRAIL, 'end');
}
