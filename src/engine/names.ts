/**
 * Reading a party's name where a contract writes one: "Acme Widgets, Inc.", "BURGER KING
 * CORPORATION", "Bank of America, N.A.", "deltathree.com, Inc.", "R. C. Boyd Enterprises, LLC".
 * A name is a run of capitalised words; it ends at its legal form ("Inc.", "GmbH"), at a comma
 * that starts a description (", a Delaware corporation"), at a parenthesis, or at a small word.
 */
import { institutionBefore, legalFormGroup, roleOf } from './lexicons/roles.js';
import { charsOf, trimWhere } from './trim.js';

export interface NameSpan {
  name: string;
  start: number;
  end: number;
  /** Whether the name ends with a legal form ("Inc.", "Ltd"). */
  formal: boolean;
}

/** A word of a name: capitalised ("Acme", "AT&T", "3M"), a brand in small letters ("deltathree.com", "e-centives") or "eBay". */
const WORD =
  /(?:plc\b|[\p{Lu}\d][\p{L}\p{M}\d&'’.@/+*-]*|\p{Ll}[\p{Ll}\d]*(?:[.@-][\p{L}\d]+)+|\p{Ll}{1,3}\p{Lu}[\p{L}\p{M}\d.-]*)/uy;
const FORM = new RegExp(`^${legalFormGroup}$`);
/** What may follow a legal form and still be the name: another form ("Co., Ltd."), "Liability Company", "d/b/a …". */
const FORM_CHAIN = new RegExp(
  `(?:[ \\t]{0,3},)?[ \\t]{0,3}(?:${legalFormGroup}|(?:Liability\\s+Company|LIABILITY\\s+COMPANY|Partnership|PARTNERSHIP)\\b)`,
  'y',
);
const DBA = /\s{1,3}(?:d\/b\/a|D\/B\/A|dba|DBA|doing\s+business\s+as)\s+/y;
/** Small words a name may hold between capitalised ones. */
const CONNECTOR =
  /[ \t]{1,3}(?:(and|AND|And)|(of|OF|Of)|(&)|de|del|der|des|du|la|le|the|THE|for|FOR|von|van|y|et)[ \t]{1,3}/y;
/** Blanks inside a name: a few spaces, or one line break in wrapped prose. */
const BLANK = /[ \t]{1,3}(?:\r?\n[ \t]{0,12})?|\r?\n[ \t]{0,12}/y;
const FORM_AFTER_COMMA = new RegExp(
  `\\s{0,3},[ \\t]{0,3}(?:\\r?\\n[ \\t]{0,12})?(?=${legalFormGroup}(?![\\p{L}]))`,
  'uy',
);

const NOT_A_NAME_WORDS = [
  'The|THE|This|THIS|These|Each|EACH|Both|BOTH|Either|Neither|Such|Any|All|Its|Their|Our|Your|WHEREAS|Whereas|NOW',
  'Now|RECITALS?|WITNESSETH|In|IN|By|BY|For|FOR|From|FROM|To|TO|And|AND|Or|OR|Party|PARTY|Parties|PARTIES|Agreement',
  'AGREEMENT|Suite|Attention|Attn|Address|Tel|Fax|Email|Phone|Dated?|Effective|Article|Section|Clause|Schedule',
  'Exhibit|Annex|Page|Name|Title|Signature|Date|Witness|Note|Whose|Having|Located|Registered|Incorporated|Organized',
  'Organised|Company|Corporation|A|An|AN|Of|OF|Chairman|CHAIRMAN|CEO|CFO|COO|President|PRESIDENT|Secretary|SECRETARY',
  'Treasurer|Director|DIRECTOR|Officer|Vice|VICE|VP|Its|ITS|APPROVED|ACCEPTED|AGREED|ACKNOWLEDGED|Approved|Accepted',
  'Agreed|Acknowledged|BETWEEN|Between|AMONG|Among|PREAMBLE|Preamble|BACKGROUND|Background|EXECUTION|Execution',
  'Recitals?|If|When|Where|Unless|Upon|Pursuant|Subject|Notwithstanding|Except|January|February|March|April|May|June',
  'July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER',
  'OCTOBER|NOVEMBER|DECEMBER',
].join('|');

/** Words that start no name, though capitalised. */
const NOT_A_NAME = new RegExp(`^(?:${NOT_A_NAME_WORDS})$`);

const ENDS_A_NAME_WORDS = [
  'WHEREAS|Whereas|RECITALS?|WITNESSETH|Suite|SUITE|Attention|ATTENTION|Attn|Address|ADDRESS|Tel|Fax|Email|Phone',
  'Dated?|DATED?|Effective|EFFECTIVE|Article|ARTICLE|Section|SECTION|Clause|Schedule|SCHEDULE|Exhibit|EXHIBIT|Annex',
  'Page|PAGE|Title|Signature|Witness|By|BY|Party|PARTY|Parties|PARTIES|Agreement|AGREEMENT|Contract|CONTRACT|And|AND',
  'Or|OR|Chairman|CHAIRMAN|CEO|CFO|COO|President|PRESIDENT|Secretary|SECRETARY|Treasurer|Director|DIRECTOR|Officer',
  'Its|ITS|A|An|AN|\\d{4}[\\d-]*',
].join('|');

/** Words that end a name, though capitalised: what follows it on a title page or in an address block. */
const ENDS_A_NAME = new RegExp(`^(?:${ENDS_A_NAME_WORDS})$`);
/** A jurisdiction in a name: "SHBV (HONG KONG) LTD", "Oncology Impact Fund (Cayman) Management L.P.". */
const PLACE_IN_NAME = /[ \t]{0,2}\(\p{Lu}[\p{L}.]{0,30}(?:[ \t]\p{Lu}[\p{L}.]{0,30}){0,2}\)[ \t]{0,2}(?=\p{Lu})/uy;
/** "The Company", "the Licensee": a noun with the article, not a name; unless a legal form follows ("The Scotts Company LLC"). */
const ARTICLE = /^(?:The|THE)$/;

const MAX_WORDS = 14;
const NAME_END = charsOf(',\\s');
const WORD_END = charsOf('.:,');
/** A word without the stops after it. */
const bare = (word: string): string => trimWhere(word, WORD_END, 'end');
const MAX_LENGTH = 160;

/** Whether a word is a legal form ("Inc.", "LLC", "S.A."). */
export function isLegalForm(word: string): boolean {
  return FORM.test(word);
}

function wordAt(text: string, at: number, end: number): string | undefined {
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  if (!m || at + m[0].length > end) return undefined;
  return m[0];
}

function stickyMatch(re: RegExp, text: string, at: number, end: number): RegExpExecArray | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m && at + m[0].length <= end ? m : undefined;
}

/**
 * The name that starts at `at` (before `end`), if one does: a run of at most 14 capitalised words
 * joined by blanks, "&", "and" or "of" ("Bank of America"), ending at its legal form.
 */
export function readName(text: string, at: number, end: number): NameSpan | undefined {
  const first = wordAt(text, at, end);
  if (!first || (NOT_A_NAME.test(bare(first)) && !ARTICLE.test(first))) return undefined;
  // A clause's number ("1.1 Under the Agreement …") names no one.
  if (/^\d+(?:\.\d+)+\.?$/.test(first)) return undefined;
  const words = [first];
  let pos = at + first.length;
  let formal = false;
  while (words.length < MAX_WORDS && pos - at < MAX_LENGTH) {
    if (!formal && endsSentence(words[words.length - 1]!)) break;
    if (formal) {
      // "Dong-A ST Co., Ltd.", "Baoding Fengfan Group Limited Liability Company", "Holiday RV Superstores, Inc. d/b/a Recreation USA".
      const chain = stickyMatch(FORM_CHAIN, text, pos, end);
      if (chain) {
        pos += chain[0].length;
        continue;
      }
      const dba = stickyMatch(DBA, text, pos, end);
      const next = dba && wordAt(text, pos + dba[0].length, end);
      if (!dba || !next) break;
      pos += dba[0].length;
      words.push(next);
      pos += next.length;
      formal = false;
      continue;
    }
    const comma = stickyMatch(FORM_AFTER_COMMA, text, pos, end);
    if (comma) {
      const form = wordAt(text, pos + comma[0].length, end)!;
      words.push(form);
      pos += comma[0].length + form.length;
      formal = true;
      continue;
    }
    const connector = stickyMatch(CONNECTOR, text, pos, end);
    if (connector) {
      const next = wordAt(text, pos + connector[0].length, end);
      // "of" goes on after an institution ("Bank of America"), not after a person ("Jane Doe of London").
      const ofOk = !connector[2] || institutionBefore.test(words[words.length - 1]!.replace(/[.,]$/, ''));
      if (!next || !ofOk || (ENDS_A_NAME.test(next) && !isLegalForm(next))) break;
      words.push(next);
      pos += connector[0].length + next.length;
      formal = isLegalForm(next);
      continue;
    }
    const place = stickyMatch(PLACE_IN_NAME, text, pos, end);
    const afterPlace = place && wordAt(text, pos + place[0].length, end);
    if (place && afterPlace && !ENDS_A_NAME.test(afterPlace)) {
      words.push(afterPlace);
      pos += place[0].length + afterPlace.length;
      formal = isLegalForm(afterPlace);
      continue;
    }
    const blank = stickyMatch(BLANK, text, pos, end);
    const next = blank && wordAt(text, pos + blank[0].length, end);
    if (!blank || !next) break;
    // A name goes on over a line break only in wrapped prose, or to its legal form.
    if (blank[0].includes('\n') && !isLegalForm(next) && !wrapped(text, pos)) break;
    if (ENDS_A_NAME.test(bare(next)) && !isLegalForm(next)) break;
    words.push(next);
    pos += blank[0].length + next.length;
    formal = isLegalForm(next);
  }
  // A full stop that ends the sentence is not part of the name ("… and XIMAGE."); an initial's is ("R. C. Boyd").
  let endAt = pos;
  const last = words[words.length - 1]!;
  if (last.endsWith('.') && !formal && !/^\p{Lu}\.$|\.\p{L}/u.test(last)) endAt--;
  if (ARTICLE.test(first) && !namedWithArticle(words, formal)) return undefined;
  // "between Employee and Company": two roles, not a firm's name ("Johnson and Company").
  if (
    formal &&
    /\s(?:and|&)\s/.test(text.slice(at, endAt)) &&
    words.slice(0, -1).every((w) => roleOf(bare(w)) !== undefined)
  )
    return undefined;
  const name = trimWhere(text.slice(at, endAt).replace(/\s+/g, ' '), NAME_END, 'end');
  if (!name || !/[\p{L}]/u.test(name)) return undefined;
  return { name, start: at, end: endAt, formal };
}

/**
 * "The Scotts Company LLC", "The University of Iowa", "The Victory Portfolios": names with the
 * article; "The Company", "The Licensee", "The Bank": nouns.
 */
function namedWithArticle(words: readonly string[], formal: boolean): boolean {
  const second = words[1]?.replace(/[.,]$/, '');
  if (!second || NOT_A_NAME.test(second) || isLegalForm(second) || roleOf(second)) return false;
  return words.length > 2 || formal;
}

/** Abbreviations a name may hold ("Bros.", "Mfg."); a word with another full stop ends the sentence. */
const NAME_ABBREVIATION = /^(?:\p{Lu}|Bros|Mfg|Intl|Int'l|Assoc|Dept|St|Mt|Ft|Cos|Mr|Mrs|Ms|Dr|Jr|Sr|No)\.$/u;

function endsSentence(word: string): boolean {
  return word.endsWith('.') && !NAME_ABBREVIATION.test(word) && !/\.\p{L}/u.test(word) && !isLegalForm(word);
}

/** Whether the line that ends at `at` is wrapped prose (long), not a line of a block (an address, a title). */
function wrapped(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return at - lineStart >= 50 && !/\s{4}/.test(text.slice(lineStart, at).trim());
}
