/**
 * The outline of a contract's numbering: which numbered clauses are open, and where a new label
 * goes among them. Numbers that carry their level place themselves ("4.2" under 4, "Article V"
 * at the top); letters and romans nest by the order their styles first appear, as drafters use
 * them: "7." then "a." then "i." is 7(a)(i), and "b." after it closes (i) and follows (a).
 */
import type { Label } from '../numbering.js';

/**
 * How an open clause numbers: `container` (an exhibit, which numbers afresh inside), `article`,
 * `dotted` (4, 4.2, Section 4.2), a sub-label style such as `(a)`, `a.`, `(i)`, `A.`, `(1)`;
 * `text` for a paragraph without a label that labelled lines may follow, and `block` (the
 * signature blocks) or `recitals` for a run of paragraphs that closes the numbering.
 */
export interface OutlineEntry {
  id: number;
  scheme: string;
  /** The position the label gives: 2 for "4.2", "(b)" or "(ii)". */
  ordinal: number;
  /** For `dotted` and `article`: the number's parts, romans as figures ("Article IV" is [4]). */
  parts?: number[];
  /** For `text`: whether the paragraph introduces what follows ("as follows:"). */
  intro?: boolean;
}

/** Where a label goes: keep this many open entries (the last kept is its parent) and open it as `entry`. */
export interface Placement {
  keep: number;
  entry: Omit<OutlineEntry, 'id'>;
  /** Whether the label numbers within its parent's number ("(a)" under 4.2 is 4.2(a)). */
  sub: boolean;
}

type SubClass = 'a' | 'A' | 'i' | 'I' | '1';

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

/** The value of a roman numeral, or undefined when it is not one. */
export function romanValue(raw: string): number | undefined {
  const s = raw.toLowerCase();
  if (!/^(?:x{0,3})(?:ix|iv|v?i{0,3})$/.test(s) || s === '') return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]!]!;
    const next = ROMAN_VALUES[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** "a" is 1, "z" 26, "aa" 27: doubled letters follow z. */
function letterOrdinal(s: string): number | undefined {
  if (!/^([a-z])\1*$/i.test(s)) return undefined;
  return s.toLowerCase().charCodeAt(0) - 96 + 26 * (s.length - 1);
}

/** The sub-label styles a written label may be: "(i)" is a letter after (h), a roman otherwise. */
function subReadings(written: string): { form: string; readings: { cls: SubClass; ordinal: number }[] } | undefined {
  const m = /^(\(?)([A-Za-z]{1,6}|\d{1,3})([.)]?)$/.exec(written);
  if (!m || (m[1] === '(' && m[3] !== ')') || (!m[1] && !m[3])) return undefined;
  const body = m[2]!;
  const form = `${m[1]}x${m[3]}`;
  if (/^\d+$/.test(body)) return { form, readings: [{ cls: '1', ordinal: Number(body) }] };
  const upper = body === body.toUpperCase();
  const readings: { cls: SubClass; ordinal: number }[] = [];
  const roman = romanValue(body);
  // "ii" is a roman; doubled letters ("aa") only follow z.
  const letter = roman !== undefined && body.length > 1 ? undefined : letterOrdinal(body);
  if (letter !== undefined) readings.push({ cls: upper ? 'A' : 'a', ordinal: letter });
  if (roman !== undefined) readings.push({ cls: upper ? 'I' : 'i', ordinal: roman });
  return readings.length ? { form, readings } : undefined;
}

/** The parts of a number that carries its level: "4.2" is [4, 2], "iv" [4]. */
function numberParts(number: string): number[] | undefined {
  // A document's prefix ("cn-3.3") places the number as its figures do.
  const dotted = /^(?:[a-z]{1,4}-)?(\d+(?:\.\d+)*)$/.exec(number)?.[1];
  if (dotted) return dotted.split('.').map(Number);
  const roman = romanValue(number);
  return roman === undefined ? undefined : [roman];
}

/** Whether `prefix` starts `parts` and is shorter. */
function extends_(parts: readonly number[], prefix: readonly number[]): boolean {
  return prefix.length < parts.length && prefix.every((p, i) => parts[i] === p);
}

/** Where a label goes among the open entries (outermost first). */
export function placeLabel(outline: readonly OutlineEntry[], label: Label): Placement {
  const open = withoutClosed(outline);
  if (label.unit === 'article' || label.unit === 'part') {
    const parts = numberParts(label.number.replace(/^part /, ''));
    return {
      keep: afterLast(open, (e) => e.scheme === 'container'),
      entry: { scheme: 'article', ordinal: parts?.[0] ?? 0, ...(parts ? { parts } : {}) },
      sub: false,
    };
  }
  const parts = label.sub ? undefined : numberParts(label.number);
  if (parts && (label.unit !== undefined || /^\d/.test(label.number))) return placeDotted(open, parts);
  return placeSub(open, label);
}

/** A block entry (the signature blocks, the recitals) closes when a label follows it. */
function withoutClosed(outline: readonly OutlineEntry[]): readonly OutlineEntry[] {
  const i = outline.findIndex((e) => e.scheme === 'block' || e.scheme === 'recitals');
  return i < 0 ? outline : outline.slice(0, i);
}

/** The count of entries up to and including the last that `test` accepts, or 0. */
function afterLast(open: readonly OutlineEntry[], test: (e: OutlineEntry) => boolean): number {
  for (let i = open.length - 1; i >= 0; i--) if (test(open[i]!)) return i + 1;
  return 0;
}

/** "4.2" goes under the open 4 (or Article IV); "5" under the open article, closing the rest. */
function placeDotted(open: readonly OutlineEntry[], parts: number[]): Placement {
  const entry = { scheme: 'dotted', ordinal: parts[parts.length - 1]!, parts };
  const prefix = afterLast(open, (e) => e.parts !== undefined && extends_(parts, e.parts));
  if (prefix > 0) return { keep: prefix, entry, sub: false };
  const level =
    parts.length === 1
      ? (e: OutlineEntry) => e.scheme === 'container' || e.scheme === 'article'
      : (e: OutlineEntry) => e.scheme === 'container';
  return { keep: afterLast(open, level), entry, sub: false };
}

/**
 * A letter, roman or bracketed figure: the next of an open style is its sibling; a style not
 * open yet nests under the innermost clause. Numbered levels above the sub-labels stay open.
 */
function placeSub(open: readonly OutlineEntry[], label: Label): Placement {
  const read = subReadings(label.text);
  const floor = afterLast(open, (e) => e.scheme === 'container' || e.scheme === 'article' || e.scheme === 'dotted');
  if (!read) return { keep: open.length, entry: { scheme: `?${label.text}`, ordinal: 0 }, sub: label.sub };
  // The next of an open style, innermost first: "(i)" after "(h)" is a letter.
  for (let i = open.length - 1; i >= floor; i--) {
    const e = open[i]!;
    const next = read.readings.find((r) => e.scheme === `${read.form}${r.cls}` && r.ordinal === e.ordinal + 1);
    if (next) return sibling(i, next);
  }
  // A first "(i)" opens romans under a letter; a lone "(v)" or "(x)" reads as the style already open.
  const romanStart = read.readings.find((r) => (r.cls === 'i' || r.cls === 'I') && r.ordinal === 1);
  for (let i = open.length - 1; i >= floor; i--) {
    const e = open[i]!;
    const same = read.readings.find((r) => e.scheme === `${read.form}${r.cls}`);
    if (same && !(romanStart && same !== romanStart)) return sibling(i, same);
  }
  const reading =
    romanStart ?? read.readings.find((r) => r.cls === 'a' || r.cls === 'A' || r.cls === '1') ?? read.readings[0]!;
  return { keep: childOf(open), entry: { scheme: `${read.form}${reading.cls}`, ordinal: reading.ordinal }, sub: true };

  function sibling(i: number, r: { cls: SubClass; ordinal: number }): Placement {
    return { keep: i, entry: { scheme: `${read!.form}${r.cls}`, ordinal: r.ordinal }, sub: true };
  }
}

/** A new style nests under the innermost entry; a paragraph without a label only when it introduces. */
function childOf(open: readonly OutlineEntry[]): number {
  let keep = open.length;
  while (keep > 0 && open[keep - 1]!.scheme === 'text' && !open[keep - 1]!.intro) keep--;
  return keep;
}
