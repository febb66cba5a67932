/**
 * Stage 2: mdast → Clause[]. Headings, numbered paragraphs ("4.2", "Clause 7.3"), sub-clause
 * lines inside a paragraph ("a.", "(iii)"), ordered and nested list items, table rows,
 * schedules and exhibits, each with its normalised number, parent, top-level section and region.
 *
 * What incremental review needs (incremental/): segmentBlocks carries on from the state before a
 * top-level block, segmentItems from the mark of a list item, and finishClauses completes the rest.
 */
import type { ListItem, Root, RootContent } from 'mdast';
import type { Clause } from '../model.js';
import { walk, walkBlocks } from './blocks.js';
import { assignSections, closeHeadings } from './finish.js';
import { addItems, lineStartOf } from './items.js';
import { Segmenter, START, type ItemMark, type ItemWindow, type SegmentState, type Segmented } from './state.js';

export type { Comment, ItemMark, ItemWindow, SegmentState, Segmented } from './state.js';
export { closeHeadings } from './finish.js';
export { sameSegmentState } from './state.js';

/** Splits a parsed contract into clauses. */
export function segment(text: string, prose: string, tree: Root): Segmented {
  const clauses: Clause[] = [];
  const run = segmentBlocks(text, prose, tree.children, clauses, START);
  const ownEnds = clauses.map((c) => c.end);
  finishClauses(clauses, text.length);
  return { clauses, ...run, ownEnds };
}

/** What needs every clause of the document: headings closed, parents stretched, sections numbered. */
export function finishClauses(clauses: Clause[], length: number): void {
  closeHeadings(clauses, length);
  assignSections(clauses);
}

/**
 * Segments top-level blocks that follow `clauses`, carrying on from `state`, the state after
 * those clauses; adds the new clauses to `clauses` and reads the earlier ones without changing them.
 * The marks of list items are numbered from `markBase`.
 */
export function segmentBlocks(
  text: string,
  prose: string,
  blocks: readonly RootContent[],
  clauses: Clause[],
  state: SegmentState,
  markBase = 0,
): Omit<Segmented, 'clauses' | 'ownEnds'> {
  const s = new Segmenter(text, prose, clauses, state);
  s.markBase = markBase;
  return walkBlocks(s, blocks);
}

/**
 * Segments list items that follow `clauses` as the items of the list `window.mark` is in, from
 * that item on (incremental/); returns the state after them and the marks of the items.
 */
export function segmentItems(
  text: string,
  prose: string,
  items: readonly ListItem[],
  clauses: Clause[],
  window: ItemWindow,
): { after: Pick<SegmentState, 'count' | 'seenBody' | 'operative' | 'intro' | 'outline'>; items: ItemMark[] } {
  const { mark } = window;
  const s = new Segmenter(text, prose, clauses, {
    ...window.block,
    count: mark.count,
    seenBody: mark.seenBody,
    operative: mark.operative,
  });
  s.markBase = window.markBase;
  if (mark.up >= 0) s.enclosing.push(mark.up);
  const parent = mark.parent === undefined ? undefined : clauses[mark.parent];
  const next = (i: number): number | undefined =>
    i + 1 < items.length ? lineStartOf(text, items[i + 1]!) : window.nextAfter;
  addItems(s, items, mark.ordinal, parent, mark.depth, next, walk);
  return {
    after: {
      count: clauses.length,
      seenBody: s.seenBody,
      operative: s.operative,
      intro: s.introduces(clauses[clauses.length - 1]),
      outline: s.outline,
    },
    items: s.marks,
  };
}
