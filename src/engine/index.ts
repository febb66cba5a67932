/**
 * Reciprocity's engine, and its public API: the one module the CLI, the language server and the
 * extension import (the lint step keeps them to it). Text in, a model of the contract and findings
 * out; never `vscode` or Node's file system, so it runs in the CLI, in tests, in the extension and
 * in a browser.
 *
 *   text ─parse→ mdast ─segment→ Clause[] ─parties→ Party[] ─detect→ Term[]
 *        ─link→ Tie[] ─judge→ Judgement[] ─rules→ Finding[]
 */

// Reviewing a text, whole or edit by edit.
export { review, type ReviewOptions } from './pipeline.js';
export { ReviewSession } from './session.js';
export { looksLikeContract } from './contractLike.js';
export { LineIndex } from './lines.js';

// What a review holds.
export type {
  Benefit,
  BenefitKind,
  Clause,
  Concession,
  ConcessionKind,
  ConcessionStatus,
  Finding,
  Judgement,
  Party,
  PartyRef,
  RelatedLocation,
  Review,
  Severity,
  Span,
  Suggestion,
  Term,
  TextChange,
  Tie,
} from './model.js';
export { benefitKinds, concessionKinds } from './model.js';
export { isOpen } from './lookup.js';

// Rules and the settings that tune them.
export { rules, ruleUrl, type RuleSetting } from './rules/index.js';
export type { GiveBackTemplates } from './options.js';
export { toRuleLevels, toTemplates } from './options.js';

// Quick fixes: the give-backs drafted, ties and suppressions, as insertions into the text.
export { fixesFor, fixTitle, type Fix } from './fixes.js';
export { chooseGiver } from './drafting/index.js';
export { applyInsertion, fillDefaults, placements, planGiveBack, type Insertion } from './insertions.js';

// The words hovers, messages and reports share.
export {
  benefitLabels,
  concessionLabels,
  notCounted,
  placeOf,
  quote,
  statusWords,
  unitWord,
  whoGivesWhom,
} from './describe.js';

// Reports: the give/get ledger, the workspace table, and the files they are written as.
export { ledger, type Ledger } from './report/ledger.js';
export { contractRow, worstFirst, type ContractRow } from './report/workspace.js';
export { escapeMarkdown, renderMarkdown, renderWorkspaceMarkdown } from './report/markdown.js';
export { renderHtml, renderWorkspaceHtml } from './report/html.js';
export { toJsonFile, toJsonReport } from './format/json.js';
export { toSarif } from './format/sarif.js';
export { formatText } from './format/text.js';

// Negotiation rounds: what moved between two drafts.
export { compareDrafts, type RoundDiff } from './rounds/diff.js';
export {
  moves,
  netMovement,
  renderRoundHtml,
  renderRoundMarkdown,
  renderRoundText,
  roundSectionHtml,
} from './rounds/render.js';
