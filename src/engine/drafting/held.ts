/**
 * What the contract already has the parties give: the binding give-backs one party gives the other (not asked again,
 * and a concession can be made conditional on them) and who may leave early. Read once per review.
 */
import type { BenefitKind, Clause, Term } from '../model.js';

const givenBy = new WeakMap<readonly Term[], Map<string, Set<string>>>();

/**
 * The kinds of binding give-back a party already gives the other side in the contract (not one a
 * condition waits on), read once per review.
 */
export function heldGiveBacks(
  terms: readonly Term[],
  giver: string | undefined,
  receiver: string | undefined,
): ReadonlySet<string> | undefined {
  if (giver === undefined) return undefined;
  let given = givenBy.get(terms);
  if (!given) {
    givenBy.set(terms, (given = new Map()));
    for (const t of terms)
      if (t.type === 'benefit' && t.binding && !t.condition && t.by !== t.to) {
        const key = `${t.by}>${t.to}`;
        if (!given.has(key)) given.set(key, new Set());
        given.get(key)!.add(t.kind);
      }
  }
  return given.get(`${giver}>${receiver}`);
}

const holders = new WeakMap<readonly Term[], ReadonlySet<string>>();

/** The parties that may leave early (an exit granted to them), read once per review: a contract can hold thousands of concessions. */
export function exitHolders(terms: readonly Term[]): ReadonlySet<string> {
  let found = holders.get(terms);
  if (!found)
    holders.set(
      terms,
      (found = new Set(terms.filter((t) => t.type === 'concession' && t.kind === 'exit-flexibility').map((t) => t.to))),
    );
  return found;
}

/** The commitments a concession can be made to wait on, the firmest first. */
const COMMITMENTS: readonly BenefitKind[] = ['volume-commitment', 'exclusivity', 'term-extension', 'prepayment'];

/** The giver's firmest binding commitment to the receiver, already in the contract: a volume, sole sourcing, a term. */
export function heldCommitment(
  terms: readonly Term[] | undefined,
  giver: string | undefined,
  receiver: string | undefined,
): Term | undefined {
  if (!terms || giver === undefined || receiver === undefined) return undefined;
  const given = terms.filter(
    (t) => t.type === 'benefit' && t.binding && !t.condition && t.by === giver && t.to === receiver,
  );
  for (const kind of COMMITMENTS) {
    const found = given.find((t) => t.kind === kind);
    if (found) return found;
  }
  return undefined;
}

/**
 * The give-backs the giver offers only at its option near the concession (in its clause or section): "Customer may, at
 * its discretion, give a written testimonial". A draft makes one of them firm rather than add its contradiction.
 */
export function optionalOffers(
  terms: readonly Term[] | undefined,
  clauses: readonly Clause[],
  concession: Term,
): Map<string, Term> {
  const offers = new Map<string, Term>();
  if (!terms) return offers;
  const section = clauses[concession.clause]?.section;
  for (const t of terms)
    if (
      t.type === 'benefit' &&
      !t.binding &&
      t.by === concession.to &&
      t.to === concession.by &&
      (t.clause === concession.clause || (section !== undefined && clauses[t.clause]?.section === section)) &&
      !offers.has(t.kind)
    )
      offers.set(t.kind, t);
  return offers;
}
