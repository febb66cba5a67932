/**
 * Where a clause goes and what number it takes: a labelled clause where the outline places it
 * ("(a)" under 4.2 is 4.2(a)); a paragraph without a label, in plain-text drafting, under the
 * clause it carries on; the signature blocks and exhibits of plain text as regions of their own.
 */
import type { Clause, Furniture, Region } from '../model.js';
import { isContainer, joinNumber, type Label } from '../numbering.js';
import { placeLabel, type OutlineEntry } from './outline.js';
import type { Segmenter } from './state.js';

/** A number that scopes the numbers inside it instead of being extended by them. */
export const CONTAINER_NUMBER = /^(?:schedule|annex|exhibit|appendix|attachment|addendum) /;

/** "IN WITNESS WHEREOF, the parties …": what follows are the signature blocks. */
const SIGNATURES_START = /^\s*IN WITNESS WHEREOF\b/i;

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
export function addLabelled(s: Segmenter, init: PartInit, label: Label, base: Clause | undefined, region: Region | undefined): void {
  const opensExhibit = base === undefined && isContainer(label.unit);
  const place = opensExhibit ? { keep: 0, entry: { scheme: 'container', ordinal: 0 }, sub: false } : placeLabel(s.outline, label);
  const entryParent = place.keep > 0 ? s.clauses[s.outline[place.keep - 1]!.id] : undefined;
  const parent = entryParent ?? base;
  const clause = s.add({
    ...init, parent: parent?.id, depth: (parent?.depth ?? 0) + 1, number: qualify(s.clauses, parent, label, place.sub),
  }, region ?? (opensExhibit ? 'schedule' : undefined));
  s.outline = [...s.outline.slice(0, place.keep), { id: clause.id, ...place.entry }];
}

/**
 * Adds a part without a label: in plain-text drafting under the clause it carries on, otherwise
 * under `base`; it then leads any labelled lines that follow (`leads`). Returns its outline entry.
 */
export function addUnlabelled(s: Segmenter, init: PartInit, base: Clause | undefined, leads: boolean, region: Region | undefined): OutlineEntry {
  const words = s.prose.slice(init.textStart, init.textEnd);
  if (SIGNATURES_START.test(words)) {
    const keep = s.outline.findIndex((e) => e.scheme !== 'container');
    const clause = s.add({ ...init, parent: base?.id, depth: (base?.depth ?? 0) + 1 }, 'signatures');
    const entry: OutlineEntry = { id: clause.id, scheme: 'block', ordinal: 0 };
    s.outline = [...s.outline.slice(0, keep < 0 ? s.outline.length : keep), entry];
    return entry;
  }
  const keep = openBelowText(s.outline);
  const parent = carriedOn(s, base, keep) ?? base;
  const clause = s.add({ ...init, parent: parent?.id, depth: (parent?.depth ?? 0) + 1 }, region);
  const entry: OutlineEntry = { id: clause.id, scheme: 'text', ordinal: 0, intro: leads };
  s.outline = [...s.outline.slice(0, keep), entry];
  return entry;
}

/** Adds a line that frames the document (clutter.ts) where a paragraph would go, leaving the outline. */
export function addFurniture(s: Segmenter, init: PartInit, base: Clause | undefined, furniture: Furniture): void {
  const parent = carriedOn(s, base, openBelowText(s.outline)) ?? base;
  s.add({ ...init, parent: parent?.id, depth: (parent?.depth ?? 0) + 1, furniture });
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
  if (!inner || (base !== undefined && inner.scheme !== 'block')) return undefined;
  return s.clauses[inner.id];
}
