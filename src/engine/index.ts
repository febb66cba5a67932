/**
 * Reciprocity's engine: text in, a model of the contract and findings out. Never imports
 * `vscode` or Node's file system, so it runs in the CLI, in tests, in the extension and in a browser.
 *
 *   text ─parse→ mdast ─segment→ Clause[] ─parties→ Party[] ─detect→ Term[]
 *        ─link→ Tie[] ─judge→ Judgement[] ─rules→ Finding[]
 */
export * from './model.js';
export { rules, ruleUrl, type RuleSetting } from './rules/index.js';
export { LineIndex } from './lines.js';
export type { GiveBackTemplates } from './rules/rule.js';
export { looksLikeContract } from './detect.js';
export * from './edits.js';
export { fixesFor, fixTitle, type Fix } from './fixes.js';
export { chooseGiver } from './drafting/index.js';
export { isOpen } from './lookup.js';

export { review, type ReviewOptions } from './pipeline.js';
export { ReviewSession } from './session.js';
