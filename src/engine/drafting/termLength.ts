/** How long a contract's first term runs, in months: what the lock-in a draft asks for is sized to. */
import { readValue } from '../values.js';

/**
 * The length of the contract's first term: "The initial term of this Agreement shall be five (5) years",
 * "shall continue in effect for a period of thirty-six (36) months". Read from the first such sentence.
 */
const TERM_LENGTH = new RegExp(
  [
    '\\b(?:(?:[Ii]nitial|[Oo]riginal|[Ss]ubscription|[Ll]ease|[Ll]icen[cs]e|[Cc]ontract|[Ss]ervice)\\s+[Tt]erm|' +
      '[Tt]erm\\s+of\\s+this\\s+[A-Z]?[a-z]+|Term)\\b(?!["”-])(?:(?!\\band\\s+for\\b|\\brenew|\\bmeans\\b|' +
      '\\b(?:after|following|thereafter\\s+for\\s+a\\s+period\\s+of\\s+\\S+\\s+(?:years?|months?)\\s+after|' +
      'insurance|warrant\\w*|loan|office|maintain|retain|surviv\\w*)\\b|["“])[^.;]){0,100}?\\b' +
      '(?:of|for|be|is)\\s+(?:a\\s+period\\s+of\\s+)?((?:[a-z-]+\\s+)?\\(?\\d+\\)?\\s+(?:years?|months?))\\b',
    '\\b(?:continue|remain)\\s+in\\s+(?:full\\s+)?(?:force|effect)(?:\\s+and\\s+effect)?\\s+for\\s+' +
      '(?:a\\s+(?:period|term)\\s+of\\s+)?((?:[a-z-]+\\s+)?\\(?\\d+\\)?\\s+(?:years?|months?))\\b',
    // "This Agreement shall come into force as of January 1, 2013 and remain valid for 1 year".
    '\\b(?:[Aa]greement|[Cc]ontract)\\b[^.;]{0,80}?\\b(?:remain|be)\\s+valid\\s+for\\s+(?:a\\s+period\\s+of\\s+)?' +
      '((?:[a-z-]+\\s+)?\\(?\\d+\\)?\\s+(?:years?|months?))\\b',
    // "This Agreement shall commence on the Effective Date and continue for a period of one (1) year ("Term")".
    '\\b(?:[Aa]greement|[Cc]ontract)\\s+shall\\s+(?:commence|begin)[^.;]{0,80}?\\b(?:continue|run)\\s+for\\s+' +
      '(?:a\\s+(?:period|term)\\s+of\\s+)?((?:[a-z-]+\\s+)?\\(?\\d+\\)?\\s+(?:years?|months?))\\b',
  ].join('|'),
);

/** How many months the contract's first term runs: as stated, or from the dates it starts and ends on. */
export function termLength(flat: string): { termMonths?: number } {
  const m = TERM_LENGTH.exec(flat);
  const months = m
    ? readValue(m[1] ?? m[2] ?? m[3] ?? m[4]!)?.months
    : (termFromDates(flat) ?? termToAnniversary(flat));
  return months ? { termMonths: months } : {};
}

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A date written out: "April 5, 2019", "5th April 2019", "the 9th day of April, 2025". */
const DATE = `(?:(?:${MONTH_NAMES})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:day\\s+of\\s+)?(?:${MONTH_NAMES}),?\\s+\\d{4})`;
/** Where the deal starts: "dated as of April 5, 2019", "The term … begins on July 1, 2025", "effective 1 May 2024". */
const STARTS = new RegExp(
  `\\b(?:dated|made|entered\\s+into|effective|begins?|commences?|starts?)(?:\\s+(?:as\\s+of|on|from))?\\s+(?:the\\s+)?(${DATE})`,
);
/** Where the term ends: "and ends on June 30, 2035", "shall expire on the Expiration Date", "continue until 31 March 2027". */
const ENDS = new RegExp(
  // The term itself ends, as a sentence's subject: not pricing "under this Agreement", nor a recital's other agreement.
  `(?<![\\p{Ll},]\\s)(?<![\\p{Ll},])(?:The\\s+|the\\s+)?(?:(?:[Ii]nitial|[Oo]riginal)\\s+)?(?:[Tt]erm(?:\\s+of\\s+this\\s+\\w+)?(?!\\s+of\\s+(?:the|that|each|any)\\b)|This\\s+(?:Agreement|Lease|Contract))\\b[^.;]{0,120}?\\b(?:ends?|expires?|terminates?|continues?(?:\\s+in\\s+(?:full\\s+)?(?:force|effect))?\\s+until|through)` +
    `(?:\\s+on)?\\s+(?:(${DATE})|the\\s+((?:Expiration|Expiry|End|Termination)\\s+Date))`,
  'u',
);

/** The months between the date the deal starts and the date its term ends, where both are written out. */
function termFromDates(flat: string): number | undefined {
  const start = STARTS.exec(flat)?.[1];
  const end = ENDS.exec(flat);
  const endDate =
    end && (end[1] ?? new RegExp(`["“]${end[2]}["”]\\s+(?:means|shall\\s+mean)\\s+(${DATE})`).exec(flat)?.[1]);
  const from = start && dayOf(start);
  const to = endDate && dayOf(endDate);
  if (from === undefined || to === undefined || !from || !to || to <= from) return undefined;
  return Math.round((to - from) / (30.44 * 86_400_000));
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
/** A term that runs to an anniversary: "'Intended End of Term' means … the seventh (7th) anniversary of the Effective Date". */
const ANNIVERSARY = new RegExp(
  // The term itself ends there ("Term" ends, expires, continues until, means …), not a warranty's or a payment's.
  // "The term of this Agreement will commence upon the Effective Date and will continue until the fifth (5th) anniversary",
  // ""Term" shall mean the period commencing on the Effective Date and terminating on the eighth anniversary".
  `(?<!\\b(?:warranty|payment|licen[cs]e|notice)\\s+)\\b(?:Initial\\s+)?[Tt]erm\\b["”]?\\s+(?:[^.;]{0,80}?\\s)?` +
    `(?:ends|expires|terminat(?:es|ing)|ending|expiring|(?:shall|will)\\s+(?:end|expire|terminate)|(?:(?:shall|will)\\s+)?continues?\\s+until|means|shall\\s+mean)\\s+(?:on\\s+)?(?:[^.;]{0,60}?\\s)?` +
    `(?:the\\s+)?(${ORDINALS.join('|')}|\\d{1,2}(?:st|nd|rd|th))(?:\\s+\\(\\d{1,2}(?:st|nd|rd|th)\\))?\\s+` +
    'anniversary\\s+of\\s+the\\s+(?:Effective|Commencement|Start)\\s+Date',
);

function termToAnniversary(flat: string): number | undefined {
  const which = ANNIVERSARY.exec(flat)?.[1]?.toLowerCase();
  if (!which) return undefined;
  const years = ORDINALS.indexOf(which) + 1 || Number.parseInt(which, 10);
  return years > 0 ? years * 12 : undefined;
}

/** A written-out date as milliseconds since 1970 (UTC), or undefined. */
function dayOf(date: string): number | undefined {
  const month = new RegExp(MONTH_NAMES).exec(date)?.[0];
  const numbers = date.match(/\d+/g)?.map(Number) ?? [];
  const year = numbers.find((n) => n > 1900);
  const day = numbers.find((n) => n >= 1 && n <= 31);
  if (!month || year === undefined || day === undefined) return undefined;
  return Date.UTC(year, MONTH_NAMES.split('|').indexOf(month), day);
}
