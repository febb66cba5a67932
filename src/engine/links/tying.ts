/**
 * Ties by tying words: "in consideration of the discount in Section 4.2", "in exchange for the
 * Launch Discount", "in return for all of the relief in the bullets above".
 */
import type { Sentence, Span, Term, Tie } from '../model.js';
import { boilerplateConsideration, tyingWords } from '../lexicons/language.js';
import type { Add, Index, LinkInput, TermKeys } from './types.js';
import { buildIndex } from './lookups.js';
import { collect, ofType, pair } from './pairs.js';
import { describedTerms, overlap, stems, termWords } from './describing.js';
import { mainClauseStart } from '../terms/zones.js';

/** The sentences, from `from` to `to`, that have tying words ("in exchange for", "in consideration of"). */
export function tyingSentences(
  prose: string,
  sentences: readonly Sentence[],
  from = 0,
  to = sentences.length,
): number[] {
  const found: number[] = [];
  for (let s = from; s < to; s++)
    if (HAS_TYING_WORDS.test(prose.slice(sentences[s]!.start, sentences[s]!.end))) found.push(s);
  return found;
}

/** tyingWords without its global flag, whose `test` would move the shared expression's lastIndex. */
const HAS_TYING_WORDS = new RegExp(tyingWords.source, tyingWords.flags.replace('g', ''));

/** Tying words with what they point at on either side; returns the ties of each sentence. */
export function referenceTies(
  input: LinkInput,
  merge: (tie: Tie) => void,
  read: { termKeys?: TermKeys },
): Map<number, Tie[]> {
  const { prose, sentences } = input;
  const made = new Map<number, Tie[]>();
  let index: Index | undefined;
  for (const s of input.tying ?? tyingSentences(prose, sentences)) {
    const known = input.known?.get(s);
    const own: Tie[] = known ? [...known] : [];
    made.set(s, own);
    if (!known) {
      index ??= buildIndex(input, read);
      sentenceTies(
        input,
        index,
        s,
        collect((tie) => own.push(tie)),
      );
    }
    for (const tie of own) merge(tie);
  }
  return made;
}

/** The ties one sentence's tying words make. */
function sentenceTies(input: LinkInput, index: Index, s: number, add: Add): void {
  const { prose, sentences } = input;
  const sentence = sentences[s]!;
  const text = prose.slice(sentence.start, sentence.end);
  for (const m of text.matchAll(tyingWords)) {
    const tieStart = sentence.start + m.index;
    const objectStart = tieStart + m[0].length;
    const objectEnd = sentence.start + objectEndOf(text, m.index + m[0].length);
    const object = prose.slice(objectStart, objectEnd);
    if (boilerplateConsideration.test(object)) continue;
    const at = { start: tieStart, end: objectEnd };
    const rest: Span[] = [
      { start: sentence.start, end: tieStart },
      { start: objectEnd, end: sentence.end },
    ];
    const objectTerms = resolveSide(input, index, [{ start: objectStart, end: objectEnd }], s, true);
    const restTerms = resolveSide(input, index, rest, s, false);
    // A lead-in's items carry on its sentence: they are the object where it runs to the colon ("… in exchange for
    // Licensee's agreement to:" (i), (ii)), else the rest ("In consideration of the discount in Section 2, Customer
    // shall:" (a) serve as a reference).
    if (/:\s*$/.test(text)) {
      const continues = /^[\s:]*$/.test(prose.slice(objectEnd, sentence.end)) ? objectTerms : restTerms;
      for (const t of termsWithin(index, [sentence.clause, ...introduced(input, sentence.clause)]))
        if (t.start >= sentence.end && t.clause !== sentence.clause) continues.add(t);
    }
    if (pair(objectTerms, restTerms, add, at)) continue;
    // A side that names no term of its own is read as a description ("the reduced retainer");
    // the words before "is granted in exchange for" describe what is granted.
    const subjectText = /^(?:is|are|was|were)\b/i.test(m[0]) ? text.slice(0, m.index) : undefined;
    // "in exchange the Licensee shall renew …" is a promise, not a description of one made elsewhere.
    // Nor one that names its place ("the waiver in Section 3.2"): where that place holds no term, none elsewhere is meant.
    const describes =
      !/\b(?:shall|will|must|may|agrees?|commits?)\b/.test(object) &&
      !/\b(?:Sections?|Clauses?|Articles?|Paragraphs?)\s+\d/i.test(object);
    for (const wanted of ['concession', 'benefit'] as const) {
      const other = wanted === 'concession' ? 'benefit' : 'concession';
      // A side that names terms explicitly (by number, by defined term) is not a description.
      const objectSide = ofType(objectTerms, wanted).size
        ? ofType(objectTerms, wanted)
        : describes && !objectTerms.size
          ? describedTerms(input, index, object, wanted, s)
          : new Set<Term>();
      const restSide = ofType(restTerms, other).size
        ? ofType(restTerms, other)
        : subjectText && !restTerms.size
          ? describedTerms(input, index, subjectText, other, s)
          : new Set<Term>();
      if (pair(objectSide, restSide, add, at)) break;
    }
  }
}

/** Where the object of tying words ends: the next comma, semicolon or colon outside brackets and quotes. */
function objectEndOf(text: string, from: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '“' || ch === '”' || ch === '"') quoted = ch === '“' || (ch === '"' && !quoted);
    else if (quoted) continue;
    else if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ',' || ch === ';' || ch === ':')) return i;
  }
  // No comma: the object ends where a main clause starts ("In consideration of that waiver the Customer will act …").
  return mainClauseStart(text, from) ?? text.length;
}

/** The terms one side of a tie names: written there, referred to by number, by defined term, or "above". */
function resolveSide(
  input: LinkInput,
  index: Index,
  spans: Span[],
  sentenceIndex: number,
  isObject: boolean,
): Set<Term> {
  const { clauses, prose } = input;
  const sentence = input.sentences[sentenceIndex]!;
  const found = new Set<Term>();
  const within = (s: Span): boolean => spans.some((p) => p.start <= s.start && s.end <= p.end);
  // A term belongs to the side its own words are on: its span may run on past the tying words.
  for (const t of index.termsBySentence.get(sentenceIndex) ?? [])
    if (spans.some((p) => p.start <= t.anchor && t.anchor < p.end)) found.add(t);
  const targets = new Set<number>();
  for (const ref of index.refsByClause.get(sentence.clause) ?? [])
    if (within(ref)) for (const id of ref.targets) targets.add(id);
  for (const p of spans) {
    const text = prose.slice(p.start, p.end);
    // "the relief in the bullets above": the clause's earlier siblings. Not "the Premium Support concession above", one of them.
    if (
      isObject &&
      /\b(?:bullets|items|points|paragraphs|provisions|terms|relief|concessions)\s+(?:set out |described |listed )?above\b/i.test(
        text,
      )
    ) {
      const own = clauses[sentence.clause]!;
      for (const id of index.children.get(own.parent ?? -1) ?? []) if (id < own.id) targets.add(id);
    }
    // "the reduced retainer described under Fees": the terms under that heading that fit the description.
    for (const m of text.matchAll(
      /\b(?:under|in)\s+(?:the\s+heading\s+)?(?:["“]([^"”]{1,60})["”]|([\p{Lu}][\w ]{0,40}?)(?=[\s,.;:]|$))/gu,
    )) {
      const headings = new Set(index.clausesByTitle.get((m[1] ?? m[2]!).toLowerCase()) ?? []);
      if (!headings.size) continue;
      const words = stems(text.slice(0, m.index), input.partyWords);
      for (const t of termsWithin(index, headings)) {
        const hits = overlap(words, termWords(input, t));
        if (words.size < 2 || hits / words.size >= 0.5) found.add(t);
      }
    }
    // "the Launch Discount": a defined term whose definition points at a clause.
    for (const d of index.definitionTargets) if (text.includes(d.term)) for (const id of d.targets) targets.add(id);
    for (const d of index.namedTerms)
      if (text.includes(d.term) && d.named.sentence !== sentenceIndex) found.add(d.named);
  }
  for (const t of termsWithin(index, targets)) found.add(t);
  return found;
}

/** The terms of some clauses and of everything nested in them. */
/**
 * The quoted paragraphs right after a clause that ends in a colon, which it introduces: an amendment's inserted text
 * ("In exchange for the increased cap …, the following is added as Section 22.4:" and the quoted section). A
 * paragraph of the amendment's own after them is not introduced.
 */
function introduced(input: LinkInput, id: number): number[] {
  const { clauses, prose } = input;
  const parent = clauses[id]!.parent;
  const found: number[] = [];
  for (let j = id + 1; j < clauses.length; j++) {
    const c = clauses[j]!;
    if (c.parent !== parent) {
      if (c.parent !== undefined && found.includes(c.parent)) continue;
      break;
    }
    if (c.kind === 'heading' || c.number !== undefined || !/^\s*["“]/.test(prose.slice(c.textStart, c.textStart + 12)))
      break;
    found.push(j);
  }
  return found;
}

export function termsWithin(index: Index, ids: Iterable<number>): Term[] {
  const found: Term[] = [];
  const seen = new Set<number>();
  const stack = [...ids];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const t of index.termsByClause.get(id) ?? []) found.push(t);
    for (const child of index.children.get(id) ?? []) stack.push(child);
  }
  return found;
}
