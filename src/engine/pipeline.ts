/**
 * The stages of a review, run once over a text: parse, segment, sentences, definitions, parties,
 * references, terms, links, judgements, rules and suppressions.
 */
import type { Party, Review } from './model.js';
import { parse, type ParsedChunk } from './parse.js';
import { segment } from './clauses.js';
import { splitSentences } from './sentences.js';
import { findDefinitions } from './definitions.js';
import { findParties } from './parties.js';
import { MentionFinder } from './mentions.js';
import { ClauseIndex, findReferences } from './references.js';
import { detectTerms, type Detected } from './terms.js';
import { sidesFromTerms } from './sides.js';
import { linkTerms } from './links.js';
import { judge } from './judge.js';
import { runRules, type RuleSetting } from './rules/index.js';
import type { GiveBackTemplates } from './rules/rule.js';
import { unitWord } from './describe.js';
import { LineIndex } from './lines.js';
import { applyDirectives, readDirectives } from './suppress.js';

export interface ReviewOptions {
  /** Per-rule severity, or 'off'. */
  rules?: Record<string, RuleSetting | undefined>;
  /** The user's own wording for give-back clauses. */
  templates?: GiveBackTemplates;
  /**
   * Roughly how long the review may take, in milliseconds. Past it, the rest of the text is not
   * read and the review says where it stopped (`partial`), so an editor never freezes on a huge file.
   */
  timeBudgetMs?: number;
}

/** Reviews one contract. */
export function review(text: string, options: ReviewOptions = {}): Review {
  return reviewChunks(text, options).review;
}

/**
 * Reviews a contract reusing the parsed chunks of an earlier version of it; returns the chunks
 * of this version for the next time.
 */
export function reviewChunks(text: string, options: ReviewOptions, previous?: ReadonlyMap<string, ParsedChunk>): { review: Review; chunks: Map<string, ParsedChunk> } {
  // A budget is enforced between chunks of the parse, counting what the later stages will take
  // on the text parsed so far: they only see what was parsed.
  const deadline = options.timeBudgetMs === undefined ? undefined : performance.now() + Math.max(0, options.timeBudgetMs);
  const { tree, prose, stoppedAt, chunks } = parse(text, { deadline, previous, costPerChar: STAGES_MS_PER_CHAR });
  // A partial review goes on with the part that was read, so that nothing after costs time.
  const read = stoppedAt === undefined ? text : text.slice(0, stoppedAt);
  const { clauses, frontMatter } = segment(read, prose, tree);
  const sentences = splitSentences(prose, clauses);
  const defined = findDefinitions(read, prose, clauses);
  const found = findParties(prose, clauses, defined, frontMatter);
  const index = new ClauseIndex(clauses);
  const references = findReferences(prose, clauses, sentences, defined.definitions, index);
  const termsFor = (parties: Party[]): Detected => detectTerms({ text: read, prose, clauses, sentences, parties, definitions: defined.definitions, mentions: new MentionFinder(parties) });
  const firstRead = termsFor(found);
  // Sides the terms reveal change who grants what: the terms are read again with them.
  const sided = sidesFromTerms(found, firstRead.terms);
  const parties = sided ?? found;
  const { terms, dismissed } = sided ? termsFor(sided) : firstRead;
  const partyWords = parties.flatMap((p) => [p.name, ...p.aliases]);
  const ties = linkTerms({ prose, clauses, sentences, terms, references, definitions: defined.definitions, partyWords });
  const judgements = judge(terms, ties);
  const model = { text: read, prose, unit: unitWord(references), templates: options.templates, clauses, sentences, parties, definitions: defined.definitions, references, terms, dismissed, ties, judgements };
  const all = runRules(model, options.rules);
  const { kept, suppressed } = applyDirectives(read, new LineIndex(read), all, readDirectives(read));
  const partial = stoppedAt === undefined ? {} : { partial: { reviewedTo: stoppedAt } };
  return { review: { text, clauses, sentences, parties, definitions: defined.definitions, references, terms, dismissed, ties, judgements, findings: kept, suppressed, ...partial }, chunks };
}

/** What the stages after parsing take per character: about 2 s per MB on one server core (`npm run bench`). */
const STAGES_MS_PER_CHAR = 0.002;
