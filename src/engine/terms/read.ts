/**
 * Terms, first pass: every lexicon match of each sentence, read once whoever the parties turn out
 * to be on the money's sides: set aside with why (a recital, a negation, a remedy …), or placed
 * (its span, the sentence's subject, the parties named there). Who grants it is the second pass
 * (attribute.ts), which runs again when the terms reveal who is paid.
 */
import type { Clause, DismissReason, Sentence, Span } from '../model.js';
import { leadsInToList, signatureLine } from '../lexicons/language.js';
import { negatedLeadIn } from '../lexicons/negations.js';
import type { Mention } from '../mentions.js';
import { readValue } from '../values.js';
import { findSubject } from './grantor.js';
import { columnCandidates } from './columns.js';
import { triggeredCues } from './lexicon.js';
import { expandContractions } from './contractions.js';
import { DEFINES, dismissal, documentFacts, type DocumentFacts, type SentenceFacts } from './setAside.js';
import { SMALL_WORDS, definedTermPattern, isPlainTitle, isTitleCell } from './titles.js';
import type { Candidate, TermInput } from './types.js';
import { flat } from './words.js';
import { conditionSpans, referenceZones } from './zones.js';

/** A match as the first pass leaves it: set aside with its reason, or placed for attribution. */
export interface Reading {
  candidate: Candidate;
  /** The match itself, in the text. */
  span: Span;
  reason?: Exclude<DismissReason, 'discretionary'>;
  placed?: Placed;
}

/** Where a kept match stands in its sentence: what attribution needs besides the parties. */
export interface Placed {
  /** The span a reader points at (the match widened to its clause part). */
  term: Span;
  /** The figures its words state. */
  value: ReturnType<typeof readValue>;
  /** The party the sentence's grammar makes its subject, if any. */
  subject: Mention | undefined;
  /** The parties named in the sentence outside "in consideration of …" zones. */
  usable: Mention[];
  /** Whether it sits inside a condition ("if Customer prepays …"). */
  inCondition: boolean;
}

/** The first pass over a sentence: its words and its matches, in lexicon order. */
export interface SentenceReading {
  index: number;
  text: string;
  readings: Reading[];
}

/** The first pass over sentences `from` to `to` (whole clauses: a sentence reads its clause around it). */
export function readTerms(input: TermInput, from = 0, to = input.sentences.length): SentenceReading[] {
  const definedNouns = definedTermPattern(input.definitions);
  const facts = documentFacts(input.text);
  const read: SentenceReading[] = [];
  for (let s = from; s < to; s++) {
    const sentence = input.sentences[s]!;
    const clause = input.clauses[sentence.clause]!;
    if (clause.region === 'signatures' || clause.header) continue;
    if (
      isTitleCell(clause, sentence) ||
      isPlainTitle(input, s) ||
      signatureLine.test(input.prose.slice(sentence.start, sentence.end))
    )
      continue;
    const reading = readSentence(input, s, definedNouns, facts);
    if (reading) read.push(reading);
  }
  return read;
}

/** A match kept in a sentence: later ones that overlap it, of its type, give way. */
interface Taken {
  type: string;
  kind: string;
  start: number;
  end: number;
}

/** Each match of a sentence, set aside or placed; undefined when nothing matches. */
function readSentence(
  input: TermInput,
  index: number,
  definedNouns: RegExp | undefined,
  facts: DocumentFacts,
): SentenceReading | undefined {
  const sentence = input.sentences[index]!;
  const clause = input.clauses[sentence.clause]!;
  const text = input.prose.slice(sentence.start, sentence.end);
  const candidates = [...candidatesIn(text, index), ...columnCandidates(input, clause, sentence, index)];
  if (candidates.length === 0) return undefined;
  // Earlier lexicon entries win overlaps within a type: keep candidates in lexicon order.
  const taken: Taken[] = [];
  const mentions = input.mentions.find(input.prose, sentence.start, sentence.end);
  const inSentence = mentions.map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }));
  const context = { ...readingContext(input, index, clause, text, definedNouns, facts), taken, mentions: inSentence };
  const readings: Reading[] = [];
  for (const candidate of candidates) {
    if (taken.some((t) => t.type === candidate.type && t.start < candidate.end && candidate.start < t.end)) continue;
    const reason = dismissal(candidate, text, clause, context);
    if (reason === 'skip') continue;
    const span = { start: sentence.start + candidate.start, end: sentence.start + candidate.end };
    // The second item of a sentence starts after the first one's words.
    const floor = taken
      .filter((t) => t.end <= candidate.start && t.start !== candidate.start)
      .reduce((m, t) => Math.max(m, t.end), 0);
    taken.push({ type: candidate.type, kind: candidate.cue.kind, start: candidate.start, end: candidate.end });
    if (reason) readings.push({ candidate, span, reason: reason as Reading['reason'] });
    else readings.push({ candidate, span, placed: place(input, candidate, text, mentions, context, floor) });
  }
  return { index, text, readings };
}

const SWAP = /\b(?:replaced|substituted)\s+(?:with|by)\b|\band\s+(?:inserting|substituting)\b/i;

/** Where a kept match stands: its span, the figures it states, the sentence's subject and named parties. */
function place(
  input: TermInput,
  candidate: Candidate,
  text: string,
  mentions: Mention[],
  { conditions, references }: Pick<SentenceFacts, 'conditions' | 'references'>,
  floor: number,
): Placed {
  const sentence = input.sentences[candidate.sentence]!;
  const start = sentence.start + candidate.start;
  const term = extendSpan(input.prose, sentence, start, sentence.start + candidate.end, floor);
  // A party named inside "in consideration of Licensee's participation …" is not the subject, unless the
  // match is that give-back itself ("in return for the Hirer's commitment to book the Venue …").
  const within = (z: Span, at: number): boolean => z.start <= at && at < z.end;
  const usable = mentions.filter(
    (m) =>
      !references.some(
        (z) => within(z, m.start - sentence.start) && m.end - sentence.start <= z.end && !within(z, candidate.start),
      ),
  );
  const said = input.text.slice(term.start, term.end);
  // An amendment's swapped words state the new figure after the old: "deleting "30 days" and inserting "60 days"".
  const swap = SWAP.exec(said);
  // A figure raised states the new one after the old: "move us from 45 days to 75 days".
  const raised = candidate.cue.higherThan ? /\bfrom\b[^.;]{1,60}?\bto\b/i.exec(said) : null;
  const cut = swap ?? raised;
  const value = readValue(cut ? said.slice(cut.index + cut[0].length) : said);
  // A rate set below the one it replaces states the new rate, not the discount: "3.5% in place of 5%".
  if (value && candidate.cue.fewerThan) delete value.percent;
  return {
    term,
    value: value && Object.keys(value).length ? value : undefined,
    subject:
      findSubject(text, sentence.start, candidate.start, usable, conditions, input.parties.length) ??
      leadInSubject(input, candidate.sentence, text),
    usable,
    inCondition: conditions.some((c) => c.start <= candidate.start && candidate.end <= c.end),
  };
}

/**
 * The subject an inline enumeration's lead-in names before its colon, for an item read as a sentence of its own:
 * "Each Party: (1) disclaims …; (2) acknowledges …; and (3) waives any claim".
 */
function leadInSubject(input: TermInput, index: number, text: string): Mention | undefined {
  if (!/^\s*(?:(?:and|or)\s+)?\(\s*(?:[b-h]|i{2,3}|iv|vi{0,3}|[2-9])\s*\)/i.test(text)) return undefined;
  const clause = input.sentences[index]!.clause;
  for (let j = index - 1; j >= 0 && j >= index - MAX_ITEMS; j--) {
    const before = input.sentences[j]!;
    if (before.clause !== clause) break;
    const words = input.prose.slice(before.start, before.end);
    const colon = words.search(/:\s*\(\s*(?:a|i|1)\s*\)/i);
    if (colon < 0) continue;
    // The subject opens the lead-in ("Each Party:"), not a party it names ("The following are made to Customer:").
    const named = input.mentions.find(input.prose, before.start, before.start + colon);
    const last = named[named.length - 1];
    const opens = last && /^\W*(?:\S+\s+){0,1}$/.test(input.prose.slice(before.start, last.start));
    return last && opens && last.end === before.start + colon ? last : undefined;
  }
  return undefined;
}

/** How many items of a list a lead-in's reading looks at: enough for any list of triggers. */
const MAX_ITEMS = 12;

/** An enumeration opened inside a sentence and carried on past its semicolon: "any Products (i) …; (b) …; or (d) that are defective." */
const OPENS_ENUMERATION = /\(\s*(?:i|a|1)\s*\.?\s*\)/i;
const CARRIES_ENUMERATION = /^\s*(?:(?:and|or)\s+)?\(\s*(?:[b-h]|i{2,3}|iv|vi{0,3}|[2-9])\s*\.?\s*\)/i;

/** The items after a sentence that opens an inline enumeration, in the same clause, up to the one that ends it. */
function enumerationRest(input: TermInput, index: number, text: string): string {
  // Read in the sentence's last part only, which its semicolon ends: linear however long the sentence.
  const body = text.trimEnd();
  if (!body.endsWith(';') || !OPENS_ENUMERATION.test(body.slice(body.lastIndexOf(';', body.length - 2) + 1))) return '';
  const clause = input.sentences[index]!.clause;
  let rest = '';
  for (let j = index + 1; j < input.sentences.length && j <= index + MAX_ITEMS; j++) {
    const next = input.sentences[j]!;
    const words = input.prose.slice(next.start, next.end);
    if (next.clause !== clause || !CARRIES_ENUMERATION.test(words)) break;
    rest += ` ${words}`;
    if (!words.trimEnd().endsWith(';')) break;
  }
  return rest;
}

/** The words of the items a clause's lead-in opens ("may terminate immediately:" (a) …, (b) …). */
function itemsOf(input: TermInput, clause: Clause): string[] {
  const items: string[] = [];
  for (let j = clause.id + 1; j < input.clauses.length && items.length < MAX_ITEMS; j++) {
    const c = input.clauses[j]!;
    if (c.start >= clause.end) break;
    // Read as words: a plain-text exhibit wraps an item's lines with runs of blanks ("benefit of              creditors").
    if (c.parent === clause.id)
      items.push(input.prose.slice(c.textStart, Math.min(c.textEnd, c.textStart + 400)).replace(/\s+/g, ' '));
  }
  return items;
}

/** Every match of the cues the sentence's words trigger, in lexicon order. */
function candidatesIn(written: string, index: number): Candidate[] {
  // Matched in full words ("won't" as "will not"), placed back on the words as written.
  const expanded = expandContractions(written);
  const text = expanded?.text ?? written;
  const place = (at: number): number => (expanded ? expanded.at[at]! : at);
  const lower = text.toLowerCase();
  // Wrapped lines and masked markup leave runs of blanks inside trigger phrases ("rather\n  than").
  const cues = triggeredCues(lower.replace(/\s+/g, ' '));
  const candidates: Candidate[] = [];
  for (const { type, cue } of cues) {
    for (const { pattern, needs } of cue.patterns) {
      if (needs && !needs.some((word) => lower.includes(word))) continue;
      // exec in a loop, not matchAll: matchAll copies the expression on every call, and this runs
      // for every cue a sentence triggers.
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        candidates.push({ type, cue, start: place(m.index), end: place(m.index + m[0].length), sentence: index });
      }
    }
  }
  return candidates;
}

/** What a candidate's reading weighs besides its own words: the sentence's conditions, its clause, its lead-in. */
function readingContext(
  input: TermInput,
  index: number,
  clause: Clause,
  text: string,
  definedNouns: RegExp | undefined,
  { varies, endorsement, branding }: DocumentFacts,
): Omit<SentenceFacts, 'taken' | 'mentions'> {
  const sentence = input.sentences[index]!;
  // Every sentence of a clause that defines a term ("Brand Elements" means …. They also include …).
  const isDefinition =
    DEFINES.test(text) ||
    DEFINES.test(input.prose.slice(clause.textStart, Math.min(clause.textEnd, clause.textStart + 200))) ||
    /\bfor the avoidance of doubt,\s*["“]/i.test(text) ||
    /^\s*[Ee]xamples of (?:[A-Z][\w-]*\s+){1,3}include\b/.test(text);
  // "Licensee shall not:" over (a), (b) …: the items inherit the lead-in's negation.
  const parent = clause.parent === undefined ? undefined : input.clauses[clause.parent];
  const leadIn =
    sentence.start <= clause.textStart + 8 && parent !== undefined
      ? input.prose.slice(Math.max(parent.textStart, parent.textEnd - 400), parent.textEnd)
      : '';
  const negatedParent = leadIn !== '' && negatedLeadIn.test(input.prose.slice(parent!.textStart, parent!.textEnd));
  return {
    conditions: [...conditionsFromLeadIn(leadIn, text), ...conditionSpans(text)],
    references: referenceZones(text),
    isDefinition,
    definedNouns,
    negatedParent,
    leadIn,
    // The clause's words before this sentence, where an inline enumeration's lead-in may be.
    clauseBefore: input.prose.slice(
      Math.max(clause.textStart, sentence.start - 1000),
      Math.max(clause.textStart, sentence.start),
    ),
    previousClause: previousSibling(input, clause),
    // And the next sentence's, which may say what the price already covers ("Such education forms part of …").
    clauseAfter: input.prose.slice(
      Math.min(clause.textEnd, sentence.end),
      Math.min(clause.textEnd, Math.max(sentence.end, clause.textStart) + 300),
    ),
    clauseHead: `${clause.title ?? ''} ${input.prose.slice(clause.textStart, Math.min(clause.textEnd, clause.textStart + 80))}`,
    // A paragraph that carries on a titled clause ("(e) … no royalties shall be payable") sits under its title.
    parentTitle:
      (!clause.title && parent && (parent.title ?? runInTitle(input.prose.slice(parent.textStart, parent.textEnd)))) ||
      '',
    varies,
    endorsement,
    branding,
    flatText: flat(text),
    enumerationRest: flat(enumerationRest(input, index, text)),
    capitals: !/\p{Ll}/u.test(text) && /(?:\p{Lu}[^\p{Lu}]*){20}/u.test(text),
    // "Upon the occurrence of any of the following, WGT may terminate …:" (or ";"): the items are the triggers.
    listedTriggers: leadsInToList(text) ? itemsOf(input, clause) : tailTriggers(input, clause, sentence, text),
  };
}

/** A lead-in whose items are conditions whole: "conditional on:", "subject to:", "provided that:". */
const CONDITIONAL_LEAD_IN =
  /\b(?:(?:conditional|conditioned|contingent) (?:up)?on|subject to|provided(?: always)?(?: that)?)\s*:?\s*$/i;
/** A lead-in whose items open with the rest of its condition: "where the Purchaser's Aggregate Offtake … is:". */
const TIER_LEAD_IN = /\b(?:if|where|when|in the event that)\b[^.;:]{0,160}\b(?:is|are|exceeds?|reaches)\s*:\s*$/i;

/**
 * An item of such a lead-in is its condition: the whole item ("(a) the Tenant procuring that … enters into a deed of
 * guarantee"), or its words up to the main clause ("(ii) 600 MT or more but less than 900 MT, the Seller shall grant …").
 */
function conditionsFromLeadIn(leadIn: string, text: string): Span[] {
  if (CONDITIONAL_LEAD_IN.test(leadIn)) return [{ start: 0, end: text.length }];
  if (!TIER_LEAD_IN.test(leadIn)) return [];
  const main = /,\s+(?:the |then )?(?:[\w&-]+ ){0,3}(?:shall|will|may)\b/i.exec(text);
  return [{ start: 0, end: main ? main.index : text.length }];
}

/**
 * The items a list's tail carries on from: "If either party: (1) … (7) defaults …; this Agreement may be
 * terminated by the other party", where the tail, in lower case, is set under the last item.
 */
function tailTriggers(input: TermInput, clause: Clause, sentence: Sentence, text: string): string[] {
  if (!/^\s*\p{Ll}/u.test(text)) return [];
  // Set as a paragraph under the last item, or run on in the last item after its semicolon.
  const atStart = sentence.start <= clause.textStart + 8;
  if (!atStart && !/;\s*$/.test(input.prose.slice(Math.max(clause.textStart, sentence.start - 40), sentence.start)))
    return [];
  const item = atStart ? (clause.parent === undefined ? undefined : input.clauses[clause.parent]) : clause;
  const list = item?.parent === undefined ? undefined : input.clauses[item.parent];
  if (!list) return [];
  const first = input.clauses[list.id + 1];
  const leadEnd = first?.parent === list.id ? Math.min(first.start, list.textEnd) : list.textEnd;
  return leadsInToList(input.prose.slice(Math.max(list.textStart, leadEnd - 400), leadEnd).trimEnd())
    ? itemsOf(input, list)
    : [];
}

/**
 * The span a reader would point at: the match, widened to the start of its clause part so that
 * "the Subscriber's committed seat volume … is reduced" includes its subject, and to the end of a
 * bare verb's object ("waives" → "waives the onboarding fee").
 */
function extendSpan(prose: string, sentence: Sentence, start: number, end: number, floor = 0): Span {
  const text = prose.slice(sentence.start, sentence.end);
  let s = start - sentence.start;
  const before = text.slice(0, s);
  let partStart = floor;
  for (const m of before.matchAll(/[;:|]\s*|,\s+|\.\s+/g)) partStart = Math.max(partStart, m.index + m[0].length);
  // Keep subordinate openers ("if", "provided that") out, and never swallow more than ~150 characters.
  if (s - partStart <= 150) s = partStart;
  let e = end - sentence.start;
  if (e - (start - sentence.start) < 30) {
    const rest = text.slice(e);
    // A comma in a figure ("$3,500") is no stop, unless the words run on too long without one.
    const limitAt = (stops: RegExp): number => {
      const stop = rest.search(stops);
      return stop < 0 ? rest.length : stop;
    };
    const limit = [limitAt(/[;:|]|,(?!\d{3}\b)|\.\s|\.$/), limitAt(/[,;:|]|\.\s|\.$/)].find((l) => l <= 120);
    // Never end inside a figure: "$1,500 per month for …" runs on past its comma when the words run on too long.
    if (limit !== undefined)
      e += limit + (/^,\d{3}\b/.test(rest.slice(limit)) ? /^[\d,.]*\d/.exec(rest.slice(limit))![0].length : 0);
  }
  while (s < e && /\s/.test(text[s]!)) s++;
  const conjunction = /^(?:and|or|but|also|then)\s+/i.exec(text.slice(s, e));
  if (conjunction && s + conjunction[0].length < start - sentence.start + 1) s += conjunction[0].length;
  while (e > s && /[\s.]/.test(text[e - 1]!)) e--;
  return { start: sentence.start + s, end: sentence.start + e };
}

/** A run-in title that opens a clause: "13.3.5 Effects of Termination Based Upon … Event. In the event …". */
const RUN_IN_TITLE = /^\s*(?:\(?[\dA-Za-z]{1,3}(?:\.\d{1,3})*[.)]\s+)?([^.;:]{3,160}?)\.\s/;

/**
 * The clause's run-in title, where its first words up to a full stop are written as a title: mostly
 * capitalised ("Effects of Termination Based Upon … Event"), not a sentence ("Licensee warrants compliance").
 */
function runInTitle(words: string): string {
  const title = RUN_IN_TITLE.exec(words)?.[1];
  if (!title || /\b(?:shall|will|may|must|is|are|has|have)\b/.test(title)) return '';
  const all = title.split(/\s+/).filter((w) => !SMALL_WORDS.test(w));
  const capitalised = all.filter((w) => /^[\p{Lu}\d("“]/u.test(w)).length;
  return all.length >= 2 && capitalised >= TITLE_CASE_SHARE * all.length ? title : '';
}

/** How many of a title's other words are capitalised. */
const TITLE_CASE_SHARE = 0.75;

/** The words of the clause before `clause` under the same parent, where a sibling sets the rule it departs from. */
function previousSibling(input: TermInput, clause: Clause): string {
  for (let id = clause.id - 1; id >= 0; id--) {
    const before = input.clauses[id]!;
    if (before.parent === clause.parent && before.kind === clause.kind)
      return input.prose.slice(before.textStart, Math.min(before.textEnd, before.textStart + 300));
    if (before.depth < clause.depth) break;
  }
  return '';
}
