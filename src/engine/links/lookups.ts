/** Look-ups built once per document when first read, so that each tie costs what it reads. */
import type { Definition, Reference, Span, Term } from '../model.js';
import type { Index, LinkInput, TermKeys } from './types.js';
import { group } from './structural.js';
import { termWords } from './describing.js';
import { namesSomeone, roleOf } from '../lexicons/roles.js';

export function buildIndex(input: LinkInput, read: { termKeys?: TermKeys }): Index {
  const { terms, references, definitions } = input;
  const index: Index = memoized<Index>({
    termsBySentence: () => group(terms, (t) => t.sentence),
    refsByClause: () =>
      group(
        references.filter((r) => r.targets.length),
        (r) => r.clause,
      ),
    clausesByTitle: () => treeLookups(input).clausesByTitle,
    definitionTargets: () => definitionTargets(definitions, references),
    termsByStem: () => {
      const keys = (read.termKeys =
        input.termKeys ?? terms.map((t) => [...new Set(Array.from(termWords(input, t), (w) => w.slice(0, 4)))]));
      const termsByStem = new Map<string, Term[]>();
      terms.forEach((t, i) => {
        for (const key of keys[i]!) {
          const list = termsByStem.get(key);
          if (list) list.push(t);
          else termsByStem.set(key, [t]);
        }
      });
      return termsByStem;
    },
    children: () => treeLookups(input).children,
    termsByClause: () => group(terms, (t) => t.clause),
    namedTerms: () => namedTerms(input, index.termsByClause),
  });
  return index;
}

/**
 * Terms a definition names where they are made: "a one-time credit of USD 22,500 (the "Migration Credit")".
 * The term is the last one its sentence reads before the definition.
 */
function namedTerms(
  { definitions, sentences }: LinkInput,
  byClause: ReadonlyMap<number, Term[]>,
): { term: string; named: Term }[] {
  const named: { term: string; named: Term }[] = [];
  for (const d of definitions) {
    // "(the "Remarketing Agent")" names a person the term appoints, not the term.
    if (roleOf(d.term) || namesSomeone.test(d.term)) continue;
    let last: Term | undefined;
    for (const t of byClause.get(d.clause) ?? []) {
      const sentence = sentences[t.sentence]!;
      if (sentence.start <= d.start && d.start < sentence.end && t.start <= d.start && (!last || t.start > last.start))
        last = t;
    }
    if (last) named.push({ term: d.term, named: last });
  }
  return named;
}

/** Defined terms whose meaning refers to clauses, with those clauses: what tying words that name the term point at. */
export function definitionTargets(
  definitions: readonly Definition[],
  references: readonly Reference[],
): { term: string; targets: number[] }[] {
  const resolved = references.filter((r) => r.targets.length).sort((a, b) => a.start - b.start);
  return definitions
    .filter((d) => d.meaning)
    .map((d) => ({
      term: d.term,
      targets: referencesIn(resolved, d.meaning!).flatMap((r) => r.targets),
    }))
    .filter((d) => d.targets.length);
}

/** Look-ups of the clause tree, kept while it stays (an edit that leaves the tree alone does not rebuild them). */
const treeCache = new WeakMap<object, Pick<Index, 'children' | 'clausesByTitle'>>();

function treeLookups(input: LinkInput): Pick<Index, 'children' | 'clausesByTitle'> {
  const known = input.tree && treeCache.get(input.tree);
  if (known) return known;
  const { clauses } = input;
  const made = {
    children: new Map([...group(clauses, (c) => c.parent ?? -1)].map(([k, v]) => [k, v.map((c) => c.id)])),
    clausesByTitle: new Map(
      [
        ...group(
          clauses.filter((c) => c.title),
          (c) => c.title!.toLowerCase(),
        ),
      ].map(([k, v]) => [k, v.map((c) => c.id)]),
    ),
  };
  if (input.tree) treeCache.set(input.tree, made);
  return made;
}

/** An object whose every field is made by its function the first time it is read: a tie reads only a few. */
function memoized<T extends object>(makers: { [K in keyof T]: () => T[K] }): T {
  const out = {} as T;
  for (const key of Object.keys(makers) as (keyof T)[]) {
    let value: T[keyof T] | undefined;
    Object.defineProperty(out, key, { get: () => (value ??= makers[key]()) });
  }
  return out;
}

/** The references inside a span, from a list sorted by start. */
function referencesIn(sorted: readonly Reference[], span: Span): Reference[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const found: Reference[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < span.end; i++)
    if (sorted[i]!.end <= span.end) found.push(sorted[i]!);
  return found;
}
