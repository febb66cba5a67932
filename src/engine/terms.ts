/**
 * Stage 4: terms. Finds every concession and give-back with one generic matcher over the
 * lexicons, then reads the sentence around each match: who grants it and to whom (active
 * or passive voice, pronouns, "each party"), whether it is optional, a condition, negated, a
 * definition, history, a remedy, or only a mention of a term made elsewhere.
 */
import type { Benefit, BenefitKind, Clause, Concession, ConcessionKind, Definition, Dismissed, DismissReason, Party, PartyRef, Sentence, Span, Term } from './model.js';
import type { Cue } from './lexicons/cue.js';
import { concessionCues } from './lexicons/concessions.js';
import { benefitCues } from './lexicons/benefits.js';
import { anyWord, compilePhrase, readNumber, wordsNeeded } from './lexicons/patterns.js';
import {
  agentNouns, agreementToAgree, endorsementDeal, exclusiveDistribution, needsConsent, variesADeal, beyondStandard, conditionOpeners, exercisedRight, history, mutualSubject, negatedLeadIn, negatedModal, negatedVerbList, negatingVerb,
  negationAfter, negationBefore, negationScopeEnd, notANegation, notObliged, optional, pointsBack, productBranding, remedy, replacedTerm, representation, serviceItself, statusLost, subjectFollowers, voluntary,
  thirdPartyBeneficiary, tyingWords,
} from './lexicons/language.js';
import type { MentionFinder, Mention } from './mentions.js';
import { readValue } from './values.js';

interface CompiledCue<K extends string> extends Cue<K> {
  /** Each phrase's pattern, with the words one of which a sentence needs for it to match. */
  patterns: { pattern: RegExp; needs: string[] | undefined }[];
}

type TypedCue = { type: 'concession' | 'benefit'; cue: CompiledCue<string> };

interface Lexicon {
  cues: TypedCue[];
  /** Every trigger word in one expression, so that a sentence is scanned once to know which cues to try. */
  triggers: RegExp;
  /** For each trigger, the cues it opens, by index in lexicon order. */
  cuesOfTrigger: Map<string, number[]>;
}

/** The lexicon compiled on first use, not when the extension loads (it takes tens of milliseconds). */
let compiled: Lexicon | undefined;

function lexicon(): Lexicon {
  if (compiled) return compiled;
  const compile = (cue: Cue): CompiledCue<string> => ({ ...cue, patterns: cue.phrases.map((p) => ({ pattern: compilePhrase(p), needs: wordsNeeded(p) })) });
  const cues: TypedCue[] = [
    ...concessionCues.map((cue) => ({ type: 'concession' as const, cue: compile(cue) })),
    ...benefitCues.map((cue) => ({ type: 'benefit' as const, cue: compile(cue) })),
  ];
  // A trigger that contains another ("no cost" contains "cost") is replaced by the shorter one:
  // a sentence with the longer always has the shorter, and no match can then hide another.
  const words = [...new Set(cues.flatMap(({ cue }) => cue.triggers))];
  const canonical = new Map(words.map((t) => [t, words.filter((u) => t.includes(u)).sort((a, b) => a.length - b.length)[0]!]));
  const cuesOfTrigger = new Map<string, number[]>();
  cues.forEach(({ cue }, i) => {
    for (const trigger of new Set(cue.triggers.map((t) => canonical.get(t)!))) cuesOfTrigger.set(trigger, [...(cuesOfTrigger.get(trigger) ?? []), i]);
  });
  return (compiled = { cues, triggers: new RegExp(anyWord(new Set(canonical.values())), 'g'), cuesOfTrigger });
}

/** The cues whose triggers occur in a lower-cased sentence, in lexicon order. */
function triggeredCues(lower: string): TypedCue[] {
  const { cues, triggers, cuesOfTrigger } = lexicon();
  const opened = new Set<number>();
  triggers.lastIndex = 0;
  for (let m = triggers.exec(lower); m; m = triggers.exec(lower)) for (const i of cuesOfTrigger.get(m[0])!) opened.add(i);
  return [...opened].sort((a, b) => a - b).map((i) => cues[i]!);
}

/** The words between a new figure and the one it replaces, wrapped or not. */
const REPLACING = /\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\b/i;

/** Kinds about what the payer pays: always granted by the payee. */
export const PRICE_KINDS = new Set<string>(['discount', 'credit', 'payment-terms', 'price-protection', 'free-scope']);

/** Kinds paid for by the payer, so that a passive "is waived" is granted by the payee. */
const PAID_KINDS = new Set<string>(['discount', 'waiver', 'credit', 'payment-terms', 'price-protection', 'free-scope', 'exit-flexibility', 'risk']);

export interface TermInput {
  text: string;
  prose: string;
  clauses: readonly Clause[];
  sentences: readonly Sentence[];
  parties: readonly Party[];
  definitions: readonly Definition[];
  mentions: MentionFinder;
}

export interface Detected {
  terms: Term[];
  dismissed: Dismissed[];
}

interface Candidate {
  type: 'concession' | 'benefit';
  cue: CompiledCue<string>;
  start: number;
  end: number;
  sentence: number;
}

/**
 * Finds the concessions and give-backs of a document, or of its sentences `from` to `to` (whole
 * clauses: a sentence reads the ones before it in its clause). Ids count from c1 and b1 either way.
 */
export function detectTerms(input: TermInput, from = 0, to = input.sentences.length): Detected {
  const terms: Term[] = [];
  const dismissed: Dismissed[] = [];
  const definedNouns = definedTermPattern(input.definitions);
  const varies = variesADeal.test(input.text.slice(0, 800));
  const endorsement = endorsementDeal.test(input.text.slice(0, 800));
  const byClause = new Map<number, Term[]>();
  for (let s = from; s < to; s++) {
    const sentence = input.sentences[s]!;
    const clause = input.clauses[sentence.clause]!;
    if (clause.region === 'signatures' || clause.header) continue;
    if (isTitleCell(clause, sentence) || isPlainTitle(input, s)) continue;
    const earlier = byClause.get(sentence.clause) ?? [];
    const found = detectInSentence(input, s, definedNouns, earlier, { varies, endorsement });
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

function detectInSentence(input: TermInput, index: number, definedNouns: RegExp | undefined, earlierInClause: readonly Term[], { varies, endorsement }: DocumentFacts): (Term | Dismissed)[] {
  const sentence = input.sentences[index]!;
  const clause = input.clauses[sentence.clause]!;
  const text = input.prose.slice(sentence.start, sentence.end);
  const lower = text.toLowerCase();
  // Wrapped lines and masked markup leave runs of blanks inside trigger phrases ("rather\n  than").
  const cues = triggeredCues(lower.replace(/\s+/g, ' '));
  if (cues.length === 0) return [];
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
  if (candidates.length === 0) return [];
  const results: (Term | Dismissed)[] = [];
  const accepted: Term[] = [];
  const conditions = conditionSpans(text);
  const references = referenceZones(text);
  // Every sentence of a clause that defines a term ("Brand Elements" means …. They also include …).
  const isDefinition = DEFINES.test(text) || DEFINES.test(input.prose.slice(clause.textStart, Math.min(clause.textEnd, clause.textStart + 200)))
    || /\bfor the avoidance of doubt,\s*["“]/i.test(text) || /^\s*examples of (?:[A-Z][\w-]*\s+){1,3}include\b/i.test(text);
  // "Licensee shall not:" over (a), (b) …: the items inherit the lead-in's negation.
  const parent = clause.parent === undefined ? undefined : input.clauses[clause.parent];
  const negatedParent = sentence.start <= clause.textStart + 8 && parent !== undefined && negatedLeadIn.test(input.prose.slice(parent.textStart, parent.textEnd));
  // The clause's words before this sentence, where an inline enumeration's lead-in may be.
  const clauseBefore = input.prose.slice(Math.max(clause.textStart, sentence.start - 400), Math.max(clause.textStart, sentence.start));
  const clauseHead = `${clause.title ?? ''} ${input.prose.slice(clause.textStart, Math.min(clause.textEnd, clause.textStart + 80))}`;
  const mentions = input.mentions.find(input.prose, sentence.start, sentence.end);
  // Earlier lexicon entries win overlaps within a type: keep candidates in lexicon order.
  const taken: { type: string; kind: string; start: number; end: number }[] = [];
  for (const candidate of candidates) {
    const { cue } = candidate;
    if (taken.some((t) => t.type === candidate.type && t.start < candidate.end && candidate.start < t.end)) continue;
    const reason = dismissal(candidate, text, clause, { conditions, references, isDefinition, definedNouns, taken, negatedParent, clauseBefore, clauseHead, varies, endorsement });
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
    if (cue.partOf && [...accepted, ...earlierInClause, ...setAside].some((t) => (cue.partOf as string[]).includes(t.kind))) continue;
    const same = accepted.find((t) => t.type === candidate.type && t.kind === cue.kind);
    const sameMatch = [...taken].reverse().find((t) => t.type === candidate.type && t.kind === cue.kind && t.end <= candidate.start);
    if (same && !(cue.countable && sameMatch && separateItems(text, sameMatch.end, candidate.start))) continue;
    // The second item of a sentence starts after the first one's words.
    const floor = [...taken].filter((t) => t.end <= candidate.start && (t.start !== candidate.start)).reduce((m, t) => Math.max(m, t.end), 0);
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

/** Why a term set aside takes its parts with it: "may terminate … without penalty" on the other's failure is one remedy. */
const SWALLOWING = new Set<string>(['remedy', 'negated', 'discretionary', 'condition']);

/** What the whole document says about how to read each sentence. */
interface DocumentFacts {
  /** It varies an earlier deal (an amendment, a renewal, a side letter), where any departure is a give. */
  varies: boolean;
  /** It is an endorsement agreement. */
  endorsement: boolean;
}

interface SentenceFacts {
  conditions: Span[];
  references: Span[];
  isDefinition: boolean;
  definedNouns: RegExp | undefined;
  /** Matches already accepted in the sentence, whose own words ("no charge") negate nothing else. */
  taken: readonly Span[];
  /** The clause is an item under a negated lead-in ("Licensee shall not:"). */
  negatedParent: boolean;
  /** The clause's text before the sentence (up to 400 characters). */
  clauseBefore: string;
  /** The clause's first words, where a run-in title is ("9.3 LIMITATION OF LIABILITY."). */
  clauseHead: string;
  /** The document is an endorsement agreement, which exists to buy the endorser's services. */
  endorsement: boolean;
  /** The document varies an earlier deal (an amendment, a renewal, a side letter), where any departure is a give. */
  varies: boolean;
}

const DEFINES = /^\s*(?:(?:and|or)\s+)?["“][^"”]{1,80}["”](?:\s*(?:,|or|and)\s*["“][^"”]{1,80}["”])*\s+(?:means|shall mean|has the meaning|have the meaning|is defined)/;

/** Why a match is not a term, 'skip' when it is not even worth recording, or undefined. */
function dismissal(candidate: Candidate, text: string, clause: Clause, facts: SentenceFacts): DismissReason | 'skip' | undefined {
  const { cue, start, end } = candidate;
  if (cue.requires && !cue.requires.test(flat(text))) return 'skip';
  if (cue.unless && cue.unless.test(flat(text))) return 'skip';
  const match = text.slice(start, end);
  if (cue.longerThan) {
    const [now, before] = match.split(REPLACING).map(statedDays);
    if (now === undefined || before === undefined || now <= before) return 'skip';
  }
  if (cue.fewerThan || cue.higherThan) {
    const [now, before] = statedFigures(match);
    if (now === undefined || before === undefined || (cue.fewerThan ? now >= before : now <= before)) return 'skip';
  }
  if (cue.minDays !== undefined) {
    const days = statedDays(match);
    const least = facts.varies ? cue.minDays : cue.minDaysInOriginal ?? cue.minDays;
    if (days === undefined || days < least) return 'skip';
  }
  const inCondition = facts.conditions.some((c) => c.start <= start && end <= c.end);
  if (cue.inCondition && !inCondition) return 'skip';
  if (clause.region === 'recitals') return 'recital';
  if (facts.isDefinition) return 'definition';
  // "… in place of the thirty (30) days previously provided" names the old term being replaced, not history.
  if (history.test(text.slice(partStartOf(text, start), Math.min(text.length, end + 40)).replace(replacedTerm, (m) => ' '.repeat(m.length)))) return 'recital';
  if (facts.references.some((r) => r.start <= start && end <= r.end)) return 'reference';
  // "During the period of that extended warranty": a term named again, not granted again.
  if (pointsBack.test(text.slice(Math.max(0, start - 40), start))) return 'reference';
  if (cue.noun && facts.definedNouns && insideDefinedTerm(text, start, end, facts.definedNouns)) return 'reference';
  // "If Arbor offers another customer a lower fee, …": a concession named in a condition is its trigger.
  // A trailing proviso ("…, provided that expenses are capped at 5%") is a term of its own.
  // A proviso split off after a semicolon ("; provided that Erchonia agrees that prices shall not be increased") stands alone.
  const proviso = (c: Span): boolean => text.slice(c.end).trim().length <= 1 && (c.start > 0 || /^\s*provided\b/i.test(text));
  const leading = facts.conditions.find((c) => c.start <= start && end <= c.end && !proviso(c));
  if (candidate.type === 'concession' && leading) return 'condition';
  if (isNegated(text, start, end, cue, facts.taken)) return 'negated';
  if (!cue.negative && (facts.negatedParent || negatedItem(facts.clauseBefore + text, facts.clauseBefore.length + start) || negatedAcrossList(text, start))) return 'negated';
  if (negatedEnumeration(facts.clauseBefore + text, facts.clauseBefore.length + start)) return 'negated';
  const reason = scopeReason(candidate, text) ?? baselineReason(candidate, flat(text), flat(text.slice(start, end)), facts);
  if (reason) return reason;
  // "… a 20% discount to its members": given to third parties, not to the other party.
  if (candidate.type === 'concession' && thirdPartyBeneficiary.test(text.slice(end))) return 'third-party';
  // A phrase's own words ("at no additional cost") do not make it more than the standard remedy;
  // a raise in the phrase ("credits … shall be doubled") does.
  // Read in the term's own part of the sentence: "(i) at any time on six months' notice, (ii) on a breach" holds two rights.
  const window = remedyWindow(text, start, end, facts.clauseBefore);
  if (cue.remedyProne && remedy.test(window) && !voluntary.test(text) && !beyondStandard.test(cue.negative ? text.slice(0, start) + text.slice(end) : window)) return 'remedy';
  return undefined;
}

/** What the words around a match make of it: a status lost, an agreement to agree, a right exercised, a representation, a name. */
function scopeReason({ type, start, end }: Candidate, text: string): DismissReason | undefined {
  const partBefore = flat(text.slice(partStartOf(text, start), start));
  if (statusLost.test(partBefore)) return 'negated';
  if (agreementToAgree.test(partBefore)) return 'discretionary';
  if (exercisedRight.test(partBefore)) return 'reference';
  if (type === 'benefit' && representation.test(flat(text.slice(partStartOf(text, start), end)))) return 'reference';
  // "… the Exclusive Agency and Marketing Agreement": a document's name, not a grant.
  if (/^(?:\s+(?:and|&)\s+[A-Z][\w-]*)*\s+Agreement\b/.test(text.slice(end, end + 60)) && /^[A-Z]/.test(text.slice(start, end))) return 'reference';
  return undefined;
}

/** The deal itself, which no term departs from (LABELS.md: "the deal's own economics are the baseline"). */
function baselineReason({ cue }: Candidate, sentence: string, match: string, facts: SentenceFacts): DismissReason | undefined {
  // A party's marks licensed or used to market the goods the deal is about.
  if (cue.kind === 'publicity' && productBranding.test(sentence)) return 'baseline';
  // A cap inside a limitation of liability caps liability, not a price.
  if (cue.kind === 'price-protection' && /\bliabilit(?:y|ies)\b/i.test(facts.clauseHead)) return 'baseline';
  // What an endorsement buys: the endorser's testimonials, with products for the endorser's use.
  if (facts.endorsement && (cue.kind === 'testimonial' || cue.kind === 'free-scope')) return 'baseline';
  // Appointing an exclusive distributor is what a distribution agreement does; an amendment that
  // makes a distributor exclusive gives something new.
  if (cue.kind === 'exclusivity' && !facts.varies && exclusiveDistribution.test(match)) return 'baseline';
  // "These materials shall be provided at no cost": what they point back to is the service itself.
  if (cue.kind === 'free-scope' && /^\s*(?:these|such|the foregoing|all such)\b/i.test(sentence) && serviceItself.test(flat(facts.clauseBefore).toLowerCase())) return 'baseline';
  return undefined;
}

/** Runs of blanks from wrapped lines read as one space. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The part of a sentence a term sits in: its lead-in, and from the semicolon before it to the next semicolon or enumerated item. */
function remedyWindow(text: string, start: number, end: number, clauseBefore: string): string {
  const from = text.lastIndexOf(';', start) + 1;
  const rest = text.slice(end);
  const stop = rest.search(/;|\(\s*(?:ii|b|2)\s*\)|\bii\.\s/);
  return leadInOf(clauseBefore + text.slice(0, from)) + text.slice(from, stop < 0 ? text.length : end + stop);
}

/** The words before a colon that opens a list of items, which govern each of them: "If required by court order, Provider may:". */
function leadInOf(before: string): string {
  const colon = before.lastIndexOf(':');
  if (colon < 0 || !/^\s*(?:\(?[a-z\d]{1,4}\)|[a-z\d]{1,4}\.)\s/i.test(before.slice(colon + 1))) return '';
  const sentenceStart = Math.max(before.lastIndexOf('. ', colon) + 1, before.lastIndexOf('\n', colon) + 1, 0);
  return `${before.slice(sentenceStart, colon)} `;
}

function isNegated(text: string, start: number, end: number, cue: Cue, taken: readonly Span[]): boolean {
  const partStart = partStartOf(text, start);
  let before = text.slice(partStart, start).replace(notANegation, (m) => ' '.repeat(m.length));
  for (const t of taken) if (t.end <= start && t.end > partStart) before = before.slice(0, Math.max(0, t.start - partStart)) + ' '.repeat(Math.min(t.end, start) - Math.max(t.start, partStart)) + before.slice(t.end - partStart);
  if (notObliged.test(before)) return true;
  if (cue.negative) return false;
  if (negationBefore.test(before) || negatedModal.test(before) || negatedVerbList.test(text.slice(Math.max(0, start - 80), start))) return true;
  return negationAfter.test(text.slice(end, end + 80));
}

/** A negated verb earlier in the sentence part whose objects run on to the match (`negatingVerb`). */
function negatedAcrossList(text: string, start: number): boolean {
  const before = text.slice(text.lastIndexOf(';', start) + 1, start);
  let last: RegExpExecArray | undefined;
  negatingVerb.lastIndex = 0;
  for (let m = negatingVerb.exec(before); m; m = negatingVerb.exec(before)) last = m;
  return last !== undefined && !negationScopeEnd.test(before.slice(last.index + last[0].length));
}

/** An item of an inline enumeration whose lead-in is negated: "will not …: (a) …; (b) use the marks". */
function negatedItem(text: string, start: number): boolean {
  const colon = text.lastIndexOf(':', start);
  return colon > 0 && /^\s*(?:\(?[a-z\d]{1,4}\)|[a-z\d]{1,4}\.)\s/i.test(text.slice(colon + 1)) && negatedLeadIn.test(text.slice(0, colon + 1));
}

/** A later item of an enumeration whose lead-in, without a colon, is negated: "has not, and will not, use … in a manner that could (a) …; (b) require … free of charge". */
function negatedEnumeration(text: string, start: number): boolean {
  const first = /\((?:a|i|1)\)\s/.exec(text.slice(0, start));
  if (!first || !/\((?:b|c|d|e|ii|iii|iv|v|2|3|4|5)\)/.test(text.slice(first.index + 3, start))) return false;
  const leadIn = text.slice(Math.max(0, first.index - 300), first.index);
  return /\b(?:shall|will|must|may|does|do|has|have|agrees?|undertakes?)\s*,?\s+not\b|\bis prohibited from\b/i.test(leadIn.slice(leadIn.lastIndexOf('. ') + 1));
}

/** Spans of conditions: from "if", "provided that", "subject to" … to the next comma. */
function conditionSpans(text: string): Span[] {
  const spans: Span[] = [];
  conditionOpeners.lastIndex = 0;
  for (const m of text.matchAll(conditionOpeners)) {
    // "where" and "should" open a condition only at the start of a clause part.
    if (/^(?:where|should)$/i.test(m[0]) && !/(?:^|[,;:]\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    spans.push({ start: m.index, end: conditionEnd(text, m.index + m[0].length) });
  }
  return spans;
}

/** A condition runs to the comma after which the main clause starts (a part with a verb of its own). */
function conditionEnd(text: string, from: number): number {
  let at = from;
  for (;;) {
    const comma = nextComma(text, at);
    if (comma >= text.length) return text.length;
    const next = nextComma(text, comma + 1);
    if (/\b(?:shall|will|may|must|is|are|can|agrees?|hereby)\b/.test(text.slice(comma + 1, next)) || text[comma] !== ',') return comma;
    at = comma + 1;
  }
}

/** Where noun phrases after tying words point at terms made elsewhere: "in consideration of the discount in Section 4.2". */
function referenceZones(text: string): Span[] {
  const zones: Span[] = [];
  tyingWords.lastIndex = 0;
  for (const m of text.matchAll(tyingWords)) {
    const from = m.index + m[0].length;
    const end = nextComma(text, from);
    const object = text.slice(from, end);
    // "in exchange for which the Client shall …" and "provided that Tenant has …" open a clause, not a pointer.
    if (/which$/i.test(m[0]) || /^(?:provided|on condition)/i.test(m[0]) || /\b(?:shall|will|must|agrees?|commits?|has|have|pays?|places?)\b/.test(object)) continue;
    // "the reduced rate", "its participation": a pointer, not a new promise. "Customer's commitment in
    // clause 6.3" points too; "Buyer's purchases exceeding 4,000,000 units" is the promise itself.
    const pointsAway = /\b(?:Sections?|Clauses?|Articles?|Paragraphs?|Schedules?|above|below|described|set out|referred to|hereunder)\b/i.test(object);
    if (/^\s*(?:the|this|that|these|those|such|its|their|all|any|each)\b/i.test(object) || (pointsAway && /^\s*[\p{Lu}\p{Lo}][\p{L}\p{N}&.-]*(?:\s+[\p{Lu}\p{Lo}][\p{L}\p{N}&.-]*)*(?:'s|’s)\s/u.test(object))) zones.push({ start: from, end });
  }
  // "The discount in Section 4.2 is given in consideration of …": the subject points back too.
  // So does its object, unless it makes a promise of its own ("… in exchange for Customer's agreement that it shall …").
  for (const m of text.matchAll(/\b(?:is|are|was|were) (?:given|granted|made|provided) in (?:consideration|exchange|return) (?:of|for)\b/gi)) {
    zones.push({ start: partStartOf(text, m.index), end: m.index });
    const from = m.index + m[0].length;
    const end = nextComma(text, from);
    if (!/\b(?:shall|will|must|agrees?|commits?|undertakes?)\b/.test(text.slice(from, end))) zones.push({ start: from, end });
  }
  // "Section 13 (Reference Customer)": a heading named after a reference.
  for (const m of text.matchAll(/\b(?:Sections?|Clauses?|Articles?|Paragraphs?|Schedules?)\s+[\dA-Z][\w.()]*\s*\(([^)]{1,60})\)/g)) {
    const start = m.index + m[0].length - m[1]!.length - 1;
    zones.push({ start, end: start + m[1]!.length });
  }
  // "the joint press release described above" points back.
  for (const m of text.matchAll(/\b(?:the|such)\s{1,80}[^,;.]{1,60}?\s{1,80}(?:described|referred to|set out|mentioned) (?:above|below|in (?:this )?(?:Section|clause|paragraph))/gi)) zones.push({ start: m.index, end: m.index + m[0].length });
  return zones;
}

function nextComma(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ',' || ch === ';' || ch === ':')) {
      // A comma inside a number ("4,000,000") or a date ("June 30, 2024") does not end the phrase.
      if (ch === ',' && /\d/.test(text[i - 1] ?? '') && (/\d/.test(text[i + 1] ?? '') || /^\s\d{4}\b/.test(text.slice(i + 1, i + 6)))) continue;
      return i;
    }
  }
  return text.length;
}

/** Start of the clause part (after the last ";", ", and", ", but", ", so") before `at`. */
function partStartOf(text: string, at: number): number {
  const before = text.slice(0, at);
  let start = 0;
  for (const m of before.matchAll(/;\s+|,\s+(?:and|but|so|or|while|whereas|except that|save that|provided that|and in addition)\b\s*|\.\s+/g)) start = m.index + m[0].length;
  return start;
}

function separateItems(text: string, previousEnd: number, start: number): boolean {
  const between = text.slice(Math.max(0, previousEnd), start);
  return /\band\s+(?:a|an|the|one|two|three|four|five|up to|\d)\b/i.test(between);
}

const FIGURE_NUMBER = compilePhrase('{num}');

/** The figure a match states before "instead of"/"rather than" (the last one) and the one it replaces (the first after). */
function statedFigures(match: string): [number | undefined, number | undefined] {
  const [now = '', before = ''] = match.split(REPLACING);
  const figures = (part: string): number[] => {
    FIGURE_NUMBER.lastIndex = 0;
    return [...part.matchAll(FIGURE_NUMBER)].map((m) => readNumber(m[0])).filter((n): n is number => n !== undefined);
  };
  return [figures(now).at(-1), figures(before)[0]];
}

function statedDays(match: string): number | undefined {
  const net = /net ?(\d{2,3})/i.exec(match);
  if (net) return Number(net[1]);
  const days = /(\d{1,3})\)?\s*(?:calendar |business |working )?days/i.exec(match) ?? /\b([a-z-]+(?:\s[a-z-]+)?)\s+(?:calendar |business |working )?days/i.exec(match);
  if (!days) return undefined;
  const value = /^\d+$/.test(days[1]!) ? Number(days[1]) : wordsToNumber(days[1]!);
  return value;
}

function wordsToNumber(words: string): number | undefined {
  const map: Record<string, number> = { thirty: 30, forty: 40, 'forty-five': 45, fifty: 50, sixty: 60, seventy: 70, 'seventy-five': 75, eighty: 80, ninety: 90, fourteen: 14, fifteen: 15, twenty: 20, ten: 10, seven: 7 };
  const last = words.toLowerCase().split(/\s+/).pop() ?? '';
  return map[last];
}

/** A capitalised defined term that contains a term noun ("Volume Rebate", "Launch Discount"). */
function definedTermPattern(definitions: readonly Definition[]): RegExp | undefined {
  // Every review of an edited text asks again for the same terms: the last pattern is kept.
  const key = definitions.map((d) => d.term).join('\n');
  if (lastDefinedTerms?.key !== key) lastDefinedTerms = { key, pattern: makeDefinedTermPattern(definitions) };
  return lastDefinedTerms.pattern;
}

/** Shared between reviews: it is only used with lastIndex reset, or copied by matchAll. */
let lastDefinedTerms: { key: string; pattern: RegExp | undefined } | undefined;

function makeDefinedTermPattern(definitions: readonly Definition[]): RegExp | undefined {
  const nouns = definitions
    .map((d) => d.term)
    .filter((t) => /\b(?:discount|rebate|credit|refund|waiver|holiday|programme|program|reduction|rent-free period)s?\b/i.test(t) && /^[\p{Lu}]/u.test(t));
  if (!nouns.length) return undefined;
  return new RegExp(`\\b${anyWord(nouns, { names: true })}s?\\b`, 'g');
}

function insideDefinedTerm(text: string, start: number, end: number, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) if (m.index < end && start < m.index + m[0].length) return true;
  return false;
}

/**
 * "5. Price freeze. The prices …": a clause that opens with a few words and a full stop, before its
 * first real sentence, is titled in plain text. The title names the term; it does not grant it.
 */
function isPlainTitle(input: TermInput, index: number): boolean {
  const sentence = input.sentences[index]!;
  const next = input.sentences[index + 1];
  const clause = input.clauses[sentence.clause]!;
  if (!next || next.clause !== sentence.clause || input.sentences[index - 1]?.clause === sentence.clause) return false;
  const words = input.prose.slice(sentence.start, sentence.end).trim().replace(/[.:]$/, '').split(/\s+/);
  if (clause.kind === 'table-row' || !/^\p{Lu}/u.test(words[0] ?? '') || words.some((w) => TITLE_VERBS.test(w) || FIGURE.test(w))) return false;
  // A run-in heading: a few words, or up to ten in title case ("Termination by Licensee for Convenience.").
  return words.length <= 4 || (words.length <= 10 && words.every((w) => /^[\p{Lu}(\["“]/u.test(w) || SMALL_WORDS.test(w)));
}

/** Words a title leaves in lower case. */
const SMALL_WORDS = /^(?:of|the|by|for|and|or|to|in|on|at|a|an|with|from|under|upon|&)$/;

/** A figure makes a short line a term ("15% off list price.", "Two rent-free months."), not a title. */
const FIGURE = /[\d%]|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|ninety|hundred)\b/i;

/** Words that make a short line a sentence rather than a title. */
const TITLE_VERBS = /^(?:shall|will|may|must|can|is|are|was|were|be|been|has|have|hereby|agrees?|waives?|grants?|pays?|receives?|provides?|offers?|credits?|reduces?|extends?|gives?)$/i;

function isTitleCell(clause: Clause, sentence: Sentence): boolean {
  if (clause.kind !== 'table-row' || !clause.title || !clause.cells?.[0]) return false;
  const cell = clause.cells[0];
  return sentence.start >= cell.start && sentence.end <= cell.end;
}

/** Builds the term: its span, its parties, whether it binds, and the figures it states. */
function buildTerm(input: TermInput, candidate: Candidate, text: string, mentions: Mention[], conditions: Span[], zones: Span[], floor: number): { term: Term; discretionary: boolean } {
  const sentence = input.sentences[candidate.sentence]!;
  const { cue } = candidate;
  const start = sentence.start + candidate.start;
  const end = sentence.start + candidate.end;
  const span = extendSpan(input.prose, sentence, start, end, floor);
  const inCondition = conditions.some((c) => c.start <= candidate.start && candidate.end <= c.end);
  // A party named inside "in consideration of Licensee's participation …" is not the subject.
  const usable = mentions.filter((m) => !zones.some((z) => z.start <= m.start - sentence.start && m.end - sentence.start <= z.end));
  const subject = findSubject(text, sentence.start, candidate.start, usable, conditions);
  const base = {
    id: '', start: span.start, end: span.end, clause: sentence.clause, sentence: candidate.sentence, cue: cue.id, anchor: sentence.start + candidate.start,
    value: readValue(input.text.slice(span.start, span.end)),
  };
  if (candidate.type === 'concession') {
    const { by, to } = concessionParties(input, cue, text, sentence.start, candidate, subject, usable);
    const concession: Concession = { ...base, type: 'concession', kind: cue.kind as ConcessionKind, by, to };
    const governing = subject ? text.slice(subject.end - sentence.start, candidate.start + 12) : text.slice(partStartOf(text, candidate.start), candidate.start + 12);
    // Only the grantor's own "may" makes it discretionary: "Subtenant may use … at no charge" is a grant.
    const discretionary = cue.subject !== 'recipient' && (!subject || subject.party === by) && /\bmay\b(?!\s+not)/.test(governing) && !RECEIVING.test(governing) && !(!subject && PERMITTED_USE.test(governing)) && by !== 'both';
    return { term: concession, discretionary };
  }
  const { by, to, receiverSubject } = benefitParties(input, cue, text, sentence.start, candidate, subject, usable);
  const partStart = subject && !receiverSubject ? subject.end - sentence.start : partStartOf(text, candidate.start);
  // "You agree that we may identify Pellworth as a client": the permission is given, so it binds.
  const governing = text.slice(partStart, candidate.end).replace(/(\b(?:agrees?|consents?|accepts?) that\b[^.;]{0,60}?\b)may\b/gi, '$1shall');
  // "Provider may identify Customer … and use Customer's logo": the receiver's "may" is the form a permission
  // takes, and it binds the party that gave it, unless it still waits on that party's consent.
  const permission = receiverSubject && cue.usePermission === true;
  const asked = permission ? governing.replace(/\bmay\b/i, 'shall') : governing;
  const binding = inCondition || !(optional.test(asked) || (permission && needsConsent.test(governing)) || (receiverSubject && !permission && /\bmay\b/.test(governing)));
  const benefit: Benefit = { ...base, type: 'benefit', kind: cue.kind as BenefitKind, by, to, binding, condition: inCondition };
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

/** From a passive verb to its agent's name: "be terminated at any time by ". */
const PASSIVE_AGENT = /^[^.;]{0,20}?\b(?:be|been|is|are|was|were)\s+[a-z]+(?:ed|en)\b[^.;]{0,80}?\bby\s+(?:the\s+)?$/i;

/** The party that is the grammatical subject governing the match at `at` (sentence-relative). */
function findSubject(text: string, offset: number, at: number, mentions: Mention[], conditions: Span[]): Mention | undefined {
  const condition = conditions.find((c) => c.start <= at && at < c.end);
  const partStart = condition ? condition.start : partStartOf(text, at);
  // A subject inside "if Tenant has extended …" does not govern the main clause after it.
  const usable = (rel: number): boolean => condition !== undefined || !conditions.some((c) => c.start <= rel && rel < c.end);
  const nearest = (from: number, to: number): Mention | undefined => {
    let best: Mention | undefined;
    for (const mention of mentions) {
      const rel = mention.start - offset;
      if (rel < from || rel >= to || !usable(rel)) continue;
      const after = text.slice(mention.end - offset, mention.end - offset + 120);
      const isSubject = mention.possessive ? agentNouns.test(text.slice(mention.end - offset, mention.end - offset + 340)) : subjectFollowers.test(after);
      if (isSubject) best = mention;
    }
    return best;
  };
  const own = nearest(partStart, at);
  if (own) return own;
  // The agent of a passive verb acts: "may be terminated by WYZZ" (a passive has no party before it).
  const agent = mentions.find((m) => m.start - offset > at && PASSIVE_AGENT.test(text.slice(at, m.start - offset)));
  if (agent && !mentions.some((m) => m.start - offset >= partStart && m.start - offset < at)) return agent;
  const lead = text.slice(partStart, at);
  // "…, and will introduce the Client": a verb phrase joined to the previous part shares its subject.
  if (/^\s*(?:and\s+|also\s+|in addition\s+|then\s+|further\s+)*(?:shall|will|may|must|agrees?|undertakes?|commits?)\b/i.test(lead)) {
    const shared = nearest(0, partStart);
    if (shared) return shared;
  }
  // "it shall …": the subject is the party last named before.
  const it = /\b(?:it|they)\s+(?:shall|will|may|must|also)\b/.exec(lead);
  if (it) {
    const earlier = mentions.filter((m) => m.start - offset < partStart + it.index && !m.possessive && usable(m.start - offset));
    if (earlier.length) return earlier[earlier.length - 1];
  }
  return undefined;
}

/**
 * The party on the other side of `id`: the only other party; with three or more, the only other
 * one the sentence names ("Landlord shall provide Tenant with …"), or the only one on the other
 * side of the money.
 */
function otherParty(parties: readonly Party[], id: PartyRef, named: readonly Mention[] = []): PartyRef {
  if (id === 'both' || id === 'unknown') return id;
  const others = parties.filter((p) => p.id !== id);
  if (others.length === 1) return others[0]!.id;
  const inSentence = new Set(named.map((m) => m.party).filter((party) => party !== id && party !== 'both'));
  if (inSentence.size === 1) return [...inSentence][0]!;
  const side = parties.find((p) => p.id === id)?.side;
  const opposite = side ? others.filter((p) => p.side !== undefined && p.side !== side) : [];
  return opposite.length === 1 ? opposite[0]!.id : 'unknown';
}

function sideParty(parties: readonly Party[], side: 'payee' | 'payer'): PartyRef {
  const found = parties.filter((p) => p.side === side);
  return found.length === 1 ? found[0]!.id : 'unknown';
}

/** A payment named with its payer or payee, right before the party's name: "the fee payable by ". */
const PAYMENT_NAMING = /\b(?:fees?|charges?|prices?|rent|royalt(?:y|ies)|commissions?|amounts?|income|share|revenues?)\s+(?:payable|paid|due|owed)\s+(by|to)\s+(?:the\s+)?$/i;

/** The party a payment in the sentence names, and whether it pays (`by`) or is paid (`to`). */
function namedInPayment(text: string, offset: number, mentions: readonly Mention[]): { party: string; way: 'by' | 'to' } | undefined {
  for (const m of mentions) {
    if (m.party === 'both') continue;
    const way = PAYMENT_NAMING.exec(text.slice(Math.max(0, m.start - offset - 60), Math.max(0, m.start - offset)))?.[1]?.toLowerCase();
    if (way === 'by' || way === 'to') return { party: m.party, way };
  }
  return undefined;
}

/** "Enrolled students may use the Software … at no additional fee": with no party as subject, a permission to use is a grant, not the grantor's option. */
const PERMITTED_USE = /\bmay (?:use|access|attend|keep|retain|store|park|occupy|continue to use)\b/i;

/** Receiving verbs between a subject and an actor phrase flip it: "Customer shall receive a discount". */
const RECEIVING = /\b(?:receives?|obtains?|(?:is|be|are) entitled to|(?:shall|will) have|enjoys?|benefits? from|gets?|is granted|be granted|is given|be given|is offered|be offered|is allowed|be allowed)\b/i;

function concessionParties(input: TermInput, cue: Cue, text: string, offset: number, candidate: Candidate, subject: Mention | undefined, mentions: Mention[]): { by: PartyRef; to: PartyRef } {
  const { parties } = input;
  if (subject?.party === 'both') return { by: 'both', to: 'both' };
  const possessor = nearestPossessive(mentions, offset, partStartOf(text, candidate.start), candidate.start);
  // "Solenne's liability … shall be uncapped": the liable party takes the risk.
  const liable = possessor && /^(?:'s|’s)\s+(?:[\w-]+\s+){0,2}(?:liability|obligations?|indemnit)/i.test(text.slice(possessor.end - offset, possessor.end - offset + 40));
  if (cue.kind === 'risk' && liable && possessor.party !== 'both') return { by: possessor.party, to: otherParty(parties, possessor.party, mentions) };
  // "The administrative fee payable by Supplier … is reduced" concedes to Supplier; "the share …
  // payable to Institute … is reduced" is conceded by Institute, whatever the main payments.
  const named = PAID_KINDS.has(cue.kind) && cue.kind !== 'credit' && !cue.id.includes('rebate') ? namedInPayment(text, offset, mentions) : undefined;
  if (named) return named.way === 'by' ? { by: otherParty(parties, named.party, mentions), to: named.party } : { by: named.party, to: otherParty(parties, named.party, mentions) };
  // A price, a discount, a credit, payment time and free extras are given by the party that is paid,
  // whoever the sentence's subject is ("Subtenant may use the furniture at no charge").
  const payee = sideParty(parties, 'payee');
  if (PRICE_KINDS.has(cue.kind) && payee !== 'unknown') return { by: payee, to: otherParty(parties, payee, mentions) };
  if (subject) {
    const between = text.slice(subject.end - offset, candidate.start) + text.slice(candidate.start, candidate.start + 24);
    const receives = cue.subject === 'recipient' || RECEIVING.test(between);
    return receives ? { by: otherParty(parties, subject.party, mentions), to: subject.party } : { by: subject.party, to: otherParty(parties, subject.party, mentions) };
  }
  if (possessor && possessor.party !== 'both' && cue.subject === 'recipient') return { by: otherParty(parties, possessor.party, mentions), to: possessor.party };
  if (mutualSubject.test(text.slice(partStartOf(text, candidate.start), candidate.start))) return { by: 'both', to: 'both' };
  if (PAID_KINDS.has(cue.kind)) {
    const payee = sideParty(parties, 'payee');
    return { by: payee, to: payee === 'unknown' ? 'unknown' : otherParty(parties, payee, mentions) };
  }
  return { by: 'unknown', to: 'unknown' };
}

function benefitParties(input: TermInput, cue: Cue, text: string, offset: number, candidate: Candidate, subject: Mention | undefined, mentions: Mention[]): { by: PartyRef; to: PartyRef; receiverSubject: boolean } {
  const { parties } = input;
  if (subject?.party === 'both') return { by: 'both', to: 'both', receiverSubject: false };
  if (subject) {
    const between = text.slice(subject.end - offset, candidate.start);
    // "Provider may name Customer as a client" takes Customer's name: Customer gives.
    const verbs = between.replace(/\bwith (?:the )?[^,;]{0,40}?(?:consent|approval|permission)\b/gi, ' ');
    const uses = cue.usePermission && /\bmay\b/.test(verbs) && !/\b(?:permit|allow|let|grant|agree|consent|authori[sz]e)/i.test(verbs);
    if (uses || cue.subject === 'recipient') {
      const giver = mentions.find((m) => m.start - offset >= subject.end - offset && m.start - offset < candidate.end && m.party !== subject.party && m.party !== 'both');
      const by = giver?.party ?? otherParty(parties, subject.party, mentions);
      return { by, to: subject.party, receiverSubject: true };
    }
    return { by: subject.party, to: otherParty(parties, subject.party, mentions), receiverSubject: false };
  }
  const possessor = nearestPossessive(mentions, offset, partStartOf(text, candidate.start), candidate.start)
    ?? mentions.find((m) => m.possessive && m.start - offset >= candidate.start && m.start - offset < candidate.end && m.party !== 'both');
  if (possessor && possessor.party !== 'both') return { by: possessor.party, to: otherParty(parties, possessor.party, mentions), receiverSubject: false };
  const payer = sideParty(parties, 'payer');
  return { by: payer, to: payer === 'unknown' ? 'unknown' : otherParty(parties, payer, mentions), receiverSubject: false };
}

function nearestPossessive(mentions: Mention[], offset: number, from: number, to: number): Mention | undefined {
  let found: Mention | undefined;
  for (const m of mentions) {
    const rel = m.start - offset;
    if (m.possessive && rel >= from && rel < to && m.party !== 'both') found = m;
  }
  return found;
}
