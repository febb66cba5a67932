/**
 * The stages of a review, run once over a text: parse, segment, sentences, definitions, parties,
 * references, terms, links, judgements, rules and suppressions.
 */
import type { Review } from './model.js';
import { parse, type ParsedChunk } from './parse.js';
import { segment } from './clauses.js';
import { splitSentences } from './sentences.js';
import { findDefinitions } from './definitions.js';
import { findParties } from './parties.js';
import { MentionFinder } from './mentions.js';
import { ClauseIndex, findReferences } from './references.js';
import { detectTerms } from './terms.js';
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
  // Parsing is most of the work: a budget is enforced between chunks, and the later stages only see what was parsed.
  const deadline = options.timeBudgetMs === undefined ? undefined : performance.now() + Math.max(0, options.timeBudgetMs) * PARSE_SHARE;
  const { tree, prose, stoppedAt, chunks } = parse(text, { deadline, previous });
  const { clauses, frontMatter } = segment(text, prose, tree);
  const sentences = splitSentences(prose, clauses);
  const defined = findDefinitions(text, prose, clauses);
  const parties = findParties(prose, clauses, defined, frontMatter);
  const mentions = new MentionFinder(parties);
  const index = new ClauseIndex(clauses);
  const references = findReferences(prose, clauses, sentences, defined.definitions, index);
  const { terms, dismissed } = detectTerms({ text, prose, clauses, sentences, parties, definitions: defined.definitions, mentions });
  const partyWords = parties.flatMap((p) => [p.name, ...p.aliases]);
  const ties = linkTerms({ prose, clauses, sentences, terms, references, definitions: defined.definitions, partyWords });
  const judgements = judge(terms, ties);
  const model = { text, prose, unit: unitWord(references), templates: options.templates, clauses, sentences, parties, definitions: defined.definitions, references, terms, dismissed, ties, judgements };
  const all = runRules(model, options.rules);
  const { kept, suppressed } = applyDirectives(text, new LineIndex(text), all, readDirectives(text));
  const partial = stoppedAt === undefined ? {} : { partial: { reviewedTo: stoppedAt } };
  return { review: { text, clauses, sentences, parties, definitions: defined.definitions, references, terms, dismissed, ties, judgements, findings: kept, suppressed, ...partial }, chunks };
}

/** The share of a time budget given to parsing, which takes about 85 % of a review. */
const PARSE_SHARE = 0.85;
