/**
 * Where a clause goes and what number it takes: a labelled clause where the outline places it
 * ("(a)" under 4.2 is 4.2(a)); a paragraph without a label, in plain-text drafting, under the
 * clause it carries on; the signature blocks and exhibits of plain text as regions of their own.
 */
import type { Clause, Furniture, Region } from '../model.js';
import { isContainer, joinNumber, type Label } from '../numbering.js';
import { placeLabel, type OutlineEntry } from './outline.js';
import type { Segmenter } from './state.js';
import { RECITAL_RUN_IN } from './regions.js';
import { readsAsProse } from './toc.js';

/** A number that scopes the numbers inside it instead of being extended by them. */
export const CONTAINER_NUMBER = /^(?:schedule|annex|exhibit|appendix|attachment|addendum) /;

/** "IN WITNESS WHEREOF, the parties …": what follows are the signature blocks. */
const SIGNATURES_START = /^\s*IN WITNESS WHEREOF\b/i;

/** "Dear Niamh,", "Dear Sirs": a letter opens. */
const SALUTATION = /^\s*Dear\s+[^\n]{1,60}$/;

/** A clause's place in the document, given where it is added. */
export type PartInit = Pick<Clause, 'kind' | 'start' | 'end' | 'textStart' | 'textEnd' | 'label' | 'title'>;

/**
 * Numbers a label in its context: sub-labels join their parent's number. A capital or roman
 * ("A.", "IV.") nested in a numbered clause is a sub-label too: "A." under 1.1 is 1.1(a).
 */
export function qualify(clauses: readonly Clause[], parent: Clause | undefined, label: Label, sub: boolean): string {
  if (!sub) return label.number;
  const within = numberedAncestor(clauses, parent)?.number;
  if (!within) return label.number;
  return joinNumber(within, label.number.startsWith('(') ? label.number : `(${label.number})`);
}

/** The nearest numbered ancestor whose number children extend; a schedule numbers afresh inside. */
export function numberedAncestor(clauses: readonly Clause[], clause: Clause | undefined): Clause | undefined {
  for (let c = clause; c; c = c.parent === undefined ? undefined : clauses[c.parent]) {
    if (c.number === undefined) continue;
    return CONTAINER_NUMBER.test(c.number) ? undefined : c;
  }
  return undefined;
}

/**
 * Adds a labelled part where the outline places it, numbered within its parent. In plain-text
 * drafting, an exhibit's label ("EXHIBIT B – Pricing") opens the exhibit: what follows is in it.
 */
export function addLabelled(
  s: Segmenter,
  init: PartInit,
  label: Label,
  base: Clause | undefined,
  region: Region | undefined,
  runOn = false,
): void {
  let opensExhibit =
    base === undefined && isContainer(label.unit) && isShortTitle(s.prose.slice(init.textStart, init.textEnd));
  // "Annex 1: Term Sheet" right after "Schedule 2: Prices", nothing between: a list of them, not the exhibits.
  const last = s.outline[s.outline.length - 1];
  if (opensExhibit && last?.scheme === 'container' && last.id === s.clauses.length - 1) {
    s.outline = s.outline.slice(
      0,
      s.outline.findIndex((e) => e.scheme === 'container'),
    );
    opensExhibit = false;
  }
  // "Exhibit A Declarations Page 1.2 The Approved Location …": an exhibit named where it runs on, numbered but not opened.
  if (isContainer(label.unit) && !opensExhibit) {
    addUnlabelled(s, init, base, false, region, qualify(s.clauses, undefined, label, false));
    return;
  }
  const place = opensExhibit
    ? { keep: 0, entry: { scheme: 'container', ordinal: 0 }, sub: false }
    : placeLabel(s.outline, label);
  const entryParent = place.keep > 0 ? s.clauses[s.outline[place.keep - 1]!.id] : undefined;
  const parent = entryParent ?? (runOn ? besideItem(s, base, label, place.sub) : base);
  const clause = s.add(
    {
      ...init,
      parent: parent?.id,
      depth: (parent?.depth ?? 0) + 1,
      number: qualify(s.clauses, parent, label, place.sub),
    },
    region ?? (opensExhibit ? 'schedule' : undefined),
  );
  s.outline = [...s.outline.slice(0, place.keep), { id: clause.id, ...place.entry }];
}

/**
 * Where a label run into a list item's own text goes when nothing open takes it: in the item, or
 * beside it when the label's number does not extend the item's ("17. Amendment" in item 16's text).
 */
function besideItem(s: Segmenter, base: Clause | undefined, label: Label, sub: boolean): Clause | undefined {
  if (
    sub ||
    !base ||
    base.kind !== 'list-item' ||
    !base.number ||
    (label.unit !== undefined && isContainer(label.unit))
  )
    return base;
  if (label.number.startsWith(`${base.number}.`)) return base;
  return base.parent === undefined ? undefined : s.clauses[base.parent];
}

/**
 * Adds a part without a label: in plain-text drafting under the clause it carries on, otherwise
 * under `base`; it then leads any labelled lines that follow (`leads`). Returns its outline entry.
 */
export function addUnlabelled(
  s: Segmenter,
  init: PartInit,
  base: Clause | undefined,
  leads: boolean,
  region: Region | undefined,
  number?: string,
): OutlineEntry {
  const words = s.prose.slice(init.textStart, init.textEnd);
  if (SIGNATURES_START.test(words)) {
    const clause = s.add({ ...init, parent: base?.id, depth: (base?.depth ?? 0) + 1 }, 'signatures');
    const entry: OutlineEntry = { id: clause.id, scheme: 'block', ordinal: 0 };
    s.outline = [...s.outline.slice(0, closeNumbered(s.outline, s.outline.length)), entry];
    return entry;
  }
  let keep = openBelowText(s.outline);
  // A letter's salutation after numbered clauses starts another document: its paragraphs number afresh.
  if (SALUTATION.test(words)) keep = closeNumbered(s.outline, keep);
  const parent = carriedOn(s, base, keep) ?? base;
  const clause = s.add(
    { ...init, parent: parent?.id, depth: (parent?.depth ?? 0) + 1, ...(number !== undefined ? { number } : {}) },
    region,
  );
  const entry: OutlineEntry = { id: clause.id, scheme: 'text', ordinal: 0, intro: leads };
  s.outline = [...s.outline.slice(0, keep), entry];
  return entry;
}

/**
 * Adds a line that frames the document (clutter.ts) where a paragraph would go, leaving the
 * outline; a heading line "RECITALS" or "Background" opens the recitals, which the paragraphs
 * after it carry on until a label or the operative words.
 */
export function addFurniture(s: Segmenter, init: PartInit, base: Clause | undefined, furniture: Furniture): void {
  let keep = openBelowText(s.outline);
  const heading = furniture === 'title' || furniture === 'heading';
  // The heading after the recitals closes them: the body starts there.
  if (heading && s.outline[keep - 1]?.scheme === 'recitals') {
    keep--;
    s.outline = s.outline.slice(0, keep);
    s.seenBody = true;
    furniture = 'heading';
  }
  const parent = carriedOn(s, base, keep) ?? base;
  const recitals =
    heading && RECITAL_RUN_IN.test(s.prose.slice(init.textStart, init.textEnd).trim().replace(/[.:]$/, ''));
  const clause = s.add(
    { ...init, parent: parent?.id, depth: (parent?.depth ?? 0) + 1, furniture },
    recitals ? 'recitals' : undefined,
  );
  if (!recitals) return;
  s.operative = false;
  s.outline = [
    ...s.outline.slice(0, closeNumbered(s.outline, keep)),
    { id: clause.id, scheme: 'recitals', ordinal: 0 },
  ];
}

/** An exhibit's title after its label, not the start of its text: "EXHIBIT B – Pricing Schedule". */
function isShortTitle(words: string): boolean {
  const rest = words.trim();
  return rest === '' || (rest.length <= 80 && !rest.includes('\n') && !readsAsProse(rest));
}

/** How many of the first `keep` open entries stay when a block closes the numbering: the exhibit it is in. */
function closeNumbered(outline: readonly OutlineEntry[], keep: number): number {
  const first = outline.slice(0, keep).findIndex((e) => e.scheme !== 'container');
  return first < 0 ? keep : first;
}

/** How many open entries stay under a new paragraph: those below the paragraphs before it. */
function openBelowText(outline: readonly OutlineEntry[]): number {
  let keep = outline.length;
  while (keep > 0 && outline[keep - 1]!.scheme === 'text') keep--;
  return keep;
}

/**
 * The clause a paragraph without a label carries on: the innermost open one at the top level of
 * plain-text drafting (no heading above it), or the signature blocks wherever they are open.
 */
function carriedOn(s: Segmenter, base: Clause | undefined, keep: number): Clause | undefined {
  const inner = s.outline[keep - 1];
  if (!inner || (base !== undefined && !isBlock(inner))) return undefined;
  return s.clauses[inner.id];
}

/** The signature blocks or the recitals: paragraphs carry them on, a label closes them. */
export function isBlock(entry: OutlineEntry): boolean {
  return entry.scheme === 'block' || entry.scheme === 'recitals';
}
