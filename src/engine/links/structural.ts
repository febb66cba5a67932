/** Ties by where terms are: the same sentence, paragraph or list item, or numbered section. */
import type { Clause, Term } from '../model.js';
import type { Add, LinkInput } from './types.js';

/** Same sentence, same paragraph or list item (or one inside the other), same numbered section. */
export function structuralTies(input: LinkInput, add: Add): void {
  const { clauses, terms } = input;
  const concessions = terms.filter((t) => t.type === 'concession');
  const benefits = terms.filter((t) => t.type === 'benefit');
  const bySection = new Map<string, Term[]>();
  for (const b of benefits) {
    const key = clauses[b.clause]!.section;
    if (key === undefined) continue;
    const list = bySection.get(key);
    if (list) list.push(b);
    else bySection.set(key, [b]);
  }
  const byAncestry = new Map<number, Term[]>();
  for (const b of benefits) {
    for (const id of proseAncestry(clauses, b.clause)) {
      const list = byAncestry.get(id);
      if (list) list.push(b);
      else byAncestry.set(id, [b]);
    }
  }
  const bySentence = group(benefits, (b) => b.sentence);
  for (const c of concessions) {
    const section = clauses[c.clause]!.section;
    for (const b of section !== undefined ? (bySection.get(section) ?? []) : []) add(c, b, 'section');
    const mine = proseAncestry(clauses, c.clause);
    for (const id of mine)
      for (const b of byAncestry.get(id) ?? []) if (id === c.clause || id === b.clause) add(c, b, 'clause');
    for (const b of bySentence.get(c.sentence) ?? [])
      add(c, b, b.type === 'benefit' && b.condition ? 'condition' : 'sentence');
  }
}

/** A clause and its ancestors up to the first heading: the paragraph, list item or row it is part of. */
export function proseAncestry(clauses: readonly Clause[], id: number): number[] {
  const chain: number[] = [];
  for (
    let c: Clause | undefined = clauses[id];
    c && c.kind !== 'heading';
    c = c.parent === undefined ? undefined : clauses[c.parent]
  )
    chain.push(c.id);
  return chain;
}

export function group<K, V>(items: readonly V[], key: (v: V) => K | undefined): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
