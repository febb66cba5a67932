/**
 * List items: numbered by their list when it is ordered, or by the label written in them, and
 * marked so that incremental review can segment an edited item again on its own.
 */
import type { List, ListItem, Nodes } from 'mdast';
import type { Clause } from '../model.js';
import { isIndentedCode, spanOf } from '../prose.js';
import { joinNumber, readLabel } from '../numbering.js';
import { numberedAncestor } from './nesting.js';
import { placeLabel, type OutlineEntry } from './outline.js';
import { addProse } from './prose.js';
import type { ItemMark, Segmenter } from './state.js';

/** Walks a block inside a list item (blocks.ts), given so that lists and blocks can nest. */
export type Visit = (s: Segmenter, node: Nodes, parent: Clause | undefined, depth: number) => void;

export function addList(s: Segmenter, list: List, parent: Clause | undefined, depth: number, visit: Visit): void {
  const next = (i: number): number | undefined =>
    i + 1 < list.children.length ? lineStartOf(s.text, list.children[i + 1]!) : undefined;
  addItems(s, list.children, list.ordered ? (list.start ?? 1) : undefined, parent, depth, next, visit);
}

/**
 * Adds the items of one list: `ordinal` numbers the first in an ordered list, and `next(i)`
 * says where the item after item i starts.
 */
export function addItems(
  s: Segmenter,
  list: readonly ListItem[],
  ordinal: number | undefined,
  parent: Clause | undefined,
  depth: number,
  next: (i: number) => number | undefined,
  visit: Visit,
): void {
  for (const [i, item] of list.entries()) {
    const span = spanOf(item);
    if (!span) continue;
    const first = item.children[0];
    const firstSpan = first ? spanOf(first) : undefined;
    const own = firstSpan && first?.type === 'paragraph' ? s.prose.slice(firstSpan.start, firstSpan.end) : '';
    const written = readLabel(own);
    let number: string | undefined;
    let labelText: string | undefined;
    if (ordinal !== undefined) {
      const n = itemNumber(s.text, span.start, ordinal + i);
      number = joinNumber(numberedAncestor(s.clauses, parent)?.number, String(n));
      labelText = `${n}.`;
    } else if (written && !written.sub) {
      number = written.number;
      labelText = written.text;
    }
    const mark =
      s.quoted || s.enclosing[s.enclosing.length - 1] === UNMARKED
        ? undefined
        : markItem(s, span.start, firstSpan?.start, {
            next: next(i),
            parent: parent?.id,
            depth,
            ...(ordinal !== undefined ? { ordinal: ordinal + i } : {}),
            count: s.clauses.length,
            seenBody: s.seenBody,
            operative: s.operative,
          });
    const clause = s.add({
      kind: 'list-item',
      start: span.start,
      end: span.end,
      textStart: firstSpan?.start ?? span.start,
      textEnd: firstSpan?.start ?? span.start,
      parent: parent?.id,
      depth,
      number,
      label: labelText,
    });
    const around = s.outline;
    s.outline = [];
    s.enclosing.push(mark ?? UNMARKED);
    let inside: OutlineEntry[] = [];
    for (const [j, child] of item.children.entries()) {
      // "1.       PURPOSE": words far from the marker are an indented block, still the item's own.
      if (j === 0 && (child.type === 'paragraph' || (child.type === 'code' && isIndentedCode(s.text, child)))) {
        addProse(s, child, clause, clause);
        inside = s.outline;
      } else visit(s, child, clause, depth + 1);
    }
    s.enclosing.pop();
    s.outline = around;
    if (ordinal !== undefined && number !== undefined) openItem(s, clause, number, inside);
  }
}

/**
 * An item numbered by its list stays open, with the labelled lines of its first paragraph, for the
 * paragraphs after the list: in plain-text drafting each item's body is outside the list
 * ("1. Definitions" then, unindented, "(a) …", which is 1(a)). Only the first paragraph counts,
 * so that an edit in a list nested in the item leaves what stays open unchanged.
 */
function openItem(s: Segmenter, clause: Clause, number: string, inside: OutlineEntry[]): void {
  const label = readLabel(number);
  if (!label) return;
  const place = placeLabel(s.outline, label);
  s.outline = [...s.outline.slice(0, place.keep), { id: clause.id, ...place.entry }, ...inside];
}

/**
 * The number of an ordered list's item: the one written when it is past the count ("5." then
 * "7." where a page lost 6, or "16." after a paragraph that broke the list), else the count, as
 * Markdown writes "1." for every item and renders 1, 2, 3.
 */
function itemNumber(text: string, start: number, counted: number): number {
  const written = /^\s*(\d{1,9})[.)]/.exec(text.slice(start, start + 24));
  return written ? Math.max(counted, Number(written[1])) : counted;
}

/** An item's first line up to its content: an indent of spaces, a marker, and one to four spaces. */
const ITEM_PREFIX = /^ *(?:[-*+]|\d{1,9}[.)]) {1,4}$/;

/** Stands in `enclosing` for an item without a mark: nothing under it is marked either. */
const UNMARKED = -2;

/** Marks an item whose first line holds its marker and content (see ItemMark); returns its index. */
function markItem(
  s: Segmenter,
  start: number,
  content: number | undefined,
  rest: Omit<ItemMark, 'at' | 'content' | 'up'>,
): number | undefined {
  const at = lineStartAt(s.text, start);
  const marker = s.text.slice(at, content ?? at);
  // Words right after the marker: a first line left blank by an edit would change how the item
  // starts (an item whose first line is blank cannot break into a paragraph), and no edit after
  // `content` can blank this one.
  if (content === undefined || !ITEM_PREFIX.test(marker) || !/\S/.test(s.text[content] ?? '')) return undefined;
  s.marks.push({ at, content, up: s.enclosing[s.enclosing.length - 1] ?? -1, ...rest });
  return s.markBase + s.marks.length - 1;
}

/** The start of an item's first line, when only blanks come before its marker there. */
export function lineStartOf(text: string, item: ListItem): number | undefined {
  const start = spanOf(item)?.start;
  return start === undefined ? undefined : lineStartAt(text, start);
}

/** Where the line that `at` is on starts. */
function lineStartAt(text: string, at: number): number {
  let i = at;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}
