/**
 * Where an edit is read again: the innermost list item around it, read alone, or else the chunks it
 * touched; each parsed and segmented again, and checked to leave the clause tree around it as it was.
 */
import type { Clause, TextChange } from '../model.js';
import { floodsBrackets, frontMatterEnd, splitChunks } from '../chunks.js';
import { NEXT_CHUNK, parseItems, parseRun } from '../parse.js';
import {
  sameSegmentState,
  segmentBlocks,
  segmentItems,
  type ItemMark,
  type SegmentState,
  type Segmented,
} from '../clauses/index.js';
import type { Checkpoint } from './checkpoint.js';
import { lastAtMost, lastBefore, lowerBound, stateAt } from './search.js';
import { copied, sameShape } from './carry.js';

/**
 * Where an edit is read again: `[from, oldTo)` of the old text, `[from, newTo)` of the new, whose
 * clauses, made afresh, replace the `count` old clauses from the `k`th; with the new text's prose,
 * chunk starts, segmenting states and list item marks.
 */
export interface Window {
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
export function itemWindow(previous: Checkpoint, text: string, edit: TextChange): Window | undefined {
  const old = previous.text;
  const delta = text.length - old.length;
  const marks = previous.segmented.items;
  const starts = previous.chunkStarts;
  const found = itemAround(previous, edit);
  if (!found) return undefined;
  const { i, j, mark, end, after, context, level } = found;
  const from = mark.at;
  const oldTo = end.next;
  const newTo = oldTo + delta;
  // Front matter could close on a line of the item (a lazy "+++"); a flood of brackets is defused a
  // whole chunk at a time; link definitions change every parse.
  if (frontMatter(old) !== frontMatter(text)) return undefined;
  const c = lastAtMost(starts, from);
  const chunkStart = starts[c]!;
  const chunkEnd = chunkEndOf(previous, from) + delta;
  if (floodsBrackets(text.slice(chunkStart, chunkEnd)) || touchesLinkDefinition(old, text, from, oldTo, newTo))
    return undefined;
  // The chunk must still be one chunk, ending where it did: split it again with the one after it.
  const resplit = splitChunks(text, chunkStart, c + 2 < starts.length ? starts[c + 2]! + delta : text.length);
  if (chunkEnd < text.length ? resplit[1]?.start !== chunkEnd : resplit.length !== 1) return undefined;
  const sentinel =
    level >= 0 ? text.slice(newTo, marks[j]!.content + delta) : newTo < text.length ? NEXT_CHUNK : undefined;
  const parsed = parseItems(
    text,
    from,
    newTo,
    context,
    sentinel === undefined ? undefined : { line: sentinel, level },
    previous.linkDefinitions,
  );
  if (!parsed) return undefined;
  const prose = previous.prose.slice(0, from) + parsed.prose + previous.prose.slice(oldTo);
  // The items around, outermost first, are the clauses their marks counted before them.
  const around: number[] = [];
  for (let u = mark.up; u >= 0; u = marks[u]!.up) around.unshift(marks[u]!.count);
  const aroundEnds = new Map([...parsed.ends].map(([depth, end]) => [around[depth]!, end]));
  const { states } = previous.segmented;
  const blockAt = states[Math.max(0, lowerBound(states.length, (x) => states[x]!.at <= from) - 1)]!;
  const block = blockAt.state;
  // Whether a block is a table of contents, or ends one, is read from the words of the whole block.
  if (block.toc || edit.start <= lineEnd(old, blockAt.at)) return undefined;
  const k = mark.count;
  const count = after.count - k;
  const working = previous.review.clauses.slice(0, k);
  const run = segmentItems(text, prose, parsed.items, working, {
    mark,
    block,
    markBase: i,
    ...(end.up === 0 ? { nextAfter: newTo } : {}),
  });
  const fresh = working.slice(k);
  if (!sameSegments(previous, fresh, k, run.after, after, level < 0 && { topLevel: mark.up < 0 })) return undefined;
  const shift = (at: number): number => (at > edit.start ? at + delta : at);
  return {
    from,
    oldTo,
    newTo,
    prose,
    k,
    count,
    fresh,
    aroundEnds,
    chunkStarts: starts.map(shift),
    states: states.map((s) => (s.at > edit.start ? { at: s.at + delta, state: s.state } : s)),
    items: spliceMarks(marks, i, j, run.items, shift),
  };
}

/** Where the line that `at` is on ends. */
function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** Where the chunk that `at` is in ends, in the old text. */
function chunkEndOf(previous: Checkpoint, at: number): number {
  const starts = previous.chunkStarts;
  const c = lastAtMost(starts, at);
  return c + 1 < starts.length ? starts[c + 1]! : previous.text.length;
}

/**
 * The innermost item around the edit, after its marker, that an item follows (`end.next`), of its
 * own list or of a list around it (`end.up` levels up); the first lines of the items around it
 * (`context`); and what follows it: the mark of the next item (`j`) with the state after it.
 */
function itemAround(previous: Checkpoint, edit: TextChange) {
  const old = previous.text;
  const marks = previous.segmented.items;
  // Where the item ends: at the next item of its list, or of the list of the nearest item around it
  // that has one, or else where the chunk ends (`up` is then past the outermost list).
  const endOf = (m: number): { next: number; up: number } => {
    let levelsUp = 0;
    for (let u = m; u >= 0; u = marks[u]!.up, levelsUp++)
      if (marks[u]!.next !== undefined) return { next: marks[u]!.next!, up: levelsUp };
    return { next: chunkEndOf(previous, marks[m]!.at), up: levelsUp };
  };
  let i = lowerBound(marks.length, (j) => marks[j]!.at < edit.start) - 1;
  while (i >= 0 && !(edit.start > marks[i]!.content && endOf(i).next > edit.oldEnd)) i = marks[i]!.up;
  if (i < 0) return undefined;
  const mark = marks[i]!;
  const end = endOf(i);
  const context: string[] = [];
  for (let u = mark.up; u >= 0; u = marks[u]!.up) context.unshift(old.slice(marks[u]!.at, marks[u]!.content));
  context.push(old.slice(mark.at, mark.content));
  const level = context.length - 1 - end.up;
  // What follows: an item, whose mark has the state after the window, or the next chunk.
  const j = lowerBound(marks.length, (m) => marks[m]!.at < end.next);
  const { states, final } = previous.segmented;
  const after = level >= 0 ? marks[j] : end.next < old.length ? stateAt(states, end.next) : final;
  if (!after || (level >= 0 && marks[j]!.at !== end.next)) return undefined;
  return { i, j, mark, end, after, context, level };
}

/**
 * Whether the clauses made again are those there were, in number and shape, leaving the segmenter
 * in the state it was. After the last list of a chunk (`last`), whether its last clause introduces
 * what follows matters too, and, after a top-level item, the clauses it leaves open (items nested
 * in it leave them alone).
 */
function sameSegments(
  previous: Checkpoint,
  fresh: Clause[],
  k: number,
  now: Pick<SegmentState, 'count' | 'seenBody' | 'operative' | 'intro' | 'outline'>,
  before: ItemMark | SegmentState,
  last: false | { topLevel: boolean },
): boolean {
  const count = before.count - k;
  if (fresh.length !== count || now.seenBody !== before.seenBody || now.operative !== before.operative) return false;
  if (last && now.intro !== (before as SegmentState).intro) return false;
  if (
    last &&
    last.topLevel &&
    !sameSegmentState({ ...(before as SegmentState), outline: now.outline }, before as SegmentState)
  )
    return false;
  for (let n = 0; n < count; n++) if (!sameShape(fresh[n]!, previous.review.clauses[k + n]!)) return false;
  return true;
}

/** The chunks the edit touches, and a chunk each side when it touches their boundary, parsed and segmented again. */
export function chunkWindow(previous: Checkpoint, text: string, edit: TextChange): Window | undefined {
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
  const resplit = splitChunks(
    text,
    starts[first - 1]!,
    next < starts.length ? shift(next + 1 < starts.length ? starts[next + 1]! : old.length) : text.length,
  );
  if (!resplit.some((c) => c.start === from) || (next < starts.length && !resplit.some((c) => c.start === newTo)))
    return undefined;
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
    from,
    oldTo,
    newTo,
    prose,
    k,
    count,
    fresh,
    chunkStarts: [
      ...starts.slice(0, first),
      ...resplit.filter((c) => c.start >= from && c.start < newTo).map((c) => c.start),
      ...starts.slice(next).map(shift),
    ],
    states: [
      ...states.filter((s) => s.at < from),
      ...run.states,
      ...states.filter((s) => s.at >= oldTo).map((s) => ({ at: shift(s.at), state: s.state })),
    ],
    items: spliceMarks(items, i, j, run.items, (at) => (at >= oldTo ? shift(at) : at)),
  };
}

/** Whether the window, before or after the edit, may hold a link reference definition, which changes how every chunk parses. */
function touchesLinkDefinition(old: string, text: string, from: number, oldTo: number, newTo: number): boolean {
  return old.slice(from, oldTo).includes(']:') || text.slice(from, newTo).includes(']:');
}

/** Where a text's front matter ends, after any byte order mark. */
export function frontMatter(text: string): number | undefined {
  return frontMatterEnd(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
}

/** The marks with those from `i` to `j` replaced by `fresh`, and those after moved. */
function spliceMarks(
  marks: readonly ItemMark[],
  i: number,
  j: number,
  fresh: readonly ItemMark[],
  move: (at: number) => number,
): ItemMark[] {
  const renumber = fresh.length - (j - i);
  const movedMark = (m: ItemMark): ItemMark =>
    copied(m, (x) => {
      x.at = move(m.at);
      x.content = move(m.content);
      if (m.next !== undefined) x.next = move(m.next);
      x.up = m.up >= i ? m.up + renumber : m.up;
    });
  return [
    ...marks
      .slice(0, i)
      .map((m) => (m.next !== undefined && move(m.next) !== m.next ? copied(m, (x) => (x.next = move(m.next!))) : m)),
    ...fresh,
    ...marks.slice(j).map(movedMark),
  ];
}
