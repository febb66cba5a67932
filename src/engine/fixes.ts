/**
 * The quick fixes a finding offers, in the order a negotiator would try them: those its rule
 * plans (rules/*.ts, `fixes`), then "accept as intentional". The editor lists exactly these, and
 * property tests apply every one of them to check that it only inserts and that the finding it
 * answers goes away; a fix that would not is not offered.
 */
import type { Finding, Review } from './model.js';
import { applyInsertion, fillDefaults, planSuppression, type Insertion } from './insertions.js';
import { benefitLabels, concessionLabels } from './describe.js';
import { review as reviewText } from './pipeline.js';
import { rules } from './rules/index.js';
import type { Fix } from './rules/index.js';

export type { Fix, TieTarget } from './rules/index.js';

/** What the editor's light bulb lists for a fix. */
export function fixTitle(fix: Fix): string {
  switch (fix.kind) {
    case 'give-back':
      return `Insert give-back: ${fix.title}${fix.askParty ? '…' : ''}`;
    case 'tie':
      return fix.other.type === 'benefit'
        ? `Tie to the ${benefitLabels[fix.other.kind]} give-back ${fix.where}`
        : `Tie to the ${concessionLabels[fix.other.kind]} ${fix.where}`;
    case 'accept':
      return 'Accept as intentional (add a reason)';
  }
}

/** How long checking that a finding's fixes work may take in all; past it, ties are not offered and give-backs are offered unchecked. */
const CHECK_BUDGET_MS = 1000;

/** Fixes already planned, per review: the editor asks again at every move of the cursor. */
const planned = new WeakMap<Review, Map<Finding, Fix[]>>();

export function fixesFor(review: Review, finding: Finding): Fix[] {
  let byFinding = planned.get(review);
  if (!byFinding) planned.set(review, (byFinding = new Map()));
  let fixes = byFinding.get(finding);
  if (!fixes) byFinding.set(finding, (fixes = planFixes(review, finding)));
  return fixes;
}

function planFixes(review: Review, finding: Finding): Fix[] {
  const deadline = performance.now() + CHECK_BUDGET_MS;
  const rule = rules.find((r) => r.id === finding.ruleId);
  const fixes = rule?.fixes?.(review, finding, (insertion) => answers(review, finding, insertion, deadline)) ?? [];
  fixes.push({ kind: 'accept', insertion: planSuppression(review, finding), preferred: false });
  return fixes;
}

/**
 * Whether inserting a clause makes the finding go, by reviewing the contract with it; undefined
 * when the finding's checks have used up their time (a long contract). A tie names both terms by place and description;
 * where those words could also fit another term, the sentence would tie that one instead.
 */
function answers(review: Review, finding: Finding, insertion: Insertion, deadline: number): boolean | undefined {
  const left = deadline - performance.now();
  if (left <= 0) return undefined;
  const inserted = fillDefaults(insertion.text).length;
  const after = reviewText(applyInsertion(review.text, insertion), { timeBudgetMs: left });
  if (after.partial) return undefined;
  const start = finding.start >= insertion.offset ? finding.start + inserted : finding.start;
  return !after.findings.some((f) => f.ruleId === finding.ruleId && f.start === start);
}
