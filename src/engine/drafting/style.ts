/**
 * How a contract writes what a drafted clause has to say: what it calls itself ("this Order
 * Form", "this letter"), its word for its parts ("Section", "clause"), "shall" or "will", its
 * defined terms for the term, the year, the services and the fees, and how it writes figures.
 * A draft that borrows these reads as part of the contract; one that does not gets sent back.
 */
import type { Clause, Definition, Reference } from '../model.js';
import { citedNumber } from '../numbering.js';
import { chargesByPeriod } from '../lexicons/charges.js';
import { termLength } from './termLength.js';

export interface DocumentStyle {
  /** What the document calls itself: "this Agreement", "this Order Form", "this letter", "this deed". */
  self: string;
  /** The agreement whose term and fees the document is about: "the Lease" for a deed of variation, else `self`. */
  principal: string;
  /** The word for a numbered part, as the contract writes it: "Section", "section", "clause", "paragraph". */
  unit: string;
  shall: 'shall' | 'will';
  apostrophe: '’' | "'";
  /** Opening and closing quotation marks. */
  quotes: [string, string];
  /** "the Term", "the Renewal Term" or "the term of this Agreement". */
  term: string;
  /** "the Effective Date" or "the date of this letter". */
  effectiveDate: string;
  /** "each Contract Year" or "each twelve-month period from the Effective Date". */
  eachYear: string;
  /** "the Services", "the services", "the Products". */
  services: string;
  /** "the Fees", "the fees", "the Rent". */
  fees: string;
  /** How long the contract runs, in months, where it says so ("an initial term of eight (8) years"). */
  termMonths?: number;
  /** Whether figures are written "twelve (12)" rather than "12". */
  wordNumbers: boolean;
  /** Whether the contract spells "favor" the American way, as a draft then must ("the most favored pricing"). */
  americanFavor: boolean;
  /** Whether the document is a letter or email. */
  letter: boolean;
  /** The text without markup, for counting words. */
  flat: string;
  /** Words the contract writes with a capital after a lower-case word: names and defined terms, not sentence starts. */
  namesInText: ReadonlySet<string>;
  /** Whether fees fall due by the period (a monthly fee, a subscription, rent): only then are months paid ahead. */
  chargesByPeriod: boolean;
  /**
   * Numbers that number more than one clause of the body: "Section 1" would not say which (an exhibit
   * whose headings all read "1.", state addenda that each start again at 1). "Section 4.5.3" still does
   * where only "4" repeats.
   */
  repeatedNumbers: ReadonlySet<string>;
}

export interface StyleSource {
  text: string;
  clauses: readonly Clause[];
  definitions: readonly Definition[];
  references: readonly Reference[];
}

const cache = new WeakMap<readonly Clause[], DocumentStyle>();

/** The document's style, read once per review (keyed by its clauses). */
export function documentStyle(source: StyleSource): DocumentStyle {
  let style = cache.get(source.clauses);
  if (!style) cache.set(source.clauses, (style = readStyle(source)));
  return style;
}

/** A slice of the contract without its markup: tags, emphasis, links, quote markers. */
export function plain(text: string): string {
  return text
    .replace(/<[^>\n]{0,200}>/g, '')
    .replace(/\[([^\]\n]{0,200})\]\([^)\n]{0,300}\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/(^|\n)[ \t]*>[ \t>]*/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const TITLE_NOUNS = [
  'Agreement|Amendment|Order Form|Order|Lease|Sublease|Letter|Side Letter|Deed|Addendum|Contract|Terms',
  'Terms of Service|SOW|Statement of Work|Licen[cs]e|Variation|Modification|Change Order|Change Request|Work Order',
  'Purchase Order|Service Order|Term Sheet|Schedule|Policy|Guarantee|Memorandum|Proposal|Quotation|Quote|Supplement',
  'Rider|Protocol|Instrument|Plan|Change Note|Instruction|Letter of Award|Award Letter',
].join('|');

const DOCUMENT_NAMES = [
  `(?:[A-Z][\\w-]* )*(?:${TITLE_NOUNS})(?: No\\. ?\\d+)?`,
  'letter|deed|agreement|amendment|contract|email|lease|addendum|side letter|term sheet|order form|statement of work',
  'variation|change request|proposal',
].join('|');

const DOCUMENT_NOUNS = new RegExp(`^(?:${DOCUMENT_NAMES})$`);
const NOT_SELF =
  /^(?:Section|Clause|Article|Paragraph|Subsection|Exhibit|Annex|Appendix|Attachment|Part|section|clause|article|paragraph)\b/;

function readStyle(source: StyleSource): DocumentStyle {
  const { text, definitions } = source;
  const flat = plain(text);
  const defined = new Set(definitions.map((d) => d.term));
  const count = (re: RegExp): number => flat.match(re)?.length ?? 0;
  // An email's headers: bold as a mail client pastes them, or plain with an address or a subject (not a form's
  // "From: Harrowgate Estates Limited (the Employer)").
  const email =
    /(?:^|\n)[ \t>]*\*\*(?:From|Sent|Subject):\*\*/.test(text) ||
    /(?:^|\n)[ \t>]*(?:From|To):[^\n]*@|(?:^|\n)[ \t>]*Subject:[ \t]/.test(text);
  const letter =
    email ||
    /(?:^|\n)[ \t>]*(?:\*\*)?Dear\b/.test(text) ||
    (/\bthis (?:letter|email)\b/i.test(flat) && !/\bthis Agreement\b/.test(flat));
  const self = selfName(flat, defined, letter, text, email);
  const principal = principalName(flat, definitions, self);
  const pick = (names: readonly string[]): string | undefined =>
    mostUsed(
      flat,
      names.filter((n) => defined.has(n)),
    );
  const termName = defined.has('Term') ? 'Term' : pick(TERM_NAMES);
  const term = termName ? `the ${termName}` : `the term of ${principal}`;
  const dateName = pick(DATE_NAMES);
  const effectiveDate = dateName ? `the ${dateName}` : `the date of ${self}`;
  const yearName = pick(YEAR_NAMES);
  const shallCount = count(/\bshall\b/g);
  const willCount = count(/\bwill\b/g);
  return {
    self,
    principal,
    unit: unitWord(source, flat, letter),
    shall: letter || willCount > shallCount * 2 ? 'will' : 'shall',
    apostrophe: count(/\w’s\b/g) >= count(/\w's\b/g) ? '’' : "'",
    quotes: count(/“/g) >= count(/"/g) / 2 && count(/“/g) > 0 ? ['“', '”'] : ['"', '"'],
    term,
    effectiveDate,
    eachYear: yearName ? `each ${yearName}` : `each twelve-month period from ${effectiveDate}`,
    services: theWord(flat, pick(SERVICE_NAMES), ['services', 'products', 'software', 'goods', 'work']),
    fees: theWord(flat, pick(FEE_NAMES), ['fees', 'rent', 'charges', 'royalties', 'prices', 'retainer']),
    ...termLength(flat),
    wordNumbers: count(/\b[a-z]+(?:-[a-z]+)? \(\d+\)/g) >= 2,
    americanFavor: count(/\bfavor/gi) > count(/\bfavour/gi),
    letter,
    flat,
    namesInText: new Set(Array.from(flat.matchAll(/[a-z,;] ([A-Z][\w&’'-]*)/g), (m) => m[1]!)),
    chargesByPeriod: chargesByPeriod(flat),
    repeatedNumbers: repeatedNumbers(source.clauses),
  };
}

/** Numbers of the body, as they are cited, that number more than one clause. */
function repeatedNumbers(clauses: readonly Clause[]): ReadonlySet<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const c of clauses) {
    if (c.number === undefined || c.region !== 'body') continue;
    const number = citedNumber(clauses, c);
    if (seen.has(number)) repeated.add(number);
    seen.add(number);
  }
  return repeated;
}

const TERM_NAMES = [
  'Initial Term',
  'Renewal Term',
  'Subscription Term',
  'Subscription Period',
  'Lease Term',
  'Contract Term',
  'Contractual Term',
  'Service Term',
  'Agreement Term',
  'License Term',
  'Licence Term',
  'Sublease Term',
  'Extended Term',
];
const DATE_NAMES = [
  'Effective Date',
  'Amendment Effective Date',
  'Commencement Date',
  'Variation Date',
  'Order Date',
  'Start Date',
  'Execution Date',
];
const YEAR_NAMES = [
  'Contract Year',
  'Agreement Year',
  'Subscription Year',
  'Lease Year',
  'License Year',
  'Licence Year',
  'Service Year',
  'Year',
];
const SERVICE_NAMES = [
  'Services',
  'Subscription Services',
  'Cloud Services',
  'Service',
  'Products',
  'Product',
  'Software',
  'Licensed Software',
  'Platform',
  'Solution',
  'Deliverables',
  'Goods',
];
const FEE_NAMES = [
  'Fees',
  'Subscription Fees',
  'Subscription Fee',
  'Service Fees',
  'Charges',
  'License Fees',
  'Licence Fees',
  'Basic Rent',
  'Base Rent',
  'Rent',
  'Royalties',
  'Prices',
  'Price',
];

/** The defined term used most, or the plain word used most: "the Services", "the fees". */
function theWord(flat: string, definedName: string | undefined, words: readonly string[]): string {
  if (definedName) return `the ${definedName}`;
  return `the ${mostUsed(flat, words) ?? words[0]!}`;
}

function mostUsed(flat: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const name of names) {
    const n = flat.match(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'))?.length ?? 0;
    if (n > most) [best, most] = [name, n];
  }
  return best;
}

/** "this Agreement": the name the document uses most for itself, as it writes it. */
function selfName(flat: string, defined: ReadonlySet<string>, letter: boolean, text: string, email: boolean): string {
  const counts = new Map<string, number>();
  for (const m of flat.matchAll(
    /\b(this|these|This|These) ((?:[A-Z][\w-]*|&)(?: (?:[A-Z][\w-]*|&|No\. ?\d+|of)){0,3}|[a-z]+(?: (?:letter|sheet|form|of work))?)/g,
  )) {
    let name = m[2]!;
    // "this Agreement Date" is a date, not a document: keep the longest part that is a document noun or a defined term.
    while (name && !(DOCUMENT_NOUNS.test(name) || (defined.has(name) && /[A-Z]/.test(name[0]!))))
      name = name.replace(/ ?\S+$/, '');
    if (!name || NOT_SELF.test(name)) continue;
    const key = `${m[1]!.toLowerCase()} ${name}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | undefined;
  let most = 0;
  for (const [name, n] of counts) if (n > most) [best, most] = [name, n];
  if (best) return best;
  if (letter) return email || (/\bemail\b/i.test(flat) && !/\bletter\b/i.test(flat)) ? 'this email' : 'this letter';
  const title = /^\s*#+\s*(.+)$/m.exec(text)?.[1] ?? '';
  const noun =
    /\b(deed|lease|amendment|order form|addendum|side letter|letter|statement of work|contract|policy|terms)\b/i.exec(
      title,
    )?.[1];
  if (noun) {
    const written = new RegExp(`\\b${noun}\\b`).test(flat) ? noun : noun.toLowerCase();
    return `${/s$/i.test(written) ? 'these' : 'this'} ${written}`;
  }
  return /\bAgreement\b/.test(flat)
    ? 'this Agreement'
    : /\bagreement\b/.test(flat)
      ? 'this agreement'
      : 'this document';
}

/** The names of the documents a variation, letter or order form may be about. */
const PRINCIPAL_NOUNS =
  'Agreement|Lease|MSA|Contract|PPA|MPSA|CSA|Licen[cs]e Agreement|Head Lease|Retainer|Subcontract|Engagement Letter|Statement of Work|SOW|' +
  // "the Fernhill Subscription Terms" an email renews under.
  'Subscription Terms|Master Terms|Terms of Service';

/** The agreement a variation, letter or order form is about ("the Lease", "the MSA"); the document itself otherwise. */
function principalName(flat: string, definitions: readonly Definition[], self: string): string {
  if (/\b[Aa]greement$/.test(self)) return self;
  const documents = new RegExp(`^(?:[A-Z][\\w-]* ){0,3}(?:${PRINCIPAL_NOUNS})$`);
  const counts = new Map<string, number>();
  for (const d of definitions) if (!d.selfName && documents.test(d.term)) counts.set(d.term, 1);
  for (const m of flat.matchAll(new RegExp(`\\bthe ((?:[A-Z][\\w-]* ){0,3}(?:${PRINCIPAL_NOUNS}))\\b`, 'g')))
    counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  let best: string | undefined;
  let most = 0;
  for (const [name, n] of counts)
    if ((n >= 2 || definitions.some((d) => d.term === name)) && n > most) [best, most] = [name, n];
  return best ? `the ${best}` : self;
}

const UNIT_WORD =
  /^(Sections?|sections?|SECTIONS?|Clauses?|clauses?|CLAUSES?|Articles?|articles?|ARTICLES?|Art\.|Paragraphs?|paragraphs?|PARAGRAPHS?|§)/;

/** The word the contract uses when it refers to its own numbered parts, as it writes it. */
function unitWord(source: StyleSource, flat: string, letter: boolean): string {
  // An email that numbers its items calls them what it calls them: "if you're happy with points 1 to 10".
  if (letter && /\bpoints? \d/.test(flat)) return 'point';
  const counts = new Map<string, number>();
  const add = (written: string, weight: number): void => {
    const word = singular(written);
    if (word) counts.set(word, (counts.get(word) ?? 0) + weight);
  };
  // A letter's references to the agreement it varies ("Section 6.1 of the Agreement") are in that agreement's words,
  // and so are its bare ones in the same word ("as Section 9(b) provides"): the letter's own items are paragraphs.
  const wordOf = (ref: Reference): string | undefined =>
    UNIT_WORD.exec(source.text.slice(ref.start, ref.start + 12))?.[1];
  const key = (word: string): string => (singular(word) ?? '').toLowerCase();
  const theirs = new Set(source.references.filter((r) => letter && r.external).map((r) => key(wordOf(r) ?? '')));
  for (const ref of source.references) {
    const word = wordOf(ref);
    if (word && !(letter && (ref.external || theirs.has(key(word))))) add(word, ref.external ? 1 : 3);
  }
  if (!counts.size)
    for (const clause of source.clauses) {
      const word = clause.label && UNIT_WORD.exec(clause.label)?.[1];
      if (word && !theirs.has(key(word))) add(word, 1);
    }
  if (!counts.size && !letter)
    for (const m of flat.matchAll(/\b(Section|section|Clause|clause|Paragraph|paragraph)s? \d/g)) add(m[1]!, 1);
  let best: string | undefined;
  let most = 0;
  for (const [word, n] of counts) if (n > most) [best, most] = [word, n];
  // "Articles" alone does not make "Article" a word of the contract's: in lower case it is a plain word.
  if (best)
    return new RegExp(`\\b(?:${best.replace('.', '\\.')}|${best.toUpperCase().replace('.', '\\.')})(?!\\w)`).test(flat)
      ? best
      : best.toLowerCase();
  if (letter) return 'paragraph';
  if (/\bSection\b/.test(flat)) return 'Section';
  // "References to clauses are to clauses of this agreement."
  if (/\bclauses?\b/i.test(flat) && !/\bsections?\b/i.test(flat)) return 'clause';
  const british =
    flat.match(/\b(?:licence|organisation|authorised|colour|favour|whilst|programme|centre|labour)\b/gi)?.length ?? 0;
  return british >= 2 ? 'clause' : 'section';
}

/** "Sections" → "Section", "CLAUSE" → "Clause" (a draft does not shout), "§" → "Section". */
function singular(written: string): string | undefined {
  if (!written) return undefined;
  if (written === '§') return 'Section';
  // "Art. 7 (2)", as Continental drafting cites its articles.
  if (written === 'Art.') return 'Art.';
  const one = written.replace(/s$/i, '');
  return one === one.toUpperCase() ? one[0]! + one.slice(1).toLowerCase() : one;
}

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A whole number as the contract writes figures: "twelve (12)" or "12". */
export function figure(style: Pick<DocumentStyle, 'wordNumbers'>, n: number): string {
  if (!style.wordNumbers || n < 0 || n >= 100 || !Number.isInteger(n)) return String(n);
  const words = n < 20 ? ONES[n]! : `${TENS[Math.floor(n / 10)]}${n % 10 ? `-${ONES[n % 10]}` : ''}`;
  return `${words} (${n})`;
}
