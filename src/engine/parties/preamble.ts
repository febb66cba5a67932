/**
 * The preamble's list of parties, read as a lawyer reads it: "This Agreement is made … by and
 * between X, a Delaware corporation ("X"), and Y, Inc. …", "BETWEEN: (1) X … ; and (2) Y …",
 * "PARTIES (1) X …", a title "SUPPLY AGREEMENT BETWEEN X AND Y", or the parties as the subject
 * of the first sentence ("X ("X") and Y ("Y") agree …"). Each entry is a name, then what
 * describes it (its form, its address) with the terms it is defined by ("X", hereinafter "Licensee").
 */
import type { Span } from '../model.js';
import { readName } from '../names.js';
import { readList, type ListText, type PartyList, type PreambleEntry } from './list.js';
import { roleWords } from '../lexicons/roles.js';
import { entryAliases } from './aliases.js';

export type { PartyList, PreambleEntry } from './list.js';

/**
 * What opens a list of parties: "between", "by and among", "B E T W E E N:", "made … by", a
 * "PARTIES" heading.
 */
const INTRODUCER = new RegExp(
  [
    String.raw`\b(?:by\s+and\s+(?:between|among)|BY\s+AND\s+(?:BETWEEN|AMONG)|between|among|amongst|` +
      String.raw`Between|Among|BETWEEN|AMONG|B\s E\s T\s W\s E\s E\s N)\b[ \t]*:?`,
    String.raw`\b(?:made|entered\s+into|executed)\b[^.;()"“\n]{0,80}?\bby(?!\s+and\b)(?=\s+(?:the\s+)?\p{Lu})`,
    String.raw`(?:^|\n[ \t]*|(?<![ \t])[ \t]{3,})(?:PARTIES|Parties)(?:[ \t]+to[ \t]+this[ \t]+[^\n:]{1,40}?)?[ \t]*:?(?=\s*(?:\(?(?:1|a|A)[.)]|\n))`,
  ].join('|'),
  'gu',
);

const DOCUMENT_NOUNS = [
  'agreement|contract|amendment|addendum|lease|deed|memorandum|understanding|licen[cs]e|order|letter|terms',
  'arrangement|undertaking',
].join('|');

/** A document and the words that make it, before "between": "This Agreement is made …", "concluded", "entered into". */
const DOCUMENT_CONTEXT = new RegExp(
  [`\\b(?:${DOCUMENT_NOUNS})\\b`, '\\b(?:made|entered|executed|concluded|signed|dated)\\b'].join('|'),
  'i',
);
/** Where the opening ends: the recitals or the operative words. */
const OPENING_END =
  /\bWHEREAS\b|\bWhereas,|\bRECITALS\b|\bR E C I T A L S\b|\bNOW,?\s+THEREFORE\b|\bagree as follows\b/;
/** Where a sentence may have the parties as its subject: after a salutation, "Effective June 1, 2024,", "The undersigned,". */
const SUBJECT_LEAD = new RegExp(
  '(?:(?:Ladies\\s+and\\s+Gentlemen|Gentlemen|Dear\\s+[^:,\\n]{1,60})[:,]\\s*)?' +
    '(?:(?:Effective|Dated|As\\s+of)\\s+[^,.;\\n]{1,40},\\s*(?:\\d{4},\\s*)?)?' +
    '(?:(?:The|the)\\s+undersigned,?\\s*)?',
  'y',
);

const MAX_LIST = 5000;
const MAX_LISTS = 4;
/** A sentence with the parties as its subject opens a contract: it is among its first lines. */
const MAX_LINES = 40;
const SUBJECT_REACH = 4000;

/** The lists of parties in the opening of a contract (its first `window` characters), and where the opening ends. */
export function readPartyLists(
  prose: string,
  window: number,
  items: readonly Span[] = [],
  headings: readonly (Span & { numbered: boolean })[] = [],
): { lists: PartyList[]; openingEnd: number } {
  const t: ListText = { prose, items, headings };
  const opening = prose.slice(0, window);
  const marker = OPENING_END.exec(opening);
  const searchEnd = marker ? marker.index : opening.length;
  const lists: PartyList[] = [];
  const taken = (at: number): boolean => lists.some((l) => l.start <= at && at < l.end);
  for (const m of opening.slice(0, searchEnd).matchAll(INTRODUCER)) {
    const start = m.index + m[0].length;
    if (taken(start) || !introducesParties(prose, m.index, m[0])) continue;
    // "BETWEEN:" or "PARTIES" on a line of its own heads a block: one party to a paragraph.
    const block =
      /^\s*(?:PARTIES|Parties)|:\s*$|^\s*(?:BETWEEN|B\s)/.test(m[0]) &&
      /^[ \t]*(?:\r?\n|$)/.test(prose.slice(start, start + 40));
    const list = readList(t, start, Math.min(prose.length, start + MAX_LIST), block);
    // "… between Provider and the Subprocessor": words of the terms, unless a company is named or defined there.
    if (!list || (!block && !list.entries.some((e) => e.aliases.length || e.name?.formal))) continue;
    // Once the opening has defined its parties, a later list names them again ("… AGREEMENT BETWEEN X AND Y",
    // then "… by and between X, Inc. ("X") and …"), or it is another agreement's (an assignment "by and between" others).
    if (lists.some((l) => l.entries.some((e) => e.aliases.length)) && !sharesParty(lists, list)) continue;
    lists.push(list);
    if (lists.length >= MAX_LISTS) break;
  }
  for (const start of lineStarts(opening, Math.min(searchEnd, SUBJECT_REACH))) {
    if (taken(start)) continue;
    const list = subjectList(t, start);
    if (!list) continue;
    lists.push(list);
    break;
  }
  const labelled = labelledList(prose, Math.min(searchEnd, SUBJECT_REACH));
  if (labelled) lists.push(labelled);
  const stacked = lists.length ? undefined : stackedList(prose, Math.min(searchEnd, SUBJECT_REACH));
  if (stacked) lists.push(stacked);
  lists.sort((a, b) => a.start - b.start);
  return { lists, openingEnd: searchEnd };
}

const nameKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Whether a list names a party of the lists before it, by name or by a term it is defined by. */
function sharesParty(lists: readonly PartyList[], list: PartyList): boolean {
  const keys = (l: PartyList): string[] =>
    l.entries
      .flatMap((e) => [e.name?.name, ...e.aliases.map((a) => a.term)])
      .filter((k): k is string => !!k)
      .map(nameKey);
  const known = new Set(lists.flatMap(keys));
  return keys(list).some((k) => known.has(k) || [...known].some((q) => q.startsWith(`${k} `) || k.startsWith(`${q} `)));
}

/** Whether "between" at `at` opens the parties: a title's or a heading's, or said of the document. */
function introducesParties(prose: string, at: number, words: string): boolean {
  if (/^\s*(?:PARTIES|Parties)/.test(words)) return true;
  const lineStart = prose.lastIndexOf('\n', at - 1) + 1;
  const before = prose.slice(Math.max(lineStart, at - 300), at);
  if (!before.trim() || /^[\s\p{Lu}\d&,.'’()-]+$/u.test(before)) return true;
  const sentence = before.split(/[.;:]\s+(?=\p{Lu})/u).pop() ?? before;
  return DOCUMENT_CONTEXT.test(sentence);
}

/** The starts of the opening's lines, and the starts after a salutation: where a sentence may name the parties first. */
function* lineStarts(opening: string, end: number): Generator<number> {
  yield 0;
  let lines = 0;
  for (
    let i = opening.indexOf('\n');
    i >= 0 && i < end && lines < MAX_LINES;
    i = opening.indexOf('\n', i + 1), lines++
  ) {
    let at = i + 1;
    while (at < end && /[ \t\r\n]/.test(opening[at]!)) at++;
    if (at < end && opening[at] !== '\n') yield at;
  }
  for (const m of opening.slice(0, end).matchAll(/(?:Ladies\s+and\s+Gentlemen|Gentlemen|Dear\s+[^:\n]{1,60}):\s*/g))
    yield m.index + m[0].length;
}

/** "X ("X") and Y ("Y") agree …", "The undersigned, X …, understand …": the parties as a sentence's subject. */
function subjectList(t: ListText, at: number): PartyList | undefined {
  const { prose } = t;
  SUBJECT_LEAD.lastIndex = at;
  const start = at + (SUBJECT_LEAD.exec(prose)?.[0].length ?? 0);
  const list = readList(t, start, Math.min(prose.length, start + MAX_LIST));
  // The first is defined where it is named, on its line, and what follows the list is what its parties do.
  const first = list?.entries[0];
  if (
    !list ||
    !first!.aliases.length ||
    list.endedBy !== 'verb' ||
    !first!.name ||
    /\n/.test(prose.slice(first!.name.end, first!.aliases[0]!.start))
  )
    return undefined;
  return list;
}

/** A label that names a party on its own line: "Party A:", "Licensor:". */
const LABEL = new RegExp(
  '(?:\\b(?=(?:Party|PARTY)[ \\t]+[A-D][ \\t]*:)|^|\\n|(?<![ \\t])[ \\t]{2,})' +
    `((?:Party|PARTY)[ \\t]+[A-D]|(?:First|Second|Third)[ \\t]+Party|${Object.keys(roleWords)
      .map((w) => w.replace(/\b\w/g, (c) => c.toUpperCase()))
      .join('|')})[ \\t]*[:：][ \\t]*`,
  'g',
);

/** How far after a labelled party's name its description runs at most. */
const DESCRIPTION_SPAN = 120;

/** "Party A: Dazzle Interactive Co., Ltd. Address: …", "Licensor: Acme Inc.": labelled parties, each its label's. */
function labelledList(prose: string, end: number): PartyList | undefined {
  const entries: PreambleEntry[] = [];
  let first = -1;
  let last = -1;
  for (const m of prose.slice(0, end).matchAll(LABEL)) {
    const at = m.index + m[0].length;
    const name = readName(prose, at, Math.min(prose.length, at + 200));
    // A company's name, or any name under "Party A:", which names nothing else.
    if (!name || (!name.formal && !/^part/i.test(m[1]!))) continue;
    const labelAt = m.index + m[0].indexOf(m[1]!);
    // "Provider: Brightline Metrics, Inc., a Delaware corporation ("Brightline")": the term defined in its description
    // first, which ends with its line or sentence.
    const rest = prose.slice(name.end, name.end + DESCRIPTION_SPAN);
    const described = rest.search(/\n|\.\s/);
    const defined = entryAliases(prose, name.end, name.end + (described < 0 ? rest.length : described));
    entries.push({
      name,
      aliases: [...defined.aliases, { term: m[1]!.replace(/\s+/g, ' '), start: labelAt, end: labelAt + m[1]!.length }],
      pronouns: defined.pronouns,
      start: name.start,
      end: name.end,
    });
    if (first < 0) first = labelAt;
    last = name.end;
  }
  return entries.length ? { entries, start: first, end: last } : undefined;
}

/** A line that is only "and", between the paragraphs of a cover page's parties. */
const AND_LINE = /\n[ \t]*(?:and|AND|And)[ \t]*\r?\n/;

/**
 * A cover page that stacks its parties with no "between": "Vantor Medical Devices GmbH, Hafenstraße 18, Bremen", a
 * line "and", then "Meridian Surgical Supplies Pty Ltd (ACN …), Adelaide". Each paragraph opens with a company's name.
 */
function stackedList(prose: string, end: number): PartyList | undefined {
  const and = AND_LINE.exec(prose.slice(0, end));
  if (!and) return undefined;
  // The paragraph before the blank line that sets off "and".
  const paragraph = prose.lastIndexOf('\n\n', prose.slice(0, and.index).trimEnd().length - 1);
  const firstAt = paragraph < 0 ? 0 : paragraph + 2;
  const secondAt = and.index + and[0].length;
  const entries: PreambleEntry[] = [];
  for (const from of [firstAt, secondAt]) {
    const at = from + (/^\s*/.exec(prose.slice(from, from + 200))?.[0].length ?? 0);
    const name = readName(prose, at, Math.min(prose.length, at + 200));
    if (!name?.formal) return undefined;
    const line = prose.slice(name.end, name.end + DESCRIPTION_SPAN);
    const lineEnd = line.search(/\n/);
    const defined = entryAliases(prose, name.end, name.end + (lineEnd < 0 ? line.length : lineEnd));
    entries.push({ name, aliases: defined.aliases, pronouns: defined.pronouns, start: name.start, end: name.end });
  }
  return { entries, start: entries[0]!.start, end: entries[1]!.end };
}
