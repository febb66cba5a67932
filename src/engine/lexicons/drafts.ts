/**
 * Give-back clauses a negotiator would propose, and which fit which concession.
 *
 * Templates are written with pieces the drafter fills from the contract (docs/rules/
 * unreciprocated-concession.md lists them): `{giver}` is the party that received the concession
 * and now gives back, `{receiver}` the party that conceded, `{concession}` names the concession
 * in the contract's own words and says where it is ("the waiver of the setup fee in Section
 * 3.2"); `{term}`, `{eachYear}`, `{services}`, `{fees}`, `{effectiveDate}`, `{shall}` are the
 * contract's own words for those; `{months}`, `{calls}`, `{volume}` are sized to the concession's
 * figures; `{#15}` writes 15 as the contract writes figures. `{{name|default}}` marks what a
 * person must choose.
 */
import type { BenefitKind, ConcessionKind } from '../model.js';

export interface Draft {
  title: string;
  template: string;
}

/** The consideration form of each give-back: "In consideration of …, Customer shall …". */
export const drafts: Record<BenefitKind, Draft> = {
  reference: {
    title: 'Ask for a reference',
    template:
      'In consideration of {concession}, {giver} {shall} act as a reference for {receiver}, including by ' +
      'taking part in up to {{calls|{calls}}} reference calls with {prospects} in {eachYear}.',
  },
  testimonial: {
    title: 'Ask for a testimonial or case study',
    template:
      'In consideration of {concession}, {giver} {shall} give {receiver} a written testimonial about ' +
      '{services} and take part in {{count|{#1}}} case study within {{days|{#90}}} days after {receiver’s} ' +
      'request, for use in {receiver’s} marketing materials.',
  },
  'term-extension': {
    title: 'Ask for a longer term',
    template: 'In consideration of {concession}, {giver} agrees that {term} is extended by {{months|{months}}} months.',
  },
  publicity: {
    title: 'Ask for logo and name use in marketing',
    template:
      'In consideration of {concession}, {giver} permits {receiver} to name {giver-object} as one of ' +
      '{receiver’s} {giver-roles} and to use {giver’s} name and logo in {receiver’s} customer lists, ' +
      'website and marketing materials for {term}.',
  },
  prepayment: {
    title: 'Ask for prepayment',
    template:
      'In consideration of {concession}, {giver} {shall} pay {fees} for the first ' +
      '{{months|{prepayMonths}}} months of {term} in advance, within {{days|{#15}}} days after ' +
      '{effectiveDate}.',
  },
  'volume-commitment': {
    title: 'Ask for a volume commitment',
    template:
      'In consideration of {concession}, {giver} commits to purchase not less than {{volume|{volume}}} in {eachYear}.',
  },
  referral: {
    title: 'Ask for referrals',
    template:
      'In consideration of {concession}, {giver} {shall} introduce {receiver} to at least {{count|{#2}}} {prospects} in {eachYear}.',
  },
  feedback: {
    title: 'Ask for product feedback',
    // No board the contract does not set up: a feedback session is something a lawyer can sign for.
    template:
      'In consideration of {concession}, {giver} {shall} give {receiver} structured feedback on ' +
      '{services}, in a session of up to two (2) hours arranged by {receiver}, at least {{frequency|once ' +
      'each calendar quarter}}.',
  },
  exclusivity: {
    title: 'Ask for preferred-supplier status',
    template:
      'In consideration of {concession}, {giver} appoints {receiver} as {giver’s} preferred supplier of {services} for {term}.',
  },
  other: {
    title: 'Ask for consideration',
    template:
      'In consideration of {concession}, {giver} {shall} give {receiver} {{obligation|[describe what is given in return]}}.',
  },
};

/** A conditional form: the concession itself made the trade ("The discount in Section 4.2 applies only while …"). */
export interface Condition extends Draft {
  /** The give-back the condition asks for. */
  kind: BenefitKind;
}

export const minimumTerm: Condition = {
  kind: 'term-extension',
  title: 'Make it conditional on a minimum term',
  template:
    '{concession} {applies} only if {giver} commits to a minimum term of {{months|{months}}} months from {effectiveDate}.',
};
export const minimumSpend: Condition = {
  kind: 'volume-commitment',
  title: 'Make it conditional on a volume commitment',
  template:
    '{concession} {applies} only while {giver} commits to purchase not less than {{volume|{volume}}} in {eachYear}.',
};

/** The conditional form for each kind of concession, where negotiators use one. */
export const conditions: Partial<Record<ConcessionKind, Condition>> = {
  discount: minimumTerm,
  waiver: minimumTerm,
  'payment-terms': minimumTerm,
  'price-protection': minimumTerm,
  'free-scope': {
    kind: 'feedback',
    title: 'Make it conditional on product feedback',
    template:
      '{concession} {is} available only while {giver} gives {receiver} structured feedback on {services}, ' +
      'in a session arranged by {receiver}, at least {{frequency|once each calendar quarter}}.',
  },
  'exit-flexibility': {
    kind: 'term-extension',
    title: 'Make it conditional on a minimum term',
    template:
      '{giver} commits to a minimum term of {{months|{months}}} months from {effectiveDate} and may exercise {concession} only after that term ends.',
  },
};

/** An exit in a contract that already runs longer than the months asked: a period before it may be used, not a minimum term. */
export const lockInCondition: Condition = {
  kind: 'term-extension',
  title: 'Make it conditional on a lock-in period',
  template: '{giver} shall not exercise {concession} until {{months|{months}}} months after {effectiveDate}.',
};

/** An exit that already waits out a term: bought with longer notice, so the other side can plan for it. */
export const longerNoticeCondition: Condition = {
  kind: 'term-extension',
  title: 'Make it conditional on longer notice',
  template:
    "{giver} may exercise {concession} only by giving {receiver} not less than {{days|one hundred eighty (180)}} days' written notice.",
};

/** A concession kept while the giver keeps the commitment it already gives in the contract, cited where it is. */
export const heldCondition: Condition = {
  kind: 'other',
  title: 'Make it conditional on the commitment already given',
  template: '{concession} {is} conditional on {giver} continuing to perform {its} obligations under {held}.',
};

/** Where the clause states what is spent, a price concession is better conditional on spending it. */
export const conditionsOnSpend: Partial<Record<ConcessionKind, Condition>> = {
  discount: minimumSpend,
  'payment-terms': minimumSpend,
};

/** Marks the place of the conditional form in a list of fitting give-backs. */
export const CONDITION = 'condition';
/** Marks the place of an early termination fee, what an exit at will is priced with. */
export const TERMINATION_FEE = 'termination-fee';
/** Marks the place of a release of claims, what a credit given as compensation is settled with. */
export const RELEASE = 'release';
/** Marks the place of a credit against the next invoice, what a paid party gives for what its client gives up. */
export const CREDIT_BACK = 'credit-back';
export type Ask = BenefitKind | typeof CONDITION | typeof TERMINATION_FEE | typeof RELEASE | typeof CREDIT_BACK;

/** A credit or refund given for what went wrong is accepted in settlement of the claims it answers. */
export const release: Condition = {
  kind: 'other',
  title: 'Ask for a release of claims',
  template:
    'In consideration of {concession}, {giver} {shall} accept it in full and final settlement of, and {shall} release ' +
    '{receiver} from, all claims arising out of the matters for which it is given.',
};

/** A paid party's own currency: its fees, credited back ("Provider shall credit Customer … against its next invoice"). */
export const creditBack: Condition = {
  kind: 'other',
  title: 'Ask for a credit',
  template:
    'In consideration of {concession}, {giver} {shall} credit {receiver} {{amount|[amount]}} against the next invoice ' +
    'issued to {receiver} under {agreement}.',
};

/** The price of an exit at will, in months of the fees the leaving party would have paid. */
export const terminationFee: Condition = {
  kind: 'other',
  title: 'Ask for an early termination fee',
  template:
    'If {concession} is exercised, {giver} {shall} pay {receiver} an early termination fee equal to ' +
    '{{months|{#3}}} months of {fees}, within {{days|{#30}}} days after the termination takes effect.',
};

/** The same where fees do not fall due by the month: a sum the parties fill in. */
export const terminationFeeSum: Condition = {
  kind: 'other',
  title: 'Ask for an early termination fee',
  template:
    'If {concession} is exercised, {giver} {shall} pay {receiver} an early termination fee of {{amount|[amount]}}, ' +
    'within {{days|{#30}}} days after the termination takes effect.',
};

/**
 * What a paying party gives back for each kind of concession, best first: what negotiators
 * trade for it. A term extension does not buy software updates; a reference does not buy an exit.
 */
export const fitting: Record<ConcessionKind, Ask[]> = {
  discount: ['term-extension', 'volume-commitment', CONDITION, 'prepayment', 'reference', 'testimonial', 'referral'],
  waiver: ['reference', 'testimonial', CONDITION, 'prepayment', 'publicity'],
  credit: [RELEASE, 'reference', 'testimonial', 'publicity'],
  'payment-terms': ['volume-commitment', 'term-extension', CONDITION, 'reference', 'testimonial'],
  'price-protection': ['term-extension', 'volume-commitment', CONDITION, 'prepayment', 'exclusivity'],
  // A customer sends its vendor prospects like itself: a referral, last, as negotiators offer it.
  'free-scope': ['feedback', 'testimonial', 'reference', CONDITION, 'publicity', 'referral'],
  // An exit is priced by what leaving costs, not by fees paid ahead that leaving would forfeit.
  'exit-flexibility': [CONDITION, TERMINATION_FEE],
  risk: ['term-extension', 'volume-commitment', 'reference'],
};

/**
 * What a party that is paid gives back: it has no fees to commit, nor customers' names to lend, nor prospects to find
 * for its own client (a contractor, supplier or consultant sending its customer prospective customers trades nothing).
 */
export const fittingPaid: Record<ConcessionKind, Ask[]> = {
  discount: ['term-extension', CREDIT_BACK, 'other'],
  waiver: [CREDIT_BACK, 'other', 'term-extension'],
  credit: [CREDIT_BACK, 'other'],
  'payment-terms': [CREDIT_BACK, 'other', 'term-extension'],
  'price-protection': ['term-extension', CREDIT_BACK, 'other'],
  'free-scope': [CREDIT_BACK, 'other', 'term-extension'],
  'exit-flexibility': [CONDITION, 'other'],
  risk: [CREDIT_BACK, 'other', 'term-extension'],
};

/**
 * Late fees or interest given up, granted to the party that owed them: kept only if what is still owed is settled soon,
 * else what was given up falls due again. The settlement is paid sooner than it would be: a prepayment.
 */
export const settlement: Partial<Record<ConcessionKind, Condition>> = {
  waiver: {
    kind: 'prepayment',
    title: 'Make it conditional on settling what is owed',
    template:
      '{concession} {applies} only if {giver} pays all amounts then outstanding under {document} within ' +
      '{{days|{#15}}} days after {effectiveDate}, failing which the amounts waived become payable to {receiver} on demand.',
  },
  credit: {
    kind: 'prepayment',
    title: 'Make it conditional on settling what is owed',
    template:
      '{concession} {applies} only if {giver} pays all amounts then outstanding under {document} within ' +
      '{{days|{#15}}} days after {effectiveDate}, failing which the amounts credited become payable to {receiver} on demand.',
  },
};
