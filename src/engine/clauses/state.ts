/**
 * What segmenting carries from one block to the next: the clauses made so far, the open headings,
 * the numbered clause sub-labels attach to, whether the body and the operative words have begun,
 * and the marks of list items that incremental review can segment again on their own.
 */
import type { Clause, Region } from '../model.js';
import type { OutlineEntry } from './outline.js';
import { OPERATIVE } from './regions.js';

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
  /** The numbered clauses open under the current heading, outermost first (outline.ts). */
  outline: OutlineEntry[];
  seenBody: boolean;
  operative: boolean;
  /** Set while in a table of contents, with the number of its first entry (toc.ts). */
  toc?: { first?: string };
  /** Whether the last clause introduces what follows ("as follows:"), which a list or table then belongs to. */
  intro: boolean;
}

/**
 * A list item that an edit inside it can have segmented again on its own (incremental/): one in
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

export const START: SegmentState = {
  count: 0,
  headings: [],
  outline: [],
  seenBody: false,
  operative: false,
  intro: false,
};

/** Whether segmenting from two states goes on alike. */
export function sameSegmentState(a: SegmentState, b: SegmentState): boolean {
  return (
    a.count === b.count &&
    a.seenBody === b.seenBody &&
    a.operative === b.operative &&
    a.intro === b.intro &&
    a.headings.join() === b.headings.join() &&
    JSON.stringify(a.outline) === JSON.stringify(b.outline) &&
    JSON.stringify(a.toc) === JSON.stringify(b.toc)
  );
}

/** A clause as a stage makes it: id and region are given when it is added. */
export type ClauseInit = Omit<Clause, 'id' | 'region' | 'depth'> & { depth?: number };

/** The segmenting of one run of blocks or list items: the document so far and what it carries on from. */
export class Segmenter {
  readonly comments: Comment[] = [];
  frontMatter: string | undefined;
  /** Open headings, outermost first. */
  readonly headings: Clause[];
  /** The numbered clauses open under the current heading or list item, which later labels nest in. */
  outline: OutlineEntry[];
  seenBody: boolean;
  /** Set once the operative words have been read: what follows binds, even under a "Recitals" heading. */
  operative: boolean;
  toc: { first?: string } | undefined;
  /** The marks of the list items made, and of the items being walked (UNMARKED for one without). */
  readonly marks: ItemMark[] = [];
  readonly enclosing: number[] = [];
  /** Index the first mark made takes among all marks. */
  markBase = 0;
  /** How deep in block quotes the walk is: items in quotes are not marked. */
  quoted = 0;
  /**
   * Plain-text contracts indent the first line of each paragraph, which Markdown reads as an
   * indented code block followed by a paragraph of the lines after it: where the two end, joined back.
   */
  continuedBy: number | undefined;

  constructor(
    readonly text: string,
    readonly prose: string,
    readonly clauses: Clause[],
    state: SegmentState,
  ) {
    if (clauses.length !== state.count)
      throw new Error(`segmentBlocks: ${clauses.length} clauses before a state made after ${state.count}`);
    this.headings = state.headings.map((id) => clauses[id]!);
    this.outline = state.outline;
    this.seenBody = state.seenBody;
    this.operative = state.operative;
    this.toc = state.toc;
  }

  /** The innermost open heading. */
  context(): Clause | undefined {
    return this.headings[this.headings.length - 1];
  }

  snapshot(): SegmentState {
    const { clauses } = this;
    return {
      count: clauses.length,
      headings: this.headings.map((h) => h.id),
      outline: this.outline,
      seenBody: this.seenBody,
      operative: this.operative,
      ...(this.toc ? { toc: this.toc } : {}),
      intro: this.introduces(clauses[clauses.length - 1]),
    };
  }

  /** Adds a clause, in `region` or the one its parent and position give. */
  add(init: ClauseInit, region?: Region): Clause {
    // The preamble ends at the first numbered clause or the first heading after the title.
    if (init.number !== undefined || (init.kind === 'heading' && this.clauses.length > 0)) this.seenBody = true;
    const clause: Clause = {
      ...init,
      id: this.clauses.length,
      depth: init.depth ?? 0,
      region: region ?? this.regionFor(init.parent),
    };
    // A clause that is all label and title ("1. **Fee relief.**") has empty prose of its own.
    clause.textStart = Math.min(clause.textStart, clause.end);
    clause.textEnd = Math.max(clause.textStart, Math.min(clause.textEnd, clause.end));
    if (clause.kind !== 'heading' && OPERATIVE.test(this.prose.slice(clause.textStart, clause.textEnd))) {
      this.operative = true;
      clause.region = this.seenBody ? 'body' : 'preamble';
    }
    this.clauses.push(clause);
    return clause;
  }

  /** Region inherited from the enclosing clause, or preamble/body by position. */
  regionFor(parent: number | undefined): Region {
    if (parent !== undefined) {
      const p = this.clauses[parent]!;
      if (p.region === 'recitals' && this.operative) return 'body';
      if (p.region !== 'preamble') return p.region;
    }
    return this.seenBody ? 'body' : 'preamble';
  }

  /** Whether a clause's prose ends with a colon ("subject to:", "as follows:"). */
  introduces(clause: Clause | undefined): boolean {
    return (
      !!clause &&
      clause.kind !== 'heading' &&
      clause.kind !== 'table-row' &&
      this.prose.slice(clause.textStart, clause.textEnd).trimEnd().endsWith(':')
    );
  }

  /** The last clause under `owner` if it introduces what follows. */
  lastIntro(owner: Clause | undefined): Clause | undefined {
    const { clauses } = this;
    const last = clauses[clauses.length - 1];
    if (!last || last === owner || !this.introduces(last)) return undefined;
    let ancestor: Clause | undefined = last;
    while (ancestor && ancestor.parent !== owner?.id)
      ancestor = ancestor.parent === undefined ? undefined : clauses[ancestor.parent];
    return ancestor ? last : undefined;
  }
}
