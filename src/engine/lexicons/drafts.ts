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

const minimumTerm: Condition = {
  kind: 'term-extension',
  title: 'Make it conditional on a minimum term',
  template:
    '{concession} {applies} only if {giver} commits to a minimum term of {{months|{months}}} months from {effectiveDate}.',
};
const minimumSpend: Condition = {
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

/** Where the clause states what is spent, a price concession is better conditional on spending it. */
export const conditionsOnSpend: Partial<Record<ConcessionKind, Condition>> = {
  discount: minimumSpend,
  'payment-terms': minimumSpend,
};

/** Marks the place of the conditional form in a list of fitting give-backs. */
export const CONDITION = 'condition';
/** Marks the place of an early termination fee, what an exit at will is priced with. */
export const TERMINATION_FEE = 'termination-fee';
export type Ask = BenefitKind | typeof CONDITION | typeof TERMINATION_FEE;

/** The price of an exit at will, in months of the fees the leaving party would have paid. */
export const terminationFee: Condition = {
  kind: 'other',
  title: 'Ask for an early termination fee',
  template:
    'If {concession} is exercised, {giver} {shall} pay {receiver} an early termination fee equal to ' +
    '{{months|{#3}}} months of {fees}, within {{days|{#30}}} days after the termination takes effect.',
};

/**
 * What a paying party gives back for each kind of concession, best first: what negotiators
 * trade for it. A term extension does not buy software updates; a reference does not buy an exit.
 */
export const fitting: Record<ConcessionKind, Ask[]> = {
  discount: ['term-extension', 'volume-commitment', CONDITION, 'prepayment', 'reference', 'testimonial'],
  waiver: ['reference', 'testimonial', CONDITION, 'prepayment', 'publicity'],
  credit: ['reference', 'testimonial', 'publicity'],
  'payment-terms': ['volume-commitment', 'term-extension', CONDITION, 'reference', 'testimonial'],
  'price-protection': ['term-extension', 'volume-commitment', CONDITION, 'prepayment', 'exclusivity'],
  'free-scope': ['feedback', 'testimonial', 'reference', CONDITION, 'publicity'],
  // An exit is priced by what leaving costs, not by fees paid ahead that leaving would forfeit.
  'exit-flexibility': [CONDITION, TERMINATION_FEE],
  risk: ['term-extension', 'volume-commitment', 'reference'],
};

/** What a party that is paid gives back: it has no fees to commit, nor customers' names to lend. */
export const fittingPaid: Record<ConcessionKind, Ask[]> = {
  discount: ['term-extension', 'referral', 'other'],
  waiver: ['other', 'term-extension', 'referral'],
  credit: ['other', 'referral'],
  'payment-terms': ['other', 'term-extension'],
  'price-protection': ['term-extension', 'other'],
  'free-scope': ['other', 'referral', 'term-extension'],
  'exit-flexibility': [CONDITION, 'other'],
  risk: ['other', 'term-extension', 'referral'],
};

/**
 * What is traded in employment: a commitment to stay (a longer term), the concession made
 * conditional, or something described in the parties' own words. References to prospects,
 * testimonials, logos, volumes and prepayment are a supplier's currency, not an employee's.
 */
export const employmentAsks: ReadonlySet<Ask> = new Set<Ask>(['term-extension', CONDITION, 'other']);

/** A software supplier's currency: what its customers lend it (their names, their words, their time). */
const CUSTOMER_ADVOCACY: Ask[] = ['testimonial', 'reference', 'publicity', 'feedback'];

/**
 * Deals through a channel, named by the document's title: a franchisee or a distributor does not give
 * testimonials about products it resells, reference calls or a logo on a customer list; it trades
 * volumes, term, prepayment and (a distributor, not a franchisee) exclusivity.
 */
export const channelDeals: { title: RegExp; without: ReadonlySet<Ask> }[] = [
  {
    title: /\bfranchise\s+(?:[\w-]+\s+)?agreement\b/i,
    without: new Set<Ask>([...CUSTOMER_ADVOCACY, 'exclusivity']),
  },
  {
    title:
      /\b(?:distribut\w*|resell\w*|dealer(?:ship)?|sales agency|sales representative)\s+(?:[\w-]+\s+)?agreement\b/i,
    without: new Set<Ask>(CUSTOMER_ADVOCACY),
  },
];

/** Give-backs that make no sense for a tenant, who buys space, not volumes or products. */
export const notForTenants: ReadonlySet<Ask> = new Set<Ask>(['volume-commitment', 'feedback', 'exclusivity']);

/**
 * Deals whose parties are not a supplier and its customers, named by the document's title: an IP or
 * content licence, research and development, a collaboration or (co-)promotion, a sponsorship or
 * endorsement, an investment. References to prospects, testimonials, case studies, a logo on a
 * customer list, feedback sessions, purchases and preferred-supplier status are a supplier's
 * currency; there the asks are a longer term, the concession made conditional, or consideration
 * the parties describe in their own words.
 */
export const PARTNERSHIP_DEAL = new RegExp(
  '\\b((?:[\\w-]+\\s+){0,3})(?:research|development|collaboration|co-?promotion|promotion|sponsorship|' +
    'endorsement|joint venture|investment|(?:stock|share|securities|unit) purchase|licen[cs]e)' +
    // "Development and Option Agreement", "License & Supply Agreement" (its words after the kind are read too).
    '((?:\\s+(?:and|&)\\s+[\\w-]+){0,2})\\s+agreement\\b',
  'i',
);

/** Title words that make such a deal a sale after all: "Software License Agreement", "Supply and Development Agreement". */
export const SUPPLIER_TITLE =
  /\b(?:software|saas|subscription|end[- ]user|hosting|cloud|services?|reseller|distribut\w*|supply|manufactur\w*|oem)\b/i;

/** The conditional forms a partnership uses where a supplier's differs: free scope kept for a minimum term, not for feedback. */
export const partnershipConditions: Partial<Record<ConcessionKind, Condition>> = { 'free-scope': minimumTerm };

export const partnershipAsks: ReadonlySet<Ask> = new Set<Ask>(['term-extension', CONDITION, 'other']);
