/**
 * Splits each clause's own prose into sentences: at full stops (not after "Inc.", "No.", "e.g."
 * or inside "4.2"), at semicolons, at a colon that ends a line, and between table cells.
 */
import type { Clause, Sentence } from './model.js';

/** Words that end with a full stop without ending a sentence. */
const ABBREVIATIONS = new Set([
  'inc',
  'ltd',
  'co',
  'corp',
  'no',
  'nos',
  'e.g',
  'i.e',
  'etc',
  'u.s',
  'u.k',
  'e.u',
  'n.a',
  's.a',
  'b.v',
  'n.v',
  's.p.a',
  'l.l.c',
  'l.p',
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'vs',
  'v',
  'art',
  'sec',
  'para',
  'cl',
  'jr',
  'sr',
  'approx',
  'incl',
  'excl',
  'p',
  'pp',
  'pty',
  'cf',
  'viz',
  'ca',
  'fig',
  'op',
  'sq',
  'ft',
  'mt',
  'vol',
  'dept',
  'est',
  'a.m',
  'p.m',
  'ph.d',
]);

/** Splits the own prose of every clause into sentences. */
export function splitSentences(prose: string, clauses: readonly Clause[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const clause of clauses) {
    if (clause.kind === 'heading' || clause.header || clause.furniture || clause.region === 'toc') continue;
    splitRange(prose, clause.textStart, clause.textEnd, (start, end) =>
      sentences.push({ clause: clause.id, start, end }),
    );
  }
  return sentences;
}

function splitRange(prose: string, from: number, to: number, emit: (start: number, end: number) => void): void {
  let start = from;
  const flush = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /[\s|]/.test(prose[s]!)) s++;
    while (e > s && /[\s|]/.test(prose[e - 1]!)) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(prose.slice(s, e))) emit(s, e);
  };
  for (let i = from; i < to; i++) {
    const ch = prose[i]!;
    if (ch === '|') {
      flush(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== ';' && ch !== '!' && ch !== '?' && ch !== ':') continue;
    const next = prose[i + 1];
    if (next !== undefined && i + 1 < to && !/\s/.test(next)) continue;
    if (ch === ':' && !/^[ \t]*\n/.test(prose.slice(i + 1, i + 40)) && i + 1 < to) continue;
    if (ch === '.' && (!endsSentence(prose, i, to) || insideQuote(prose, Math.max(start, i - 80), i, to))) continue;
    flush(i + 1);
    start = i + 1;
  }
  flush(to);
}

/** Whether the full stop at `i` closes an abbreviation ("Inc.", "No.", "e.g."). */
export function closesAbbreviation(prose: string, i: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(prose.slice(Math.max(0, i - 12), i))?.[1]?.toLowerCase() ?? '';
  return ABBREVIATIONS.has(before) || ABBREVIATIONS.has(before.replace(/^.*\./, ''));
}

/** Whether the full stop at `i` ends a sentence. */
function endsSentence(prose: string, i: number, to: number): boolean {
  if (closesAbbreviation(prose, i)) return false;
  const before = /([\p{L}.]+)$/u.exec(prose.slice(Math.max(0, i - 12), i))?.[1]?.toLowerCase() ?? '';
  if (/^[a-z]$/i.test(before)) return false; // initials, "(a)."
  const after = /\S/.exec(prose.slice(i + 1, Math.min(to, i + 40)));
  if (!after) return true;
  // "… fails to cure such breach. d. Theismann shall have …": a run-in list item starts anew.
  if (/^\s+(?:[a-z]|[ivx]{1,4})\.\s+\p{Lu}/u.test(prose.slice(i + 1, Math.min(to, i + 12)))) return true;
  return /[\p{Lu}\p{N}"“'‘(*[]/u.test(after[0]);
}

/** Whether `i` lies inside a short curly-quoted title on one line: under “A1-7. Termination”. */
function insideQuote(prose: string, from: number, i: number, to: number): boolean {
  const before = prose.slice(from, i);
  if (before.lastIndexOf('“') <= before.lastIndexOf('”')) return false;
  const after = prose.slice(i, Math.min(to, i + 80));
  const close = after.indexOf('”');
  return close !== -1 && !after.slice(0, close).includes('\n');
}
