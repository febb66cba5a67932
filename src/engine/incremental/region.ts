/**
 * Where an edit lands: how it moves the old text's offsets (Shift), the clauses of the edited text
 * and which of them are read again (Region), and whether the contract's context (its clause tree,
 * defined terms and parties) still holds, so that the rest can be carried over.
 */
import type { Clause, Party, TextChange } from '../model.js';
import { findDefinitions, type DefinedTerms } from '../definitions.js';
import { VOTING_SPAN, partyEvidence, partySourceKey } from '../parties/index.js';
import type { Checkpoint } from './checkpoint.js';
import { type Window } from './windows.js';
import { leadsInToList } from '../lexicons/language.js';
import { closeAround, copied, countBelow, definitionKey, shiftClause, shiftParty, spliceDefinitions } from './carry.js';

/** How far before a clause its reading looks (a definition, for "This Agreement" before its parenthesis). */
const LOOK_BACK = 100;

/** An edit and how it moves the old text's offsets; `straddles` is set when something carried over ends inside it. */
export class Shift {
  readonly delta: number;
  straddles = false;

  constructor(
    readonly edit: TextChange,
    oldLength: number,
    newLength: number,
  ) {
    this.delta = newLength - oldLength;
  }

  /** Where an offset of the old text is in the new one. An item carried over never ends inside the edit (its words would have changed). */
  readonly move = (at: number): number => {
    if (at <= this.edit.start) return at;
    if (at >= this.edit.oldEnd) return at + this.delta;
    this.straddles = true;
    return at;
  };
}

/** The clauses of the edited text and which of them are read again: `[lo, hi]`, lying in `[regionStart, regionEnd)` of the old text. */
export interface Region {
  clauses: Clause[];
  newOwnEnds: number[];
  touched: Set<number>;
  lo: number;
  hi: number;
  regionStart: number;
  regionEnd: number;
}

/**
 * The clauses of the edited text: those before the window kept (unless they reach into it: an open
 * heading, a parent, a list item around the window's), the window's made afresh, those after moved;
 * the tree and numbers are unchanged, so every clause keeps its section. And which are read again:
 * those whose own words (with the few characters before them that a definition looks back at)
 * changed, and what lies under them; an edit can change words far from itself, by closing a comment.
 */
export function clausesAfter(previous: Checkpoint, text: string, window: Window, shift: Shift): Region {
  const { edit, delta } = shift;
  const { k, count, fresh, prose } = window;
  const { ownEnds } = previous.segmented;
  const oldClauses = previous.review.clauses;
  // A list item around the window whose words end in it ends where the parse of the window says.
  const ownEndBefore = (i: number): number => {
    const end = ownEnds[i]!;
    if (end <= window.from || end > window.oldTo) return shift.move(end);
    const made = window.aroundEnds?.get(i);
    if (made === undefined) shift.straddles = true;
    return made ?? end;
  };
  const clauses: Clause[] = oldClauses.map((c, i) => {
    if (i < k) return c.end < edit.start ? c : copied(c, (x) => (x.end = ownEndBefore(i)));
    if (i < k + count) {
      const made = fresh[i - k]!;
      if (c.section !== undefined) made.section = c.section;
      return made;
    }
    // After the window everything moved together, final ends too.
    return shiftClause(c, c.end, delta);
  });
  const newOwnEnds = clauses.map((c, i) =>
    i < k ? (c === oldClauses[i] ? ownEnds[i]! : ownEndBefore(i)) : i < k + count ? c.end : ownEnds[i]! + delta,
  );
  closeAround(clauses, oldClauses, k, k + count, window.oldTo, delta);

  const touched = new Set<number>();
  const around = (t: string, start: number, end: number): string => t.slice(Math.max(0, start - LOOK_BACK), end);
  for (let i = k; i < k + count; i++) {
    const was = oldClauses[i]!;
    const now = clauses[i]!;
    if (
      around(previous.text, was.start, ownEnds[i]!) !== around(text, now.start, newOwnEnds[i]!) ||
      around(previous.prose, was.start, ownEnds[i]!) !== around(prose, now.start, newOwnEnds[i]!)
    )
      touched.add(i);
  }
  // A table's header names what its cells hold (a "Discount" column): a header reworded reads its rows again.
  for (const i of [...touched])
    if (clauses[i]!.header)
      for (let j = i + 1; j < clauses.length && clauses[j]!.kind === 'table-row' && !clauses[j]!.header; j++)
        touched.add(j);
  // A lead-in ("may terminate immediately:") is read with its items: an item reworded reads it again.
  for (const i of [...touched]) {
    const parent = clauses[i]!.parent;
    if (parent !== undefined && leadsInToList(prose.slice(clauses[parent]!.textStart, clauses[parent]!.textEnd)))
      touched.add(parent);
  }
  // A clause is read against the rule its previous sibling sets ("7.1 … within 45 days"; "7.2 … within 90 days"):
  // a sibling reworded reads the next one again.
  for (const i of [...touched]) {
    const next = nextSibling(clauses, i);
    if (next !== undefined) touched.add(next);
  }
  const lo = touched.size ? Math.min(...touched) : k;
  let hi = touched.size ? Math.max(...touched) : k - 1;
  if (touched.size) {
    for (let j = k + count; j < clauses.length; j++) {
      for (let p = clauses[j]!.parent; p !== undefined && p >= k; p = clauses[p]!.parent) {
        if (touched.has(p)) {
          hi = j;
          break;
        }
      }
    }
  }
  // Where the clauses read again lie, in the old text: what starts before is kept, what starts after shifts.
  const regionStart = lo < oldClauses.length ? oldClauses[lo]!.start : window.from;
  const regionEnd = hi + 1 < oldClauses.length ? oldClauses[hi + 1]!.start : previous.text.length;
  return { clauses, newOwnEnds, touched, lo, hi, regionStart, regionEnd };
}

/**
 * Whether the contract's context holds: the edit may move defined terms, not add, remove or rename
 * one; and must leave alone everything the parties are read from (the preamble, the definitions of
 * the opening, tables, signature blocks, the words of every clause, which clauses vote, where a
 * party is defined). With the defined terms and parties carried over; undefined when it does not.
 */
export function contextHolds(
  previous: Checkpoint,
  text: string,
  prose: string,
  region: Region,
  shift: Shift,
): { defined: DefinedTerms; oldDefined: DefinedTerms; newDefined: DefinedTerms; found: Party[] } | undefined {
  const { edit } = shift;
  const { clauses, lo, hi, touched } = region;
  const oldClauses = previous.review.clauses;
  const oldDefined = findDefinitions(previous.text, previous.prose, oldClauses.slice(lo, hi + 1));
  const newDefined = findDefinitions(text, prose, clauses.slice(lo, hi + 1));
  if (definitionKey(oldDefined) !== definitionKey(newDefined)) return undefined;
  const defined = spliceDefinitions(previous.defined, newDefined, lo, hi, shift.move, edit.start);
  if (partySourceKey(previous.prose, oldClauses, previous.defined) !== partySourceKey(prose, clauses, defined))
    return undefined;
  // Which clauses vote can change only when the edit is where they are.
  if (edit.start < VOTING_SPAN && countBelow(oldClauses, VOTING_SPAN) !== countBelow(clauses, VOTING_SPAN))
    return undefined;
  for (const i of touched) {
    if (
      partyEvidence(previous.prose, [oldClauses[i]!], previous.found) !==
      partyEvidence(prose, [clauses[i]!], previous.found)
    )
      return undefined;
  }
  // Where a party is defined is carried over, so the edit may not touch it: "Vendor" typed on to "Vendors".
  if (previous.found.some((p) => p.definedAt && p.definedAt.start <= edit.oldEnd && p.definedAt.end >= edit.start))
    return undefined;
  return { defined, oldDefined, newDefined, found: previous.found.map((p) => shiftParty(p, shift.move)) };
}

/** The next clause under the same parent, of the same kind, as readingContext's previousSibling pairs them. */
function nextSibling(clauses: readonly Clause[], i: number): number | undefined {
  const clause = clauses[i]!;
  for (let j = i + 1; j < clauses.length; j++) {
    const after = clauses[j]!;
    if (after.parent === clause.parent && after.kind === clause.kind) return j;
    if (after.depth < clause.depth) return undefined;
  }
  return undefined;
}
