/**
 * The stages of a review, run once over a text: parse, segment, sentences, definitions, parties,
 * references, terms, links, judgements, rules and suppressions.
 */
import { readExit } from './exitReading.js';
import type { Review, Tie } from './model.js';
import { parse, type ParsedChunk } from './parse.js';
import { segment } from './clauses/index.js';
import { splitSentences } from './sentences.js';
import { findDefinitions } from './definitions.js';
import { findParties, sidesFromTerms } from './parties/index.js';
import { MentionFinder } from './mentions.js';
import { ClauseIndex, findReferences } from './references.js';
import { attributeTerms, readTerms } from './terms/index.js';
import { linkTermsBySentence, tyingSentences, type TermKeys } from './links/index.js';
import { judge, mirrorWording } from './judge.js';
import { runRules } from './rules/index.js';
import type { ReviewOptions } from './options.js';
import { unitWord } from './describe.js';
import { LineIndex } from './lines.js';
import { DIRECTIVE_WORD, applyDirectives, readDirectives } from './suppress.js';
import type { Checkpoint } from './incremental/checkpoint.js';

export type { ReviewOptions } from './options.js';

/** Reviews one contract. */
export function review(text: string, options: ReviewOptions = {}): Review {
  return reviewChunks(text, options).review;
}

/**
 * Reviews a contract reusing the parsed chunks of an earlier version of it; returns the chunks
 * of this version for the next time, and what it read unless the review is partial.
 */
export function reviewChunks(
  text: string,
  options: ReviewOptions,
  previous?: ReadonlyMap<string, ParsedChunk>,
  stagesMsPerChar = STAGES_MS_PER_CHAR,
): { review: Review; chunks: Map<string, ParsedChunk>; checkpoint?: Checkpoint; stagesMsPerChar?: number } {
  // A budget is enforced between chunks of the parse, counting what the later stages will take
  // on the text parsed so far: they only see what was parsed.
  const deadline =
    options.timeBudgetMs === undefined ? undefined : performance.now() + Math.max(0, options.timeBudgetMs);
  const { tree, prose, stoppedAt, chunks, chunkStarts, linkDefinitions } = parse(text, {
    deadline,
    previous,
    costPerChar: stagesMsPerChar,
  });
  const parsedAt = performance.now();
  // A partial review goes on with the part that was read, so that nothing after costs time.
  const read = stoppedAt === undefined ? text : text.slice(0, stoppedAt);
  const segmented = segment(read, prose, tree);
  const { clauses, frontMatter } = segmented;
  const sentences = splitSentences(prose, clauses);
  const defined = findDefinitions(read, prose, clauses);
  const found = findParties(prose, clauses, defined, frontMatter);
  const index = new ClauseIndex(clauses);
  const references = findReferences(prose, clauses, sentences, defined.definitions, index);
  const termInput = {
    text: read,
    prose,
    clauses,
    sentences,
    parties: found,
    definitions: defined.definitions,
    mentions: new MentionFinder(found),
  };
  // Each sentence is read once; who grants what is attributed after, and again with the sides the terms reveal.
  const readings = readTerms(termInput);
  const firstRead = attributeTerms(readings, termInput, found);
  const sided = sidesFromTerms(found, firstRead.terms);
  const { terms, dismissed } = sided ? attributeTerms(readings, termInput, sided) : firstRead;
  const tying = tyingSentences(prose, sentences);
  const parts = {
    text: read,
    prose,
    clauses,
    sentences,
    parties: sided ?? found,
    definitions: defined.definitions,
    references,
    terms,
    dismissed,
    tying,
    tree: index,
  };
  const { review, tiesBySentence, directiveFree, termKeys } = judgeTerms(parts, options);
  // What the stages took per character on this machine, for the next review's budget.
  const measured = read.length >= MEASURED_MIN ? (performance.now() - parsedAt) / read.length : undefined;
  const took = measured === undefined ? {} : { stagesMsPerChar: measured };
  if (stoppedAt !== undefined)
    return { review: { ...review, text, partial: { reviewedTo: stoppedAt } }, chunks, ...took };
  const checkpoint: Checkpoint = {
    text,
    options,
    review,
    prose,
    chunkStarts,
    linkDefinitions,
    segmented,
    defined,
    index,
    found,
    tying,
    tiesBySentence,
    directiveFree,
    ...(termKeys ? { termKeys } : {}),
    ...(sided ? { sided, firstTerms: firstRead.terms } : {}),
  };
  return { review, chunks, checkpoint, ...took };
}

/** What a review has read once it has its terms: the model so far, its prose and its sentences with tying words. */
export type ReadTerms = Pick<
  Review,
  'text' | 'clauses' | 'sentences' | 'parties' | 'definitions' | 'references' | 'terms' | 'dismissed'
> & {
  prose: string;
  tying: number[];
  /** Ties that sentences made in an earlier review and would make again. */
  knownTies?: ReadonlyMap<number, readonly Tie[]>;
  /** The same object for as long as the clause tree (parents and titles) stays: look-ups of the tree are kept with it. */
  tree?: object;
  /** Whether the text is known to hold no suppression comment (no "reciprocity-" anywhere). */
  directiveFree?: boolean;
  /** The describing words of each term, from an earlier review, when they still hold (see LinkInput). */
  termKeys?: TermKeys;
};

/** The stages after the terms, which read the whole contract's terms at once: links, judgements, rules, suppressions. */
export function judgeTerms(
  read: ReadTerms,
  options: ReviewOptions,
): { review: Review; tiesBySentence: Map<number, Tie[]>; directiveFree: boolean; termKeys?: TermKeys } {
  const {
    text,
    prose,
    clauses,
    sentences,
    parties,
    definitions,
    references,
    terms,
    dismissed,
    tying,
    knownTies,
    tree,
  } = read;
  const partyWords = parties.flatMap((p) => [p.name, ...p.aliases]);
  const { ties, bySentence, termKeys } = linkTermsBySentence({
    prose,
    clauses,
    sentences,
    terms,
    references,
    definitions,
    partyWords,
    tying,
    known: knownTies,
    tree,
    ...(read.termKeys ? { termKeys: read.termKeys } : {}),
  });
  const judgements = judge(
    terms,
    ties,
    (t) => readExit(prose, sentences[t.sentence]),
    mirrorWording(prose, sentences, partyWords),
  );
  const model = {
    text,
    prose,
    unit: unitWord(references),
    templates: options.templates,
    clauses,
    sentences,
    parties,
    definitions,
    references,
    terms,
    dismissed,
    ties,
    judgements,
  };
  const all = runRules(model, options.rules);
  const directiveFree = read.directiveFree ?? !text.includes(DIRECTIVE_WORD);
  const directives = directiveFree ? [] : readDirectives(text);
  const { kept, suppressed } = directives.length
    ? applyDirectives(text, new LineIndex(text), all, directives)
    : { kept: all, suppressed: [] };
  return {
    review: {
      text,
      prose,
      clauses,
      sentences,
      parties,
      definitions,
      references,
      terms,
      dismissed,
      ties,
      judgements,
      findings: kept,
      suppressed,
    },
    tiesBySentence: bySentence,
    directiveFree,
    ...(termKeys ? { termKeys } : {}),
  };
}

/**
 * What the stages after parsing take per character, until a session has measured it: about 2 s per
 * MB on a slow server core (`npm run bench`).
 */
const STAGES_MS_PER_CHAR = 0.002;
/** A text long enough for the time its stages took to say what they take per character. */
const MEASURED_MIN = 10_000;
