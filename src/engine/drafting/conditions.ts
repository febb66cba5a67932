/**
 * The conditional form of a concession: the concession itself made the trade ("The discount in Section 4.2 applies only
 * while …"), in the form that fits what it gives up and what the contract already holds.
 */
import type { Concession } from '../model.js';
import {
  conditions,
  conditionsOnSpend,
  heldCondition,
  lockInCondition,
  longerNoticeCondition,
  settlement,
  type Condition,
} from '../lexicons/drafts.js';
import { isPaid } from '../lexicons/deals.js';
import type { ConcessionName } from './naming.js';
import type { Flow } from './voice.js';
import type { Sizes } from './sizes.js';
import type { Currency } from './deal.js';
import type { DraftSource } from './index.js';

/** An exit held back until a term or a date has run: "after the expiration of the Initial Term", "no earlier than". */
const ALREADY_LOCKED_IN =
  /\b(?:after|following|upon) the (?:expiration|expiry|end) of the (?:initial |first )?(?:term|period|year)\b|\bno earlier than\b|\bnot (?:earlier|sooner) than\b/i;

/** Whether an exit already waits out a term, in its clause or the items under it. */
export function lockedIn(source: DraftSource, concession: Concession): boolean {
  const clause = source.clauses[concession.clause];
  return (
    concession.kind === 'exit-flexibility' &&
    !!clause &&
    ALREADY_LOCKED_IN.test(source.text.slice(clause.start, clause.end))
  );
}

/** What the conditional form of a concession depends on. */
export interface ConditionContext {
  concession: Concession;
  sizes: Pick<Sizes, 'volume' | 'months'>;
  flow: Flow;
  currency: Currency;
  /** The months the contract's first term runs, where it says. */
  termMonths?: number;
  /** An exit that already waits out a term (lockedIn). */
  lockedIn?: boolean;
  /** Late charges already run up, given up (settles). */
  settle?: boolean;
  /** Where the giver's commitment already in the contract is cited ("paragraph 1"), if it has one. */
  held?: string;
  /** The document varies another (an amendment, a deed of variation, a letter), whose term it may not state. */
  varies?: boolean;
}

/** The conditional form for a concession, given the months asked and (where stated) the months the contract runs. */
export function conditionFor(c: ConditionContext): Condition | undefined {
  const { concession, sizes, flow, currency, termMonths } = c;
  const exit = concession.kind === 'exit-flexibility';
  // An exit that already waits out a term is bought with longer notice, not a lock-in it has.
  if (exit && c.lockedIn) return longerNoticeCondition;
  // A minimum term shorter than the term agreed reads as nonsense, and one in a variation of a deal whose term it does
  // not state may be: an exit waits out a lock-in instead.
  if (exit && (termMonths === undefined ? c.varies : termMonths >= sizes.months)) return lockInCondition;
  // Late fees or interest given up are kept if what is owed is settled soon.
  if (c.settle) return settlement[concession.kind];
  // A concession kept while the giver keeps the commitment it already gives ("… while you tender the loads in paragraph 1").
  if (c.held && conditions[concession.kind] && !exit) return heldCondition;
  if (currency.conditions?.[concession.kind]) return currency.conditions[concession.kind];
  const spend = conditionsOnSpend[concession.kind];
  return spend && !sizes.volume.startsWith('[') && flow.giver.role !== 'tenant' ? spend : conditions[concession.kind];
}

/**
 * Late fees, interest or arrears already run up, given up to the party that owed them: what settling what is owed can
 * keep. Not a grace for charges to come ("will not charge a late charge on the first late installment").
 */
export function settles(source: DraftSource, concession: Concession, name: ConcessionName, flow: Flow): boolean {
  const sentence = source.sentences[concession.sentence];
  const said = sentence ? source.text.slice(sentence.start, sentence.end) : name.description;
  return (
    !!settlement[concession.kind] &&
    !isPaid(flow.giver) &&
    LATE_CHARGE.test(name.description) &&
    RUN_UP.test(said) &&
    // A refund on leaving is the exit's own reckoning, not a charge forgiven.
    !/\brefund/i.test(name.description)
  );
}

/** Charges for paying late (late fees, interest, arrears): given up once, so asked back once, not for years. */
const LATE_CHARGE = /\b(?:late|interest|arrears|overdue|past[- ]due|outstanding|accrued|penalt\w+)\b/i;
/** Words that say the charges were already run up: "charged on University invoices under the Prior Agreement". */
const RUN_UP =
  /\b(?:accrued|outstanding|overdue|past[- ]due|arrears|incurred|to date|(?:charged|invoiced|levied|assessed) (?:on|to|under|for|against)|(?:prior|previous|existing) (?:agreement|invoices?|contract|period)|totall?ing)\b/i;
