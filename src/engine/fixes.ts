/**
 * The quick fixes a finding offers, in the order a negotiator would try them: the editor lists
 * exactly these, and property tests apply every one of them to check that it only inserts and
 * that the finding it answers goes away.
 *
 * - `unreciprocated-concession`: insert each suggested give-back (the best one preferred), tie
 *   an untied give-back of the right direction, or accept the concession as intentional;
 * - `untied-give-back`: tie the give-back to a concession it could balance, or accept it;
 * - other rules: accept as intentional.
 */
import type { BenefitKind, ConcessionKind, Finding, Review, Term } from './model.js';
import {
  applyInsertion,
  fillDefaults,
  placements,
  planGiveBack,
  planSuppression,
  planTie,
  untiedGiveBacks,
  type Insertion,
} from './insertions.js';
import { benefitLabels, concessionLabels, placeOf, unitWord } from './describe.js';
import { openConcessions } from './lookup.js';
import { review as reviewText } from './pipeline.js';

export type Fix =
  /**
   * Inserts a drafted give-back. `askParty`: the contract does not say who received the concession,
   * so the editor asks which party gives back before inserting (the insertion names the likeliest).
   */
  | {
      kind: 'give-back';
      benefit: BenefitKind;
      title: string;
      insertion: Insertion;
      preferred: boolean;
      concession: string;
      askParty?: boolean;
    }
  /** Ties `concession` to `benefit`; `other` is the term the finding is not about, `where` its place. */
  | {
      kind: 'tie';
      concession: string;
      benefit: string;
      other: TieTarget;
      where: string;
      insertion: Insertion;
      preferred: boolean;
    }
  | { kind: 'accept'; insertion: Insertion; preferred: false };

export type TieTarget = { type: 'benefit'; kind: BenefitKind } | { type: 'concession'; kind: ConcessionKind };

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

/** How many ties to offer at most: more would bury the give-backs. */
const MAX_TIES = 3;
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
  const fixes: Fix[] = [];
  const deadline = performance.now() + CHECK_BUDGET_MS;
  const works = (insertion: Insertion): boolean | undefined => answers(review, finding, insertion, deadline);
  if (finding.ruleId === 'unreciprocated-concession' && finding.concession) {
    const placement = placements(review, finding.concession)[0];
    for (const suggestion of finding.suggestions ?? []) {
      const insertion = planGiveBack(review, finding.concession, suggestion, placement);
      // A drafted give-back reads as one wherever the contract's words are ordinary; where they are
      // not (a party named "1940 Act"), a clause that would not answer the finding is not offered.
      if (insertion && works(insertion) !== false) {
        fixes.push({
          kind: 'give-back',
          benefit: suggestion.kind,
          title: suggestion.title,
          insertion,
          preferred: false,
          concession: finding.concession,
          ...(suggestion.askParty ? { askParty: true } : {}),
        });
      }
    }
    // The preferred fix is the best drafted give-back that is drafted whole, not an outline to fill.
    const best = fixes.find((f) => f.kind === 'give-back' && f.benefit !== 'other') ?? fixes[0];
    if (best) best.preferred = true;
    for (const benefit of untiedGiveBacks(review, finding.concession).slice(0, MAX_TIES)) {
      const insertion = planTie(review, finding.concession, benefit.id);
      if (insertion && works(insertion) === true)
        fixes.push({
          kind: 'tie',
          concession: finding.concession,
          benefit: benefit.id,
          other: { type: 'benefit', kind: benefit.kind },
          where: whereIs(review, benefit),
          insertion,
          preferred: false,
        });
    }
  }
  if (finding.ruleId === 'untied-give-back' && finding.benefit) {
    const open = openConcessions(review.judgements);
    let ties = 0;
    for (const term of review.terms) {
      if (ties === MAX_TIES) break;
      if (
        term.type !== 'concession' ||
        !open.has(term.id) ||
        !untiedGiveBacks(review, term.id).some((b) => b.id === finding.benefit)
      )
        continue;
      const insertion = planTie(review, term.id, finding.benefit);
      if (!insertion || works(insertion) !== true) continue;
      fixes.push({
        kind: 'tie',
        concession: term.id,
        benefit: finding.benefit,
        other: { type: 'concession', kind: term.kind },
        where: whereIs(review, term),
        insertion,
        preferred: ties === 0,
      });
      ties++;
    }
  }
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

/** "in Section 6", "under Fees" or "above": where a term is, as a title can say it. */
function whereIs(review: Review, term: Term): string {
  return placeOf(review.clauses, review.clauses[term.clause]!, unitWord(review.references));
}
