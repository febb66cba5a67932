/**
 * Drafted give-backs for a concession: each fitting give-back in the consideration form, and the
 * conditional form, written in the contract's words (style.ts), naming the concession as the
 * contract would (naming.ts), with the recipient giving back to the grantor (voice.ts), sized to
 * the concession's figures.
 */
import { READER_NAME } from '../parties/index.js';
import type { Clause, Concession, Definition, Party, Reference, Review, Sentence, Suggestion, Term } from '../model.js';
import type { GiveBackTemplates } from '../options.js';
import {
  CONDITION,
  TERMINATION_FEE,
  terminationFee,
  conditions,
  conditionsOnSpend,
  lockInCondition,
  longerNoticeCondition,
  drafts,
  fitting,
  fittingPaid,
  settlement,
  type Ask,
  type Condition,
} from '../lexicons/drafts.js';
import { documentStyle, figure, type DocumentStyle } from './style.js';
import { sized, type Sizes } from './sizes.js';
import { nameConcession, type ConcessionName } from './naming.js';
import { flowOf, speaker, type Flow, type Speaker } from './voice.js';
import { fillPieces, type Pieces } from './fill.js';
import { currencyOf, dealOf, type Currency } from './deal.js';

export { documentStyle, plain, type DocumentStyle } from './style.js';
export { nameConcession, placeOf, type ConcessionName } from './naming.js';
export { flowOf, type Flow, type Speaker } from './voice.js';
export { speaker };
export { fillPieces } from './fill.js';

/** What drafting reads of a review. */
export interface DraftSource {
  text: string;
  clauses: readonly Clause[];
  sentences: readonly Sentence[];
  parties: readonly Party[];
  definitions: readonly Definition[];
  references: readonly Reference[];
  /** The contract's terms: an exit the giver holds makes a minimum term worth asking for. */
  terms?: readonly Term[];
  templates?: GiveBackTemplates;
}

/** The give-backs that fit a concession, drafted, best first. */
export function draftGiveBacks(source: DraftSource, concession: Concession): Suggestion[] {
  const style = documentStyle(source);
  const name = nameConcession(source, concession, style);
  const flow = flowOf(source, concession, style);
  const sizes = sized(source, concession, style);
  const currency = currencyOf(dealOf(source));
  const pieces = piecesFor(concession, name, flow, style, sizes);
  const number = (n: number): string => figure(style, n);
  const suggestions: Suggestion[] = [];
  const settle = settles(source, concession, name, flow);
  for (const ask of asksFor(source, concession, name, flow, style, sizes, currency, settle)) {
    const draft =
      ask === CONDITION
        ? conditionFor(concession, settle, sizes, flow, currency, style.termMonths, lockedIn(source, concession))
        : ask === TERMINATION_FEE
          ? terminationFee
          : { ...drafts[ask], ...source.templates?.[ask], kind: ask };
    if (!draft) continue;
    const filled = fillPieces(draft.template, pieces, number);
    const template = style.americanFavor ? filled.replace(/\b([Ff])avour/g, '$1avor') : filled;
    suggestions.push({
      kind: draft.kind,
      title: draft.title,
      template,
      text: template.replace(/\{\{[^{|}]*\|([^{}]*)\}\}/g, '$1'),
      ...(ask === CONDITION ? { form: 'condition' as const } : {}),
      ...(flow.guessed ? { askParty: true } : {}),
    });
  }
  return suggestions;
}

/** An exit held back until a term or a date has run: "after the expiration of the Initial Term", "no earlier than". */
const ALREADY_LOCKED_IN =
  /\b(?:after|following|upon) the (?:expiration|expiry|end) of the (?:initial |first )?(?:term|period|year)\b|\bno earlier than\b|\bnot (?:earlier|sooner) than\b/i;

/** Whether an exit already waits out a term, in its clause or the items under it. */
function lockedIn(source: DraftSource, concession: Concession): boolean {
  const clause = source.clauses[concession.clause];
  return (
    concession.kind === 'exit-flexibility' &&
    !!clause &&
    ALREADY_LOCKED_IN.test(source.text.slice(clause.start, clause.end))
  );
}

/** The conditional form for a concession, given the months asked and (where stated) the months the contract runs. */
function conditionFor(
  concession: Concession,
  settle: boolean,
  sizes: Pick<Sizes, 'volume' | 'months'>,
  flow: Flow,
  currency: Currency,
  termMonths?: number,
  alreadyLockedIn = false,
): Condition | undefined {
  // An exit that already waits out a term is bought with longer notice, not a lock-in it has.
  if (concession.kind === 'exit-flexibility' && alreadyLockedIn) return longerNoticeCondition;
  // A minimum term shorter than the term agreed reads as nonsense: an exit waits out a lock-in instead.
  if (concession.kind === 'exit-flexibility' && termMonths !== undefined && termMonths > sizes.months)
    return lockInCondition;
  // Late fees or interest given up are kept if what is owed is settled soon.
  if (settle) return settlement[concession.kind];
  if (currency.conditions?.[concession.kind]) return currency.conditions[concession.kind];
  const spend = conditionsOnSpend[concession.kind];
  return spend && !sizes.volume.startsWith('[') && flow.giver.role !== 'tenant' ? spend : conditions[concession.kind];
}

/**
 * Late fees, interest or arrears already run up, given up to the party that owed them: what settling what is owed can
 * keep. Not a grace for charges to come ("will not charge a late charge on the first late installment").
 */
function settles(source: DraftSource, concession: Concession, name: ConcessionName, flow: Flow): boolean {
  const sentence = source.sentences[concession.sentence];
  const said = sentence ? source.text.slice(sentence.start, sentence.end) : name.description;
  return (
    !!settlement[concession.kind] &&
    flow.giver.side !== 'payee' &&
    !SELLING_ROLES.has(flow.giver.role) &&
    LATE_CHARGE.test(name.description) &&
    RUN_UP.test(said) &&
    // A refund on leaving is the exit's own reckoning, not a charge forgiven.
    !/\brefund/i.test(name.description)
  );
}

/** What a concession gives up is money the other side would be paid. */
const CHARGE = /\b(?:fees?|charges?|rent|price|payment|costs?|interest|royalt|minimum)/i;

/** Charges for paying late (late fees, interest, arrears): given up once, so asked back once, not for years. */
const LATE_CHARGE = /\b(?:late|interest|arrears|overdue|past[- ]due|outstanding|accrued|penalt\w+)\b/i;
/** Words that say the charges were already run up: "charged on University invoices under the Prior Agreement". */
const RUN_UP =
  /\b(?:accrued|outstanding|overdue|past[- ]due|arrears|incurred|to date|(?:charged|invoiced|levied|assessed) (?:on|to|under|for|against)|(?:prior|previous|existing) (?:agreement|invoices?|contract|period)|totall?ing)\b/i;

/** The give-backs to offer: what the giver's side trades for this kind, without what makes no sense for it. */
function asksFor(
  source: DraftSource,
  concession: Concession,
  name: ConcessionName,
  flow: Flow,
  style: DocumentStyle,
  sizes: Sizes,
  /** What the kind of deal trades in. */
  currency: Currency,
  /** Whether late charges already run up are given up (settles). */
  settle: boolean,
): Ask[] {
  // A party the contract does not place on a side still sells if its role says so: no volumes asked of a supplier.
  const paid = flow.giver.side === 'payee' || (!flow.giver.side && SELLING_ROLES.has(flow.giver.role));
  let asks = [...(paid ? fittingPaid : fitting)[concession.kind]];
  if (!paid && currency.also) asks.push(...currency.also.filter((a) => !asks.includes(a)));
  // Spend and prepayment are asked only of a party the contract shows paying.
  if (!flow.giver.side && asks.some((a) => BUYERS_ONLY.has(a)))
    asks = [...asks.filter((a) => !BUYERS_ONLY.has(a) && a !== 'other'), 'other'];
  // Months of fees are paid in advance only where fees fall due by the month or year (not per order, nor a share of sales).
  // So is an exit's fee counted in months of fees.
  if (!style.chargesByPeriod) asks = asks.filter((a) => a !== 'prepayment' && a !== TERMINATION_FEE);
  // A fee for terminating prices an exit that ends something, not seats reduced or notice shortened.
  if (!/\b(?:terminat|cancel|break|exit|end\b|withdraw)/i.test(name.description))
    asks = asks.filter((a) => a !== TERMINATION_FEE);
  // A waiver of rights (not of a fee) is not bought by a reference: ask for something of its weight.
  // A seller answers it in kind, in words the parties choose, not with customers or years it has no use for.
  if (concession.kind === 'waiver' && !CHARGE.test(name.description))
    asks = paid ? ['other', 'referral'] : ['other', 'reference', 'testimonial'];
  // Late fees or interest given up once are bought back by settling what is owed, not with a longer term or a year prepaid.
  const once = settle;
  if (once) asks = [CONDITION, ...asks.filter((a) => a !== CONDITION)];
  // An offer letter or employment agreement: the employee's and the employer's own currency, whatever
  // the concession (a waiver of rights is not bought with reference calls either).
  asks = dealAsks(asks, currency);
  // The reader of terms written to "you" is sold to, not a business to be sent prospects.
  const reader = source.parties.find((p) => p.id === flow.receiver.partyId)?.name === READER_NAME;
  if (reader) asks = asks.filter((a) => a !== 'referral');
  // A term is extended only where the contract has one: terms of service run until either side ends them.
  if (style.termMonths === undefined && !/^the\s+\p{Lu}/u.test(style.term))
    asks = asks.filter((a) => a !== 'term-extension');
  // Free months are bought with as many months more.
  if (
    (concession.kind === 'free-scope' || concession.kind === 'waiver') &&
    concession.value?.months &&
    !asks.includes('term-extension')
  )
    asks.splice(1, 0, 'term-extension');
  if (!conditions[concession.kind] && !once) asks = asks.filter((a) => a !== CONDITION);
  if (once) asks = asks.filter((a) => !LASTING.has(a));
  // What the giver already gives the other side is not asked again (a purchase commitment, sole sourcing, a
  // reference): the untied give-back is tied instead, or the concession made conditional on it.
  const held = source.terms ? heldGiveBacks(source.terms, flow.giver.partyId, flow.receiver.partyId) : undefined;
  if (held?.size) asks = asks.filter((a) => a === CONDITION || a === 'other' || !held.has(a));
  // A minimum term no longer than the term already agreed buys nothing, unless the giver may leave earlier.
  // Which give-back the condition would ask for, whatever form it takes for an exit.
  const condition = conditionFor(concession, settle, sizes, flow, currency);
  const leavers = source.terms ? exitHolders(source.terms) : undefined;
  const mayLeave =
    !!leavers && (leavers.has('both') || (flow.giver.partyId !== undefined && leavers.has(flow.giver.partyId)));
  if (
    condition?.kind === 'term-extension' &&
    concession.kind !== 'exit-flexibility' &&
    !mayLeave &&
    style.termMonths !== undefined &&
    style.termMonths >= sizes.months
  )
    asks = asks.filter((a) => a !== CONDITION);
  // "[describe what is given in return]" is offered only where nothing that can be pasted fits.
  if (!asks.length) return ['other'];
  return asks.length > 1 ? asks.filter((a) => a !== 'other') : asks;
}

const givenBy = new WeakMap<readonly Term[], Map<string, Set<string>>>();

/** What the kind of deal trades in (lexicons/deals.ts): only its currency, or without what it has no use for. */
function dealAsks(asks: Ask[], currency: Currency): Ask[] {
  if (currency.only) {
    const kept = asks.filter((a) => currency.only!.has(a));
    return kept.includes('other') ? kept : [...kept, 'other'];
  }
  return currency.without ? asks.filter((a) => !currency.without!.has(a)) : asks;
}

/** Give-backs that bind for a year or more: out of proportion to a charge given up once. */
const LASTING: ReadonlySet<Ask> = new Set<Ask>(['term-extension', 'prepayment', 'volume-commitment', 'exclusivity']);

/**
 * The kinds of binding give-back a party already gives the other side in the contract (not one a
 * condition waits on), read once per review.
 */
function heldGiveBacks(
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
function exitHolders(terms: readonly Term[]): ReadonlySet<string> {
  let found = holders.get(terms);
  if (!found)
    holders.set(
      terms,
      (found = new Set(terms.filter((t) => t.type === 'concession' && t.kind === 'exit-flexibility').map((t) => t.to))),
    );
  return found;
}

const BUYERS_ONLY: ReadonlySet<Ask> = new Set<Ask>(['volume-commitment', 'prepayment']);

/** Roles that sell what the deal is about, whatever side the contract's words put them on. */
const SELLING_ROLES: ReadonlySet<string> = new Set([
  'provider',
  'supplier',
  'vendor',
  'licensor',
  'landlord',
  'seller',
  'contractor',
  'consultant',
  'agency',
  'franchisor',
  'lender',
  'processor',
]);

/** Every piece a template can use, for this concession. */
function piecesFor(
  concession: Concession,
  name: ConcessionName,
  flow: Flow,
  style: DocumentStyle,
  sizes: Sizes,
): Pieces {
  const { giver, receiver } = flow;
  const said = name.defined ? name.description : `${name.description} ${name.where}`;
  const party = (who: 'giver' | 'receiver', s: Speaker, form: 'subject' | 'object' | 'possessive'): string => {
    const words = s[form];
    return flow.guessed ? `{{${who}${form === 'possessive' ? '’s' : ''}|${words}}}` : words;
  };
  return {
    giver: party('giver', giver, 'subject'),
    'giver-object': party('giver', giver, 'object'),
    'giver’s': party('giver', giver, 'possessive'),
    'giver-role': giver.role,
    'giver-roles': `${giver.role}s`,
    receiver: party('receiver', receiver, 'object'),
    'receiver-subject': party('receiver', receiver, 'subject'),
    'receiver’s': party('receiver', receiver, 'possessive'),
    prospects: `prospective ${receiver.clients}`,
    concession: said,
    description: name.description,
    clause: name.clause ?? style.self,
    document: style.self,
    agreement: style.principal,
    term: style.term,
    eachYear: style.eachYear,
    services: style.services,
    fees: style.fees,
    effectiveDate: style.effectiveDate,
    shall: style.shall,
    figure: name.figure ?? '',
    applies: name.plural ? 'apply' : 'applies',
    is: name.plural ? 'are' : 'is',
    months: figure(style, sizes.months),
    calls: figure(style, sizes.calls),
    prepayMonths: figure(style, sizes.prepayMonths),
    volume: sizes.volume,
  };
}

/**
 * A drafted give-back whose giver the contract did not name, redrafted with the party a person
 * chose: the chosen party gives back, to the party that conceded (or the other party).
 */
export function chooseGiver(
  review: Pick<Review, 'text' | 'clauses' | 'definitions' | 'references' | 'parties' | 'terms'>,
  concessionId: string,
  suggestion: Pick<Suggestion, 'template'>,
  giverId: string,
): string {
  const style = documentStyle(review);
  const giverParty = review.parties.find((p) => p.id === giverId);
  if (!giverParty) return suggestion.template;
  const concession = review.terms.find((t) => t.id === concessionId);
  const receiverParty =
    review.parties.find((p) => p.id === concession?.by && p.id !== giverId) ??
    review.parties.find((p) => p.id !== giverId);
  const giver = speaker(review, giverParty, style);
  const receiver = receiverParty ? speaker(review, receiverParty, style) : undefined;
  const forms: Record<string, string | undefined> = {
    giver: giver.subject,
    'giver’s': giver.possessive,
    receiver: receiver?.object,
    'receiver’s': receiver?.possessive,
  };
  const filled = suggestion.template.replace(
    /\{\{(giver|giver’s|receiver|receiver’s)\|([^{}]*)\}\}/g,
    (whole, name: string) => forms[name] ?? whole,
  );
  return filled.replace(/^([a-z])/, (c) => c.toUpperCase());
}
