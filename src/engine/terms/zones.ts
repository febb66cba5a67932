/** Where in a sentence a match sits: its part, the conditions and the references around it. */
import type { Span } from '../model.js';
import { conditionOpeners, politeRequestWords, tyingWords } from '../lexicons/language.js';
import { closesAbbreviation } from '../sentences.js';

/** The words before an "if" that make it a request, not a condition: "We would be grateful if you would …". */
const POLITE_REQUEST = new RegExp(`\\b(?:${politeRequestWords})\\s+$`, 'i');

/** Spans of conditions: from "if", "provided that", "subject to" … to the next comma. */
export function conditionSpans(text: string): Span[] {
  const spans: Span[] = [];
  conditionOpeners.lastIndex = 0;
  for (const m of text.matchAll(conditionOpeners)) {
    // "where" and "should" open a condition only at the start of a clause part.
    if (/^(?:where|should)$/i.test(m[0]) && !/(?:^|[,;:]\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index)))
      continue;
    // A polite request is no condition: "We would be grateful if you would consider acting as a reference".
    if (/^if$/i.test(m[0]) && POLITE_REQUEST.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    spans.push({ start: m.index, end: conditionEnd(text, m.index + m[0].length) });
  }
  return spans;
}

/** A condition runs to the comma after which the main clause starts (a part with a verb of its own). */
function conditionEnd(text: string, from: number): number {
  let at = from;
  for (;;) {
    const comma = nextComma(text, at);
    if (comma >= text.length) return at === from ? unpunctuatedEnd(text, from) : text.length;
    const next = nextComma(text, comma + 1);
    const part = text.slice(comma + 1, next);
    // "If …, then Customer has the right …": "then" opens the main clause whatever its verb.
    if (
      /\b(?:shall|will|may|must|is|are|can|would|agrees?|hereby)\b|['’](?:d|ll)\b/.test(part) ||
      /^\s*then\b/i.test(part) ||
      text[comma] !== ','
    )
      return comma;
    at = comma + 1;
  }
}

/**
 * A condition no comma closes ends where a main clause starts with its own subject and modal: "Should the CPI
 * increase exceed more than 10% in any given year the maximum amount applied will be 10%".
 */
function unpunctuatedEnd(text: string, from: number): number {
  const main = /\s(?:then\s+)?(?:the|such|any|each|all)\s+(?:(?!the\b)[\w-]+\s+){0,4}(?:shall|will|must)\s/g;
  main.lastIndex = from;
  for (let m = main.exec(text); m; m = main.exec(text))
    if (/\S+\s+\S+\s+\S+/.test(text.slice(from, m.index))) return m.index;
  return text.length;
}

/**
 * "the joint press release described above": a pointer back, not a new term. A noun phrase, with no
 * modal in it: "The Publishers shall have the right to terminate the licence referred to in Clause
 * 10.2.1" grants the right; only "the licence referred to in Clause 10.2.1" points back.
 */
const DESCRIBED_ELSEWHERE =
  '\\b(?:the|such)\\s{1,80}(?:(?!\\b(?:shall|will|may|must|can|agrees?|hereby)\\b)[^,;.]){1,60}?\\s{1,80}' +
  '(?:described|referred to|set out|mentioned) ' +
  '(?:above|below|in (?:this )?(?:Section|clause|paragraph))';

/** Where noun phrases after tying words point at terms made elsewhere: "in consideration of the discount in Section 4.2". */
export function referenceZones(text: string): Span[] {
  const zones: Span[] = [];
  tyingWords.lastIndex = 0;
  for (const m of text.matchAll(tyingWords)) {
    const from = m.index + m[0].length;
    const end = objectEnd(text, from);
    const object = text.slice(from, end);
    // "in exchange for which the Client shall …" and "provided that Tenant has …" open a clause, not a pointer.
    // So does a party doing it: "in return for the Client extending the Term by 12 months".
    if (
      /which$/i.test(m[0]) ||
      /^(?:provided|on condition)/i.test(m[0]) ||
      /\b(?:shall|will|must|agrees?|commits?|has|have|pays?|places?)\b/.test(object) ||
      /^\s*(?:the\s+)?\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}\s+\p{Ll}+ing\b/u.test(object)
    )
      continue;
    // "the reduced rate", "its participation": a pointer, not a new promise. "Customer's commitment in
    // clause 6.3" points too; "Buyer's purchases exceeding 4,000,000 units" is the promise itself.
    const pointsAway =
      /\b(?:Sections?|Clauses?|Articles?|Paragraphs?|Schedules?|above|below|described|set out|referred to|hereunder)\b/i.test(
        object,
      );
    if (
      /^\s*(?:the|this|that|these|those|such|its|their|all|any|each)\b/i.test(object) ||
      (pointsAway &&
        /^\s*[\p{Lu}\p{Lo}][\p{L}\p{N}&.-]*(?:\s+[\p{Lu}\p{Lo}][\p{L}\p{N}&.-]*)*(?:'s|’s)\s/u.test(object))
    )
      zones.push({ start: from, end });
  }
  // "The discount in Section 4.2 is given in consideration of …": the subject points back too.
  // So does its object, unless it makes a promise of its own ("… in exchange for Customer's agreement that it shall …").
  for (const m of text.matchAll(
    /\b(?:is|are|was|were) (?:given|granted|made|provided) in (?:consideration|exchange|return) (?:of|for)\b/gi,
  )) {
    zones.push({ start: partStartOf(text, m.index), end: m.index });
    const from = m.index + m[0].length;
    const end = nextComma(text, from);
    if (!/\b(?:shall|will|must|agrees?|commits?|undertakes?)\b/.test(text.slice(from, end)))
      zones.push({ start: from, end });
  }
  // "Section 13 (Reference Customer)": a heading named after a reference.
  for (const m of text.matchAll(
    /\b(?:Sections?|Clauses?|Articles?|Paragraphs?|Schedules?)\s+[\dA-Z][\w.()]*\s*\(([^)]{1,60})\)/g,
  )) {
    const start = m.index + m[0].length - m[1]!.length - 1;
    zones.push({ start, end: start + m[1]!.length });
  }
  // "the joint press release described above" points back.
  for (const m of text.matchAll(new RegExp(DESCRIBED_ELSEWHERE, 'gi')))
    zones.push({ start: m.index, end: m.index + m[0].length });
  return zones;
}

/** A main clause no comma sets off, with its own subject and verb: "in consideration of that increased limit the Client designates …". */
const MAIN_CLAUSE =
  /\s(?:the\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,2}\s+(?:hereby\s+)?(?:shall|will|must|may|agrees?|designates?|appoints?|grants?|commits?|undertakes?|permits?|accepts?|waives?|gives?|pays?)\b/gu;

/** Where the words after tying words end: at the next comma, or where a main clause starts before it. */
function objectEnd(text: string, from: number): number {
  const comma = nextComma(text, from);
  const main = mainClauseStart(text, from);
  return main !== undefined && main < comma ? main : comma;
}

/** Where a main clause with its own subject and verb starts after `from`, past at least two words of the object. */
export function mainClauseStart(text: string, from: number): number | undefined {
  MAIN_CLAUSE.lastIndex = from;
  const main = MAIN_CLAUSE.exec(text);
  return main && /\S+\s+\S+/.test(text.slice(from, main.index)) ? main.index : undefined;
}

function nextComma(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ',' || ch === ';' || ch === ':')) {
      // A comma inside a number ("4,000,000") or a date ("June 30, 2024") does not end the phrase.
      if (
        ch === ',' &&
        /\d/.test(text[i - 1] ?? '') &&
        (/\d/.test(text[i + 1] ?? '') || /^\s\d{4}\b/.test(text.slice(i + 1, i + 6)))
      )
        continue;
      return i;
    }
  }
  return text.length;
}

/** What ends a clause part: ";", ", and", ", but", ". ", or "and" before a new subject with its own verb. */
const PART_BREAK = new RegExp(
  [
    ';\\s+',
    ',\\s+(?:and|but|so|or|while|whereas|except that|save that|provided that|and in addition)\\b\\s*',
    '\\.\\s+',
    "(?<=\\s)and\\s+(?=(?:[A-Z][\\w&.'’-]*\\s+){1,3}(?:hereby|shall|will|agrees|waives|may|must)\\b)",
  ].join('|'),
  // Compiled once: matchAll copies it for each call.
  'g',
);

const LAST_ADVERB = /^(?!only\b)[a-z]+ly\s+[a-z]+s\b/;

/** Start of the clause part (after the last ";", ", and", ", but", ", so") before `at`. */
export function partStartOf(text: string, at: number): number {
  const before = text.slice(0, at);
  let start = 0;
  // "… shall not apply to any Structured Payments and AT&T hereby waives …": a new subject with its own verb opens a part.
  for (const m of before.matchAll(PART_BREAK)) {
    // Not the last of a run of adverbs: "each party hereby knowingly, voluntarily, and intentionally waives".
    if (m[0].startsWith(',') && LAST_ADVERB.test(text.slice(m.index + m[0].length, at + 40))) continue;
    // Not the full stop of a company's suffix: "then KI, Inc. shall have the right".
    if (m[0].startsWith('.') && closesAbbreviation(before, m.index)) continue;
    start = m.index + m[0].length;
  }
  return start;
}

export function separateItems(text: string, previousEnd: number, start: number): boolean {
  const between = text.slice(Math.max(0, previousEnd), start);
  return /\band\s+(?:a|an|the|one|two|three|four|five|up to|\d)\b/i.test(between);
}
