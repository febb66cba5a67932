/**
 * Words for the model: how to name a party, a term, a clause, as a negotiator would say them.
 */
import type {
  BenefitKind,
  Clause,
  ConcessionKind,
  ConcessionStatus,
  MismatchReason,
  Party,
  PartyRef,
  Review,
  Reference,
  Span,
  Term,
} from './model.js';
import { readerText, type Readable } from './reading.js';
import { citedNumber, containerCitation } from './numbering.js';
import { compilePhrase } from './lexicons/patterns.js';

export const concessionLabels: Record<ConcessionKind, string> = {
  discount: 'discount',
  waiver: 'waiver',
  credit: 'credit',
  'payment-terms': 'longer payment terms',
  'price-protection': 'price protection',
  'free-scope': 'free extra scope',
  'exit-flexibility': 'easier exit',
  risk: 'extra risk',
};

export const benefitLabels: Record<BenefitKind, string> = {
  'term-extension': 'term extension',
  reference: 'reference',
  testimonial: 'testimonial',
  publicity: 'publicity',
  'volume-commitment': 'volume commitment',
  prepayment: 'prepayment',
  referral: 'referrals',
  exclusivity: 'exclusivity',
  feedback: 'product feedback',
  other: 'other consideration',
};

/** A concession's status as one word, its tone (the colour it is shown in) and as a phrase: one wording for hovers and reports. */
export const statusWords: Record<
  ConcessionStatus | 'accepted',
  { word: string; tone: 'ok' | 'warn' | 'muted'; text: string }
> = {
  balanced: { word: 'Balanced', tone: 'ok', text: 'balanced' },
  unbalanced: { word: 'Unbalanced', tone: 'warn', text: 'unbalanced — nothing comes back' },
  'optional-only': { word: 'Unbalanced', tone: 'warn', text: 'unbalanced — only an optional give-back comes back' },
  mutual: { word: 'Mutual', tone: 'ok', text: 'mutual — both parties give it' },
  accepted: { word: 'Accepted', tone: 'muted', text: 'accepted as intentional' },
};

/** Why a give-back tied to a concession does not balance it. */
export const notCounted: Record<MismatchReason, string> = {
  optional: 'it is optional',
  'same-party': 'it comes from the same party',
  mutual: 'it is mutual',
};

const PERCENT = compilePhrase('{pct}');

/** "Customer", "both parties", "an unnamed party". */
export function partyName(parties: readonly Party[], ref: PartyRef): string {
  if (ref === 'both') return 'both parties';
  if (ref === 'unknown') return 'a party';
  return parties.find((p) => p.id === ref)?.aliases[0] ?? 'a party';
}

/** The reader of a form, named You ("between you and GitHub, Inc."): the verbs and possessives agree with it. */
const YOU = /^you$/i;

/** The verbs messages put after a party's name, as You takes them. */
const FOR_YOU: Record<string, string> = { gives: 'give', grants: 'grant', receives: 'receive', is: 'are', has: 'have' };

/** A verb in the present after a party's name: "Customer grants", "You grant". */
export function verbAfter(name: string, verb: string): string {
  return YOU.test(name) ? (FOR_YOU[verb] ?? verb) : verb;
}

/** "its", or "your" for You. */
export function its(name: string): string {
  return YOU.test(name) ? 'your' : 'its';
}

/** What a party owns, by its name: "Customer's", "your" (capitalise it to open a sentence). */
export function possessive(name: string, apostrophe: "'" | '’' = "'"): string {
  return YOU.test(name) ? 'your' : `${name}${apostrophe}s`;
}

/** Words that open a sentence: their first letter in capitals, unless they open with a name cased its own way ("eDiets"). */
export function capitalised(words: string): string {
  if (/^\p{Ll}+\p{Lu}/u.test(words)) return words;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "itself", or "yourself" for You. */
export function itself(name: string): string {
  return YOU.test(name) ? 'yourself' : 'itself';
}

/**
 * Who gives a term to whom, saying plainly what the contract does not tell and which parties it
 * names: "Provider gives Customer", "Customer receives it; who grants it could not be told (the
 * contract names Provider and Customer)".
 */
export function whoGivesWhom(parties: readonly Party[], by: PartyRef, to: PartyRef): string {
  if (by === 'both' || to === 'both') return 'Each party gives the other';
  const giver = by === 'unknown' ? undefined : partyName(parties, by);
  const taker = to === 'unknown' ? undefined : partyName(parties, to);
  if (giver && taker) return `${giver} ${verbAfter(giver, 'gives')} ${taker}`;
  const named = parties.map((p) => p.aliases[0] ?? p.name);
  const among = named.length
    ? ` (the contract names ${named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named[0]})`
    : ' (the contract names no party)';
  if (giver) return `${giver} ${verbAfter(giver, 'gives')} it; who receives it could not be told${among}`;
  if (taker) return `${taker} ${verbAfter(taker, 'receives')} it; who grants it could not be told${among}`;
  return `Who gives it and who receives it could not be told${among}`;
}

/** The alias the JSON report uses: the main defined term, "both" or "unknown". */
export function partyAlias(parties: readonly Party[], ref: PartyRef): string {
  if (ref === 'both' || ref === 'unknown') return ref;
  return parties.find((p) => p.id === ref)?.aliases[0] ?? 'unknown';
}

/** "a 15% discount", "a credit of USD 7,500", "longer payment terms". */
export function describeTerm(term: Term): string {
  const label = term.type === 'concession' ? concessionLabels[term.kind] : benefitLabels[term.kind];
  const v = term.value;
  if (term.type === 'concession') {
    if (term.kind === 'discount' && v?.percent !== undefined) return `a ${v.percent}% discount`;
    if (term.kind === 'credit' && v?.amount)
      return `a credit of ${v.amount.currency} ${v.amount.value.toLocaleString('en-US')}`;
    if (term.kind === 'payment-terms' && v?.days !== undefined) return `payment terms of ${v.days} days`;
  }
  return /^[aeiou]/.test(label) && !/s$/.test(label)
    ? `an ${label}`
    : /s$|protection|scope|risk|feedback|publicity|exclusivity|consideration/.test(label)
      ? label
      : `a ${label}`;
}

/** "the fifteen percent (15%) discount", written the way the contract wrote the figure. */
export function nameConcession(term: Term, source: Readable): string {
  const label = term.type === 'concession' ? concessionLabels[term.kind] : benefitLabels[term.kind];
  PERCENT.lastIndex = 0;
  const figure = PERCENT.exec(readerText(source, term.start, term.end))?.[0];
  if (term.type === 'concession' && figure && (term.kind === 'discount' || term.kind === 'credit'))
    return `the ${figure} ${label}`;
  return `the ${label}`;
}

/**
 * A short quotation of a span for one-line messages: the words a reader sees (reading.ts), cut
 * at a word before `max` characters.
 */
export function quote(source: Readable, span: Span, max = 70): string {
  const flat = readerText(source, span.start, span.end);
  if (flat.length <= max) return flat;
  let cut = flat.slice(0, max - 1);
  // Never half a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}

/** The word the contract uses for its parts ("Section", "clause", "paragraph"). */
export function unitWord(references: readonly Reference[]): string {
  const counts = new Map<string, number>();
  for (const ref of references)
    if (!ref.external && ['section', 'clause', 'paragraph', 'article'].includes(ref.unit))
      counts.set(ref.unit, (counts.get(ref.unit) ?? 0) + 1);
  let best = 'section';
  let most = 0;
  for (const [unit, n] of counts) if (n > most) [best, most] = [unit, n];
  return best === 'section' || best === 'article' ? best[0]!.toUpperCase() + best.slice(1) : best;
}

/** Where a clause is, as a sentence says it: "in Section 4.2", "under “Fees”", or "above". */
export function placeOf(clauses: readonly Clause[], clause: Clause, unit: string): string {
  const where = referTo(clauses, clause, unit);
  return where.startsWith('under') || where === 'above' ? where : `in ${where}`;
}

/**
 * How a drafter refers to a clause: "Section 4.2", "Exhibit C", "paragraph 1 of Exhibit C" (an exhibit's own
 * numbering is not the body's), "under “Fees”", or "above".
 */
export function referTo(clauses: readonly Clause[], clause: Clause, unit: string): string {
  const up = (c: Clause): Clause | undefined => (c.parent === undefined ? undefined : clauses[c.parent]);
  for (let c: Clause | undefined = clause; c; c = up(c)) {
    if (c.number === undefined) continue;
    const container = containerCitation(c.number, c.label);
    if (container) return container;
    if (c.section?.includes('/'))
      for (let outer = up(c); outer; outer = up(outer)) {
        const within = outer.number !== undefined && containerCitation(outer.number, outer.label);
        if (within) return `paragraph ${citedNumber(clauses, c)} of ${within}`;
      }
    return `${unit} ${citedNumber(clauses, c)}`;
  }
  for (let c: Clause | undefined = clause; c; c = up(c)) if (c.title) return `under “${c.title}”`;
  return 'above';
}

/** "in Section 6", "under Fees" or "above": where a term is, as a title can say it. */
export function placeOfTerm(review: Pick<Review, 'clauses' | 'references'>, term: Term): string {
  return placeOf(review.clauses, review.clauses[term.clause]!, unitWord(review.references));
}
