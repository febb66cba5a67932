/**
 * What is read again and spliced among what is carried over: the sentences, references and terms
 * of the clauses read again, and the ties that still hold.
 */
import type { Definition, Dismissed, Party, Reference, Sentence, Term, Tie } from '../model.js';
import { splitSentences } from '../sentences.js';
import { type DefinedTerms } from '../definitions.js';
import { MentionFinder } from '../mentions.js';
import { findReferences } from '../references.js';
import { attributeTerms, readTerms } from '../terms/index.js';
import { sidesFromTerms } from '../parties/index.js';
import { definitionTargets, describingKeys, sentenceShares, tyingSentences } from '../links/index.js';
import type { Checkpoint } from './checkpoint.js';
import { copied, firstAtLeast, moved, partiesKey, sameTerms, spliceTermList, tableHeaderOf } from './carry.js';
import type { Region, Shift } from './region.js';

/**
 * The sentences of the edited text: those of the clauses read again made afresh (`fresh`), the rest
 * carried over; `[sLo, sHi)` the old ones replaced.
 */
export interface SentenceSplice {
  sentences: Sentence[];
  fresh: Sentence[];
  sLo: number;
  sHi: number;
  sentenceShift: number;
}

export function spliceSentences(previous: Checkpoint, prose: string, region: Region, shift: Shift): SentenceSplice {
  const old = previous.review.sentences;
  const sLo = firstAtLeast(old, region.lo);
  const sHi = firstAtLeast(old, region.hi + 1);
  const fresh = splitSentences(prose, region.clauses.slice(region.lo, region.hi + 1));
  const moveSentence = (s: Sentence): Sentence => ({
    clause: s.clause,
    start: shift.move(s.start),
    end: shift.move(s.end),
  });
  const sentences: Sentence[] = [
    ...old.slice(0, sLo).map((s) => (s.end <= shift.edit.start ? s : moveSentence(s))),
    ...fresh,
    ...old.slice(sHi).map(moveSentence),
  ];
  return { sentences, fresh, sLo, sHi, sentenceShift: fresh.length - (sHi - sLo) };
}

/**
 * The terms of the sentences read again, spliced among those carried over: read with the parties
 * found, then again with their sides as the whole contract's terms tell them (undefined when the
 * sides changed: the contract is read whole). With what is set aside and the tying sentences.
 */
export function readTermsAgain(
  previous: Checkpoint,
  at: {
    text: string;
    prose: string;
    region: Region;
    split: SentenceSplice;
    shift: Shift;
    defined: DefinedTerms;
    found: Party[];
  },
) {
  const { text, prose, region, split, shift, defined, found } = at;
  const { sLo, sHi, sentenceShift, sentences } = split;
  const sEnd = sLo + split.fresh.length;
  const input = {
    text,
    prose,
    clauses: region.clauses,
    sentences,
    parties: found,
    definitions: defined.definitions,
    mentions: new MentionFinder(found),
  };
  // The sentences read again are read once; who grants what is attributed with the parties, then with their sides.
  const readings = readTerms(input, sLo, sEnd);
  const spliceTerms = (terms: readonly Term[], fresh: Term[]): Term[] =>
    spliceTermList(terms, fresh, sLo, sHi, sentenceShift, shift.move, shift.edit);
  const firstRead = attributeTerms(readings, input, found);
  const firstTerms = spliceTerms(previous.firstTerms ?? previous.review.terms, firstRead.terms);
  const sided = sidesFromTerms(found, firstTerms);
  if (partiesKey(sided) !== partiesKey(previous.sided)) return undefined;
  const finalRead = sided ? attributeTerms(readings, input, sided) : firstRead;
  const terms = sided ? spliceTerms(previous.review.terms, finalRead.terms) : firstTerms;
  const dismissed: Dismissed[] = [
    ...previous.review.dismissed
      .filter((d) => d.start < region.regionStart)
      .map((d) => (d.end <= shift.edit.start ? d : moved(d, shift.move))),
    ...finalRead.dismissed,
    ...previous.review.dismissed.filter((d) => d.start >= region.regionEnd).map((d) => moved(d, shift.move)),
  ];
  const tying = [
    ...previous.tying.filter((s) => s < sLo),
    ...tyingSentences(prose, sentences, sLo, sEnd),
    ...previous.tying.filter((s) => s >= sHi).map((s) => s + sentenceShift),
  ];
  return { sided, firstTerms, terms, dismissed, tying };
}

type LinkInput = Parameters<typeof describingKeys>[0];

/**
 * The ties of sentences read before, carried over: they hold again while the terms are the same,
 * the words that point at terms stayed, and the sentence shares no word with a term whose words changed.
 */
export function carriedTies(
  previous: Checkpoint,
  shift: Shift,
  region: Region,
  read: {
    old: LinkInput;
    now: LinkInput;
    oldDefinitions: readonly Definition[];
    newDefinitions: readonly Definition[];
    sLo: number;
    sHi: number;
    sentenceShift: number;
  },
) {
  const { sLo, sHi, sentenceShift } = read;
  const reworded = (t: Term): boolean =>
    region.touched.has(t.clause) || region.touched.has(tableHeaderOf(region.clauses, t.clause));
  // A defined term stands for the clauses its meaning refers to ("Launch Discount" means the discount in 5.2).
  const pointsAt = (d: readonly Definition[], r: readonly Reference[]): string =>
    JSON.stringify(
      definitionTargets(
        d.filter((x) => region.touched.has(x.clause)),
        r.filter((x) => region.touched.has(x.clause)),
      ),
    );
  const keepTies =
    sameTerms(previous.review.terms, read.now.terms, sLo, sHi, sentenceShift) &&
    pointsAt(read.oldDefinitions, read.old.references) === pointsAt(read.newDefinitions, read.now.references);
  const knownTies = new Map<number, Tie[]>();
  if (!keepTies) return { keepTies, knownTies, reworded };
  const changedKeys = new Set<string>();
  for (const t of read.old.terms) if (reworded(t)) for (const key of describingKeys(read.old, t)) changedKeys.add(key);
  for (const t of read.now.terms) if (reworded(t)) for (const key of describingKeys(read.now, t)) changedKeys.add(key);
  const { edit } = shift;
  const tieMoved = (t: Tie): Tie =>
    copied(t, (x) => (x.at = { start: shift.move(t.at!.start), end: shift.move(t.at!.end) }));
  for (const [s, ties] of previous.tiesBySentence) {
    if ((s >= sLo && s < sHi) || (changedKeys.size && sentenceShares(read.old, s, changedKeys))) continue;
    if (s < sLo)
      knownTies.set(
        s,
        ties.map((t) => (t.at && t.at.end > edit.start ? tieMoved(t) : t)),
      );
    else
      knownTies.set(
        s + sentenceShift,
        ties.map((t) => (t.at ? tieMoved(t) : t)),
      );
  }
  return { keepTies, knownTies, reworded };
}

/** References, by the clause index of the old clauses: their numbers and tree are unchanged. */
export function spliceReferences(
  previous: Checkpoint,
  prose: string,
  region: Region,
  fresh: Sentence[],
  defined: DefinedTerms,
  shift: Shift,
): Reference[] {
  const old = previous.review.references;
  return [
    ...old.filter((r) => r.clause < region.lo).map((r) => (r.end <= shift.edit.start ? r : moved(r, shift.move))),
    ...findReferences(prose, region.clauses, fresh, defined.definitions, previous.index),
    ...old.filter((r) => r.clause > region.hi).map((r) => moved(r, shift.move)),
  ];
}

/** What the links were read from before the edit, for comparing the describing words of terms. */
export function linkInputBefore(previous: Checkpoint, partyWords: string[]): LinkInput {
  return {
    prose: previous.prose,
    clauses: previous.review.clauses,
    sentences: previous.review.sentences,
    terms: previous.review.terms,
    references: previous.review.references,
    definitions: previous.defined.definitions,
    partyWords,
  };
}
