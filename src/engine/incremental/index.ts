/**
 * Incremental review: the review of an edited text from the review of the text before, reading
 * again only what the edit touched and carrying the rest over with shifted offsets. What is
 * parsed again is the innermost list item around the edit, at any depth, when one can be read
 * alone (parse.ts, parseItems); else the chunks (chunks.ts) the edit touched (windows.ts). Of the
 * clauses made again, only those whose words changed are read again. The stages that weigh the
 * whole contract (ties, judgements, rules) run again over its terms, reusing the ties that still hold.
 *
 * It holds only while the edit leaves the contract's context alone: the clause tree outside what
 * was parsed again, the defined terms, and everything the parties are read from. Each is checked,
 * and when one changed this returns undefined and the caller reviews the whole text: the result
 * is always the one a fresh review gives (test/engine/session.test.ts).
 */
import type {
  Clause,
  Definition,
  Dismissed,
  Party,
  Reference,
  Review,
  Sentence,
  Term,
  TextChange,
  Tie,
} from '../model.js';
import { splitSentences } from '../sentences.js';
import { findDefinitions, type DefinedTerms } from '../definitions.js';
import { VOTING_SPAN, partyEvidence, partySourceKey } from '../parties.js';
import { MentionFinder } from '../mentions.js';
import { findReferences } from '../references.js';
import { OPENING, detectTerms, documentFacts } from '../terms/index.js';
import { sidesFromTerms } from '../sides.js';
import { definitionTargets, describingKeys, sentenceShares, tyingSentences } from '../links/index.js';
import { judgeTerms, type ReviewOptions, type Trace } from '../pipeline.js';
import { DIRECTIVE_WORD } from '../suppress.js';
import { chunkWindow, itemWindow, type Window } from './windows.js';
import { editBetween } from './search.js';
import {
  closeAround,
  copied,
  countBelow,
  definitionKey,
  firstAtLeast,
  moved,
  partiesKey,
  sameTerms,
  shiftClause,
  shiftParty,
  spliceDefinitions,
  spliceTermList,
  tableHeaderOf,
} from './carry.js';

/** How far before a clause its reading looks (a definition, for "This Agreement" before its parenthesis). */
const LOOK_BACK = 100;

/** An edit and how it moves the old text's offsets; `straddles` is set when something carried over ends inside it. */
class Shift {
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
interface Region {
  clauses: Clause[];
  newOwnEnds: number[];
  touched: Set<number>;
  lo: number;
  hi: number;
  regionStart: number;
  regionEnd: number;
}

/** Reviews `text`, an edit of the text `previous` reviewed; undefined when it must be reviewed whole. */
export function reviewEdit(
  previous: Trace,
  text: string,
  options: ReviewOptions,
): { review: Review; trace: Trace } | undefined {
  if (JSON.stringify(previous.options) !== JSON.stringify(options)) return undefined;
  const old = previous.text;
  if (text === old) return { review: previous.review, trace: previous };
  const edit = editBetween(old, text, previous.edit);
  // Every sentence is read with what the opening says (an amendment, an endorsement): a change there is read whole.
  if (edit.start < OPENING && JSON.stringify(documentFacts(old)) !== JSON.stringify(documentFacts(text)))
    return undefined;
  const shift = new Shift(edit, old.length, text.length);
  const window = itemWindow(previous, text, edit) ?? chunkWindow(previous, text, edit);
  if (!window) return undefined;
  const region = clausesAfter(previous, text, window, shift);
  const { prose } = window;
  const { clauses, lo, hi } = region;
  const oldClauses = previous.review.clauses;

  // Sentences.
  const oldSentences = previous.review.sentences;
  const sLo = firstAtLeast(oldSentences, lo);
  const sHi = firstAtLeast(oldSentences, hi + 1);
  const newSentences = splitSentences(prose, clauses.slice(lo, hi + 1));
  const sentences: Sentence[] = [
    ...oldSentences
      .slice(0, sLo)
      .map((s) => (s.end <= edit.start ? s : { clause: s.clause, start: shift.move(s.start), end: shift.move(s.end) })),
    ...newSentences,
    ...oldSentences.slice(sHi).map((s) => ({ clause: s.clause, start: shift.move(s.start), end: shift.move(s.end) })),
  ];
  const sentenceShift = newSentences.length - (sHi - sLo);
  const sEnd = sLo + newSentences.length;

  const context = contextHolds(previous, text, prose, region, shift);
  if (!context) return undefined;
  const { defined, oldDefined, newDefined, found } = context;

  // References, by the clause index of the old clauses: their numbers and tree are unchanged.
  const oldReferences = previous.review.references;
  const references: Reference[] = [
    ...oldReferences.filter((r) => r.clause < lo).map((r) => (r.end <= edit.start ? r : moved(r, shift.move))),
    ...findReferences(prose, clauses, newSentences, defined.definitions, previous.index),
    ...oldReferences.filter((r) => r.clause > hi).map((r) => moved(r, shift.move)),
  ];

  // Terms, read with the parties' sides as the whole contract's terms tell them.
  const readWith = (parties: Party[]): ReturnType<typeof detectTerms> =>
    detectTerms(
      {
        text,
        prose,
        clauses,
        sentences,
        parties,
        definitions: defined.definitions,
        mentions: new MentionFinder(parties),
      },
      sLo,
      sEnd,
    );
  const spliceTerms = (terms: readonly Term[], fresh: Term[]): Term[] =>
    spliceTermList(terms, fresh, sLo, sHi, sentenceShift, shift.move, edit);
  const firstRead = readWith(found);
  const firstTerms = spliceTerms(previous.firstTerms ?? previous.review.terms, firstRead.terms);
  const sided = sidesFromTerms(found, firstTerms);
  if (partiesKey(sided) !== partiesKey(previous.sided)) return undefined;
  const finalRead = sided ? readWith(sided) : firstRead;
  const terms = sided ? spliceTerms(previous.review.terms, finalRead.terms) : firstTerms;
  const dismissed: Dismissed[] = [
    ...previous.review.dismissed
      .filter((d) => d.start < region.regionStart)
      .map((d) => (d.end <= edit.start ? d : moved(d, shift.move))),
    ...finalRead.dismissed,
    ...previous.review.dismissed.filter((d) => d.start >= region.regionEnd).map((d) => moved(d, shift.move)),
  ];
  const tying = [
    ...previous.tying.filter((s) => s < sLo),
    ...tyingSentences(prose, sentences, sLo, sEnd),
    ...previous.tying.filter((s) => s >= sHi).map((s) => s + sentenceShift),
  ];

  const partyWords = (sided ?? found).flatMap((p) => [p.name, ...p.aliases]);
  const { keepTies, knownTies, reworded } = carriedTies(previous, shift, region, {
    old: {
      prose: previous.prose,
      clauses: oldClauses,
      sentences: oldSentences,
      terms: previous.review.terms,
      references: oldReferences,
      definitions: previous.defined.definitions,
      partyWords,
    },
    now: { prose, clauses, sentences, terms, references, definitions: defined.definitions, partyWords },
    oldDefinitions: oldDefined.definitions,
    newDefinitions: newDefined.definitions,
    sLo,
    sHi,
    sentenceShift,
  });
  if (shift.straddles) return undefined;
  const parties = sided ?? found;
  // A suppression comment can only appear where the words changed.
  const near = text.slice(Math.max(0, edit.start - DIRECTIVE_WORD.length), edit.newEnd + DIRECTIVE_WORD.length);
  // A term's describing words are its clause's, its titles' and its table header's: they stay while no term's clause was reworded.
  const carriedKeys = keepTies && previous.termKeys && !terms.some(reworded) ? previous.termKeys : undefined;
  const { review, tiesBySentence, directiveFree, termKeys } = judgeTerms(
    {
      text,
      prose,
      clauses,
      sentences,
      parties,
      definitions: defined.definitions,
      references,
      terms,
      dismissed,
      tying,
      knownTies,
      tree: previous.index,
      ...(previous.directiveFree && !near.includes(DIRECTIVE_WORD) ? { directiveFree: true } : {}),
      ...(carriedKeys ? { termKeys: carriedKeys } : {}),
    },
    options,
  );
  const trace: Trace = {
    text,
    options,
    review,
    prose,
    chunkStarts: window.chunkStarts,
    linkDefinitions: previous.linkDefinitions,
    edit,
    parsedAgain: { start: window.from, end: window.newTo },
    directiveFree,
    defined,
    index: previous.index,
    found,
    tying,
    tiesBySentence,
    segmented: {
      states: window.states,
      final: previous.segmented.final,
      ownEnds: region.newOwnEnds,
      items: window.items,
    },
    ...(sided ? { sided, firstTerms } : {}),
    ...(termKeys ? { termKeys } : {}),
  };
  return { review, trace };
}

type LinkInput = Parameters<typeof describingKeys>[0];

/**
 * The ties of sentences read before, carried over: they hold again while the terms are the same,
 * the words that point at terms stayed, and the sentence shares no word with a term whose words changed.
 */
function carriedTies(
  previous: Trace,
  shift: Shift,
  region: Region,
  read: {
    old: LinkInput;
    now: LinkInput;
    oldDefinitions: readonly Definition[];
    newDefinitions: readonly Definition[];
    sLo: number;
    sHi: number;
    sentenceShift: number;
  },
) {
  const { sLo, sHi, sentenceShift } = read;
  const reworded = (t: Term): boolean =>
    region.touched.has(t.clause) || region.touched.has(tableHeaderOf(region.clauses, t.clause));
  // A defined term stands for the clauses its meaning refers to ("Launch Discount" means the discount in 5.2).
  const pointsAt = (d: readonly Definition[], r: readonly Reference[]): string =>
    JSON.stringify(
      definitionTargets(
        d.filter((x) => region.touched.has(x.clause)),
        r.filter((x) => region.touched.has(x.clause)),
      ),
    );
  const keepTies =
    sameTerms(previous.review.terms, read.now.terms, sLo, sHi, sentenceShift) &&
    pointsAt(read.oldDefinitions, read.old.references) === pointsAt(read.newDefinitions, read.now.references);
  const knownTies = new Map<number, Tie[]>();
  if (!keepTies) return { keepTies, knownTies, reworded };
  const changedKeys = new Set<string>();
  for (const t of read.old.terms) if (reworded(t)) for (const key of describingKeys(read.old, t)) changedKeys.add(key);
  for (const t of read.now.terms) if (reworded(t)) for (const key of describingKeys(read.now, t)) changedKeys.add(key);
  const { edit } = shift;
  const tieMoved = (t: Tie): Tie =>
    copied(t, (x) => (x.at = { start: shift.move(t.at!.start), end: shift.move(t.at!.end) }));
  for (const [s, ties] of previous.tiesBySentence) {
    if ((s >= sLo && s < sHi) || (changedKeys.size && sentenceShares(read.old, s, changedKeys))) continue;
    if (s < sLo)
      knownTies.set(
        s,
        ties.map((t) => (t.at && t.at.end > edit.start ? tieMoved(t) : t)),
      );
    else
      knownTies.set(
        s + sentenceShift,
        ties.map((t) => (t.at ? tieMoved(t) : t)),
      );
  }
  return { keepTies, knownTies, reworded };
}

/**
 * The clauses of the edited text: those before the window kept (unless they reach into it: an open
 * heading, a parent, a list item around the window's), the window's made afresh, those after moved;
 * the tree and numbers are unchanged, so every clause keeps its section. And which are read again:
 * those whose own words (with the few characters before them that a definition looks back at)
 * changed, and what lies under them; an edit can change words far from itself, by closing a comment.
 */
function clausesAfter(previous: Trace, text: string, window: Window, shift: Shift): Region {
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
  // A lead-in ("may terminate immediately:") is read with its items: an item reworded reads it again.
  for (const i of [...touched]) {
    const parent = clauses[i]!.parent;
    if (parent !== undefined && /:\s*$/.test(prose.slice(clauses[parent]!.textStart, clauses[parent]!.textEnd)))
      touched.add(parent);
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
function contextHolds(
  previous: Trace,
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
