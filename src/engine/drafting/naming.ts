/**
 * A concession named as the contract would name it: its defined term ("the Rent-Free Period"),
 * else a short description lifted from its own sentence ("the waiver of the setup fee", "the
 * right to terminate this Order Form for convenience"), and where it is ("Section 3.2",
 * "clause 14.1", "above"). Never a label of the tool's ("the easier exit").
 */
import type { Clause, Concession, ConcessionKind, Definition, Party, Sentence } from '../model.js';
import { compilePhrase, readNumber } from '../lexicons/patterns.js';
import { plain, type DocumentStyle } from './style.js';
import { definite, unshout } from './phrases.js';
import { citedNumber, containerCitation } from '../numbering.js';
import { ancestry } from '../lookup.js';
import { atWill, remedy } from '../lexicons/remedies.js';
import { describe } from './namers.js';
import { FREE } from './namerParts.js';

export interface NamingSource {
  text: string;
  clauses: readonly Clause[];
  sentences: readonly Sentence[];
  definitions: readonly Definition[];
  parties: readonly Party[];
}

export interface ConcessionName {
  /** "the waiver of the setup fee", "the Launch Discount". */
  description: string;
  /** Whether the description is a defined term, which needs no place. */
  defined: boolean;
  /** Whether the description takes a plural verb ("the payment terms … apply"). */
  plural: boolean;
  /** The clause as a citation: "Section 3.2", "clause 14.1"; undefined when the clause has no number. */
  clause?: string;
  /** Where it is, after the description: "in Section 3.2", "under “Fees”", "above". */
  where: string;
  /** The figure as the contract writes it: "fifteen percent (15%)", "sixty (60) days". */
  figure?: string;
}

const PERCENT = compilePhrase('{pct}');
const MONEY = compilePhrase('{money}');
const DAYS = compilePhrase('{num} (?:calendar |business |working )?days');
const MONTHS = compilePhrase('{num} (?:calendar )?months');

/** Names a concession for a drafted clause. */
export function nameConcession(source: NamingSource, concession: Concession, style: DocumentStyle): ConcessionName {
  const sentence = source.sentences[concession.sentence];
  const own = plain(source.text.slice(concession.start, concession.end));
  const whole = sentence
    ? plain(source.text.slice(Math.min(sentence.start, concession.start), Math.max(sentence.end, concession.end)))
    : own;
  const figure = figureOf(concession, whole);
  const place = placeOf(source, atWillItem(source, concession) ?? source.clauses[concession.clause]!, style);
  const term = definedTerm(source, concession, own);
  if (term)
    return {
      description: term,
      defined: true,
      plural: / (?:\w+s|Terms)$/.test(term),
      ...place,
      ...(figure ? { figure } : {}),
    };
  const names = source.parties.flatMap((p) => [p.name, ...p.aliases]);
  const terms = [...names, ...source.definitions.map((d) => d.term)];
  const described =
    describe(concession.kind, own, whole, figure) ??
    rowItem(source, concession, whole) ??
    titled(source, concession) ??
    fallback(concession.kind, whole, figure);
  const description = ownName(ordinaryCase(unshout(described, terms), terms, style.namesInText), style);
  return { description, defined: false, plural: isPlural(description), ...place, ...(figure ? { figure } : {}) };
}

/** The document as it names itself: "terminate this agreement" in a contract that writes "this Agreement". */
function ownName(description: string, style: DocumentStyle): string {
  const [, word] = /^this (\S+)$/.exec(style.self) ?? [];
  return word ? description.replace(new RegExp(`\\bthis ${word}\\b`, 'gi'), style.self) : description;
}

/**
 * The item of an exit's lead-in that needs no breach: "WGT may terminate the Term … for: (a) … breach; … (g)
 * convenience, after the expiration of the Initial Term". A draft cites it, so as not to hold back the remedies.
 */
function atWillItem(source: NamingSource, concession: Concession): Clause | undefined {
  if (concession.kind !== 'exit-flexibility') return undefined;
  const items = source.clauses.filter((c) => c.parent === concession.clause && c.number !== undefined);
  const words = (c: Clause): string => plain(source.text.slice(c.textStart, c.textEnd));
  // Said to need no cause, or else the one item that is only notice.
  const atWillItems = items.filter((c) => atWill.test(words(c)));
  const free = atWillItems.length
    ? atWillItems
    : items.filter((c) => !remedy.test(words(c)) && /\bnotice\b/i.test(words(c)));
  return free.length === 1 && items.length > 1 ? free[0] : undefined;
}

/** The figure a concession states, as written: a percentage, an amount, days or months. */
function figureOf(concession: Concession, text: string): string | undefined {
  const all = (re: RegExp): string[] => [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => m[0]);
  // "from sixty (60) to ninety (90) days", "forty-five (45) days …, instead of thirty (30) days": the longer is the new term.
  if (concession.kind === 'payment-terms') return all(DAYS).sort((a, b) => (numberIn(b) ?? 0) - (numberIn(a) ?? 0))[0];
  if (concession.kind === 'discount' || concession.kind === 'price-protection') return all(PERCENT)[0] ?? all(MONEY)[0];
  if (concession.kind === 'credit') return all(MONEY)[0] ?? all(PERCENT)[0];
  if (concession.value?.months !== undefined) return all(MONTHS)[0];
  return undefined;
}

function numberIn(figure: string): number | undefined {
  return readNumber(figure.replace(/\s*(?:calendar |business |working )?days$/i, ''));
}

/** "Section 4.2" and "in Section 4.2"; "under “Fees”" or "above" for a clause without a number. */
export function placeOf(
  source: Pick<NamingSource, 'clauses' | 'text'>,
  clause: Clause,
  style: DocumentStyle,
): { clause?: string; where: string } {
  for (const c of ancestry(source.clauses, clause)) {
    if (c.number === undefined) continue;
    const number = citedNumber(source.clauses, c);
    if (style.repeatedNumbers.has(number)) break;
    const cited = inContainer(source.clauses, c, citation(c, number, style), style);
    if (cited) return { clause: cited, where: `in ${cited}` };
  }
  const lineTitle = titleLineBefore(source, clause);
  if (lineTitle) return { where: `under ${style.quotes[0]}${lineTitle}${style.quotes[1]}` };
  for (const c of ancestry(source.clauses, clause)) {
    const title = c.title && plain(c.title).replace(/[.:]$/, '');
    if (title && title.length <= 60 && !/[“”"]/.test(title))
      return { where: `under ${style.quotes[0]}${title}${style.quotes[1]}` };
  }
  return { where: 'above' };
}

/**
 * A clause of an exhibit or schedule is cited with it: "paragraph 5(ii)(e) of Exhibit A", not "Section
 * 5(ii)(e)", which would be the body's Section 5.
 */
function inContainer(
  clauses: readonly Clause[],
  clause: Clause,
  cited: string | undefined,
  style: DocumentStyle,
): string | undefined {
  if (!cited || !clause.section?.includes('/')) return cited;
  for (const c of ancestry(clauses, clause)) {
    const container =
      c !== clause &&
      c.number !== undefined &&
      // Not an SEC filing's own exhibit number ("EXHIBIT 10.06"), which heads the whole contract.
      /^(?:schedule|annex|exhibit|appendix|attachment|addendum) (?:[a-z]|\d{1,2}|[ivx]{1,4})$/.test(c.number) &&
      citation(c, c.number, style);
    if (container) return `paragraph ${clause.number} of ${container}`;
  }
  return cited;
}

/** A title set as a line of its own: a few capitalised words with no full stop ("Term; Termination"). */
const TITLE_LINE = /^(?:\p{Lu}[\p{L}'’-]*|and|of|for|the|&|;|,|\s)+$/u;

/**
 * The title of an unnumbered paragraph, where a letter or form sets it as a plain line just before
 * (under its heading, so nearer than the heading itself): "Term; Termination" over "Company may
 * also terminate this Agreement at any time …".
 */
function titleLineBefore(source: Pick<NamingSource, 'clauses' | 'text'>, clause: Clause): string | undefined {
  if (clause.number !== undefined || clause.title) return undefined;
  const at = source.clauses.indexOf(clause);
  const before = at > 0 ? source.clauses[at - 1] : undefined;
  if (!before || before.kind !== 'paragraph' || before.number !== undefined || before.parent !== clause.parent)
    return undefined;
  const line = plain(source.text.slice(before.textStart, before.textEnd)).replace(/[.:]$/, '');
  return line.length <= 40 && /\p{Lu}/u.test(line) && TITLE_LINE.test(line) && /\s/.test(line + ' ') ? line : undefined;
}

/** How the contract would cite a clause: "Section 4.2(a)", "clause 7", "Schedule 2", "Article V"; undefined for odd numbers. */
function citation(clause: Clause, number: string, style: DocumentStyle): string | undefined {
  const label = clause.label ?? '';
  const container = containerCitation(number, label);
  if (container) return container;
  // "b(ii)" or "a" under no unit: a letter that numbers a top-level part reads as a section only with its word.
  if (/^\(/.test(number) || (/^[a-z]/.test(number) && !/^[ivxlc]+$/.test(number))) return undefined;
  const article = /^article\b/i.test(label) && !number.includes('.');
  const shown = /^[ivxlc]+$/.test(number) && /[IVXLC]/.test(label) ? number.toUpperCase() : number;
  return `${article ? 'Article' : style.unit} ${shown}`;
}

/**
 * The defined term that names the concession: defined in its own sentence (`(the "Rent-Free
 * Period")`), or used in its own words when the term's last word names a concession ("the
 * Launch Discount"). A date or an amount defined there ("the Break Date") is not its name.
 */
function definedTerm(source: NamingSource, concession: Concession, own: string): string | undefined {
  const sentence = source.sentences[concession.sentence];
  const partyNames = new Set(source.parties.flatMap((p) => p.aliases));
  const usable = (term: string): boolean =>
    !partyNames.has(term) &&
    /^[A-Z\d]/.test(term) &&
    !/\b(?:Date|Dates|Amounts?|Fees?|Notice|Term|Year|Month|Days?|Agreement|Amendment)$/.test(term);
  for (const d of source.definitions) {
    if (d.selfName || !sentence || d.start < sentence.start || d.end > sentence.end || !usable(d.term)) continue;
    if (NAMING_NOUNS[concession.kind].test(d.term)) return `the ${d.term}`;
  }
  for (const d of source.definitions) {
    if (d.selfName || !usable(d.term) || !HEAD_NOUNS[concession.kind].test(d.term)) continue;
    if (new RegExp(`\\bthe ${d.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(own)) return `the ${d.term}`;
  }
  return undefined;
}

/** Words that make a defined term the name of a concession of a kind. */
const NAMING_NOUNS: Record<ConcessionKind, RegExp> = {
  discount: /\b(?:Discount|Rebate|Reduction|Incentive|Allowance|Reduced)\b/,
  waiver: /\b(?:Waiver|Relief|Holiday|Rent-Free|Abatement|Forgiveness|Release|Free)\b/,
  credit: /\b(?:Credits?|Refund|Rebate|Allowance|Contribution|Fund)\b/,
  'payment-terms': /\b(?:Payment Terms|Deferral|Deferment|Instal(?:l)?ment Plan|Payment Plan)\b/,
  'price-protection':
    /\b(?:Cap|Freeze|Price Hold|Rate Hold|Price Protection|Fixed Price|Fixed Rate|Fee Lock|Price Lock)\b/,
  'free-scope': /\b(?:Free|Complimentary|Bonus)\b/,
  'exit-flexibility':
    /\b(?:Break Right|Break Option|Break Clause|Termination Right|Termination Option|Exit Right|Exit Option)\b/,
  risk: /\b(?:Warranty|Indemnity|Guarantee)\b/,
};

/** Last words that make a defined term a concession's name wherever it is used. */
const HEAD_NOUNS: Record<ConcessionKind, RegExp> = {
  discount: /\b(?:Discount|Rebate|Incentive|Allowance)$/,
  waiver: /\b(?:Waiver|Holiday|Abatement|Rent-Free Period)$/,
  credit: /\b(?:Credit|Credits|Refund|Rebate|Allowance|Contribution|Fund)$/,
  'payment-terms': /\b(?:Payment Terms|Deferral|Payment Plan)$/,
  'price-protection': /\b(?:Cap|Freeze|Price Hold|Rate Hold|Price Protection|Fee Lock|Price Lock)$/,
  'free-scope': /\b(?:Free Period|Free Months|Bonus)$/,
  'exit-flexibility': /\b(?:Break Right|Break Option|Termination Right|Termination Option)$/,
  risk: /\b(?:Extended Warranty|Indemnity)$/,
};

/** In a price table, what a row gives for free is named in its first cell: "the Onboarding package included at no charge". */
function rowItem(source: NamingSource, concession: Concession, whole: string): string | undefined {
  const clause = source.clauses[concession.clause]!;
  const first = clause.kind === 'table-row' ? clause.cells?.[0] : undefined;
  if (!first || concession.start < first.end || concession.kind !== 'free-scope') return undefined;
  const item = plain(source.text.slice(first.start, first.end)).replace(/^\|\s*|\s*\|$/g, '');
  const free = FREE.exec(whole)?.[0];
  return item && item.split(' ').length <= 8 && free
    ? `${definite(item)} ${/^included/i.test(whole) ? 'included ' : 'provided '}${free}`
    : undefined;
}

/**
 * A capital that only the start of the contract's sentence gave ("Travel to and from …") in
 * lower case, where the contract writes the word in lower case elsewhere; names keep theirs.
 */
function ordinaryCase(description: string, names: readonly string[], namesInText: ReadonlySet<string>): string {
  // "the release of ANY CLAIMS": words a contract shouts, not names it writes in capitals.
  const shouted = description.replace(/\b[A-Z]{2,}(?:\s+[A-Z]{2,})+\b/g, (run) =>
    run
      .split(/\s+/)
      .map((w) => (names.some((n) => n.split(/\s+/).includes(w)) ? w : w.toLowerCase()))
      .join(' '),
  );
  return shouted.replace(/(?<=\s)([A-Z][a-z]+)\b(?! [A-Z])/g, (word, _w: string, offset: number) => {
    if (
      namesInText.has(word) ||
      names.some((n) => n.split(/\s+/).includes(word)) ||
      /[A-Z][\w&-]* $/.test(description.slice(0, offset))
    )
      return word;
    return /\b(?:Section|Clause|Article|Schedule)\s*$/i.test(description.slice(0, offset)) ? word : word.toLowerCase();
  });
}

/** A run-in title that names the clause: "the Termination Option", "the fee relief". */
function titled(source: NamingSource, concession: Concession): string | undefined {
  const clause = source.clauses[concession.clause]!;
  const raw = clause.title ? plain(clause.title).replace(/[.:]$/, '').split(/:\s*/).pop()! : undefined;
  if (
    !raw ||
    raw.split(' ').length > 5 ||
    !NAMING_NOUNS[concession.kind].test(raw.replace(/\b\w/g, (c) => c.toUpperCase()))
  )
    return undefined;
  // "Fee relief" is a heading's capital; "Termination Option" is a name.
  const title = /^[A-Z][a-z]+(?: [a-z][\w-]*)+$/.test(raw) ? raw[0]!.toLowerCase() + raw.slice(1) : raw;
  return `the ${title}`;
}

/** Plain words for a kind when the sentence gives nothing better: still the contract's words where it has them. */
function fallback(kind: ConcessionKind, whole: string, figure: string | undefined): string {
  const has = (re: RegExp): boolean => re.test(whole);
  switch (kind) {
    case 'discount':
      return figure
        ? `the ${figure} ${has(/\bdiscount/i) ? 'discount' : 'reduction'}`
        : has(/\bdiscount/i)
          ? 'the discount'
          : has(/\brebate/i)
            ? 'the rebate'
            : 'the reduction';
    case 'waiver':
      // A promise not to claim gives claims up: "shall not hold Dong-A responsible nor bring any claims".
      return has(/\bwaive/i)
        ? 'the waiver'
        : has(/\brelease/i)
          ? 'the release'
          : has(/\b(?:claims?|actions?|suits?|responsible|liable)\b/i)
            ? 'the release of claims'
            : 'the exemption from payment';
    case 'credit':
      return has(/\brefund/i)
        ? 'the refund'
        : has(/\brebate/i)
          ? 'the rebate'
          : has(/\bcredit/i)
            ? 'the credit'
            : 'the payment';
    case 'payment-terms':
      return figure ? `the payment terms of ${figure}` : 'the extended time for payment';
    case 'price-protection':
      // Plain words for what the clause does, never a label of the tool's ("the pricing commitment").
      return has(/\bcap/i)
        ? 'the cap on price increases'
        : has(/favou?r|lowest|same (?:price|rate|fee)|no less/i)
          ? 'the most favoured pricing'
          : has(
                /\b(?:fixed|freeze|frozen|held|hold|firm|unchanged|lock)|\bremains? (?:valid|in (?:full )?(?:force|effect))/i,
              )
            ? 'the price freeze'
            : has(/\b(?:increase|exceed|raise|rise)/i)
              ? 'the limit on price increases'
              : 'the price terms';
    case 'free-scope': {
      const free = FREE.exec(whole)?.[0];
      return free
        ? `what is provided ${/^(?:free|complimentary)$/i.test(free) ? 'free of charge' : free}`
        : 'what is provided at no charge';
    }
    case 'exit-flexibility':
      return has(/\bsuspend/i)
        ? 'the right to suspend'
        : has(/\bcancel/i)
          ? 'the right to cancel'
          : has(/\breduc/i)
            ? 'the right to reduce'
            : 'the right to terminate';
    case 'risk':
      return has(/\bwarrant/i)
        ? 'the warranty'
        : has(/\bindemn/i)
          ? 'the indemnity'
          : has(/\bguarant/i)
            ? 'the guarantee'
            : 'the liability';
  }
}

function isPlural(description: string): boolean {
  const words = description.split(' ');
  const stop = words.findIndex((w, i) => i > 0 && /^(?:of|on|in|to|for|from|against|provided|under|above|at)$/.test(w));
  const head = (stop > 0 ? words[stop - 1] : words[words.length - 1]) ?? '';
  return /s$/.test(head) && !/(?:ss|us|is|ics)$/.test(head);
}
