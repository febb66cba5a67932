/** Look-ups over a review's terms, built once per array and shared by every rule and report. */
import type { Clause, Concession, ConcessionStatus, Judgement, PartyRef, Term, Tie } from './model.js';

const byId = new WeakMap<readonly Term[], Map<string, Term>>();
const flows = new WeakMap<readonly Term[], Map<string, Concession[]>>();
const tiesBy = new WeakMap<readonly Tie[], { concession: Map<string, Tie[]>; benefit: Map<string, Tie[]> }>();

/** A clause and the clauses around it, innermost first. */
export function* ancestry(clauses: readonly Clause[], clause: Clause | undefined): Generator<Clause> {
  for (let c = clause; c; c = c.parent === undefined ? undefined : clauses[c.parent]) yield c;
}

/** The term with this id ("c3", "b1"). */
export function termById(terms: readonly Term[], id: string): Term | undefined {
  let map = byId.get(terms);
  if (!map) byId.set(terms, (map = new Map(terms.map((t) => [t.id, t]))));
  return map.get(id);
}

/** Concessions granted by `by` to `to`. */
export function concessionsFlowing(terms: readonly Term[], by: PartyRef, to: PartyRef): Concession[] {
  let map = flows.get(terms);
  if (!map) {
    map = new Map();
    for (const t of terms) {
      if (t.type !== 'concession') continue;
      const key = `${t.by}|${t.to}`;
      const list = map.get(key);
      if (list) list.push(t);
      else map.set(key, [t]);
    }
    flows.set(terms, map);
  }
  return map.get(`${by}|${to}`) ?? [];
}

/** The ties of a concession, or of a benefit. */
export function tiesOf(ties: readonly Tie[], side: 'concession' | 'benefit', id: string): Tie[] {
  let index = tiesBy.get(ties);
  if (!index) {
    index = { concession: new Map(), benefit: new Map() };
    for (const tie of ties) {
      for (const s of ['concession', 'benefit'] as const) {
        const list = index[s].get(tie[s]);
        if (list) list.push(tie);
        else index[s].set(tie[s], [tie]);
      }
    }
    tiesBy.set(ties, index);
  }
  return index[side].get(id) ?? [];
}

/** Whether a concession still wants something back: nothing binding is tied to it. */
export function isOpen(judged: { status: ConcessionStatus | 'accepted' }): boolean {
  return judged.status === 'unbalanced' || judged.status === 'optional-only';
}

/** The ids of the concessions that still want something back. */
export function openConcessions(judgements: readonly Judgement[]): Set<string> {
  return new Set(judgements.filter(isOpen).map((j) => j.concession));
}
