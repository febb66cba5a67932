/** What needs every clause of the document: headings closed, parents stretched, sections numbered. */
import type { Clause } from '../model.js';
import { topLevel } from '../numbering.js';
import { CONTAINER_NUMBER } from './nesting.js';

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

const ARTICLE_LABEL = /^(?:article|part)\b/i;
/** A part by letter, Roman or Arabic number: "Part A", "Part II", "PART 3". */
const LETTERED_PART = /^part (?:[a-z]|[ivx]+|\d{1,2})$/;

/**
 * The top-level numbered section of every clause: the outermost numbered ancestor that is not a
 * schedule, nor a plain-text article above a numbered section. A number that comes back after others (a list restarting at "1.", a second contract
 * in the same file) opens a new section: "4" then "5" then "4" again is three sections.
 */
export function assignSections(clauses: Clause[]): void {
  const runs = new Map<string, number>();
  let last: string | undefined;
  let lastOuter: Clause | undefined;
  for (const clause of clauses) {
    let outer: Clause | undefined;
    let scope = '';
    for (let c: Clause | undefined = clause; c; c = c.parent === undefined ? undefined : clauses[c.parent]) {
      if (c.number === undefined) continue;
      // A part divides the document ("Part A — Key Commercial Terms", "Part II"): its rows and clauses are its sections.
      if (CONTAINER_NUMBER.test(c.number) || LETTERED_PART.test(c.number)) {
        if (!scope) scope = `${c.number}/`;
        continue;
      }
      // Sections numbered on their own under an article ("ARTICLE II", "Section 4") are sections of their own.
      if (outer && c.kind !== 'heading' && ARTICLE_LABEL.test(c.label ?? '')) continue;
      outer = c;
    }
    if (outer?.number === undefined) continue;
    const key = scope + (outer.number.startsWith('(') ? outer.number : topLevel(outer.number));
    // A list numbered "1." throughout, which Markdown renumbers 1, 2, 3 (or a filing whose numbers were lost to
    // "1." each time): each item is a section of its own.
    const renumbered =
      key === last &&
      outer !== lastOuter &&
      outer.number === lastOuter?.number &&
      (outer.kind === 'list-item' || outer.kind === 'line') &&
      outer.kind === lastOuter?.kind &&
      outer.parent === lastOuter.parent;
    if (key !== last || renumbered) runs.set(key, (runs.get(key) ?? 0) + 1);
    last = key;
    lastOuter = outer;
    const run = runs.get(key)!;
    clause.section = run === 1 ? key : `${key}#${run}`;
  }
}
