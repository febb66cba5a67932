/** The walk over the Markdown tree: each kind of block becomes clauses its own way. */
import type { Nodes, RootContent, Table } from 'mdast';
import type { Clause } from '../model.js';
import { isIndentedCode, spanOf } from '../prose.js';
import { pageBreakAfter } from '../pages.js';
import { openHeading } from './headings.js';
import { addList } from './items.js';
import { addProse } from './prose.js';
import { addTocBlock } from './toc.js';
import type { Segmenter, SegmentState, Comment, ItemMark } from './state.js';
import { cleanTitle, pseudoHeading } from './titles.js';

/** Segments top-level blocks in order; returns what was read besides the clauses. */
export function walkBlocks(
  s: Segmenter,
  children: readonly RootContent[],
): {
  frontMatter?: string;
  comments: Comment[];
  states: { at: number; state: SegmentState }[];
  final: SegmentState;
  items: ItemMark[];
} {
  const states: { at: number; state: SegmentState }[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    const next = children[i + 1];
    s.continuedBy = undefined;
    states.push({ at: node.position?.start.offset ?? -1, state: s.snapshot() });
    if (addTocBlock(s, node)) continue;
    // A sentence a page break cut in two is one paragraph; the page's lines between are not read.
    let carriedOn = pageBreakAfter(s.text, proseOf(s), children, i)?.next;
    if (carriedOn !== undefined) {
      // Carried on over the next page break too: "… discontinuance of" [page] "operation … exceeds 180 days, BKC may …".
      for (let more = pageBreakAfter(s.text, proseOf(s), children, carriedOn)?.next; more !== undefined;)
        more = pageBreakAfter(s.text, proseOf(s), children, (carriedOn = more))?.next;
      s.continuedBy = spanOf(children[carriedOn]!)!.end;
      walk(s, node, undefined, 0);
      i = carriedOn;
      continue;
    }
    if (
      node.type === 'code' &&
      next?.type === 'paragraph' &&
      isIndentedCode(s.text, node) &&
      next.position &&
      node.position &&
      next.position.start.line === node.position.end.line + 1
    ) {
      s.continuedBy = next.position.end.offset;
      walk(s, node, undefined, 0);
      i++;
      continue;
    }
    walk(s, node, undefined, 0);
  }
  return { frontMatter: s.frontMatter, comments: s.comments, states, final: s.snapshot(), items: s.marks };
}

/** Adds the clauses of one block under `parent` (the innermost open heading when undefined). */
export function walk(s: Segmenter, node: Nodes, parent: Clause | undefined, depth: number): void {
  switch (node.type) {
    case 'yaml':
      s.frontMatter = node.value;
      return;
    case 'heading':
      addHeading(s, node, parent, depth);
      return;
    case 'paragraph': {
      const span = spanOf(node);
      if (!span) return;
      if (!parent || parent.kind === 'heading') {
        const pseudo = pseudoHeading(s.text, s.prose, node);
        if (pseudo) {
          openHeading(s, span.start, pseudo.start, pseudo.end, 7, node);
          return;
        }
      }
      addProse(s, node, parent ?? s.context(), undefined, s.continuedBy);
      return;
    }
    case 'code':
      if (isIndentedCode(s.text, node)) addProse(s, node, parent ?? s.context(), undefined, s.continuedBy);
      return;
    case 'list': {
      // A list right after "…as follows:" belongs to that paragraph; in plain text, to the exhibit it is in.
      const owner = parent ?? s.context() ?? openExhibit(s);
      addList(s, node, s.lastIntro(owner) ?? owner, depth + 1, walk);
      return;
    }
    case 'table': {
      const owner = parent ?? s.context();
      addTable(s, node, s.lastIntro(owner) ?? owner, depth + 1);
      return;
    }
    case 'blockquote':
      s.quoted++;
      for (const child of node.children) walk(s, child, parent ?? s.context(), depth);
      s.quoted--;
      return;
    case 'thematicBreak':
      // A rule between documents (a DPA, then its side letter): what follows is under none of the headings before.
      if (!parent) {
        s.headings.length = 0;
        s.outline = [];
      }
      return;
    case 'html': {
      const span = spanOf(node);
      if (span && node.value.startsWith('<!--')) s.comments.push({ ...span, value: node.value });
      return;
    }
    default:
      return;
  }
}

/** A slice of the prose being segmented. */
function proseOf(s: Segmenter): (start: number, end: number) => string {
  return (start, end) => s.prose.slice(start, end);
}

/** The exhibit that plain-text drafting has opened (nesting.ts), if any. */
function openExhibit(s: Segmenter): Clause | undefined {
  for (let i = s.outline.length - 1; i >= 0; i--)
    if (s.outline[i]!.scheme === 'container') return s.clauses[s.outline[i]!.id];
  return undefined;
}

function addHeading(
  s: Segmenter,
  node: Extract<Nodes, { type: 'heading' }>,
  parent: Clause | undefined,
  depth: number,
): void {
  const span = spanOf(node);
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  if (!span) return;
  const contentStart = first ? (spanOf(first)?.start ?? span.start) : span.end;
  const contentEnd = last ? (spanOf(last)?.end ?? span.end) : span.end;
  if (parent && parent.kind !== 'heading') {
    // A heading inside a list item or quote is just a titled paragraph of it.
    s.add({
      kind: 'paragraph',
      start: span.start,
      end: span.end,
      textStart: contentStart,
      textEnd: contentEnd,
      parent: parent.id,
      depth,
      title: cleanTitle(s.prose.slice(contentStart, contentEnd)),
    });
    return;
  }
  openHeading(s, span.start, contentStart, contentEnd, node.depth, node);
}

/** Table rows are clauses; in a two-column table, the first cell of each row titles it. */
function addTable(s: Segmenter, table: Table, parent: Clause | undefined, depth: number): void {
  const keyValue = table.children[0]?.children.length === 2;
  for (const [r, row] of table.children.entries()) {
    const span = spanOf(row);
    if (!span) continue;
    const cells = row.children.map((cell) => spanOf(cell)).filter((c): c is { start: number; end: number } => !!c);
    const firstCell = cells[0] ? s.prose.slice(cells[0].start, cells[0].end).trim() : '';
    const title = r > 0 && keyValue && firstCell ? cleanTitle(firstCell) : undefined;
    s.add({
      kind: 'table-row',
      start: span.start,
      end: span.end,
      textStart: span.start,
      textEnd: span.end,
      parent: parent?.id,
      depth,
      cells,
      header: r === 0,
      title,
    });
  }
}
