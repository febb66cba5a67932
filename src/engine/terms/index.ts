/**
 * Stage 4: terms. Finds every concession and give-back with one generic matcher over the
 * lexicons, then reads the sentence around each match: who grants it and to whom (active
 * or passive voice, pronouns, "each party"), whether it is optional, a condition, negated, a
 * definition, history, a remedy, or only a mention of a term made elsewhere.
 */
import type {
  Benefit,
  BenefitKind,
  Clause,
  Concession,
  ConcessionKind,
  Dismissed,
  Sentence,
  Span,
  Term,
} from '../model.js';
import { needsConsent, negatedLeadIn, optional, signatureLine } from '../lexicons/language.js';
import type { Mention } from '../mentions.js';
import { readValue } from '../values.js';
import { PERMITTED_USE, RECEIVING, benefitParties, concessionParties, findSubject } from './grantor.js';
import { triggeredCues } from './lexicon.js';
import {
  DEFINES,
  SWALLOWING,
  dismissal,
  documentFacts,
  flat,
  type DocumentFacts,
  type SentenceFacts,
} from './setAside.js';
import { definedTermPattern, isPlainTitle, isTitleCell } from './titles.js';
import type { Candidate, Detected, TermInput } from './types.js';
import { conditionSpans, partStartOf, referenceZones, separateItems } from './zones.js';

export { PRICE_KINDS } from './grantor.js';
export { OPENING, documentFacts } from './setAside.js';
export type { Detected, TermInput } from './types.js';

/**
 * Finds the concessions and give-backs of a document, or of its sentences `from` to `to` (whole
 * clauses: a sentence reads the ones before it in its clause). Ids count from c1 and b1 either way.
 */
export function detectTerms(input: TermInput, from = 0, to = input.sentences.length): Detected {
  const terms: Term[] = [];
  const dismissed: Dismissed[] = [];
  const definedNouns = definedTermPattern(input.definitions);
  const facts = documentFacts(input.text);
  const byClause = new Map<number, Term[]>();
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
    const earlier = byClause.get(sentence.clause) ?? [];
    const found = detectInSentence(input, s, definedNouns, earlier, facts);
    for (const item of found) {
      if ('reason' in item) dismissed.push(item);
      else {
        terms.push(item);
        earlier.push(item);
      }
    }
    byClause.set(sentence.clause, earlier);
  }
  let c = 0;
  let b = 0;
  for (const term of terms) term.id = term.type === 'concession' ? `c${++c}` : `b${++b}`;
  return { terms, dismissed };
}

/** How many items of a list a lead-in's reading looks at: enough for any list of triggers. */
const MAX_ITEMS = 12;

/** An enumeration opened inside a sentence and carried on past its semicolon: "any Products (i) …; (b) …; or (d) that are defective." */
const OPENS_ENUMERATION = /\(\s*(?:i|a|1)\s*\.?\s*\)[^;]*;\s*$/i;
const CARRIES_ENUMERATION = /^\s*(?:(?:and|or)\s+)?\(\s*(?:[b-h]|i{2,3}|iv|vi{0,3}|[2-9])\s*\.?\s*\)/i;

/** The items after a sentence that opens an inline enumeration, in the same clause, up to the one that ends it. */
function enumerationRest(input: TermInput, index: number, text: string): string {
  if (!OPENS_ENUMERATION.test(text)) return '';
  const clause = input.sentences[index]!.clause;
  let rest = '';
  for (let j = index + 1; j < input.sentences.length && j <= index + MAX_ITEMS; j++) {
    const next = input.sentences[j]!;
    const words = input.prose.slice(next.start, next.end);
    if (next.clause !== clause || !CARRIES_ENUMERATION.test(words)) break;
    rest += ` ${words}`;
    if (!/;\s*$/.test(words)) break;
  }
  return rest;
}

/** The words of the items a clause's lead-in opens ("may terminate immediately:" (a) …, (b) …). */
function itemsOf(input: TermInput, clause: Clause): string[] {
  const items: string[] = [];
  for (let j = clause.id + 1; j < input.clauses.length && items.length < MAX_ITEMS; j++) {
    const c = input.clauses[j]!;
    if (c.start >= clause.end) break;
    if (c.parent === clause.id) items.push(input.prose.slice(c.textStart, Math.min(c.textEnd, c.textStart + 400)));
  }
  return items;
}

/** A match kept in a sentence: later ones that overlap it, of its type, give way. */
interface Taken {
  type: string;
  kind: string;
  start: number;
  end: number;
}

/** The sentence's terms, in lexicon order, and what was set aside and why. */
function detectInSentence(
  input: TermInput,
  index: number,
  definedNouns: RegExp | undefined,
  earlierInClause: readonly Term[],
  facts: DocumentFacts,
): (Term | Dismissed)[] {
  const sentence = input.sentences[index]!;
  const clause = input.clauses[sentence.clause]!;
  const text = input.prose.slice(sentence.start, sentence.end);
  const candidates = candidatesIn(text, index);
  if (candidates.length === 0) return [];
  const results: (Term | Dismissed)[] = [];
  const accepted: Term[] = [];
  // Earlier lexicon entries win overlaps within a type: keep candidates in lexicon order.
  const taken: Taken[] = [];
  const context = { ...readingContext(input, index, clause, text, definedNouns, facts), taken };
  const { conditions, references } = context;
  const mentions = input.mentions.find(input.prose, sentence.start, sentence.end);
  for (const candidate of candidates) {
    const { cue } = candidate;
    if (taken.some((t) => t.type === candidate.type && t.start < candidate.end && candidate.start < t.end)) continue;
    const reason = dismissal(candidate, text, clause, context);
    const span = { start: sentence.start + candidate.start, end: sentence.start + candidate.end };
    if (reason === 'skip') continue;
    taken.push({ type: candidate.type, kind: cue.kind, start: candidate.start, end: candidate.end });
    if (reason) {
      results.push({ ...span, type: candidate.type, kind: cue.kind, cue: cue.id, reason });
      continue;
    }
    // "No early termination fee shall be payable" belongs to the exit right it sits with.
    // A part of a term set aside (an exit on the other side's failure) goes with it.
    const setAside = results.filter((r) => 'reason' in r && SWALLOWING.has(r.reason));
    if (
      cue.partOf &&
      [...accepted, ...earlierInClause, ...setAside].some((t) => (cue.partOf as string[]).includes(t.kind))
    )
      continue;
    const same = accepted.find((t) => t.type === candidate.type && t.kind === cue.kind);
    const sameMatch = [...taken]
      .reverse()
      .find((t) => t.type === candidate.type && t.kind === cue.kind && t.end <= candidate.start);
    if (same && !(cue.countable && sameMatch && separateItems(text, sameMatch.end, candidate.start))) continue;
    // The second item of a sentence starts after the first one's words.
    const floor = [...taken]
      .filter((t) => t.end <= candidate.start && t.start !== candidate.start)
      .reduce((m, t) => Math.max(m, t.end), 0);
    const { term, discretionary } = buildTerm(input, candidate, text, mentions, conditions, references, floor);
    // "The Servicer may waive late charges": a right to concede is not a concession.
    if (discretionary) {
      results.push({ ...span, type: candidate.type, kind: cue.kind, cue: cue.id, reason: 'discretionary' });
      continue;
    }
    accepted.push(term);
    results.push(term);
  }
  return results;
}

/** Every match of the cues the sentence's words trigger, in lexicon order. */
function candidatesIn(text: string, index: number): Candidate[] {
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
        candidates.push({ type, cue, start: m.index, end: m.index + m[0].length, sentence: index });
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
): Omit<SentenceFacts, 'taken'> {
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
    conditions: conditionSpans(text),
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
    clauseHead: `${clause.title ?? ''} ${input.prose.slice(clause.textStart, Math.min(clause.textEnd, clause.textStart + 80))}`,
    varies,
    endorsement,
    branding,
    flatText: flat(text),
    enumerationRest: flat(enumerationRest(input, index, text)),
    capitals: !/\p{Ll}/u.test(text) && /(?:\p{Lu}[^\p{Lu}]*){20}/u.test(text),
    listedTriggers: /:\s*$/.test(text) ? itemsOf(input, clause) : [],
  };
}

/** Builds the term: its span, its parties, whether it binds, and the figures it states. */
function buildTerm(
  input: TermInput,
  candidate: Candidate,
  text: string,
  mentions: Mention[],
  conditions: Span[],
  zones: Span[],
  floor: number,
): { term: Term; discretionary: boolean } {
  const sentence = input.sentences[candidate.sentence]!;
  const { cue } = candidate;
  const start = sentence.start + candidate.start;
  const end = sentence.start + candidate.end;
  const span = extendSpan(input.prose, sentence, start, end, floor);
  const inCondition = conditions.some((c) => c.start <= candidate.start && candidate.end <= c.end);
  // A party named inside "in consideration of Licensee's participation …" is not the subject.
  const usable = mentions.filter(
    (m) => !zones.some((z) => z.start <= m.start - sentence.start && m.end - sentence.start <= z.end),
  );
  const subject = findSubject(text, sentence.start, candidate.start, usable, conditions, input.parties.length);
  const base = {
    id: '',
    start: span.start,
    end: span.end,
    clause: sentence.clause,
    sentence: candidate.sentence,
    cue: cue.id,
    anchor: sentence.start + candidate.start,
    value: readValue(input.text.slice(span.start, span.end)),
  };
  if (candidate.type === 'concession') {
    const { by, to } = concessionParties(input, cue, text, sentence.start, candidate, subject, usable);
    const concession: Concession = { ...base, type: 'concession', kind: cue.kind as ConcessionKind, by, to };
    const governing = subject
      ? text.slice(subject.end - sentence.start, candidate.start + 12)
      : text.slice(partStartOf(text, candidate.start), candidate.start + 12);
    // Only the grantor's own "may" makes it discretionary: "Subtenant may use … at no charge" is a grant.
    const discretionary =
      cue.subject !== 'recipient' &&
      (!subject || subject.party === by) &&
      /\bmay\b(?!\s+not)/.test(governing) &&
      !RECEIVING.test(governing) &&
      !(!subject && PERMITTED_USE.test(governing)) &&
      by !== 'both';
    return { term: concession, discretionary };
  }
  const { by, to, receiverSubject } = benefitParties(input, cue, text, sentence.start, candidate, subject, usable);
  const partStart = subject && !receiverSubject ? subject.end - sentence.start : partStartOf(text, candidate.start);
  // "You agree that we may identify Pellworth as a client": the permission is given, so it binds.
  const governing = text
    .slice(partStart, candidate.end)
    .replace(/(\b(?:agrees?|consents?|accepts?) that\b[^.;]{0,60}?\b)may\b/gi, '$1shall');
  // "Provider may identify Customer … and use Customer's logo": the receiver's "may" is the form a permission
  // takes, and it binds the party that gave it, unless it still waits on that party's consent. "Each party may
  // use the other's name" is a permission each gives.
  const permission = (receiverSubject || subject?.party === 'both') && cue.usePermission === true;
  const asked = permission ? governing.replace(/\bmay\b/i, 'shall') : governing;
  // The price of a right binds whoever exercises it, however optional the right: "may terminate … and paying the termination charges".
  const binding =
    inCondition ||
    cue.prices !== undefined ||
    !(
      optional.test(asked) ||
      (permission && needsConsent.test(governing)) ||
      (receiverSubject && !permission && /\bmay\b/.test(governing))
    );
  const benefit: Benefit = {
    ...base,
    type: 'benefit',
    kind: cue.kind as BenefitKind,
    by,
    to,
    binding,
    condition: inCondition,
    ...(cue.prices ? { prices: cue.prices as ConcessionKind } : {}),
  };
  return { term: benefit, discretionary: false };
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
    const stop = rest.search(/[,;:|]|\.\s|\.$/);
    const limit = stop < 0 ? rest.length : stop;
    if (limit <= 120) e += limit;
  }
  while (s < e && /\s/.test(text[s]!)) s++;
  const conjunction = /^(?:and|or|but|also|then)\s+/i.exec(text.slice(s, e));
  if (conjunction && s + conjunction[0].length < start - sentence.start + 1) s += conjunction[0].length;
  while (e > s && /[\s.]/.test(text[e - 1]!)) e--;
  return { start: sentence.start + s, end: sentence.start + e };
}
