/** The shape of a lexicon entry: how one way of writing a concession or a give-back is recognised. */

export interface Cue<K extends string = string> {
  /** Stable id, shown in explanations and used by tests: "discount.percent-off". */
  id: string;
  kind: K;
  /** Phrases in the lexicon language of `patterns.ts`; any of them signals the term. */
  phrases: string[];
  /** Lower-case words, one of which must appear in a sentence before its phrases are tried. */
  triggers: string[];
  /**
   * Who the sentence's subject is. Concessions: `actor` grants it ("Provider waives"), `recipient`
   * receives it ("Customer may terminate"). Benefits: `actor` gives it, `recipient` receives it; `named`: the
   * party the match names gives it, whoever the subject ("… in return for the engagement of the Depositor to occupy …").
   */
  subject?: 'actor' | 'recipient' | 'named';
  /** Given by the party that is paid, whoever the sentence's subject ("Customer shall pay … as follows: no fees will be due until …"). */
  grantedBy?: 'payee';
  /** Counts only inside a condition ("if Customer pays in advance, …"). */
  inCondition?: boolean;
  /** The sentence must also match this. */
  requires?: RegExp;
  /** The clause must be an item of a list whose lead-in matches this ("may be terminated as follows:" (d) by either party …). */
  leadIn?: RegExp;
  /**
   * Read only in a table cell whose column header matches this ("Discount" over "25%"): the cell's
   * figure is the term though its words do not name it. Such a cue has no triggers.
   */
  column?: RegExp;
  /**
   * With `column`: read only where the same row's cell under a header matching this states a higher amount (a list
   * price), so that the cell's figure is a price below it ("Unit list price" $1,140 over "Unit price this Order" $912).
   */
  belowColumn?: RegExp;
  /** With `belowColumn`: read only a nil figure ("$0.00"), something listed at a price and given for nothing. */
  atNil?: boolean;
  /** Not this term when the sentence matches this. */
  unless?: RegExp;
  /**
   * Read only where these words come before it, in its sentence or its clause: the standard it departs from ("our
   * liability … is limited as stated in them"), the exit it prices ("The Hirer may cancel the booking …").
   */
  follows?: RegExp;
  /** Read only in a document that varies a deal: in an original the same words set the deal's own economics. */
  inVariation?: boolean;
  /** The match must state a period of at least this many days (payment terms beyond net 30). */
  minDays?: number;
  /** The same in a document that sets up a deal rather than varying one: there net 60 is ordinary drafting. */
  minDaysInOriginal?: number;
  /**
   * The match states a new period and the one it replaces ("30 days instead of 15"): the new must be
   * longer. 'standard before' when the match states only the new period and the standard is stated
   * before it, in its sentence or its clause ("Our standard terms are net 30; for this order, net 60").
   */
  longerThan?: true | 'standard before';
  /** The match states a new figure and the one it replaces ("five Units rather than six"): the new must be smaller. */
  fewerThan?: boolean;
  /** The match states a new amount and the one it replaces ("£25 (instead of £10)"): the new must be larger. */
  higherThan?: boolean;
  /** A limit on what "such" points at ("such fees shall not exceed …"): the pointer names what is capped, not a term made elsewhere. */
  capsWhatItNames?: boolean;
  /** The phrase carries its own negation ("shall not increase"), so the negation test is skipped. */
  negative?: boolean;
  /** May be a remedy for a failure (refunds, SLA credits, termination): dismissed as such unless raised beyond the standard. */
  remedyProne?: boolean;
  /** Names the term by a noun that may be a defined term used elsewhere ("the Volume Rebate"): a mention, not a new term. */
  noun?: boolean;
  /** Distinct items can sit in one sentence ("three places at no cost and an engineer, free of charge"). */
  countable?: boolean;
  /** What the words right after the match govern when it is something else: an exit ends this agreement, not "these payment terms". */
  otherObject?: RegExp;
  /** Publicity: "X may name Y as a client" makes X the recipient of Y's permission. */
  usePermission?: boolean;
  /** A give-back that is the price of one kind of concession and balances no other: a termination fee prices an exit. */
  prices?: string;
  /** Part of another term when one of these kinds is in the same sentence ("without any early-termination charge" in an exit right). */
  partOf?: K[] | string[];
}
