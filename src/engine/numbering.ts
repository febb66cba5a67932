/**
 * Clause numbers as contracts write them ("4.2", "Clause 7.3", "(a)", "(iii)", "Schedule 2",
 * "Article 5") and their one normal form, shared by clause segmentation and cross-references.
 */

/** Units that hold whole documents of their own; they scope numbers but are not sections. */
export const containerUnits = ['schedule', 'annex', 'exhibit', 'appendix', 'attachment', 'addendum'] as const;

/** Label words and the unit each stands for. */
export const unitWords: Record<string, string> = {
  section: 'section',
  sections: 'section',
  '§': 'section',
  '§§': 'section',
  sec: 'section',
  clause: 'clause',
  clauses: 'clause',
  article: 'article',
  articles: 'article',
  'art.': 'article',
  paragraph: 'paragraph',
  paragraphs: 'paragraph',
  para: 'paragraph',
  '¶': 'paragraph',
  part: 'part',
  parts: 'part',
  schedule: 'schedule',
  schedules: 'schedule',
  annex: 'annex',
  annexes: 'annex',
  exhibit: 'exhibit',
  exhibits: 'exhibit',
  appendix: 'appendix',
  appendices: 'appendix',
  attachment: 'attachment',
  attachments: 'attachment',
  addendum: 'addendum',
};

export function isContainer(unit: string | undefined): boolean {
  return unit !== undefined && (containerUnits as readonly string[]).includes(unit);
}

/** A label found at the start of a heading or paragraph. */
export interface Label {
  /** Normal form ("4.2", "(a)", "schedule 2"). */
  number: string;
  /** As written, including the label word ("Section 4.2", "(a)"). */
  text: string;
  /** Length of the label and the spacing and punctuation after it. */
  length: number;
  /** section, schedule …, or undefined for a bare number. */
  unit?: string;
  /** True for sub-labels like "(a)", "a.", "(iii)" that number within a parent clause. */
  sub: boolean;
}

const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/i;

/** Normalises a number as written ("6.3 (i)", "2.1.", "IV") to the form clauses are indexed by. */
export function normaliseNumber(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/\.$/, '')
    .replace(/^0+(\d)/, '$1');
}

// Long patterns built with `new RegExp` are marked pure: the web extension's bundle, which uses only
// `citedNumber` from here, drops them.
const LEADING_UNIT = /* @__PURE__ */ new RegExp(
  '^(Section|Sec\\.|Clause|Article|Art\\.|Paragraph|Part|Schedule|Annex|Exhibit|Appendix|Attachment|Addendum|SECTION|' +
    'CLAUSE|ARTICLE|PARAGRAPH|PART|SCHEDULE|ANNEX|EXHIBIT|APPENDIX|ATTACHMENT|ADDENDUM|§)\\s*' +
    '([0-9]+(?:\\.[0-9]+)*|[A-Z]{1,2}|[IVXivx]+)\\b\\.?',
);
const DOTTED = /^([0-9]{1,3}(?:\.[0-9]{1,3})*)(\.?)(?=\s|$)/;
/**
 * A number under a document's own prefix: "CN-3.3" in change note 14, "S-2.1"; without a sub-number only as a heading
 * ("CN-3 SERVICE LEVELS"), not an identifier in a sentence ("SL-04 or SL-05").
 */
const PREFIXED = /^([A-Z]{1,4})-([0-9]{1,3}(?:\.[0-9]{1,3})+|[0-9]{1,3}(?=\s+[A-Z]{2,}(?:\s|$)))(\.?)(?=\s|$)/;
const PAREN = /^\(([a-z]{1,2}|[ivxl]{1,6}|[0-9]{1,3}|[A-Z]{1,2})\)(?=\s|$)/;
const LETTER_DOT = /^([a-z]|[ivx]{1,5})[.)](?=\s)/;
const CAPITAL_DOT = /^([A-Z])\.(?=\s)/;
const ROMAN_DOT = /^([IVX]{1,5})\.(?=\s)/;

/** Words after a number that make it an amount, a quantity or a date ("18 June 2024") rather than a clause number. */
const FIGURE_AFTER = /* @__PURE__ */ new RegExp(
  '^\\s*(?:(?:USD|EUR|GBP|CAD|AUD|JPY|CHF|CNY|INR|RMB)\\b|%|percent\\b|per cent\\b|dollars?\\b|euros?\\b|' +
    'pounds?\\b|days?\\b|months?\\b|years?\\b|hours?\\b|units?\\b|or more\\b|' +
    '(?:January|February|March|April|May|June|July|August|September|October|November|December),?\\s+\\d{4}\\b)',
);

/** Reads a clause label at the start of `text`, if there is one. */
export function readLabel(text: string): Label | undefined {
  const lead = /^[\s*_]*/.exec(text)?.[0].length ?? 0;
  const rest = text.slice(lead);
  let m = LEADING_UNIT.exec(rest);
  // "Section 4.2 of the Agreement is amended", "Exhibit A attached hereto": a reference opening a sentence.
  if (m && /^\s*(?:[,;]|\p{Ll})/u.test(rest.slice(m[0].length))) return undefined;
  if (m) {
    const word = m[1]!.toLowerCase().replace(/\.$/, '');
    const unit = unitWords[word] ?? 'section';
    const num = normaliseNumber(m[2]!);
    const number = isContainer(unit) || unit === 'part' ? `${unit} ${num}` : num;
    return finish(number, m[0], unit, false);
  }
  if ((m = DOTTED.exec(rest))) {
    // "2024 was…" is a year, not a clause: keep numbers short.
    if (m[1]!.length > 12 || (/^\d{4}$/.test(m[1]!) && !m[2])) return undefined;
    // "500.00 EUR is to be paid", "15 days after": an amount or a quantity opening a sentence.
    if (FIGURE_AFTER.test(rest.slice(m[0].length))) return undefined;
    return finish(normaliseNumber(m[1]!), m[0], undefined, false);
  }
  if ((m = PREFIXED.exec(rest)))
    return finish(`${m[1]!.toLowerCase()}-${normaliseNumber(m[2]!)}`, m[0], undefined, false);
  if ((m = PAREN.exec(rest))) return finish(`(${m[1]!.toLowerCase()})`, m[0], undefined, true);
  if ((m = ROMAN_DOT.exec(rest)) && ROMAN.test(m[1]!) && m[1] !== 'I')
    return finish(m[1]!.toLowerCase(), m[0], undefined, false);
  if ((m = CAPITAL_DOT.exec(rest))) return finish(m[1]!.toLowerCase(), m[0], undefined, false);
  if ((m = LETTER_DOT.exec(rest))) return finish(`(${m[1]!.toLowerCase()})`, m[0], undefined, true);
  return undefined;

  function finish(number: string, written: string, unit: string | undefined, sub: boolean): Label {
    const after = /^[\s.:—–-]*/.exec(rest.slice(written.length))?.[0].length ?? 0;
    return { number, text: written.trim(), length: lead + written.length + after, unit, sub };
  }
}

/** Joins a parent number and a child's: ("6.3", "(i)") → "6.3(i)", ("5", "3") → "5.3". */
export function joinNumber(parent: string | undefined, child: string): string {
  if (!parent) return child;
  if (child.startsWith('(')) return `${parent}${child}`;
  if (child.startsWith(`${parent}.`)) return child;
  return `${parent}.${child}`;
}

/** The top-level part of a number: "4.2(a)" → "4", "schedule 2" stays. */
export function topLevel(number: string): string {
  if (/^[a-z]+ /.test(number)) return number;
  return number.split(/[.(]/)[0] ?? number;
}

/** Per clause list, whether its lettered parts each number their sections afresh. */
const restartsOf = new WeakMap<readonly NumberedClause[], boolean>();

interface NumberedClause {
  number?: string;
  section?: string;
}

const inLetteredPart = (c: NumberedClause): boolean =>
  !!c.number && !!c.section && /^[a-z]$/.test(c.section) && /^\d/.test(c.number);

/**
 * A clause's number as the contract cites it. Where lettered parts each number their sections
 * afresh ("D. User-Generated Content" … "7. Moral Rights", and "1." again under E), a bare "7" is
 * ambiguous: it is cited with its part's letter, "D.7".
 */
export function citedNumber(clauses: readonly NumberedClause[], clause: NumberedClause): string {
  // A document's prefix is cited as it is written: "CN-3.3".
  const number = (clause.number ?? '').replace(
    /^([a-z]{1,4})-(?=\d)/,
    (_, prefix: string) => `${prefix.toUpperCase()}-`,
  );
  if (!inLetteredPart(clause)) return number;
  let restarts = restartsOf.get(clauses);
  if (restarts === undefined) {
    const partOf = new Map<string, string>();
    restarts = clauses.some((c) => {
      if (!inLetteredPart(c)) return false;
      const key = topLevel(c.number!);
      const seen = partOf.get(key);
      partOf.set(key, c.section!);
      return seen !== undefined && seen !== c.section;
    });
    restartsOf.set(clauses, restarts);
  }
  return restarts ? `${clause.section!.toUpperCase()}.${number}` : number;
}

/**
 * How the contract writes a container's number ("exhibit c" as "Exhibit C", "schedule 2" as
 * "Schedule 2"): its own word where its label has one, a letter or roman numeral in capitals
 * where the label writes them so; undefined for a number that is no container's.
 */
export function containerCitation(number: string, label = ''): string | undefined {
  const container = /^(schedule|annex|exhibit|appendix|attachment|addendum|part) (\S+)$/.exec(number);
  if (!container) return undefined;
  const titled = container[1]!.replace(/^\w/, (c) => c.toUpperCase());
  const word = /^[A-Z]{2}/.test(label) ? titled : (/^[A-Za-z]+/.exec(label)?.[0] ?? titled);
  const id = container[2]!;
  return `${word} ${/^[ivxlc]+$|^[a-z]$/.test(id) && /[A-Z]/.test(label) ? id.toUpperCase() : id}`;
}
