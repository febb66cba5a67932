/**
 * Quick fixes on `unreciprocated-concession`: insert a drafted give-back (the best one
 * preferred), tie an existing give-back to the concession, or accept it as intentional with a
 * reason. On `untied-give-back`: tie it to a concession it could balance. Every fix only
 * inserts, through one WorkspaceEdit, and makes the finding it answers go away.
 */
import * as vscode from 'vscode';
import {
  placements, planGiveBack, planSuppression, planTie, untiedGiveBacks,
  type Finding, type Review, type Concession,
} from '../engine/index.js';
import { benefitLabels, concessionLabels, referTo, unitWord } from '../engine/describe.js';
import { FindingDiagnostic } from './diagnostics.js';
import { toWorkspaceEdit } from './edits.js';
import type { ReviewService } from './reviews.js';

export class GiveBackActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly reviews: ReviewService) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const review = this.reviews.current(document);
    if (!review) return [];
    // The findings the request is about: those of the diagnostics VS Code passed, or those under the range.
    const fromContext = context.diagnostics.filter((d) => d.source === 'reciprocity').map((d) => findingOf(d, document, review)).filter((f): f is Finding => !!f);
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const findings = fromContext.length ? fromContext : review.findings.filter((f) => f.start <= end && start <= f.end);
    const published = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'reciprocity');
    const actions: vscode.CodeAction[] = [];
    for (const finding of findings) {
      // Out of date: the text under the finding is no longer what it was about.
      const diagnostic = published.find((d) => findingOf(d, document, review) === finding);
      if (!diagnostic || document.getText(diagnostic.range) !== review.text.slice(finding.start, finding.end)) continue;
      if (finding.ruleId === 'unreciprocated-concession') actions.push(...concessionFixes(document, review, finding, diagnostic));
      if (finding.ruleId === 'untied-give-back') actions.push(...tieFixesForBenefit(document, review, finding, diagnostic));
    }
    return actions;
  }
}

/** The finding behind a diagnostic: ours carry it; others are matched by rule and place. */
function findingOf(diagnostic: vscode.Diagnostic, document: vscode.TextDocument, review: Review): Finding | undefined {
  if (diagnostic instanceof FindingDiagnostic) {
    const f = diagnostic.finding;
    return review.findings.find((x) => x.ruleId === f.ruleId && x.start === f.start && x.end === f.end);
  }
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  return review.findings.find((x) => x.ruleId === code && x.start === start && x.end === end);
}

function concessionFixes(document: vscode.TextDocument, review: Review, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = [];
  const placement = placements(review, finding.concession!)[0];
  for (const [i, suggestion] of (finding.suggestions ?? []).entries()) {
    const insertion = planGiveBack(review, finding.concession!, suggestion, placement);
    if (!insertion) continue;
    const action = new vscode.CodeAction(vscode.l10n.t('Insert give-back: {0}', suggestion.title), vscode.CodeActionKind.QuickFix);
    action.edit = toWorkspaceEdit(document, insertion);
    action.diagnostics = [diagnostic];
    action.isPreferred = i === 0;
    actions.push(action);
  }
  const unit = unitWord(review.references);
  for (const benefit of untiedGiveBacks(review, finding.concession!).slice(0, 3)) {
    const insertion = planTie(review, finding.concession!, benefit.id);
    if (!insertion) continue;
    const where = referTo(review.clauses, review.clauses[benefit.clause]!, unit);
    const action = new vscode.CodeAction(vscode.l10n.t('Tie to the {0} give-back {1}', benefitLabels[benefit.kind], where.startsWith('under') || where === 'above' ? where : `in ${where}`), vscode.CodeActionKind.QuickFix);
    action.edit = toWorkspaceEdit(document, insertion);
    action.diagnostics = [diagnostic];
    actions.push(action);
  }
  actions.push(acceptAction(document, review, finding, diagnostic));
  return actions;
}

function tieFixesForBenefit(document: vscode.TextDocument, review: Review, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  const unit = unitWord(review.references);
  const open = new Set(review.judgements.filter((j) => j.status !== 'balanced' && j.status !== 'mutual').map((j) => j.concession));
  const candidates = review.terms.filter((t): t is Concession => t.type === 'concession' && open.has(t.id) && untiedGiveBacks(review, t.id).some((b) => b.id === finding.benefit));
  const actions: vscode.CodeAction[] = [];
  for (const concession of candidates.slice(0, 3)) {
    const insertion = planTie(review, concession.id, finding.benefit!);
    if (!insertion) continue;
    const where = referTo(review.clauses, review.clauses[concession.clause]!, unit);
    const action = new vscode.CodeAction(vscode.l10n.t('Tie to the {0} {1}', concessionLabels[concession.kind], where.startsWith('under') || where === 'above' ? where : `in ${where}`), vscode.CodeActionKind.QuickFix);
    action.edit = toWorkspaceEdit(document, insertion);
    action.diagnostics = [diagnostic];
    action.isPreferred = actions.length === 0;
    actions.push(action);
  }
  actions.push(acceptAction(document, review, finding, diagnostic));
  return actions;
}

function acceptAction(document: vscode.TextDocument, review: Review, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(vscode.l10n.t('Accept as intentional (add a reason)'), vscode.CodeActionKind.QuickFix);
  action.edit = toWorkspaceEdit(document, planSuppression(review, finding));
  action.diagnostics = [diagnostic];
  return action;
}
