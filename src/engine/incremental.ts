/**
 * Incremental review: the review of an edited text from the review of the text before, reading
 * again only what the edit touched and carrying the rest over with shifted offsets. What is
 * parsed again is the innermost list item around the edit, at any depth, when one can be read
 * alone (parse.ts, parseItems); else the chunks (chunks.ts) the edit touched. Of the clauses made
 * again, only those whose words changed are read again. The stages that weigh the whole contract
 * (ties, judgements, rules) run again over its terms, reusing the ties that still hold.
 *
 * It holds only while the edit leaves the contract's context alone: the clause tree outside what
 * was parsed again, the defined terms, and everything the parties are read from. Each is checked,
 * and when one changed this returns undefined and the caller reviews the whole text: the result
 * is always the one a fresh review gives (test/engine/session.test.ts).
 */
import type { Clause, Definition, Dismissed, Party, Reference, Review, Sentence, Span, Term, TextChange, Tie } from './model.js';
import { floodsBrackets, frontMatterEnd, splitChunks } from './chunks.js';
import { NEXT_CHUNK, parseItems, parseRun } from './parse.js';
import { sameSegmentState, segmentBlocks, segmentItems, type ItemMark, type SegmentState, type Segmented } from './clauses/index.js';
import { splitSentences } from './sentences.js';
import { findDefinitions, type DefinedTerms, type InlineDefinition } from './definitions.js';
import { VOTING_SPAN, partyEvidence, partySourceKey } from './parties.js';
import { MentionFinder } from './mentions.js';
import { findReferences } from './references.js';
import { OPENING, detectTerms, documentFacts } from './terms/index.js';
import { sidesFromTerms } from './sides.js';
import { definitionTargets, describingKeys, sentenceShares, tyingSentences } from './links.js';
import { judgeTerms, type ReviewOptions, type Trace } from './pipeline.js';
import { DIRECTIVE_WORD } from './suppress.js';

/** Reviews `text`, an edit of the text `previous` reviewed; undefined when it must be reviewed whole. */
export function reviewEdit(previous: Trace, text: string, options: ReviewOptions): { review: Review; trace: Trace } | undefined {
  if (JSON.stringify(previous.options) !== JSON.stringify(options)) return undefined;
  const old = previous.text;
  if (text === old) return { review: previous.review, trace: previous };
  const edit = editBetween(old, text, previous.edit);
  // Every sentence is read with what the opening says (an amendment, an endorsement): a change there is read whole.
  if (edit.start < OPENING && JSON.stringify(documentFacts(old)) !== JSON.stringify(documentFacts(text))) return undefined;
  const delta = text.length - old.length;
  const shift = (at: number): number => at + delta;
  // Where an offset of the old text is in the new one. An item carried over never has an end inside
  // the edit (its words would have changed); if one did, the review is not trusted.
  let straddles = false;
  const move = (at: number): number => {
    if (at <= edit.start) return at;
    if (at >= edit.oldEnd) return at + delta;
    straddles = true;
    return at;
  };

  const window = itemWindow(previous, text, edit) ?? chunkWindow(previous, text, edit);
  if (!window) return undefined;
  const { from, newTo, k, count, fresh } = window;
  const { ownEnds } = previous.segmented;
  const oldClauses = previous.review.clauses;
  const prose = window.prose;
  // Clauses before the window are kept as they are unless they reach into it (an open heading, a
  // parent, a list item around the window's); the tree and numbers are unchanged, so every clause
  // keeps its section.
  // A list item around the window whose words end in it ends where the parse of the window says.
  const ownEndBefore = (i: number): number => {
    const end = ownEnds[i]!;
    if (end <= window.from || end > window.oldTo) return move(end);
    const made = window.aroundEnds?.get(i);
    if (made === undefined) straddles = true;
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
  const newOwnEnds = clauses.map((c, i) => (i < k ? (c === oldClauses[i] ? ownEnds[i]! : ownEndBefore(i)) : i < k + count ? c.end : shift(ownEnds[i]!)));
  closeAround(clauses, oldClauses, k, k + count, window.oldTo, delta);

  // The clauses read again: those whose own words (text or prose, with the few characters before
  // them that a definition looks back at) changed, and what lies under them. An edit can change
  // words far from itself, by closing a comment say. The other clauses of the window were made
  // again only to check the tree.
  const touched = new Set<number>();
  const around = (t: string, start: number, end: number): string => t.slice(Math.max(0, start - LOOK_BACK), end);
  for (let i = k; i < k + count; i++) {
    const was = oldClauses[i]!;
    const now = clauses[i]!;
    if (around(old, was.start, ownEnds[i]!) !== around(text, now.start, newOwnEnds[i]!) || around(previous.prose, was.start, ownEnds[i]!) !== around(prose, now.start, newOwnEnds[i]!)) touched.add(i);
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
  const oldDirty = oldClauses.slice(lo, hi + 1);
  const dirty = clauses.slice(lo, hi + 1);
  // Where the clauses read again lie, in the old text: what starts before is kept, what starts after shifts.
  const regionStart = lo < oldClauses.length ? oldClauses[lo]!.start : from;
  const regionEnd = hi + 1 < oldClauses.length ? oldClauses[hi + 1]!.start : old.length;

  // Sentences.
  const oldSentences = previous.review.sentences;
  const sLo = firstAtLeast(oldSentences, lo);
  const sHi = firstAtLeast(oldSentences, hi + 1);
  const newSentences = splitSentences(prose, dirty);
  const sentences: Sentence[] = [
    ...oldSentences.slice(0, sLo).map((s) => (s.end <= edit.start ? s : { clause: s.clause, start: move(s.start), end: move(s.end) })),
    ...newSentences,
    ...oldSentences.slice(sHi).map((s) => ({ clause: s.clause, start: move(s.start), end: move(s.end) })),
  ];
  const sentenceShift = newSentences.length - (sHi - sLo);
  const sEnd = sLo + newSentences.length;

  // Defined terms: the edit may move them, not add, remove or rename one.
  const oldDefined = findDefinitions(old, previous.prose, oldDirty);
  const newDefined = findDefinitions(text, prose, dirty);
  if (definitionKey(oldDefined) !== definitionKey(newDefined)) return undefined;
  const defined = spliceDefinitions(previous.defined, newDefined, lo, hi, move, edit.start);

  // Parties: read from the preamble, the definitions of the opening, tables, signature blocks and the words of every clause.
  if (partySourceKey(previous.prose, oldClauses, previous.defined) !== partySourceKey(prose, clauses, defined)) return undefined;
  // Which clauses vote can change only when the edit is where they are.
  if (edit.start < VOTING_SPAN && countBelow(oldClauses, VOTING_SPAN) !== countBelow(clauses, VOTING_SPAN)) return undefined;
  for (const i of touched) {
    if (partyEvidence(previous.prose, [oldClauses[i]!], previous.found) !== partyEvidence(prose, [clauses[i]!], previous.found)) return undefined;
  }
  // Where a party is defined is carried over, so the edit may not touch it: "Vendor" typed on to "Vendors".
  if (previous.found.some((p) => p.definedAt && p.definedAt.start <= edit.oldEnd && p.definedAt.end >= edit.start)) return undefined;
  const found = previous.found.map((p) => shiftParty(p, move));

  // References, by the clause index of the old clauses: their numbers and tree are unchanged.
  const oldReferences = previous.review.references;
  const references: Reference[] = [
    ...oldReferences.filter((r) => r.clause < lo).map((r) => (r.end <= edit.start ? r : moved(r, move))),
    ...findReferences(prose, clauses, newSentences, defined.definitions, previous.index),
    ...oldReferences.filter((r) => r.clause > hi).map((r) => moved(r, move)),
  ];

  // Terms, read with the parties' sides as the whole contract's terms tell them.
  const readWith = (parties: Party[]): ReturnType<typeof detectTerms> => detectTerms({ text, prose, clauses, sentences, parties, definitions: defined.definitions, mentions: new MentionFinder(parties) }, sLo, sEnd);
  const spliceTerms = (terms: readonly Term[], fresh: Term[]): Term[] => spliceTermList(terms, fresh, sLo, sHi, sentenceShift, move, edit);
  const firstRead = readWith(found);
  const firstTerms = spliceTerms(previous.firstTerms ?? previous.review.terms, firstRead.terms);
  const sided = sidesFromTerms(found, firstTerms);
  if (partiesKey(sided) !== partiesKey(previous.sided)) return undefined;
  const finalRead = sided ? readWith(sided) : firstRead;
  const terms = sided ? spliceTerms(previous.review.terms, finalRead.terms) : firstTerms;
  const dismissed: Dismissed[] = [
    ...previous.review.dismissed.filter((d) => d.start < regionStart).map((d) => (d.end <= edit.start ? d : moved(d, move))),
    ...finalRead.dismissed,
    ...previous.review.dismissed.filter((d) => d.start >= regionEnd).map((d) => moved(d, move)),
  ];
  const tying = [
    ...previous.tying.filter((s) => s < sLo),
    ...tyingSentences(prose, sentences, sLo, sEnd),
    ...previous.tying.filter((s) => s >= sHi).map((s) => s + sentenceShift),
  ];

  // The ties of sentences read before hold again while the terms are the same, the words that
  // point at terms stayed, and the sentence shares no word with a term whose words changed.
  const partyWords = (sided ?? found).flatMap((p) => [p.name, ...p.aliases]);
  const oldInput = { prose: previous.prose, clauses: oldClauses, sentences: oldSentences, terms: previous.review.terms, references: oldReferences, definitions: previous.defined.definitions, partyWords };
  const newInput = { prose, clauses, sentences, terms, references, definitions: defined.definitions, partyWords };
  const reworded = (t: Term): boolean => touched.has(t.clause) || touched.has(tableHeaderOf(clauses, t.clause));
  // A defined term stands for the clauses its meaning refers to ("Launch Discount" means the discount in 5.2).
  const pointsAt = (d: readonly Definition[], r: readonly Reference[]): string => JSON.stringify(definitionTargets(d.filter((x) => touched.has(x.clause)), r.filter((x) => touched.has(x.clause))));
  const keepTies = sameTerms(previous.review.terms, terms, sLo, sHi, sentenceShift)
    && pointsAt(oldDefined.definitions, oldReferences) === pointsAt(newDefined.definitions, references);
  const changedKeys = new Set<string>();
  if (keepTies) {
    for (const t of previous.review.terms) if (reworded(t)) for (const key of describingKeys(oldInput, t)) changedKeys.add(key);
    for (const t of terms) if (reworded(t)) for (const key of describingKeys(newInput, t)) changedKeys.add(key);
  }
  const knownTies = new Map<number, Tie[]>();
  if (keepTies) {
    const tieMoved = (t: Tie): Tie => copied(t, (x) => (x.at = { start: move(t.at!.start), end: move(t.at!.end) }));
    for (const [s, ties] of previous.tiesBySentence) {
      if ((s >= sLo && s < sHi) || (changedKeys.size && sentenceShares(oldInput, s, changedKeys))) continue;
      if (s < sLo) knownTies.set(s, ties.map((t) => (t.at && t.at.end > edit.start ? tieMoved(t) : t)));
      else knownTies.set(s + sentenceShift, ties.map((t) => (t.at ? tieMoved(t) : t)));
    }
  }
  if (straddles) return undefined;
  const parties = sided ?? found;
  // A suppression comment can only appear where the words changed.
  const near = text.slice(Math.max(0, edit.start - DIRECTIVE_WORD.length), edit.newEnd + DIRECTIVE_WORD.length);
  // A term's describing words are its clause's, its titles' and its table header's: they stay while no term's clause was reworded.
  const carriedKeys = keepTies && previous.termKeys && !terms.some(reworded) ? previous.termKeys : undefined;
  const { review, tiesBySentence, directiveFree, termKeys } = judgeTerms({
    text, prose, clauses, sentences, parties, definitions: defined.definitions, references, terms, dismissed, tying, knownTies, tree: previous.index,
    ...(previous.directiveFree && !near.includes(DIRECTIVE_WORD) ? { directiveFree: true } : {}),
    ...(carriedKeys ? { termKeys: carriedKeys } : {}),
  }, options);
  const trace: Trace = {
    text, options, review, prose, chunkStarts: window.chunkStarts, linkDefinitions: previous.linkDefinitions, edit, parsedAgain: { start: from, end: newTo }, directiveFree, defined, index: previous.index, found, tying, tiesBySentence,
    segmented: { states: window.states, final: previous.segmented.final, ownEnds: newOwnEnds, items: window.items },
    ...(sided ? { sided, firstTerms } : {}),
    ...(termKeys ? { termKeys } : {}),
  };
  return { review, trace };
}

/**
 * Where an edit is read again: `[from, oldTo)` of the old text, `[from, newTo)` of the new, whose
 * clauses, made afresh, replace the `count` old clauses from the `k`th; with the new text's prose,
 * chunk starts, segmenting states and list item marks.
 */
interface Window {
  from: number;
  oldTo: number;
  newTo: number;
  prose: string;
  k: number;
  count: number;
  fresh: Clause[];
  /** When the window is list items: the new own ends of the items around it that end with it, by clause. */
  aroundEnds?: Map<number, number>;
  chunkStarts: number[];
  states: Segmented['states'];
  items: ItemMark[];
}

/**
 * The list item an edit is in, read alone (parseItems): the innermost item around the edit, after
 * its marker, that an item follows, of its own list or of a list around it. Undefined when there is none, or it does not parse alike alone,
 * or its clauses changed shape.
 */
function itemWindow(previous: Trace, text: string, edit: TextChange): Window | undefined {
  const old = previous.text;
  const delta = text.length - old.length;
  const marks = previous.segmented.items;
  const starts = previous.chunkStarts;
  /** Where the chunk that `at` is in ends, in the old text. */
  const chunkEndOf = (at: number): number => {
    const c = lastAtMost(starts, at);
    return c + 1 < starts.length ? starts[c + 1]! : old.length;
  };
  // Where the item ends: at the next item of its list, or of the list of the nearest item around it
  // that has one, or else where the chunk ends (`up` is then past the outermost list).
  const endOf = (m: number): { next: number; up: number } => {
    let levelsUp = 0;
    for (let u = m; u >= 0; u = marks[u]!.up, levelsUp++) if (marks[u]!.next !== undefined) return { next: marks[u]!.next!, up: levelsUp };
    return { next: chunkEndOf(marks[m]!.at), up: levelsUp };
  };
  let i = lowerBound(marks.length, (j) => marks[j]!.at < edit.start) - 1;
  while (i >= 0 && !(edit.start > marks[i]!.content && endOf(i).next > edit.oldEnd)) i = marks[i]!.up;
  if (i < 0) return undefined;
  const mark = marks[i]!;
  const end = endOf(i);
  const from = mark.at;
  const oldTo = end.next;
  const newTo = oldTo + delta;
  // The items around it, outermost first, and the item itself: their first lines are before the edit.
  const context: string[] = [];
  for (let u = mark.up; u >= 0; u = marks[u]!.up) context.unshift(old.slice(marks[u]!.at, marks[u]!.content));
  context.push(old.slice(from, mark.content));
  const level = context.length - 1 - end.up;
  // What follows: an item, whose mark has the state after the window, or the next chunk.
  const j = lowerBound(marks.length, (m) => marks[m]!.at < oldTo);
  const { states, final } = previous.segmented;
  const after = level >= 0 ? marks[j] : oldTo < old.length ? stateAt(states, oldTo) : final;
  if (!after || (level >= 0 && marks[j]!.at !== oldTo)) return undefined;
  // Front matter could close on a line of the item (a lazy "+++"); a flood of brackets is defused a
  // whole chunk at a time; link definitions change every parse.
  if (frontMatter(old) !== frontMatter(text)) return undefined;
  const c = lastAtMost(starts, from);
  const chunkStart = starts[c]!;
  const chunkEnd = chunkEndOf(from) + delta;
  if (floodsBrackets(text.slice(chunkStart, chunkEnd)) || touchesLinkDefinition(old, text, from, oldTo, newTo)) return undefined;
  // The chunk must still be one chunk, ending where it did: split it again with the one after it.
  const resplit = splitChunks(text, chunkStart, c + 2 < starts.length ? starts[c + 2]! + delta : text.length);
  if (chunkEnd < text.length ? resplit[1]?.start !== chunkEnd : resplit.length !== 1) return undefined;
  const sentinel = level >= 0 ? text.slice(newTo, marks[j]!.content + delta) : newTo < text.length ? NEXT_CHUNK : undefined;
  const parsed = parseItems(text, from, newTo, context, sentinel === undefined ? undefined : { line: sentinel, level }, previous.linkDefinitions);
  if (!parsed) return undefined;
  const prose = previous.prose.slice(0, from) + parsed.prose + previous.prose.slice(oldTo);
  // The items around, outermost first, are the clauses their marks counted before them.
  const around: number[] = [];
  for (let u = mark.up; u >= 0; u = marks[u]!.up) around.unshift(marks[u]!.count);
  const aroundEnds = new Map([...parsed.ends].map(([depth, end]) => [around[depth]!, end]));
  const block = states[Math.max(0, lowerBound(states.length, (x) => states[x]!.at <= from) - 1)]!.state;
  const k = mark.count;
  const count = after.count - k;
  const working = previous.review.clauses.slice(0, k);
  const run = segmentItems(text, prose, parsed.items, working, { mark, block, markBase: i, ...(end.up === 0 ? { nextAfter: newTo } : {}) });
  const fresh = working.slice(k);
  if (fresh.length !== count || run.after.seenBody !== after.seenBody || run.after.operative !== after.operative) return undefined;
  // After the last list of a chunk, whether its last clause introduces what follows matters too,
  // and, after a top-level item, the clauses it leaves open (items nested in it leave them alone).
  if (level < 0 && run.after.intro !== (after as SegmentState).intro) return undefined;
  if (level < 0 && mark.up < 0 && !sameSegmentState({ ...(after as SegmentState), outline: run.after.outline }, after as SegmentState)) return undefined;
  for (let n = 0; n < count; n++) if (!sameShape(fresh[n]!, previous.review.clauses[k + n]!)) return undefined;
  const shift = (at: number): number => (at > edit.start ? at + delta : at);
  return {
    from, oldTo, newTo, prose, k, count, fresh, aroundEnds,
    chunkStarts: starts.map(shift),
    states: states.map((s) => (s.at > edit.start ? { at: s.at + delta, state: s.state } : s)),
    items: spliceMarks(marks, i, j, run.items, shift),
  };
}

/** The chunks the edit touches, and a chunk each side when it touches their boundary, parsed and segmented again. */
function chunkWindow(previous: Trace, text: string, edit: TextChange): Window | undefined {
  const old = previous.text;
  const delta = text.length - old.length;
  const shift = (at: number): number => at + delta;
  const starts = previous.chunkStarts;
  const first = lastBefore(starts, edit.start);
  if (first <= 0) return undefined; // the first chunk holds any front matter and byte order mark
  let next = first + 1;
  while (next < starts.length && starts[next]! <= edit.oldEnd) next++;
  const from = starts[first]!;
  const oldTo = next < starts.length ? starts[next]! : old.length;
  const newTo = shift(oldTo);
  // Front matter runs to its closing line, which the edit must not have moved, added or removed.
  if (frontMatter(old) !== frontMatter(text) || (frontMatter(text) ?? 0) > from) return undefined;
  // The window must still start and end on chunk boundaries (an edit can turn its first line into a
  // list item that carries on the chunk before), or the parse around it changed: split again from
  // the chunk before it to the chunk after it.
  const resplit = splitChunks(text, starts[first - 1]!, next < starts.length ? shift(next + 1 < starts.length ? starts[next + 1]! : old.length) : text.length);
  if (!resplit.some((c) => c.start === from) || (next < starts.length && !resplit.some((c) => c.start === newTo))) return undefined;
  // Link reference definitions change how every chunk parses: the edit may not touch one.
  if (touchesLinkDefinition(old, text, from, oldTo, newTo)) return undefined;
  const { nodes, prose: windowProse } = parseRun(text, from, newTo, previous.linkDefinitions);
  const prose = previous.prose.slice(0, from) + windowProse + previous.prose.slice(oldTo);

  // Clauses: the window's are made afresh from the state before it and must end in the same state.
  const { states, final, items } = previous.segmented;
  const before = stateAt(states, from);
  const after = next < starts.length ? stateAt(states, oldTo) : final;
  if (!before || !after) return undefined;
  const oldClauses = previous.review.clauses;
  const k = before.count;
  const count = after.count - k;
  const working = oldClauses.slice(0, k);
  const i = lowerBound(items.length, (m) => items[m]!.at < from);
  const j = lowerBound(items.length, (m) => items[m]!.at < oldTo);
  const run = segmentBlocks(text, prose, nodes, working, before, i);
  const fresh = working.slice(k);
  if (run.frontMatter !== undefined || fresh.length !== count || !sameSegmentState(run.final, after)) return undefined;
  for (let n = 0; n < count; n++) if (!sameShape(fresh[n]!, oldClauses[k + n]!)) return undefined;
  return {
    from, oldTo, newTo, prose, k, count, fresh,
    chunkStarts: [...starts.slice(0, first), ...resplit.filter((c) => c.start >= from && c.start < newTo).map((c) => c.start), ...starts.slice(next).map(shift)],
    states: [...states.filter((s) => s.at < from), ...run.states, ...states.filter((s) => s.at >= oldTo).map((s) => ({ at: shift(s.at), state: s.state }))],
    items: spliceMarks(items, i, j, run.items, (at) => (at >= oldTo ? shift(at) : at)),
  };
}

/** Whether the window, before or after the edit, may hold a link reference definition, which changes how every chunk parses. */
function touchesLinkDefinition(old: string, text: string, from: number, oldTo: number, newTo: number): boolean {
  return old.slice(from, oldTo).includes(']:') || text.slice(from, newTo).includes(']:');
}

/** Where a text's front matter ends, after any byte order mark. */
function frontMatter(text: string): number | undefined {
  return frontMatterEnd(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
}

/** The marks with those from `i` to `j` replaced by `fresh`, and those after moved. */
function spliceMarks(marks: readonly ItemMark[], i: number, j: number, fresh: readonly ItemMark[], move: (at: number) => number): ItemMark[] {
  const renumber = fresh.length - (j - i);
  const movedMark = (m: ItemMark): ItemMark => copied(m, (x) => {
    x.at = move(m.at);
    x.content = move(m.content);
    if (m.next !== undefined) x.next = move(m.next);
    x.up = m.up >= i ? m.up + renumber : m.up;
  });
  return [
    ...marks.slice(0, i).map((m) => (m.next !== undefined && move(m.next) !== m.next ? copied(m, (x) => (x.next = move(m.next!))) : m)),
    ...fresh,
    ...marks.slice(j).map(movedMark),
  ];
}

/**
 * The common start and end of two texts, and what differs between. `near`, where the last edit
 * was, is tried first: a person types on where they typed, and one comparison of everything
 * before it is far cheaper than a scan.
 */
function editBetween(a: string, b: string, near?: TextChange): TextChange {
  const shorter = Math.min(a.length, b.length);
  const same = (from: number, to: number, bFrom: number): boolean => a.slice(from, to) === b.slice(bFrom, bFrom + to - from);
  let start = near && near.start <= shorter && same(0, near.start, 0) ? near.start : 0;
  // Whole blocks next: comparing strings is far faster than comparing characters one by one.
  while (start + BLOCK <= shorter && same(start, start + BLOCK, start)) start += BLOCK;
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  // `near` is in the coordinates of `a`, the text its edit made.
  const guess = near ? a.length - near.newEnd : 0;
  let tail = guess > 0 && guess <= shorter - start && same(a.length - guess, a.length, b.length - guess) ? guess : 0;
  while (tail + BLOCK <= shorter - start && same(a.length - tail - BLOCK, a.length - tail, b.length - tail - BLOCK)) tail += BLOCK;
  while (tail < shorter - start && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  return { start, oldEnd: a.length - tail, newEnd: b.length - tail };
}

const BLOCK = 2048;

/** How far before a clause its reading looks (a definition, for "This Agreement" before its parenthesis). */
const LOOK_BACK = 100;

/** The first index below `length` where `before` stops holding (it holds for a leading run). */
function lowerBound(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last value at or below `at` (or 0 when none is), in sorted values. */
function lastAtMost(sorted: readonly number[], at: number): number {
  return Math.max(0, lowerBound(sorted.length, (i) => sorted[i]! <= at) - 1);
}

/** Index of the last value strictly below `at` (or 0 when none is), in sorted values. */
function lastBefore(sorted: readonly number[], at: number): number {
  return Math.max(0, lowerBound(sorted.length, (i) => sorted[i]! < at) - 1);
}

/** The segmenting state before the top-level block that starts at `at`. */
function stateAt(states: readonly { at: number; state: SegmentState }[], at: number): SegmentState | undefined {
  const i = lowerBound(states.length, (j) => states[j]!.at < at);
  return states[i]?.at === at ? states[i]!.state : undefined;
}


/** Whether a clause made again has what other clauses read of it: everything but its offsets. */
function sameShape(a: Clause, b: Clause): boolean {
  return a.kind === b.kind && a.number === b.number && a.label === b.label && a.title === b.title && a.parent === b.parent
    && a.depth === b.depth && a.region === b.region && a.header === b.header && a.furniture === b.furniture && a.cells?.length === b.cells?.length;
}

/**
 * A copy of an object, changed by `change`. The copy is a spread alone, then stores: V8 copies a
 * spread alone far faster than one with properties after it, and a keystroke copies thousands.
 */
function copied<T extends object>(x: T, change: (copy: T) => void): T {
  const copy = { ...x };
  change(copy);
  return copy;
}

/** A copy of a span moved by `to`. */
function moved<T extends Span>(x: T, to: (at: number) => number): T {
  return copied(x, (copy) => {
    copy.start = to(x.start);
    copy.end = to(x.end);
  });
}

function shiftClause(c: Clause, ownEnd: number, delta: number): Clause {
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
function closeAround(clauses: Clause[], oldClauses: readonly Clause[], lo: number, hi: number, oldTo: number, delta: number): void {
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
    if (parent === undefined || clauses[parent]!.kind === 'heading' || clauses[i]!.end <= clauses[parent]!.end) continue;
    if (clauses[parent] === oldClauses[parent]) clauses[parent] = { ...clauses[parent]! };
    clauses[parent]!.end = clauses[i]!.end;
  }
}

/** Index of the first sentence of clause `clause` or later. */
function firstAtLeast(sentences: readonly Sentence[], clause: number): number {
  return lowerBound(sentences.length, (i) => sentences[i]!.clause < clause);
}

function countBelow(clauses: readonly Clause[], at: number): number {
  let n = 0;
  while (n < clauses.length && clauses[n]!.start < at) n++;
  return n;
}

/** Defined terms without their offsets. */
function definitionKey(d: DefinedTerms): string {
  return JSON.stringify([
    d.definitions.map((x) => [x.term, x.clause, x.selfName, !!x.meaning]),
    d.inline.map((x) => [x.term, x.also, x.selfName]),
    d.named,
  ]);
}

function partiesKey(parties: readonly Party[] | undefined): string {
  return JSON.stringify(parties?.map((p) => [p.id, p.name, p.aliases, p.pronouns, p.role, p.side]));
}

function shiftParty(p: Party, move: (at: number) => number): Party {
  const copy: Party = { ...p, aliases: [...p.aliases], pronouns: [...p.pronouns] };
  if (p.definedAt) copy.definedAt = { start: move(p.definedAt.start), end: move(p.definedAt.end) };
  return copy;
}

/** The old definitions with those of the clauses read again replaced, and those after them shifted. */
function spliceDefinitions(old: DefinedTerms, fresh: DefinedTerms, lo: number, hi: number, to: (at: number) => number, start: number): DefinedTerms {
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
    ...list.filter((d) => d.clause < lo).map((d) => (d.end <= start && (!d.meaning || d.meaning.end <= start) ? d : move(d) as T)),
    ...own,
    ...list.filter((d) => d.clause > hi).map((d) => move(d) as T),
  ];
  return { definitions: splice(old.definitions, fresh.definitions), inline: splice(old.inline, fresh.inline), named: old.named };
}

/** Whether two lists of terms are the same but for offsets, the sentences read again numbered `sentenceShift` apart. */
function sameTerms(before: readonly Term[], after: readonly Term[], sLo: number, sHi: number, sentenceShift: number): boolean {
  if (before.length !== after.length) return false;
  return before.every((a, i) => {
    const b = after[i]!;
    const sentence = a.sentence < sLo ? a.sentence : a.sentence >= sHi ? a.sentence + sentenceShift : b.sentence;
    return a.id === b.id && a.type === b.type && a.kind === b.kind && a.cue === b.cue && a.by === b.by && a.to === b.to && a.clause === b.clause
      && sentence === b.sentence && JSON.stringify(a.value) === JSON.stringify(b.value)
      && (a.type !== 'benefit' || b.type !== 'benefit' || (a.binding === b.binding && a.condition === b.condition));
  });
}

/** The header row of the table a row is in, or the clause itself. */
function tableHeaderOf(clauses: readonly Clause[], id: number): number {
  let row = id;
  while (row > 0 && clauses[row]!.kind === 'table-row' && !clauses[row]!.header && clauses[row - 1]!.kind === 'table-row') row--;
  return row;
}

/** The old terms with those of the sentences read again replaced, those after shifted, and all numbered again. */
function spliceTermList(old: readonly Term[], fresh: Term[], sLo: number, sHi: number, sentenceShift: number, move: (at: number) => number, edit: TextChange): Term[] {
  const terms: Term[] = [];
  const termMoved = (t: Term, sentence: number): Term => copied(t, (x) => {
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
