/**
 * The grammar of a list of parties, as a preamble writes it: entries one after another, each a
 * name ("BIOCEPT, INC.") then what describes it (", a California corporation having an address
 * at …") with the terms it is defined by (`("Biocept")`), up to the word that opens the next
 * entry (", and", "; and (2)", "- and -", "in favor of") or ends the list (a verb, a recital).
 */
import type { Span } from '../model.js';
import { readName, type NameSpan } from '../names.js';
import { entryAliases, type AliasSpan } from './aliases.js';
import { mergeCollective } from './collective.js';
import { JURISDICTION } from '../lexicons/jurisdictions.js';

export interface PreambleEntry {
  /** The party's name, or undefined where the name is redacted ("[*]"). */
  name?: NameSpan;
  aliases: AliasSpan[];
  pronouns: string[];
  /** Where the entry starts (its name, or what stands for it) and where what describes it ends. */
  start: number;
  end: number;
}

export interface PartyList {
  entries: PreambleEntry[];
  /** Where the list's words start (after "between") and end. */
  start: number;
  end: number;
}

/** Why a list ended: a verb ("agree", "is pleased"), a sentence's end, a recital, its reach. */
export type EndedBy = 'verb' | 'sentence' | 'marker' | 'reach' | 'next';

/** The text a list is read in: the prose, and the spans of its list items (a numbered list's entries). */
export interface ListText {
  prose: string;
  /** List items in document order, outer items before the items they hold. */
  items: readonly Span[];
  /**
   * Headings in document order: the prose blanks their marks. A numbered one ("## 1. INTERPRETATION", "## 6. Limitation of
   * Liability") ends the parties and is none; parties may be set out as headings of their own.
   */
  headings?: readonly (Span & { numbered: boolean })[];
}

/** How entries are set out: in a sentence, one to a paragraph under a heading, or numbered. */
type Layout = 'sentence' | 'block' | 'enumerated';

const MARKER_LIST = [
  '(?:This|THIS)\\s+(?:[\\p{Lu}][\\p{L}-]*\\s+){0,6}(?:Agreement|AGREEMENT|Contract|CONTRACT|Amendment|AMENDMENT)',
  'WHEREAS|Whereas|W\\s?I\\s?T\\s?N\\s?E\\s?S\\s?S\\s?E\\s?T\\s?H|Witnesseth|RECITALS?|Recitals?',
  'R\\s?E\\s?C\\s?I\\s?T\\s?A\\s?L\\s?S|BACKGROUND|Background|PREAMBLE|NOW,?\\s+THEREFORE|Now,?\\s+[Tt]herefore',
  'IN\\s+CONSIDERATION|In\\s+consideration|TABLE\\s+OF\\s+CONTENTS|Table\\s+of\\s+Contents',
].join('|');

/** The recitals, the operative words, a table of contents, the next preamble: no party is listed past them. */
const MARKER = new RegExp(`(?:${MARKER_LIST})\\b`, 'uy');

const VERB_LIST = [
  'hereby|agree[sd]?|confirms?|understands?|proposes?|issued|desires?|wish(?:es)?|enters?\\s+into',
  '(?:has|have)\\s+(?:agreed|entered|executed|caused)|(?:is|are)\\s+(?:pleased|entering|made)|shall|will',
  'acknowledges?|certif(?:y|ies)',
].join('|');

/** A verb whose subject the list was: "… agree as follows", "… hereby confirm", "… is pleased to". */
const VERB = new RegExp(`(?:${VERB_LIST})\\b`, 'y');
/** "and", "- and -", "&", "in favor of", "together with" between two entries, with the comma or semicolon before it. */
const AND_SEPARATOR =
  /\s*(?:[,;]\s*)?(?:and|AND|And|[-–—]\s*(?:and|AND)\s*[-–—]|&|in\s+favou?r\s+of|together\s+with)(?:\s*[,:])?\s+/y;
const COMMA_SEPARATOR = /\s*(?:[,;]\s*)?/y;
/** An enumerated entry: "; (b) The Sterling/Winters Co.", "(2) WASTE2ENERGY …". */
const ENUM_SEPARATOR = /\s*(?:[,;]\s*)?(?:and\s+)?(?=\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[).]\s)/y;
/**
 * What may start an entry before its name: "the following parties:", a number "(1)", "1.", a dash or bullet,
 * "the", "its Reseller,", "professional golfer,".
 */
const ENTRY_LEAD = new RegExp(
  '[\\s:*•●▪◦-]{0,80}(?:(?:the\\s+)?following\\s+(?:parties|persons|entities)(?:\\s*:)?[\\s:*-]{0,80})?' +
    // Not the first level of a clause number ("1.1 Under the Agreement …"), which is no entry.
    '(?:\\(?(?:\\d{1,2}|[a-h]|[ivx]{1,4})[).](?!\\d)\\s*)?(?:the\\s+)?' +
    '(?:(?:its|their)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}\\p{Lu}[\\p{L}-]*,\\s+|' +
    '(?:an?\\s+)?\\p{Ll}{1,20}(?:\\s{1,3}\\p{Ll}{1,20}){0,2},\\s+)?',
  'uy',
);
const ENUMERATOR_ONLY = /^\s*(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s*)?$/i;
/**
 * A party not named: redacted ("[*]"), a blank of a template ("[Company Name]", "a [resident of]", "<<enter Company
 * Name>>", "_____"), the reader ("between you ("Partner") and …"), or one named elsewhere ("The
 * party specified as the Franchisee on SCHEDULE 1 (the "Franchisee")").
 */
const REDACTED = new RegExp(
  [
    '(?:an?\\s+)?\\[[^\\][\\n]{0,40}\\]',
    '<<[^<>\\n]{0,40}>>',
    '<[ \\t]{0,60}>',
    '_{4,}',
    '(?:you|You|YOU)\\b(?=\\s*(?:[(,]|and\\b))',
    // "between Quillstone and the customer identified below ("Customer")": named in a table further on.
    '(?:(?:The|the|THE)\\s+)?(?:party|parties|person|persons|customer|client|buyer|purchaser|subscriber|licensee|tenant|' +
      'supplier|vendor|seller|licensor|contractor|company)\\s+(?:or\\s+parties\\s+)?' +
      '(?:specified|named|identified|listed|set\\s+out|described|indicated)\\b[^()\\n]{0,120}?(?=\\()',
  ].join('|'),
  'y',
);

/** Words that start a name's description or definition: ", a Delaware corporation", "having its office at". */
const DESCRIPTION_WORDS = [
  'a|an|the|its|having|with|whose|which|who|located|organi[sz]ed|incorporated|existing|established|registered',
  'residing|domiciled|of|at|acting|on|together|represented|hereinafter|hereafter|herein|referred|duly|doing|d/b/a',
  'c/o|corporation|company|partnership|and|AND|And|in|-',
  // A registered number right after the name, as Australian, New Zealand, UK, Singapore and Indian drafting gives it:
  // "Cardinal FM Services Pty Ltd ACN 139 552 018 (the Contractor)".
  'ACN|ABN|ARBN|NZBN|UEN|CIN|CRN|Company (?:number|No)|Registration (?:number|No)|Registered (?:number|No)',
].join('|');

/** What follows a name that is an entry: a description (", a Delaware corporation"), its definition, or the next entry. */
const AFTER_NAME = new RegExp(`[ \\t]*\\r?\\n|[ \\t]{4}|\\s*(?:$|[,;(.:[]|["“'‘]|(?:${DESCRIPTION_WORDS})\\b)`, 'y');

/** A legal form in lower case right after a place: where the entity is organised, not a party. */
const LEGAL_FORM_AFTER = /^\s+(?:corporation|company|limited (?:liability )?(?:company|partnership)|partnership)\b/;

const ABBREVIATION_LIST = [
  '\\p{Lu}|No|Nos|St|Ave|Blvd|Rd|Dr|Mr|Mrs|Ms|Messrs|Co|Corp|Inc|Ltd|Bros|Jr|Sr|Mt|Ft|Pte|Pty|Sdn|Intl|Fl|Ste|Str',
  'Bldg|Dept|Pl|Sq|Hwy|Pkwy|Ct|Ln|approx|e\\.g|i\\.e|etc|P\\.O|U\\.S|U\\.K|N\\.A|S\\.A|[\\p{L}]\\.[\\p{L}]',
].join('|');

/** Abbreviations whose full stop ends no sentence. */
const ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:${ABBREVIATION_LIST})$`, 'u');
const NEXT_SENTENCE = /\s{1,40}["“(]?\p{Lu}/uy;
const LINE_BREAK = /[ \t]*\r?\n\s*/y;
const DEFINED_HERE = /^\s*\(\s*(?:the\s+)?["“]/i;

const MAX_ENTRY = 1200;
const MAX_ENTRIES = 80;

/** The list of parties whose words start at `from`; `block` when a heading ("BETWEEN:", "PARTIES") sets one party to a paragraph. */
export function readList(
  t: ListText,
  from: number,
  stop: number,
  block = false,
): (PartyList & { endedBy: EndedBy }) | undefined {
  const entries: PreambleEntry[] = [];
  let pos = from;
  let end = from;
  let endedBy: EndedBy = 'reach';
  while (entries.length < MAX_ENTRIES) {
    const read = readEntry(t, pos, stop, block);
    if (!read) break;
    entries.push(read.entry);
    end = read.end;
    endedBy = read.endedBy;
    if (read.next === undefined) break;
    pos = read.next;
  }
  if (entries.length === 1) splitTitleEntry(t.prose, entries);
  const merged = mergeCollective(t.prose, entries);
  return merged.length ? { entries: merged, start: from, end, endedBy } : undefined;
}

/**
 * A template's sample value, in quotes where a name goes: "between \"DAN\" and \"PETER\"" (an Accord
 * Project form). The name is the words inside the quotes; the closing quote ends it as a legal form would.
 */
function quotedName(prose: string, at: number): NameSpan | undefined {
  const quoted = /^["“](\p{Lu}[\p{L}\d&.' -]{0,38})["”](?=\s*(?:and\b|[,;.(]|$))/u.exec(prose.slice(at, at + 44));
  if (!quoted) return undefined;
  return { name: quoted[1]!, start: at + 1, end: at + 1 + quoted[1]!.length, formal: true };
}

/** One entry at `pos`: its name, what describes it, and where the next entry starts (if any). */
function readEntry(
  t: ListText,
  pos: number,
  stop: number,
  block: boolean,
): { entry: PreambleEntry; end: number; endedBy: EndedBy; next?: number } | undefined {
  const { prose } = t;
  const at = pos + leadLength(prose, pos);
  const item = itemStartingAt(t, at);
  // A table or a heading after an entry describes something else.
  const blockAfter = prose.slice(at, stop).search(/\n[ \t]*\n[ \t]*(?:\||#)/);
  // A heading after the parties ends them ("## 6. Limitation of Liability" is no third party); under "BETWEEN:" even the
  // first entry cannot be one.
  const ends = t.headings?.filter((h) => h.numbered);
  if (ends?.some((h) => h.start <= at && at < h.end)) return undefined;
  const heading = ends?.find((h) => h.start > at)?.start;
  const until = Math.min(stop, item ? item.end : stop, blockAfter < 0 ? stop : at + blockAfter, heading ?? stop);
  REDACTED.lastIndex = at;
  const redacted = REDACTED.exec(prose);
  const name = redacted ? undefined : (quotedName(prose, at) ?? readName(prose, at, until));
  if (!redacted && !name) return undefined;
  const nameEnd = name ? name.end : at + redacted![0].length;
  // A company's name ends at its legal form; another name must be followed by what describes it.
  AFTER_NAME.lastIndex = nameEnd;
  if (!name?.formal && !AFTER_NAME.test(prose)) return undefined;
  const enumerated = !!item || /\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[).]\s*(?:the\s+)?$/.test(prose.slice(pos, at));
  const layout: Layout = enumerated ? 'enumerated' : block ? 'block' : 'sentence';
  const described = describedUntil(t, nameEnd, Math.min(until, nameEnd + MAX_ENTRY), !!name?.formal, layout);
  let { next, endedBy } = described;
  // A list item's entry ends with the item; the next item may hold the next entry.
  if (item && endedBy === 'reach' && described.end >= item.end) {
    next = nextItem(t, item.end, stop);
    if (next !== undefined) endedBy = 'next';
  }
  const { aliases, pronouns } = entryAliases(prose, nameEnd, described.end, !!name);
  // "between you and Automattic (…)": the reader, named by no parenthesis of its own.
  if (redacted && /^you$/i.test(redacted[0]) && !pronouns.length) pronouns.push('you');
  return {
    entry: { ...(name ? { name } : {}), aliases, pronouns, start: at, end: described.end },
    end: described.end,
    endedBy,
    ...(next !== undefined ? { next } : {}),
  };
}

/**
 * Where the description of an entry that starts at `from` ends, and where the next entry starts:
 * at "and" (or a comma after a definition) followed by a name, outside parentheses.
 */
function describedUntil(
  t: ListText,
  from: number,
  stop: number,
  formal: boolean,
  layout: Layout,
): { end: number; endedBy: EndedBy; next?: number } {
  const { prose } = t;
  let depth = 0;
  for (let i = from; i < stop; i++) {
    const c = prose[i]!;
    if (c === '(' || c === '[') {
      depth++;
      continue;
    }
    if ((c === ')' || c === ']') && depth > 0) {
      depth--;
      continue;
    }
    if (depth > 0) continue;
    const wordStart = i === from || /[\s,;(]/.test(prose[i - 1]!);
    if (wordStart && /\p{L}/u.test(c)) {
      MARKER.lastIndex = i;
      if (MARKER.test(prose)) return { end: i, endedBy: 'marker' };
      VERB.lastIndex = i;
      if (VERB.test(prose)) return { end: i, endedBy: 'verb' };
    }
    if (c === '.' && sentenceEnds(prose, i)) {
      // "(1) X Limited, a company registered in England. Company number …; and (2) …": an enumerated entry runs to the next number.
      if (layout === 'enumerated') continue;
      // Under "PARTIES", the next paragraph that starts with a company's name is the next party.
      const next = layout === 'block' ? nextLineEntry(prose, i + 1, stop) : undefined;
      return next === undefined ? { end: i, endedBy: 'sentence' } : { end: i, endedBy: 'next', next };
    }
    // A separator starts where a run of blanks does: it takes the whole run itself.
    if (!/[\s,;&-]/.test(c) || (/\s/.test(c) && i > from && /\s/.test(prose[i - 1]!))) continue;
    const next = nextEntry(prose, from, i, stop, formal);
    if (next !== undefined) return { end: i, endedBy: 'next', next };
  }
  return { end: stop, endedBy: 'reach' };
}

/** The start of the next entry if a separator at `i` opens one. */
function nextEntry(prose: string, from: number, i: number, stop: number, formal: boolean): number | undefined {
  const before = prose.slice(from, i).trimEnd();
  // "…("Biocept"), and LIFE TECHNOLOGIES", "…CA 92121 and WebMD, Inc.", "HPIL ENERGYTECH Inc. and GINARES GROUP AG", "… on the one side and …".
  const closed =
    !before ||
    /[),;"”'’\d]$/.test(before) ||
    /\bon\s+the\s+one\s+(?:side|hand|part)$/i.test(before) ||
    (formal && !before.trim());
  ENUM_SEPARATOR.lastIndex = i;
  const enumerated = ENUM_SEPARATOR.exec(prose);
  // A bare number opens an entry at a line's start or after punctuation, not after a word ("Stockholm - SE114 55.").
  const bareAfterWord =
    enumerated &&
    !prose.startsWith('(', i + enumerated[0].length) &&
    !/(?:^|[\n;:,])[ \t]*$/.test(prose.slice(Math.max(0, i - 40), i + enumerated[0].length));
  if (enumerated && !bareAfterWord && (closed || /[;\n]/.test(prose.slice(i - 1, i + enumerated[0].length)))) {
    const nextAt = i + enumerated[0].length;
    // "(2) [-4] whose registered office is at …": a name left blank starts an entry too.
    REDACTED.lastIndex = nextAt + leadLength(prose, nextAt);
    const name = readName(prose, nextAt + leadLength(prose, nextAt), stop);
    // After a full stop, a numbered line is the body's first clause unless a company's name opens it.
    if ((name && (name.formal || !/\.$/.test(before))) || REDACTED.test(prose)) return nextAt;
  }
  AND_SEPARATOR.lastIndex = i;
  const and = AND_SEPARATOR.exec(prose);
  if (and && /[\s,;]/.test(prose[i]!)) {
    const nextAt = i + and[0].length;
    const nameAt = nextAt + leadLength(prose, nextAt);
    const next = quotedName(prose, nameAt) ?? readName(prose, nameAt, stop);
    REDACTED.lastIndex = nextAt + leadLength(prose, nextAt);
    if (REDACTED.test(prose)) return nextAt;
    // "…, a Pfizer company, and Delaware corporation having …": a jurisdiction that describes the entry before.
    if (
      next &&
      !next.formal &&
      JURISDICTION.test(next.name) &&
      LEGAL_FORM_AFTER.test(prose.slice(next.end, next.end + 40))
    )
      return undefined;
    // "holding USDOT No. 2938471 and MC No. 981234": a registration number's label, not a name.
    if (next && /\b(?:No|Nos|Number)\.?$/.test(next.name) && /^\.?\s*\d/.test(prose.slice(next.end, next.end + 4)))
      return undefined;
    if (next && (closed || next.formal) && (next.formal || entryFollows(prose, next))) return nextAt;
    return undefined;
  }
  COMMA_SEPARATOR.lastIndex = i;
  const comma = COMMA_SEPARATOR.exec(prose);
  // "X ("X"), Y, a … ("Y"), and Z": after a definition, a comma may open the next entry if a company's
  // name follows, or a name defined where it stands ("JAMES W. NANTZ III ("Nantz")").
  if (comma && /\)$/.test(before)) {
    const nextAt = i + comma[0].length;
    const next = readName(prose, nextAt + leadLength(prose, nextAt), stop);
    if (next && (next.formal || DEFINED_HERE.test(prose.slice(next.end, next.end + 12))) && entryFollows(prose, next))
      return nextAt;
  }
  return undefined;
}

/** Where the next line starts an entry: its first words are a company's name (or a number and a name). */
function nextLineEntry(prose: string, at: number, stop: number): number | undefined {
  LINE_BREAK.lastIndex = at;
  const brk = LINE_BREAK.exec(prose);
  if (!brk) return undefined;
  const nextAt = at + brk[0].length;
  const name = readName(prose, nextAt + leadLength(prose, nextAt), stop);
  return name?.formal && entryFollows(prose, name) ? nextAt : undefined;
}

/** The list item whose words start at `at` (after its number), if one does. */
function itemStartingAt(t: ListText, at: number): Span | undefined {
  const { items, prose } = t;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  // The innermost item that holds `at` starts last.
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) {
    const item = items[k]!;
    if (item.end > at)
      return at - item.start <= 40 && ENUMERATOR_ONLY.test(prose.slice(item.start, at)) ? item : undefined;
  }
  return undefined;
}

/** The next list item, if it starts right after `end` (blanks apart). */
function nextItem(t: ListText, end: number, stop: number): number | undefined {
  const item = t.items.find((i) => i.start >= end && i.start < stop);
  return item && !t.prose.slice(end, item.start).trim() ? item.start : undefined;
}

function leadLength(prose: string, at: number): number {
  ENTRY_LEAD.lastIndex = at;
  return ENTRY_LEAD.exec(prose)?.[0].length ?? 0;
}

function entryFollows(prose: string, name: NameSpan): boolean {
  AFTER_NAME.lastIndex = name.end;
  return AFTER_NAME.test(prose);
}

/** Whether the full stop at `i` ends a sentence: it is followed by a capital and ends no abbreviation. */
function sentenceEnds(prose: string, i: number): boolean {
  NEXT_SENTENCE.lastIndex = i + 1;
  if (!NEXT_SENTENCE.test(prose)) return false;
  const word = prose.slice(Math.max(0, i - 12), i);
  return !ABBREVIATION.test(word) && !/[.][\p{L}]{1,4}$/u.test(word);
}

/** "MAINTENANCE AGREEMENT BETWEEN XIMAGE AND SAGEM S.A.": a list has two parties at least, so "AND" parts the one read. */
function splitTitleEntry(prose: string, entries: PreambleEntry[]): void {
  const only = entries[0]!.name;
  if (!only) return;
  const raw = prose.slice(only.start, only.end);
  const cut = [...raw.matchAll(/\s+(?:and|AND|And)\s+/g)].pop();
  if (!cut) return;
  const first = readName(prose, only.start, only.start + cut.index);
  const second = readName(prose, only.start + cut.index + cut[0].length, only.end);
  if (!first || !second) return;
  entries.splice(
    0,
    1,
    { name: first, aliases: [], pronouns: [], start: first.start, end: first.end },
    { ...entries[0]!, name: second, start: second.start },
  );
}
