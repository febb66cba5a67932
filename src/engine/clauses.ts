/**
 * Stage 2: mdast → Clause[]. Headings, numbered paragraphs ("4.2", "Clause 7.3"), sub-clause
 * lines inside a paragraph ("a.", "(iii)"), ordered and nested list items, table rows,
 * schedules and exhibits, each with its normalised number, parent, top-level section and region.
 */
import type { Nodes, Root, RootContent, List, ListItem, Paragraph, Table, Code, Heading } from 'mdast';
import type { Clause, ClauseKind, Region } from './model.js';
import { spanOf } from './parse.js';
import { isContainer, joinNumber, readLabel, topLevel, type Label } from './numbering.js';
import { charsOf, trimWhere } from './trim.js';

/** An HTML comment, kept for inline suppression directives. */
export interface Comment {
  start: number;
  end: number;
  value: string;
}

/** Where segmenting stands between two top-level blocks: all it needs to carry on from there. */
export interface SegmentState {
  /** How many clauses were made before. */
  count: number;
  /** Ids of the open headings, outermost first. */
  headings: number[];
  /** Id of the last numbered paragraph under the current heading. */
  lastMain?: number;
  seenBody: boolean;
  operative: boolean;
  /** Whether the last clause introduces what follows ("as follows:"), which a list or table then belongs to. */
  intro: boolean;
}

/**
 * A list item that an edit inside it can have segmented again on its own (incremental.ts): one in
 * a list nested only in list items, whose first line holds its marker and the start of its content.
 */
export interface ItemMark {
  /** Start of the item's first line. */
  at: number;
  /** Where its content starts on that line: `text.slice(at, content)` is its indent and marker. */
  content: number;
  /** Index of the enclosing item's mark, or -1 for an item of a top-level list. */
  up: number;
  /** Start of the first line of the next item of the same list, if one follows. */
  next?: number;
  /** What segmenting the item again needs: the clause its list belongs to, depth, number in an ordered list. */
  parent?: number;
  depth: number;
  ordinal?: number;
  /** The segmenting state before the item. */
  count: number;
  seenBody: boolean;
  operative: boolean;
}

/** Where to segment list items again: the mark of the first and where the state stood. */
export interface ItemWindow {
  mark: ItemMark;
  /** The state before the top-level block the items are in (its open headings). */
  block: SegmentState;
  /** Index the first item's mark takes among all marks. */
  markBase: number;
  /** Where the item of the same list after the last one starts, in the text segmented, if one does. */
  nextAfter?: number;
}

export interface Segmented {
  clauses: Clause[];
  /** Raw YAML front matter, if any. */
  frontMatter?: string;
  comments: Comment[];
  /** The state before each top-level block, by the block's start offset, in order. */
  states: { at: number; state: SegmentState }[];
  /** The state after the last block. */
  final: SegmentState;
  /** Each clause's own end, before headings close and parents stretch over their children. */
  ownEnds: number[];
  /** The list items that can be segmented again on their own, in order. */
  items: ItemMark[];
}

const START: SegmentState = { count: 0, headings: [], seenBody: false, operative: false, intro: false };

const RECITAL_TITLE = /^(?:recitals?|background|preamble|whereas|introduction)\b/i;
const SIGNATURE_TITLE = /^(?:signatures?|execution|in witness|signed|contacts?|project contacts)\b/i;
const PSEUDO_HEADING_MAX = 100;
/** The operative words that end the recitals: "NOW, THEREFORE, the parties agree as follows:". */
const OPERATIVE = /^\s*(?:now,?\s+therefore\b|(?:the parties|[\w ,&]{1,80}) (?:hereby )?agree as follows|it is (?:hereby )?agreed|agreed terms\b)/i;

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
export function segmentBlocks(text: string, prose: string, blocks: readonly RootContent[], clauses: Clause[], state: SegmentState, markBase = 0): Omit<Segmented, 'clauses' | 'ownEnds'> {
  return segmenter(text, prose, clauses, state).blocks(blocks, markBase);
}

/**
 * Segments list items that follow `clauses` as the items of the list `window.mark` is in, from
 * that item on (incremental.ts); returns the state after them and the marks of the items.
 */
export function segmentItems(text: string, prose: string, items: readonly ListItem[], clauses: Clause[], window: ItemWindow): { after: Pick<SegmentState, 'count' | 'seenBody' | 'operative' | 'intro'>; items: ItemMark[] } {
  const { mark } = window;
  const state: SegmentState = { ...window.block, count: mark.count, seenBody: mark.seenBody, operative: mark.operative };
  return segmenter(text, prose, clauses, state).items(items, window);
}

function segmenter(text: string, prose: string, clauses: Clause[], state: SegmentState) {
  if (clauses.length !== state.count) throw new Error(`segmentBlocks: ${clauses.length} clauses before a state made after ${state.count}`);
  const comments: Comment[] = [];
  let frontMatter: string | undefined;
  /** Open headings, outermost first. */
  const headings: Clause[] = state.headings.map((id) => clauses[id]!);
  /** The last numbered paragraph under the current heading, which sub-labels attach to. */
  let lastMain: Clause | undefined = state.lastMain === undefined ? undefined : clauses[state.lastMain];
  let seenBody = state.seenBody;
  /** Set once the operative words have been read: what follows binds, even under a "Recitals" heading. */
  let operative = state.operative;
  /** The marks of the list items made, the marks of the items being walked, and how deep in quotes the walk is. */
  const marks: ItemMark[] = [];
  const enclosing: number[] = [];
  let markBase = 0;
  let quoted = 0;
  const snapshot = (): SegmentState => ({ count: clauses.length, headings: headings.map((h) => h.id), ...(lastMain ? { lastMain: lastMain.id } : {}), seenBody, operative, intro: introduces(clauses[clauses.length - 1]) });

  const add = (init: Omit<Clause, 'id' | 'region' | 'depth'> & { depth?: number }, region?: Region): Clause => {
    // The preamble ends at the first numbered clause or the first heading after the title.
    if (init.number !== undefined || (init.kind === 'heading' && clauses.length > 0)) seenBody = true;
    const clause: Clause = { ...init, id: clauses.length, depth: init.depth ?? 0, region: region ?? regionFor(init.parent) };
    // A clause that is all label and title ("1. **Fee relief.**") has empty prose of its own.
    clause.textStart = Math.min(clause.textStart, clause.end);
    clause.textEnd = Math.max(clause.textStart, Math.min(clause.textEnd, clause.end));
    if (clause.kind !== 'heading' && OPERATIVE.test(prose.slice(clause.textStart, clause.textEnd))) {
      operative = true;
      clause.region = seenBody ? 'body' : 'preamble';
    }
    clauses.push(clause);
    return clause;
  };

  /** Region inherited from the enclosing clause, or preamble/body by position. */
  function regionFor(parent: number | undefined): Region {
    if (parent !== undefined) {
      const p = clauses[parent]!;
      if (p.region === 'recitals' && operative) return 'body';
      if (p.region !== 'preamble') return p.region;
    }
    return seenBody ? 'body' : 'preamble';
  }

  const context = (): Clause | undefined => headings[headings.length - 1];

  function openHeading(start: number, contentStart: number, contentEnd: number, depth: number, source: Paragraph | Heading): void {
    while (headings.length && headings[headings.length - 1]!.depth >= depth) headings.pop();
    const parent = context();
    const own = prose.slice(contentStart, contentEnd);
    const label = readLabel(own);
    const title = cleanTitle(own.slice(label?.length ?? 0));
    const number = label ? qualify(parent, label) : undefined;
    let region: Region | undefined;
    if (RECITAL_TITLE.test(title)) {
      region = 'recitals';
      operative = false;
    }
    else if (SIGNATURE_TITLE.test(title)) region = 'signatures';
    else if (label?.unit && isContainer(label.unit)) region = 'schedule';
    else if (parent && (parent.region === 'recitals' || parent.region === 'signatures')) region = 'body';
    const clause = add({
      kind: 'heading', start, end: spanOf(source)!.end, textStart: contentStart + (label?.length ?? 0), textEnd: contentEnd,
      parent: parent?.id, depth, number, label: label?.text, title: title || undefined,
    }, region);
    headings.push(clause);
    lastMain = undefined;
  }

  /** Numbers a label in its context: sub-labels join their parent's number. */
  function qualify(parent: Clause | undefined, label: Label): string {
    if (label.sub) return joinNumber(numberedAncestor(parent)?.number, label.number);
    return label.number;
  }

  /** The nearest numbered ancestor whose number children extend; a schedule numbers afresh inside. */
  function numberedAncestor(clause: Clause | undefined): Clause | undefined {
    for (let c = clause; c; c = c.parent === undefined ? undefined : clauses[c.parent]) {
      if (c.number === undefined) continue;
      return /^(?:schedule|annex|exhibit|appendix|attachment|addendum) /.test(c.number) ? undefined : c;
    }
    return undefined;
  }

  /**
   * Adds the prose of a paragraph (or indented block). Lines that start with a sub-clause label
   * become clauses of their own. When `owner` is given (a list item), the first part is its text.
   */
  function addProse(node: Paragraph | Code, parent: Clause | undefined, owner?: Clause, until?: number): void {
    const nodeSpan = spanOf(node);
    if (!nodeSpan) return;
    const span = { start: nodeSpan.start, end: until ?? nodeSpan.end };
    const parts = splitLabelledLines(text, prose, span.start, span.end);
    let head: Clause | undefined = owner;
    for (const [index, part] of parts.entries()) {
      const own = prose.slice(part.start, part.end);
      const label = readLabel(own);
      let labelLength = label?.length ?? 0;
      // The label's trailing blanks may be masked markup ("4.2 **Title.**"): stop before it.
      while (labelLength > 0 && /[*_]/.test(text[part.start + labelLength - 1]!)) labelLength--;
      let titleLength = runInTitleLength(text, part.start + labelLength, part.end);
      // "**4.2 Royalty Holiday.** …": the bold wraps the number as well as the title.
      if (!titleLength && labelLength) {
        const indent = leadingBlank(text.slice(part.start, part.end));
        const whole = runInTitleLength(text, part.start + indent, part.end);
        if (indent + whole > labelLength) titleLength = indent + whole - labelLength;
      }
      const title = titleLength ? cleanTitle(prose.slice(part.start + labelLength, part.start + labelLength + titleLength)) : undefined;
      if (index === 0 && owner) {
        owner.textStart = part.start + labelLength + titleLength;
        owner.textEnd = Math.max(owner.textStart, part.end);
        if (title) owner.title = title;
        if (title && RECITAL_TITLE.test(title)) owner.region = 'recitals';
        continue;
      }
      // Lines under a labelled sub-clause ("b. …\nc. …") are its siblings; under anything else, its children.
      const headIsSub = head !== undefined && head !== owner && head.label !== undefined && head.number?.endsWith(')') === true;
      let clauseParent = index === 0 ? parent : head && !(headIsSub && label?.sub) ? head : head?.parent !== undefined ? clauses[head.parent] : parent;
      if (index === 0 && label?.sub && lastMain && !owner) clauseParent = lastMain;
      if (index === 0 && !label?.sub && label && parent === context()) {
        const dotted = label.number.includes('.') ? label.number : undefined;
        if (dotted && lastMain?.number && label.number.startsWith(`${lastMain.number}.`)) clauseParent = lastMain;
      }
      if (index > 0 && label && !label.sub && head && !(head.number && label.number.startsWith(`${head.number}.`))) clauseParent = head.parent === undefined ? parent : clauses[head.parent];
      const kind: ClauseKind = index === 0 ? (node.type === 'code' ? 'code' : 'paragraph') : 'line';
      const isRecital = /^\s*WHEREAS\b/.test(own.slice(labelLength)) || (title !== undefined && RECITAL_TITLE.test(title));
      const clause = add({
        kind, start: part.start, end: part.end, textStart: part.start + labelLength + titleLength, textEnd: part.end,
        parent: clauseParent?.id, depth: (clauseParent?.depth ?? 0) + 1,
        number: label ? qualify(clauseParent, label) : undefined, label: label?.text, title,
      }, isRecital ? 'recitals' : undefined);
      if (index === 0) head = clause;
      if (label && !label.sub && (clauseParent === context() || clauseParent === parent)) lastMain = clause;
    }
  }

  function addList(list: List, parent: Clause | undefined, depth: number): void {
    const next = (i: number): number | undefined => (i + 1 < list.children.length ? lineStartOf(list.children[i + 1]!) : undefined);
    addItems(list.children, list.ordered ? list.start ?? 1 : undefined, parent, depth, next);
  }

  /**
   * Adds the items of one list: `ordinal` numbers the first in an ordered list, and `next(i)`
   * says where the item after item i starts.
   */
  function addItems(list: readonly ListItem[], ordinal: number | undefined, parent: Clause | undefined, depth: number, next: (i: number) => number | undefined): void {
    for (const [i, item] of list.entries()) {
      const span = spanOf(item);
      if (!span) continue;
      const first = item.children[0];
      const firstSpan = first ? spanOf(first) : undefined;
      const own = firstSpan && first?.type === 'paragraph' ? prose.slice(firstSpan.start, firstSpan.end) : '';
      const written = readLabel(own);
      let number: string | undefined;
      let labelText: string | undefined;
      if (ordinal !== undefined) {
        number = joinNumber(numberedAncestor(parent)?.number, String(ordinal + i));
        labelText = `${ordinal + i}.`;
      }
      else if (written && !written.sub) {
        number = written.number;
        labelText = written.text;
      }
      const mark = quoted || enclosing[enclosing.length - 1] === UNMARKED ? undefined : markItem(span.start, firstSpan?.start, {
        next: next(i), parent: parent?.id, depth, ...(ordinal !== undefined ? { ordinal: ordinal + i } : {}),
        count: clauses.length, seenBody, operative,
      });
      const clause = add({
        kind: 'list-item', start: span.start, end: span.end,
        textStart: firstSpan?.start ?? span.start, textEnd: firstSpan?.start ?? span.start,
        parent: parent?.id, depth, number, label: labelText,
      });
      const saved = lastMain;
      lastMain = undefined;
      enclosing.push(mark ?? UNMARKED);
      for (const [j, child] of item.children.entries()) {
        if (j === 0 && child.type === 'paragraph') addProse(child, clause, clause);
        else walk(child, clause, depth + 1);
      }
      enclosing.pop();
      lastMain = saved;
    }
  }

  /** Marks an item whose first line holds its marker and content (see ItemMark); returns its index. */
  function markItem(start: number, content: number | undefined, rest: Omit<ItemMark, 'at' | 'content' | 'up'>): number | undefined {
    const at = lineStartAt(text, start);
    const marker = text.slice(at, content ?? at);
    // Words right after the marker: a first line left blank by an edit would change how the item
    // starts (an item whose first line is blank cannot break into a paragraph), and no edit after
    // `content` can blank this one.
    if (content === undefined || !ITEM_PREFIX.test(marker) || !/\S/.test(text[content] ?? '')) return undefined;
    marks.push({ at, content, up: enclosing[enclosing.length - 1] ?? -1, ...rest });
    return markBase + marks.length - 1;
  }

  /** The start of an item's first line, when only blanks come before its marker there. */
  function lineStartOf(item: ListItem): number | undefined {
    const start = spanOf(item)?.start;
    return start === undefined ? undefined : lineStartAt(text, start);
  }

  function addTable(table: Table, parent: Clause | undefined, depth: number): void {
    const keyValue = table.children[0]?.children.length === 2;
    for (const [r, row] of table.children.entries()) {
      const span = spanOf(row);
      if (!span) continue;
      const cells = row.children.map((cell) => spanOf(cell)).filter((s): s is { start: number; end: number } => !!s);
      const firstCell = cells[0] ? prose.slice(cells[0].start, cells[0].end).trim() : '';
      const title = r > 0 && keyValue && firstCell ? cleanTitle(firstCell) : undefined;
      add({
        kind: 'table-row', start: span.start, end: span.end, textStart: span.start, textEnd: span.end,
        parent: parent?.id, depth, cells, header: r === 0, title,
      });
    }
  }

  function walk(node: Nodes, parent: Clause | undefined, depth: number): void {
    switch (node.type) {
      case 'yaml':
        frontMatter = node.value;
        return;
      case 'heading': {
        const span = spanOf(node);
        const first = node.children[0];
        const last = node.children[node.children.length - 1];
        if (!span) return;
        const contentStart = first ? spanOf(first)?.start ?? span.start : span.end;
        const contentEnd = last ? spanOf(last)?.end ?? span.end : span.end;
        if (parent && parent.kind !== 'heading') {
          // A heading inside a list item or quote is just a titled paragraph of it.
          add({ kind: 'paragraph', start: span.start, end: span.end, textStart: contentStart, textEnd: contentEnd, parent: parent.id, depth, title: cleanTitle(prose.slice(contentStart, contentEnd)) });
          return;
        }
        openHeading(span.start, contentStart, contentEnd, node.depth, node);
        return;
      }
      case 'paragraph': {
        const span = spanOf(node);
        if (!span) return;
        if (!parent || parent.kind === 'heading') {
          const pseudo = pseudoHeading(text, prose, node);
          if (pseudo) {
            openHeading(span.start, pseudo.start, pseudo.end, 7, node);
            return;
          }
        }
        addProse(node, parent ?? context());
        return;
      }
      case 'code':
        if (isIndentedCode(text, node)) addProse(node, parent ?? context(), undefined, continuedBy);
        return;
      case 'list': {
        // A list right after "…as follows:" belongs to that paragraph.
        const owner = parent ?? context();
        const intro = lastIntro(owner);
        addList(node, intro ?? owner, depth + 1);
        return;
      }
      case 'table': {
        const owner = parent ?? context();
        addTable(node, lastIntro(owner) ?? owner, depth + 1);
        return;
      }
      case 'blockquote':
        quoted++;
        for (const child of node.children) walk(child, parent ?? context(), depth);
        quoted--;
        return;
      case 'html': {
        const span = spanOf(node);
        if (span && node.value.startsWith('<!--')) comments.push({ ...span, value: node.value });
        return;
      }
      default:
        return;
    }
  }

  /** Whether a clause's prose ends with a colon ("subject to:", "as follows:"). */
  function introduces(clause: Clause | undefined): boolean {
    return !!clause && clause.kind !== 'heading' && clause.kind !== 'table-row' && prose.slice(clause.textStart, clause.textEnd).trimEnd().endsWith(':');
  }

  /** The last clause under `owner` if it introduces what follows. */
  function lastIntro(owner: Clause | undefined): Clause | undefined {
    const last = clauses[clauses.length - 1];
    if (!last || last === owner || !introduces(last)) return undefined;
    let ancestor: Clause | undefined = last;
    while (ancestor && ancestor.parent !== (owner?.id)) ancestor = ancestor.parent === undefined ? undefined : clauses[ancestor.parent];
    return ancestor ? last : undefined;
  }

  /**
   * Plain-text contracts indent the first line of each paragraph, which Markdown reads as an
   * indented code block followed by a paragraph of the lines after it: join the two back.
   */
  let continuedBy: number | undefined;

  function blocks(children: readonly RootContent[], base: number): Omit<Segmented, 'clauses' | 'ownEnds'> {
    markBase = base;
    const states: Segmented['states'] = [];
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      const next = children[i + 1];
      continuedBy = undefined;
      states.push({ at: node.position?.start.offset ?? -1, state: snapshot() });
      if (node.type === 'code' && next?.type === 'paragraph' && isIndentedCode(text, node) && next.position && node.position && next.position.start.line === node.position.end.line + 1) {
        continuedBy = next.position.end.offset;
        walk(node, undefined, 0);
        i++;
        continue;
      }
      walk(node, undefined, 0);
    }
    return { frontMatter, comments, states, final: snapshot(), items: marks };
  }

  function items(list: readonly ListItem[], window: ItemWindow): ReturnType<typeof segmentItems> {
    const { mark } = window;
    markBase = window.markBase;
    if (mark.up >= 0) enclosing.push(mark.up);
    const parent = mark.parent === undefined ? undefined : clauses[mark.parent];
    const next = (i: number): number | undefined => (i + 1 < list.length ? lineStartOf(list[i + 1]!) : window.nextAfter);
    addItems(list, mark.ordinal, parent, mark.depth, next);
    return { after: { count: clauses.length, seenBody, operative, intro: introduces(clauses[clauses.length - 1]) }, items: marks };
  }

  return { blocks, items };
}

/** An item's first line up to its content: an indent of spaces, a marker, and one to four spaces. */
const ITEM_PREFIX = /^ *(?:[-*+]|\d{1,9}[.)]) {1,4}$/;

/** Stands in `enclosing` for an item without a mark: nothing under it is marked either. */
const UNMARKED = -2;

/** Where the line that `at` is on starts. */
function lineStartAt(text: string, at: number): number {
  let i = at;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function isIndentedCode(text: string, node: Code): boolean {
  const start = spanOf(node)?.start ?? 0;
  return !/^\s*(```|~~~)/.test(text.slice(start, start + 8));
}

/**
 * A heading's clause runs to the next heading of the same or a higher level. Clauses whose end is
 * already final (an earlier review's) may be passed again: the result is the same.
 */
export function closeHeadings(clauses: Clause[], length: number): void {
  const open: Clause[] = [];
  for (const clause of clauses) {
    if (clause.kind !== 'heading') continue;
    while (open.length && open[open.length - 1]!.depth >= clause.depth) open.pop()!.end = clause.start;
    open.push(clause);
  }
  for (const clause of open) clause.end = length;
  // Parents always contain their children, and so everything under them: the last clauses first.
  for (let i = clauses.length - 1; i >= 0; i--) {
    const clause = clauses[i]!;
    if (clause.parent === undefined) continue;
    const parent = clauses[clause.parent]!;
    if (parent.kind === 'heading') continue;
    if (clause.end > parent.end) parent.end = clause.end;
  }
}

/**
 * The top-level numbered section of every clause: the outermost numbered ancestor that is not a
 * schedule. A number that comes back after others (a list restarting at "1.", a second contract
 * in the same file) opens a new section: "4" then "5" then "4" again is three sections.
 */
function assignSections(clauses: Clause[]): void {
  const runs = new Map<string, number>();
  let last: string | undefined;
  for (const clause of clauses) {
    let outer: Clause | undefined;
    let scope = '';
    for (let c: Clause | undefined = clause; c; c = c.parent === undefined ? undefined : clauses[c.parent]) {
      if (c.number === undefined) continue;
      if (/^(?:schedule|annex|exhibit|appendix|attachment|addendum) /.test(c.number)) {
        if (!scope) scope = `${c.number}/`;
        continue;
      }
      outer = c;
    }
    if (outer?.number === undefined) continue;
    const key = scope + (outer.number.startsWith('(') ? outer.number : topLevel(outer.number));
    if (key !== last) runs.set(key, (runs.get(key) ?? 0) + 1);
    last = key;
    const run = runs.get(key)!;
    clause.section = run === 1 ? key : `${key}#${run}`;
  }
}

/**
 * Splits a paragraph at lines that start with a sub-clause label ("a.", "(ii)", "4.2"), and at
 * dotted numbers that open a sentence mid-line ("… of the lease. 5.4 Lease Review. You agree …"),
 * as PDF-extracted contracts run whole pages into one line.
 */
function splitLabelledLines(text: string, prose: string, start: number, end: number): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let partStart = start;
  const cut = (at: number, next: number): void => {
    parts.push({ start: partStart, end: trimEnd(prose, partStart, at) });
    partStart = next;
  };
  let lineStart = start;
  while (lineStart < end) {
    const newline = prose.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline >= end ? end : newline;
    if (lineStart > start) {
      const line = prose.slice(lineStart, lineEnd);
      const label = readLabel(line);
      // "…the fee holiday in\nSection 2, the Subscriber…" continues a sentence; a label starts a line only after a stop.
      const previous = prose.slice(partStart, lineStart).trimEnd();
      const lastLine = previous.slice(previous.lastIndexOf('\n') + 1);
      const blankBefore = /\n[ \t]*\n[ \t]*$/.test(prose.slice(Math.max(partStart, lineStart - 100), lineStart));
      const allCaps = /\p{Lu}/u.test(lastLine) && !/\p{Ll}/u.test(lastLine);
      const afterStop = /(?:[.;:]|\b(?:and|or))$/.test(previous) || previous === '' || blankBefore || allCaps;
      if (label && afterStop && (label.sub || label.number.includes('.') || label.unit !== undefined)) cut(lineStart, lineStart + leadingBlank(text.slice(lineStart, lineEnd)));
    } else {
      partStart = lineStart + leadingBlank(text.slice(lineStart, lineEnd));
    }
    // Mid-line section numbers, only in long lines (whole pages run together).
    if (lineEnd - lineStart > 400) {
      for (const m of prose.slice(lineStart, lineEnd).matchAll(INLINE_NUMBER)) {
        const at = lineStart + m.index + m[0].length - m[1]!.length;
        if (at > partStart + 20) cut(at, at);
      }
    }
    lineStart = lineEnd + 1;
  }
  parts.push({ start: partStart, end: trimEnd(prose, partStart, end) });
  return parts.filter((p) => p.end > p.start);
}

/**
 * A clause number opening a sentence inside a line: ". 5.4 Lease Review." (dotted, after a stop),
 * or "…hereof.    15. Language  This…" (after a run of spaces, as PDF columns leave them).
 */
const INLINE_NUMBER = /(?:[.;:]\s+|(?<!\s)\s{3,})(\d{1,3}(?:\.\d{1,3}){1,4}\.?\s+|\d{1,2}\.\s+)(?=[\p{Lu}(])/gu;

/** Leading whitespace and container prefixes ("> ") of a source line. */
function leadingBlank(line: string): number {
  return /^[\s>]*/.exec(line)?.[0].length ?? 0;
}

function trimEnd(prose: string, start: number, end: number): number {
  while (end > start && /\s/.test(prose[end - 1]!)) end--;
  return end;
}

/** Length of a run-in bold title ("**Rate Reduction.** …") starting at `at`, or 0. */
function runInTitleLength(text: string, at: number, end: number): number {
  const m = /^(\*\*|__)([^*_\n]{1,120}?)\1([.:]?)/.exec(text.slice(at, at + 130));
  if (!m) return 0;
  // "**Acme Co.**, a company" and "**Acme Co.** (no. 1)" are names, not titles.
  const next = text.slice(at + m[0].length, at + m[0].length + 2);
  const closed = m[3] !== '' || (/[.:]\s*$/.test(m[2]!) && /^(?:\s[^\s(]|\s?$|\n)/.test(next));
  const rest = text.slice(at + m[0].length, Math.max(end, at + m[0].length));
  // A bold lead-in is a title when it closes with a stop, or when it is all there is.
  if (!closed && rest.trim() !== '') return 0;
  return m[0].length;
}

/** A short paragraph that is entirely bold or italic works as a heading ("**2. Payment**"). */
function pseudoHeading(text: string, prose: string, node: Paragraph): { start: number; end: number } | undefined {
  const span = spanOf(node);
  if (!span) return undefined;
  const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  if (meaningful.length !== 1) return undefined;
  const only = meaningful[0]!;
  if (only.type !== 'strong' && only.type !== 'emphasis') return undefined;
  const inner = prose.slice(span.start, span.end).trim();
  if (inner.length === 0 || inner.length > PSEUDO_HEADING_MAX || inner.includes('\n')) return undefined;
  if (/["“”(]/.test(inner) && /\)/.test(inner)) return undefined; // a party line with its defined term
  const s = text.indexOf(inner, span.start);
  return s < 0 ? undefined : { start: s, end: s + inner.length };
}

const TITLE_LEAD = charsOf('\\s—–:|-');
const TITLE_TRAIL = charsOf('\\s.:|—–-');

function cleanTitle(raw: string): string {
  const flat = raw.replace(/\s+/g, ' ');
  return trimWhere(trimWhere(flat, TITLE_LEAD), TITLE_TRAIL, 'end');
}
