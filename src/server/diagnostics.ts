/** Findings as LSP diagnostics: source `reciprocity`, code = the rule id linking to its doc. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../engine/index.js';

/** Related places shown per diagnostic: enough to decide, not a list of every term. */
const MAX_RELATED = 10;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toDiagnostic(finding: Finding, document: TextDocument): Diagnostic {
  const related = finding.related?.slice(0, MAX_RELATED).map((r) => ({
    location: { uri: document.uri, range: { start: document.positionAt(r.start), end: document.positionAt(r.end) } },
    message: r.message,
  }));
  return {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    severity: SEVERITY[finding.severity],
    source: 'reciprocity',
    code: finding.ruleId,
    codeDescription: { href: finding.url },
    message: finding.message,
    ...(related?.length ? { relatedInformation: related } : {}),
  };
}

/** Editors show about a thousand per file (VS Code at most 1,000): the most severe are sent. */
const LIMIT = 1000;

export function toDiagnostics(findings: readonly Finding[], document: TextDocument): Diagnostic[] {
  const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const kept =
    findings.length > LIMIT
      ? [...findings].sort((a, b) => order[a.severity] - order[b.severity]).slice(0, LIMIT)
      : findings;
  return kept.map((f) => toDiagnostic(f, document));
}

/** The notice on a review stopped by its time budget, from where it stopped to the end. */
export function partlyReviewed(reviewedTo: number, document: TextDocument, budgetMs: number): Diagnostic {
  const length = document.getText().length;
  const share = Math.floor((100 * reviewedTo) / Math.max(1, length));
  return {
    range: { start: document.positionAt(reviewedTo), end: document.positionAt(length) },
    severity: DiagnosticSeverity.Information,
    source: 'reciprocity',
    code: 'partly-reviewed',
    message:
      `Partly reviewed: Reciprocity read the first ${share}% of this contract within its time budget (${budgetMs} ms) ` +
      'and stopped here. Later reviews carry on from what was read; raise "reciprocity.timeBudgetMs" or run ' +
      '"reciprocity check" for the whole contract.',
  };
}
