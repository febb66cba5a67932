/** Carrying what an edit left alone over to the new text: copies moved by the edit, lists spliced. */
import type { Clause, Definition, Party, Sentence, Span, Term, TextChange } from '../model.js';
import type { DefinedTerms, InlineDefinition } from '../definitions.js';
import { lowerBound } from './search.js';

/** Whether a clause made again has what other clauses read of it: everything but its offsets. */
export function sameShape(a: Clause, b: Clause): boolean {
  return (
    a.kind === b.kind &&
    a.number === b.number &&
    a.label === b.label &&
    a.title === b.title &&
    a.parent === b.parent &&
    a.depth === b.depth &&
    a.region === b.region &&
    a.header === b.header &&
    a.furniture === b.furniture &&
    a.cells?.length === b.cells?.length
  );
}

/**
 * A copy of an object, changed by `change`. The copy is a spread alone, then stores: V8 copies a
 * spread alone far faster than one with properties after it, and a keystroke copies thousands.
 */
export function copied<T extends object>(x: T, change: (copy: T) => void): T {
  const copy = { ...x };
  change(copy);
  return copy;
}

/** A copy of a span moved by `to`. */
export function moved<T extends Span>(x: T, to: (at: number) => number): T {
  return copied(x, (copy) => {
    copy.start = to(x.start);
    copy.end = to(x.end);
  });
}

export function shiftClause(c: Clause, ownEnd: number, delta: number): Clause {
  return copied(c, (x) => {
    x.start = c.start + delta;
    x.end = ownEnd + delta;
    x.textStart = c.textStart + delta;
    x.textEnd = c.textEnd + delta;
    if (c.cells) x.cells = c.cells.map((s) => ({ start: s.start + delta, end: s.end + delta }));
  });
}

/**
 * What closeHeadings (clauses/finish.ts) gives, for the clauses an edit can have changed the end of: those
 * of the window, `[lo, hi)`, and those before it that reach into it (already copied, own ends set).
 * A heading runs to the next heading of its level or higher; another clause stretches over what is
 * under it, and over what lies after the window when it did before (`oldTo`, moved by `delta`).
 */
export function closeAround(
  clauses: Clause[],
  oldClauses: readonly Clause[],
  lo: number,
  hi: number,
  oldTo: number,
  delta: number,
): void {
  const around = (i: number): boolean => i >= lo || clauses[i] !== oldClauses[i];
  for (let i = hi - 1; i >= 0; i--) {
    if (!around(i)) continue;
    const clause = clauses[i]!;
    const was = oldClauses[i]!.end;
    if (clause.kind === 'heading') {
      let next = i + 1;
      while (next < hi && !(clauses[next]!.kind === 'heading' && clauses[next]!.depth <= clause.depth)) next++;
      clause.end = next < hi ? clauses[next]!.start : was + delta;
      continue;
    }
    if (was > oldTo) clause.end = Math.max(clause.end, was + delta);
  }
  // Parents over their children, the last clauses first (children come after their parents).
  for (let i = hi - 1; i >= 0; i--) {
    if (!around(i)) continue;
    const parent = clauses[i]!.parent;
    if (parent === undefined || clauses[parent]!.kind === 'heading' || clauses[i]!.end <= clauses[parent]!.end)
      continue;
    if (clauses[parent] === oldClauses[parent]) clauses[parent] = { ...clauses[parent]! };
    clauses[parent]!.end = clauses[i]!.end;
  }
}

/** Index of the first sentence of clause `clause` or later. */
export function firstAtLeast(sentences: readonly Sentence[], clause: number): number {
  return lowerBound(sentences.length, (i) => sentences[i]!.clause < clause);
}

export function countBelow(clauses: readonly Clause[], at: number): number {
  let n = 0;
  while (n < clauses.length && clauses[n]!.start < at) n++;
  return n;
}

/** Defined terms without their offsets. */
export function definitionKey(d: DefinedTerms): string {
  return JSON.stringify([
    d.definitions.map((x) => [x.term, x.clause, x.selfName, !!x.meaning]),
    d.inline.map((x) => [x.term, x.also, x.selfName]),
    d.named,
  ]);
}

export function partiesKey(parties: readonly Party[] | undefined): string {
  return JSON.stringify(parties?.map((p) => [p.id, p.name, p.aliases, p.pronouns, p.role, p.side]));
}

export function shiftParty(p: Party, move: (at: number) => number): Party {
  const copy: Party = { ...p, aliases: [...p.aliases], pronouns: [...p.pronouns] };
  if (p.definedAt) copy.definedAt = { start: move(p.definedAt.start), end: move(p.definedAt.end) };
  return copy;
}

/** The old definitions with those of the clauses read again replaced, and those after them shifted. */
export function spliceDefinitions(
  old: DefinedTerms,
  fresh: DefinedTerms,
  lo: number,
  hi: number,
  to: (at: number) => number,
  start: number,
): DefinedTerms {
  // A definition can be in both lists: it is copied once.
  const copies = new Map<Definition, Definition>();
  const move = (d: Definition): Definition => {
    let copy = copies.get(d);
    if (!copy) {
      copy = copied(d, (x) => {
        x.start = to(d.start);
        x.end = to(d.end);
        if (d.meaning) x.meaning = { start: to(d.meaning.start), end: to(d.meaning.end) };
        if ('anchor' in d) (x as InlineDefinition).anchor = to((d as InlineDefinition).anchor);
      });
      copies.set(d, copy);
    }
    return copy;
  };
  const splice = <T extends Definition>(list: readonly T[], own: readonly T[]): T[] => [
    ...list
      .filter((d) => d.clause < lo)
      .map((d) => (d.end <= start && (!d.meaning || d.meaning.end <= start) ? d : (move(d) as T))),
    ...own,
    ...list.filter((d) => d.clause > hi).map((d) => move(d) as T),
  ];
  return {
    definitions: splice(old.definitions, fresh.definitions),
    inline: splice(old.inline, fresh.inline),
    named: old.named,
  };
}

/** Whether two lists of terms are the same but for offsets, the sentences read again numbered `sentenceShift` apart. */
export function sameTerms(
  before: readonly Term[],
  after: readonly Term[],
  sLo: number,
  sHi: number,
  sentenceShift: number,
): boolean {
  if (before.length !== after.length) return false;
  return before.every((a, i) => {
    const b = after[i]!;
    const sentence = a.sentence < sLo ? a.sentence : a.sentence >= sHi ? a.sentence + sentenceShift : b.sentence;
    return (
      a.id === b.id &&
      a.type === b.type &&
      a.kind === b.kind &&
      a.cue === b.cue &&
      a.by === b.by &&
      a.to === b.to &&
      a.clause === b.clause &&
      sentence === b.sentence &&
      JSON.stringify(a.value) === JSON.stringify(b.value) &&
      (a.type !== 'benefit' || b.type !== 'benefit' || (a.binding === b.binding && a.condition === b.condition))
    );
  });
}

/** The header row of the table a row is in, or the clause itself. */
export function tableHeaderOf(clauses: readonly Clause[], id: number): number {
  let row = id;
  while (
    row > 0 &&
    clauses[row]!.kind === 'table-row' &&
    !clauses[row]!.header &&
    clauses[row - 1]!.kind === 'table-row'
  )
    row--;
  return row;
}

/** The old terms with those of the sentences read again replaced, those after shifted, and all numbered again. */
export function spliceTermList(
  old: readonly Term[],
  fresh: Term[],
  sLo: number,
  sHi: number,
  sentenceShift: number,
  move: (at: number) => number,
  edit: TextChange,
): Term[] {
  const terms: Term[] = [];
  const termMoved = (t: Term, sentence: number): Term =>
    copied(t, (x) => {
      x.start = move(t.start);
      x.end = move(t.end);
      x.anchor = move(t.anchor);
      x.sentence = sentence;
    });
  for (const t of old) if (t.sentence < sLo) terms.push(t.end <= edit.start ? t : termMoved(t, t.sentence));
  terms.push(...fresh);
  for (const t of old) if (t.sentence >= sHi) terms.push(termMoved(t, t.sentence + sentenceShift));
  let c = 0;
  let b = 0;
  return terms.map((t) => {
    const id = t.type === 'concession' ? `c${++c}` : `b${++b}`;
    return t.id === id ? t : { ...t, id };
  });
}
