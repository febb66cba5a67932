/**
 * The model of a contract that every stage builds a part of. All of it is plain,
 * serialisable data: the CLI prints it, the editor and the reports read it.
 *
 * Offsets are UTF-16 code-unit offsets into the document text, half-open (`end` is exclusive).
 */

/** A half-open range of UTF-16 offsets into the document. */
export interface Span {
  start: number;
  end: number;
}

/** What turns one version of a text into the next: `[start, oldEnd)` of the old became `[start, newEnd)` of the new. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The eight kinds of concession of LABELS.md. */
export const concessionKinds = [
  'discount',
  'waiver',
  'credit',
  'payment-terms',
  'price-protection',
  'free-scope',
  'exit-flexibility',
  'risk',
] as const;
export type ConcessionKind = (typeof concessionKinds)[number];

/** The ten kinds of reciprocal benefit (give-back) of LABELS.md. */
export const benefitKinds = [
  'term-extension',
  'reference',
  'testimonial',
  'publicity',
  'volume-commitment',
  'prepayment',
  'referral',
  'exclusivity',
  'feedback',
  'other',
] as const;
export type BenefitKind = (typeof benefitKinds)[number];

export type ClauseKind = 'heading' | 'paragraph' | 'line' | 'list-item' | 'table-row' | 'code';

/**
 * Where in the document a clause sits; recitals describe history, not terms; a table of contents
 * (`toc`) and the signature blocks hold none.
 */
export type Region = 'preamble' | 'recitals' | 'body' | 'signatures' | 'schedule' | 'toc';

/**
 * A line that frames the document rather than states its terms: the `title` and the lines of a
 * title page, a `heading` line of plain text, a `page` number or running header, an exhibit's `cover` line.
 */
export type Furniture = 'title' | 'heading' | 'page' | 'cover';

/** One structural unit of the contract: a heading, a numbered paragraph, a list item, a table row. */
export interface Clause extends Span {
  id: number;
  kind: ClauseKind;
  /** Normalised number used to resolve cross-references: "4.2", "6.3(i)", "schedule 2". */
  number?: string;
  /** The number as written, with its label word: "Section 4.2", "(a)", "1.". */
  label?: string;
  /** Heading text, run-in bold title ("**Fees.**") or first cell of a key/value table row. */
  title?: string;
  parent?: number;
  /** Key of the top-level numbered section the clause belongs to ("4" for 4.2(a)); ties by section. */
  section?: string;
  /** Heading level for headings (1-6, 7 for bold pseudo-headings); nesting depth otherwise. */
  depth: number;
  region: Region;
  /** Start of the clause's own prose (after its label) and its end (before any child clause). */
  textStart: number;
  textEnd: number;
  /** Table cells, for table rows. */
  cells?: Span[];
  /** True for a table's header row. */
  header?: boolean;
  /** Set on a line that frames the document (a title, a heading line, a page number); no sentence is read from it. */
  furniture?: Furniture;
}

/** A sentence (or table cell, or list line) of a clause's own prose. */
export interface Sentence extends Span {
  clause: number;
}

export type PartyRole =
  | 'provider'
  | 'customer'
  | 'supplier'
  | 'buyer'
  | 'vendor'
  | 'reseller'
  | 'licensor'
  | 'licensee'
  | 'landlord'
  | 'tenant'
  | 'agency'
  | 'client'
  | 'franchisor'
  | 'franchisee'
  | 'contractor'
  | 'consultant'
  | 'partner'
  | 'distributor'
  | 'lender'
  | 'borrower'
  | 'processor'
  | 'controller'
  | 'seller'
  | 'employee'
  | 'employer'
  | 'party';

/** Which way the money flows: the payee sells, the payer buys. */
export type Side = 'payee' | 'payer';

export interface Party {
  id: string;
  /** Legal name ("Northwind Analytics, Inc."), or the defined term when no name is given. */
  name: string;
  /** Defined terms the contract uses for the party, the main one first ("Provider", "Northwind"). */
  aliases: string[];
  /** Pronouns the contract defines for the party ("we", "you"). */
  pronouns: string[];
  role: PartyRole;
  side?: Side;
  /** Where the party is defined. */
  definedAt?: Span;
}

/** A defined term of the contract: `"Launch Discount" means …` or `(the "Agreement")`. */
export interface Definition extends Span {
  term: string;
  /** The defining text (after "means"), if any. */
  meaning?: Span;
  clause: number;
  /** True when the term names this very document ("this Agreement"). */
  selfName?: boolean;
}

/** Who grants or gives: a party id, both parties (mutual terms), or not stated. */
export type PartyRef = string | 'both' | 'unknown';

interface TermBase extends Span {
  id: string;
  clause: number;
  sentence: number;
  /** Lexicon entry that matched, for explanations and tests. */
  cue: string;
  /** Offset of the words the lexicon matched, inside the span (which widens to the subject). */
  anchor: number;
  by: PartyRef;
  to: PartyRef;
  /** Figures stated in the term. */
  value?: TermValue;
}

export interface Concession extends TermBase {
  type: 'concession';
  kind: ConcessionKind;
}

export interface Benefit extends TermBase {
  type: 'benefit';
  kind: BenefitKind;
  /** False where the give-back is optional: "may", "will consider", "at its discretion". */
  binding: boolean;
  /** True where the benefit is the condition of a concession ("if Customer prepays, …"). */
  condition: boolean;
  /** The one kind of concession it is the price of, when it balances no other (a termination fee prices an exit). */
  prices?: ConcessionKind;
}

export type Term = Concession | Benefit;

/** Quantities a term states, so that reports can weigh them. */
export interface TermValue {
  percent?: number;
  amount?: { currency: string; value: number };
  months?: number;
  days?: number;
  count?: number;
}

/** Why a phrase that looks like a term is not one. */
export type DismissReason =
  | 'negated'
  | 'definition'
  | 'recital'
  | 'remedy'
  | 'reference'
  | 'condition'
  | 'third-party'
  | 'discretionary'
  | 'baseline'
  | 'capitals';

/** A lexicon match that was recognised and set aside, kept so that hovers and tests can explain it. */
export interface Dismissed extends Span {
  type: 'concession' | 'benefit';
  kind: string;
  cue: string;
  reason: DismissReason;
}

/** A reference by number to a part of this or another document: "Section 4.2", "clauses 2.1 and 2.2". */
export interface Reference extends Span {
  /** Normalised targets, as in Clause.number. */
  numbers: string[];
  /** Resolved clause ids (empty when dangling or external). */
  targets: number[];
  /** The document referred to when it is not this one ("the MSA"). */
  external?: string;
  /** Label word: section, clause, article, paragraph, schedule … */
  unit: string;
  clause: number;
}

/** Ways a give-back can be tied to a concession (LABELS.md, "When a concession is reciprocated"). */
export type TieVia = 'sentence' | 'clause' | 'section' | 'condition' | 'reference';

export interface Tie {
  concession: string;
  benefit: string;
  via: TieVia;
  /** The tying words ("in consideration of the discount in Section 4.2"), for explanations. */
  at?: Span;
}

/** Why a benefit tied or near a concession does not balance it. */
export type MismatchReason = 'optional' | 'same-party' | 'mutual';

export type ConcessionStatus = 'balanced' | 'unbalanced' | 'optional-only' | 'mutual';

export interface Judgement {
  concession: string;
  status: ConcessionStatus;
  /** Binding benefits flowing back that are tied to it. */
  balancedBy: string[];
  /** Benefits tied to it that do not count, and why. */
  considered: { benefit: string; reason: MismatchReason }[];
}

export type Severity = 'error' | 'warning' | 'info';

/** A drafted give-back clause that would balance a concession. */
export interface Suggestion {
  kind: BenefitKind;
  title: string;
  /** The clause with its placeholders filled by their defaults. */
  text: string;
  /** The clause with `{{name|default}}` where a person must choose (numbers, periods). */
  template: string;
  /** 'condition' for the form that makes the concession itself conditional on the give-back. */
  form?: 'condition';
  /**
   * True when the contract does not say who received the concession: the draft names the likeliest
   * party (`{{giver|…}}` in the template) and the editor asks which party gives back.
   */
  askParty?: boolean;
}

export interface RelatedLocation extends Span {
  message: string;
}

export interface Finding extends Span {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Longer explanation for hovers and rule docs. */
  note?: string;
  concession?: string;
  benefit?: string;
  suggestions?: Suggestion[];
  related?: RelatedLocation[];
  url: string;
}

/** The whole model of one contract. */
export interface Review {
  text: string;
  /**
   * The text with all a reader does not see blanked to spaces (markup, HTML, link targets), the
   * same length: what the lexicons read, and what quotes are made from (reading.ts).
   */
  prose: string;
  clauses: Clause[];
  sentences: Sentence[];
  parties: Party[];
  definitions: Definition[];
  references: Reference[];
  terms: Term[];
  dismissed: Dismissed[];
  ties: Tie[];
  judgements: Judgement[];
  findings: Finding[];
  /** Findings switched off by inline comments, with the comment's reason. */
  suppressed: (Finding & { reason?: string })[];
  /** Set when the time budget ran out: the text from `reviewedTo` on was not read. */
  partial?: { reviewedTo: number };
}
