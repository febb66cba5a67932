/**
 * Stage 1: Markdown → mdast, plus the document's *prose*: a copy of the text, the same length,
 * in which everything that is not words a reader sees (markup, list markers, HTML, front matter,
 * link targets) is blanked to spaces. Lexicons match on prose; offsets stay the document's.
 */
import type { List, ListItem, Nodes, Root } from 'mdast';
import { WIDE_BLANK, defuse, frontMatterEnd, splitChunks, type Chunk } from './chunks.js';
import { markdownFor } from './markdown.js';
import { isHigh, isLow, maskProse } from './prose.js';
import { blankPageBreaks } from './pages.js';

export interface Parsed {
  tree: Root;
  prose: string;
  /** Where parsing stopped when a deadline passed; the text after it was not read and `prose` ends there. */
  stoppedAt?: number;
  /** The chunks of this text by their source, for the next parse of an edited version. */
  chunks: Map<string, ParsedChunk>;
  /** Where each chunk (chunks.ts) of the text starts, in order. */
  chunkStarts: number[];
  /** The text's link reference definitions, which every chunk is parsed with. */
  linkDefinitions: string;
}

export interface ParseOptions {
  /** `performance.now()` value after which no further chunk is parsed. */
  deadline?: number;
  /** Milliseconds the later stages will take per character parsed, counted against the deadline. */
  costPerChar?: number;
  /** The chunks of a previous version of the text: those left unchanged are not parsed again. */
  previous?: ReadonlyMap<string, ParsedChunk>;
}

/** A chunk parsed on its own: nodes and prose with offsets relative to the chunk. */
export interface ParsedChunk {
  children: Root['children'];
  prose: string;
}

/**
 * Parses Markdown chunk by chunk (see chunks.ts) and blanks everything that is not prose. The
 * result is the tree and prose a whole-document parse would give, with document offsets.
 */
export function parse(text: string, options: ParseOptions = {}): Parsed {
  const root: Root = {
    type: 'root',
    children: [],
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: text.length } },
  };
  const prose: string[] = [];
  const chunks = new Map<string, ParsedChunk>();
  let stoppedAt: number | undefined;
  let fresh = 0;
  let line = 1;
  let counted = 0;
  // Link reference definitions apply document-wide: every chunk is parsed with them after it.
  const definitions = text.includes(']:') ? (text.match(LINK_DEFINITION) ?? []).join('\n') : '';
  // The parser drops a byte order mark without counting it: parse after it, so offsets stay the text's.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (bom) prose.push(' ');
  const split = splitChunks(text, bom);
  for (const chunk of batches(split, BATCH)) {
    // At least one chunk is parsed afresh each time, so that successive reviews always get further.
    if (
      options.deadline !== undefined &&
      fresh > 0 &&
      performance.now() + chunk.start * (options.costPerChar ?? 0) > options.deadline
    ) {
      // The prose then ends here: what was not read is not blanked either, which would cost as much.
      stoppedAt = chunk.start;
      break;
    }
    for (let i = counted; i < chunk.start; i++) if (text.charCodeAt(i) === 10) line++;
    counted = chunk.start;
    const source = text.slice(chunk.start, chunk.end);
    const first = chunk.start === bom;
    const last = chunk.end >= text.length;
    const key = `${definitions}\u0000${first ? 'first' : ''}\u0000${last ? 'last' : ''}\u0000${source}`;
    let parsed = options.previous?.get(key) ?? chunks.get(key);
    if (!parsed) {
      parsed = parseChunk(source, definitions, first, last);
      fresh++;
    }
    chunks.set(key, parsed);
    for (const node of parsed.children) root.children.push(shifted(node, chunk.start, line - 1));
    prose.push(parsed.prose);
  }
  return {
    tree: root,
    prose: prose.join(''),
    chunks,
    chunkStarts: split.map((c) => c.start),
    linkDefinitions: definitions,
    ...(stoppedAt !== undefined ? { stoppedAt } : {}),
  };
}

/**
 * Parses a run of whole chunks of a text with the text's link definitions: its top-level nodes
 * with document offsets (lines count from the run's start) and its prose. Chunks parse alike
 * alone or together, so these are the nodes a parse of the whole text would give.
 */
export function parseRun(
  text: string,
  from: number,
  to: number,
  linkDefinitions: string,
): { nodes: Root['children']; prose: string } {
  const parsed = parseChunk(text.slice(from, to), linkDefinitions, from === 0, to >= text.length);
  return { nodes: parsed.children.map((node) => shifted(node, from, 0)), prose: parsed.prose };
}

/**
 * Parses list items of a text on their own, `[from, to)` being whole items of one list. `context`
 * holds the first lines, up to their content, of the items they are nested in, outermost first,
 * and last of the first item itself: each is parsed with "x" for content, so that the items are
 * read inside the same containers as in the text. `sentinel.line` is the first line, up to its
 * content, of the item after them, in the list `sentinel.level` deep (the items' own list is
 * `context.length - 1` deep); at level -1 it is the first line of the next chunk, and without a
 * sentinel the items end the text. Returns the items with document offsets, their prose and where
 * the items around that end with them end, by depth; or
 * undefined unless they parse as items of their list, after the stand-in for the item before
 * them, with nothing else up to the sentinel: the proof that they parse alike alone and in place.
 */
export function parseItems(
  text: string,
  from: number,
  to: number,
  context: readonly string[],
  sentinel: { line: string; level: number } | undefined,
  linkDefinitions: string,
): { items: ListItem[]; prose: string; ends: Map<number, number> } | undefined {
  const source = text.slice(from, to);
  const safe = defuse(source);
  // Widened blanks would need putting back: such rare text is read a chunk at a time.
  if (safe.includes(WIDE_BLANK)) return undefined;
  const lead = context.reduce((n, line) => n + line.length + STAND_IN.length, 0);
  const next = sentinel ? `${sentinel.line}${sentinel.level >= 0 ? 'x' : ''}` : '';
  const input = `${context.map((line) => line + STAND_IN).join('')}${safe}${next}${linkDefinitions ? `\n\n${linkDefinitions}\n` : ''}`;
  let tree: Root;
  try {
    tree = snapToCodePoints(markdownFor(input, false).parse(input) as Root, input);
  } catch {
    return undefined;
  }
  const end = lead + source.length;
  const startOf = (node: Nodes): number => node.position?.start.offset ?? -1;
  const lineOf = (node: Nodes): number => input.lastIndexOf('\n', startOf(node) - 1) + 1;
  const top = tree.children.filter((node) => node.type !== 'definition');
  const level = sentinel?.level ?? -1;
  // After the outermost list: the next chunk's first line, a paragraph of its own, or nothing.
  const atTop = level < 0 && sentinel ? top[1] : undefined;
  if (top.length !== (atTop ? 2 : 1) || top[0]!.type !== 'list' || (atTop && atTop.type !== 'paragraph'))
    return undefined;
  // Down the stand-ins for the items around: each a list of that item alone, the sentinel's list
  // with the sentinel after it; each item of "x" and the list in it.
  let list: List = top[0]!;
  let after: Nodes | undefined = atTop;
  // Where the items around that end with the window end, as the parser has them (the sentinel's
  // own list and those inside it): an item can run on into the sentinel's line.
  const ends = new Map<number, number>();
  for (let depth = 0; depth < context.length - 1; depth++) {
    const [only, following] = list.children;
    const nested = only!.children[1];
    if (
      list.children.length !== (depth === level ? 2 : 1) ||
      only!.children.length !== 2 ||
      only!.children[0]!.type !== 'paragraph' ||
      nested?.type !== 'list'
    )
      return undefined;
    if (depth >= level && only!.position) ends.set(depth, from + (only!.position.end.offset ?? 0) - lead);
    after ??= following;
    list = nested;
  }
  const ownLevel = level === context.length - 1;
  const items = list.children.slice(1, ownLevel ? -1 : undefined);
  after ??= ownLevel ? list.children[list.children.length - 1] : undefined;
  // The sentinel starts where the items end; without one, the lists are all there is.
  const endsRight = sentinel ? after !== undefined && lineOf(after) === end : true;
  if (
    !items.length ||
    !endsRight ||
    lineOf(items[0]!) !== lead ||
    items.some((item) => (item.position?.end.offset ?? Infinity) > end)
  )
    return undefined;
  const prose = readProse(input, tree).slice(lead, end);
  for (const item of items) moveBack(item, lead);
  return { items: items.map((item) => shifted(item, from, 0)), prose, ends };
}

/** The content of each line of context parseItems reads the items in, and the blank line after. */
const STAND_IN = 'x\n\n';

/**
 * How many characters to parse at a time at least. Each parse call has a fixed cost (the parser
 * combines its syntax extensions and builds its compiler anew), so short chunks are parsed
 * together: 16 KB batches reviewed the corpus ~15% faster than 4 KB ones, and 64 KB no faster.
 * A whole review after an edit still re-parses only the batches that changed.
 */
const BATCH = 16_384;

/** Joins neighbouring chunks until each reaches `min` characters: chunks parse alike together or apart. */
function batches(chunks: readonly Chunk[], min: number): Chunk[] {
  const out: Chunk[] = [];
  for (const chunk of chunks) {
    const last = out[out.length - 1];
    if (last && last.end - last.start < min) last.end = chunk.end;
    else out.push({ ...chunk });
  }
  return out;
}

const LINK_DEFINITION = /^ {0,3}\[[^\]\n]{1,200}\]:[ \t]*\S[^\n]*$/gm;

/**
 * Parses one chunk; a chunk the parser cannot take becomes one plain paragraph. A chunk is parsed
 * as it reads inside the whole text: after a line break unless it is the first (only the text's
 * start may open front matter), and before a line of ordinary text, as the next chunk starts,
 * unless it is the last (where a block ends can depend on whether the text ends there).
 */
function parseChunk(source: string, definitions: string, first: boolean, last: boolean): ParsedChunk {
  // Defused chunk by chunk, as a window of the text would be, however chunks are batched.
  const safe = splitChunks(source)
    .map((c) => defuse(source.slice(c.start, c.end)))
    .join('');
  const parsed = parseSafe(source, safe, definitions, first ? '' : '\n', last ? '' : NEXT_CHUNK);
  if (safe.includes(WIDE_BLANK)) parsed.prose = restoreBlanks(parsed.prose, source, safe);
  return parsed;
}

/** Puts back the blanks that defuse widened, so prose keeps the document's own characters. */
function restoreBlanks(prose: string, source: string, safe: string): string {
  let out = '';
  let from = 0;
  for (let i = safe.indexOf(WIDE_BLANK); i !== -1; i = safe.indexOf(WIDE_BLANK, i + 1)) {
    if (source[i] === WIDE_BLANK) continue;
    out += prose.slice(from, i) + source[i];
    from = i + 1;
  }
  return out + prose.slice(from);
}

/** Stands for the first line of the next chunk, which is always ordinary text in column 0, not in lowercase (chunks.ts). */
export const NEXT_CHUNK = 'X';

/** The prose of a parse, with the page lines inside a sentence a page break cut in two left out (pages.ts). */
function readProse(input: string, tree: Root): string {
  return blankPageBreaks(input, maskProse(input, tree), tree.children);
}

function parseSafe(source: string, safe: string, definitions: string, before: string, next: string): ParsedChunk {
  // Only the text's first chunk can open front matter.
  const frontMatter = !before && frontMatterEnd(safe) !== undefined;
  try {
    if (!definitions && !before && !next) {
      const tree = snapToCodePoints(markdownFor(safe, frontMatter).parse(safe) as Root, safe);
      return { children: tree.children, prose: readProse(safe, tree) };
    }
    // The document's link definitions, after the chunk, so that "[text][ref]" reads as a link.
    const input = `${before}${safe}${next}${definitions ? `\n\n${definitions}\n` : ''}`;
    const tree = snapToCodePoints(markdownFor(input, frontMatter).parse(input) as Root, input);
    const lead = before.length;
    const children = tree.children.filter((node) => (node.position?.start.offset ?? 0) < lead + safe.length);
    const prose = readProse(input, tree).slice(lead, lead + safe.length);
    if (lead) for (const node of children) moveBack(node, lead);
    return { children, prose };
  } catch {
    const end = { line: source.split('\n').length, column: 1, offset: source.length };
    const paragraph = {
      type: 'paragraph',
      children: [{ type: 'text', value: safe, position: { start: { line: 1, column: 1, offset: 0 }, end } }],
      position: { start: { line: 1, column: 1, offset: 0 }, end },
    } as Root['children'][number];
    return { children: [paragraph], prose: safe };
  }
}

/**
 * Moves any node boundary that falls inside a surrogate pair out to the whole character. The parser
 * can misplace one by a unit where it replaced an invalid character, and no range may split a pair.
 */
function snapToCodePoints(tree: Root, source: string): Root {
  if (!/[\uD800-\uDBFF]/.test(source)) return tree;
  const inside = (at: number): boolean =>
    at > 0 && at < source.length && isHigh(source.charCodeAt(at - 1)) && isLow(source.charCodeAt(at));
  const visit = (node: Nodes): void => {
    const { start, end } = node.position ?? {};
    if (start?.offset !== undefined && inside(start.offset)) start.offset--;
    if (end?.offset !== undefined && inside(end.offset)) end.offset++;
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return tree;
}

/** Moves a freshly parsed node, in place, `by` offsets and lines back: the line break parsed before it. */
function moveBack(node: Nodes, by: number): void {
  if (node.position) {
    node.position.start.offset = (node.position.start.offset ?? 0) - by;
    node.position.start.line -= by;
    node.position.end.offset = (node.position.end.offset ?? 0) - by;
    node.position.end.line -= by;
  }
  if ('children' in node) for (const child of node.children) moveBack(child as Nodes, by);
}

/** A deep copy of a chunk's node with document offsets and lines. */
function shifted<T extends Nodes>(node: T, offset: number, lines: number): T {
  const copy = { ...node } as T & { children?: Nodes[] };
  if (node.position) {
    copy.position = {
      start: {
        ...node.position.start,
        offset: (node.position.start.offset ?? 0) + offset,
        line: node.position.start.line + lines,
      },
      end: {
        ...node.position.end,
        offset: (node.position.end.offset ?? 0) + offset,
        line: node.position.end.line + lines,
      },
    };
  }
  if ('children' in node && Array.isArray(node.children))
    copy.children = (node.children as Nodes[]).map((c) => shifted(c, offset, lines));
  return copy;
}
