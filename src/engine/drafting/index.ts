/**
 * Drafted give-backs for a concession: each fitting give-back in the consideration form, and the
 * conditional form, written in the contract's words (style.ts), naming the concession as the
 * contract would (naming.ts), with the recipient giving back to the grantor (voice.ts), sized to
 * the concession's figures.
 */
import { READER_NAME } from '../parties/index.js';
import type {
  BenefitKind,
  Clause,
  Concession,
  Definition,
  Party,
  Reference,
  Review,
  Sentence,
  Suggestion,
  Term,
} from '../model.js';
import { isPaid } from '../lexicons/deals.js';
import type { GiveBackTemplates } from '../options.js';
import {
  CONDITION,
  TERMINATION_FEE,
  terminationFee,
  RELEASE,
  release,
  CREDIT_BACK,
  creditBack,
  terminationFeeSum,
  heldCondition,
  conditions,
  drafts,
  fitting,
  fittingPaid,
  type Ask,
} from '../lexicons/drafts.js';
import { documentStyle, figure, type DocumentStyle } from './style.js';
import { sized, type Sizes } from './sizes.js';
import { nameConcession, placeOf, type ConcessionName } from './naming.js';
import { flowOf, speaker, type Flow, type Speaker } from './voice.js';
import { fillPieces, type Pieces } from './fill.js';
import { dealOf } from './deal.js';
import { currencies, type Currency } from '../lexicons/deals.js';
import { conditionFor, lockedIn, settles, type ConditionContext } from './conditions.js';
import { exitHolders, heldCommitment, heldGiveBacks, optionalOffers } from './held.js';
import { barredBy } from './conflicts.js';

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
  const currency = currencies[dealOf(source)];
  const commitment = heldCommitment(source.terms, flow.giver.partyId, flow.receiver.partyId);
  const commitmentClause = commitment && source.clauses[commitment.clause];
  const held = commitmentClause && placeOf(source, commitmentClause, style).clause;
  const pieces = { ...piecesFor(concession, name, flow, style, sizes), held: held ?? '' };
  const number = (n: number): string => figure(style, n);
  const suggestions: Suggestion[] = [];
  const context: ConditionContext = {
    concession,
    sizes,
    flow,
    currency,
    termMonths: style.termMonths,
    lockedIn: lockedIn(source, concession),
    settle: settles(source, concession, name, flow),
    varies: style.principal !== style.self,
    ...(held ? { held } : {}),
  };
  // An optional offer of the same give-back nearby is made firm, "notwithstanding" where it is, and asked first.
  const offers = optionalOffers(source.terms, source.clauses, concession);
  const firm = (ask: Ask): string | undefined => {
    const offer = offers.get(ask);
    const clause = offer && source.clauses[offer.clause];
    return clause && placeOf(source, clause, style).clause;
  };
  // A use of a party's name the contract bars without consent is that consent, given notwithstanding the bar.
  const overriding = (ask: Ask): string | undefined => {
    const bar = barredBy(ask, source);
    return bar && placeOf(source, bar, style).clause;
  };
  const asks = asksFor(source, context, name, style);
  const ordered = [...asks.filter((a) => firm(a)), ...asks.filter((a) => !firm(a))];
  for (const ask of ordered) {
    const draft = draftOf(ask, context, style, source.templates, commitment?.kind as BenefitKind | undefined);
    if (!draft) continue;
    const where = firm(ask) ?? overriding(ask);
    const template = where
      ? draft.template.replace(
          /^In consideration of \{concession\}, /,
          `In consideration of {concession}, and notwithstanding ${where}, `,
        )
      : draft.template;
    const filled = fillPieces(template, pieces, number);
    const text = style.americanFavor ? filled.replace(/\b([Ff])avour/g, '$1avor') : filled;
    suggestions.push({
      kind: draft.kind,
      title: draft.title,
      template: text,
      text: text.replace(/\{\{[^{|}]*\|([^{}]*)\}\}/g, '$1'),
      ...(ask === CONDITION ? { form: 'condition' as const } : {}),
      ...(flow.guessed ? { askParty: true } : {}),
    });
  }
  return suggestions;
}

/** The draft for an ask: the conditional form that fits, an exit's fee, a release, or the user's or the lexicon's template. */
function draftOf(
  ask: Ask,
  context: ConditionContext,
  style: DocumentStyle,
  templates: GiveBackTemplates | undefined,
  /** The kind of the commitment the giver already gives, which the condition on it asks to keep. */
  heldKind: BenefitKind | undefined,
): { kind: BenefitKind; title: string; template: string } | undefined {
  if (ask === CONDITION) {
    const condition = conditionFor(context);
    return condition && { ...condition, kind: condition === heldCondition && heldKind ? heldKind : condition.kind };
  }
  if (ask === TERMINATION_FEE) return style.chargesByPeriod ? terminationFee : terminationFeeSum;
  if (ask === RELEASE) return release;
  if (ask === CREDIT_BACK) return creditBack;
  return { ...drafts[ask], ...templates?.[ask], kind: ask };
}

/** An exit its clause says is free: "without payment of any termination fee", "without any break premium or penalty". */
const FEE_FREE_EXIT =
  /\bwithout (?:(?:the )?payment of |paying |incurring )?(?:any |an |a )?(?:early )?(?:termination|cancell?ation|break|exit) (?:fees?|premiums?|charges?|penalt(?:y|ies))|\bwithout (?:any )?(?:penalty|premium)\b/i;

/** What a concession gives up is money the other side would be paid. */
const CHARGE = /\b(?:fees?|charges?|rent|price|payment|costs?|interest|royalt|minimum)/i;

/** Fees already paid a year ahead: "invoiced annually in advance", "annually at the start of each Subscription Year". */
const PAID_A_YEAR_AHEAD =
  /\b(?:annually|yearly|each year|per annum)\s+in advance\b|\bin advance\s+(?:for|of) each (?:contract |subscription )?year\b|\bannually at the (?:start|beginning) of each\b/i;

/** The give-backs to offer: what the giver's side trades for this kind, without what makes no sense for it. */
function asksFor(source: DraftSource, context: ConditionContext, name: ConcessionName, style: DocumentStyle): Ask[] {
  const { concession, flow, sizes, currency, settle } = context;
  // A party the contract does not place on a side still sells if its role says so: no volumes asked of a supplier.
  const paid = isPaid(flow.giver);
  // The reader of terms written to "you" (online terms): no invoices to credit, no business to send prospects to.
  const reader = source.parties.find((p) => p.id === flow.receiver.partyId)?.name === READER_NAME;
  let asks = [...(paid ? fittingPaid : fitting)[concession.kind]];
  // An exit is priced by a lock-in or a fee, not by what the deal trades otherwise.
  if (!paid && currency.also && concession.kind !== 'exit-flexibility')
    asks.push(...currency.also.filter((a) => !asks.includes(a)));
  // Spend and prepayment are asked only of a party the contract shows paying.
  if (!flow.giver.side && asks.some((a) => BUYERS_ONLY.has(a)))
    asks = [...asks.filter((a) => !BUYERS_ONLY.has(a) && a !== 'other'), 'other'];
  // Months of fees are paid in advance only where fees fall due by the month or year (not per order, nor a share of sales).
  // An exit's fee is then a sum the parties fill in, not months of fees.
  // Nor where they are already paid a year ahead ("invoiced annually in advance"): that is held, not asked.
  if (!style.chargesByPeriod || PAID_A_YEAR_AHEAD.test(style.flat)) asks = asks.filter((a) => a !== 'prepayment');
  // A fee for terminating prices an exit that ends something, not seats reduced or notice shortened; nor one the clause
  // says it is free of ("without payment of any break premium or penalty").
  const clause = source.clauses[concession.clause];
  if (
    !/\b(?:terminat|cancel|break|exit|end\b|withdraw)/i.test(name.description) ||
    (clause && FEE_FREE_EXIT.test(source.text.slice(clause.start, clause.end)))
  )
    asks = asks.filter((a) => a !== TERMINATION_FEE);
  // A waiver of rights (not of a fee) is not bought by a reference: ask for something of its weight.
  // A seller answers it in kind, in words the parties choose, not with customers or years it has no use for.
  if (concession.kind === 'waiver' && !CHARGE.test(name.description))
    asks = paid ? (reader ? ['other'] : [CREDIT_BACK, 'other']) : ['other', 'reference', 'testimonial'];
  // Late fees or interest given up once are bought back by settling what is owed, not with a longer term or a year prepaid.
  const once = !!settle;
  // A concession kept while the giver keeps the commitment it already gives comes first: it costs the giver nothing new.
  if (once || (context.held && conditions[concession.kind] && concession.kind !== 'exit-flexibility'))
    asks = [CONDITION, ...asks.filter((a) => a !== CONDITION)];
  // An offer letter or employment agreement: the employee's and the employer's own currency, whatever
  // the concession (a waiver of rights is not bought with reference calls either).
  asks = dealAsks(asks, currency);
  // The reader of terms written to "you" is sold to, not a business to be sent prospects.
  if (reader) asks = asks.filter((a) => a !== 'referral' && a !== CREDIT_BACK);
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
  const condition = conditionFor(context);
  const leavers = source.terms ? exitHolders(source.terms) : undefined;
  const mayLeave =
    !!leavers && (leavers.has('both') || (flow.giver.partyId !== undefined && leavers.has(flow.giver.partyId)));
  if (
    condition?.kind === 'term-extension' &&
    concession.kind !== 'exit-flexibility' &&
    !mayLeave &&
    // Nor, in an amendment or a letter that does not say how long the deal it varies runs, one that may be a no-op.
    (style.termMonths === undefined ? context.varies : style.termMonths >= sizes.months)
  )
    asks = asks.filter((a) => a !== CONDITION);
  // "[describe what is given in return]" is offered only where nothing that can be pasted fits.
  if (!asks.length) return ['other'];
  return asks.length > 1 ? asks.filter((a) => a !== 'other') : asks;
}

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

const BUYERS_ONLY: ReadonlySet<Ask> = new Set<Ask>(['volume-commitment', 'prepayment']);

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
    // The giver's own, as its pronoun has it: "your obligations", "its obligations".
    its: flow.guessed
      ? 'its'
      : (({ you: 'your', we: 'our' } as Record<string, string>)[giver.subject.toLowerCase()] ?? 'its'),
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
