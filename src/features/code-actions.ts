/**
 * The engine's quick fixes (fixes.ts) as code actions: drafted give-backs, ties and "accept as
 * intentional". Each is one WorkspaceEdit that only inserts, so one undo takes it back.
 */
import * as vscode from 'vscode';
import { fixesFor, fixTitle, type Finding, type Review } from '../engine/index.js';
import { FindingDiagnostic } from './diagnostics.js';
import { toWorkspaceEdit } from './workspace-edits.js';
import type { ReviewService } from './reviews.js';

export class GiveBackActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  };

  constructor(private readonly reviews: ReviewService) {}

  provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const review = this.reviews.current(document);
    if (!review) return [];
    // The findings the request is about: those of the diagnostics VS Code passed, or those under the range.
    const fromContext = context.diagnostics
      .filter((d) => d.source === 'reciprocity')
      .map((d) => findingOf(d, document, review))
      .filter((f): f is Finding => !!f);
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const findings = fromContext.length ? fromContext : review.findings.filter((f) => f.start <= end && start <= f.end);
    const published = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'reciprocity');
    const actions: vscode.CodeAction[] = [];
    for (const finding of findings) {
      // Out of date: the text under the finding is no longer what it was about.
      const diagnostic = published.find((d) => findingOf(d, document, review) === finding);
      if (!diagnostic || document.getText(diagnostic.range) !== review.text.slice(finding.start, finding.end)) continue;
      for (const fix of fixesFor(review, finding)) {
        const action = new vscode.CodeAction(fixTitle(fix), vscode.CodeActionKind.QuickFix);
        // Who gives back is not in the contract: the command asks which party, then inserts.
        if (fix.kind === 'give-back' && fix.askParty && review.parties.length)
          action.command = {
            title: action.title,
            command: 'reciprocity.applySuggestion',
            arguments: [document.uri.toString(), fix.concession, fix.benefit, fix.title],
          };
        else action.edit = toWorkspaceEdit(document, fix.insertion);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.preferred;
        actions.push(action);
      }
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
