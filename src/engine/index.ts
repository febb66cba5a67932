/**
 * Reciprocity's engine: text in, a model of the contract and findings out. Never imports
 * `vscode` or Node's file system, so it runs in the CLI, in tests, in the extension and in a browser.
 *
 *   text ─parse→ mdast ─segment→ Clause[] ─parties→ Party[] ─detect→ Term[]
 *        ─link→ Tie[] ─judge→ Judgement[] ─rules→ Finding[]
 */
import type { Review } from './model.js';
import { parse } from './parse.js';
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

export * from './model.js';
export { rules, ruleUrl, type RuleSetting } from './rules/index.js';
export { LineIndex } from './lines.js';
export type { GiveBackTemplates } from './rules/rule.js';
export { looksLikeContract } from './detect.js';
export * from './edits.js';
export { fixesFor, type Fix } from './fixes.js';

export interface ReviewOptions {
  /** Per-rule severity, or 'off'. */
  rules?: Record<string, RuleSetting | undefined>;
  /** The user's own wording for give-back clauses. */
  templates?: GiveBackTemplates;
}

/** Reviews one contract. */
export function review(text: string, options: ReviewOptions = {}): Review {
  const { tree, prose } = parse(text);
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
  return { text, clauses, sentences, parties, definitions: defined.definitions, references, terms, dismissed, ties, judgements, findings: kept, suppressed };
}
