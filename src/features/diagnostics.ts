/** Findings → Diagnostics: source `reciprocity`, the rule id linking to its doc, related places. */
import * as vscode from 'vscode';
import type { Finding, Severity } from '../engine/index.js';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** A diagnostic that keeps the finding it shows, so code actions and hovers can read it back. */
export class FindingDiagnostic extends vscode.Diagnostic {
  constructor(readonly finding: Finding, document: vscode.TextDocument) {
    super(new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end)), finding.message, SEVERITY[finding.severity]);
    this.source = 'reciprocity';
    this.code = { value: finding.ruleId, target: vscode.Uri.parse(finding.url) };
    if (finding.related?.length) {
      this.relatedInformation = finding.related.map((r) => new vscode.DiagnosticRelatedInformation(
        new vscode.Location(document.uri, new vscode.Range(document.positionAt(r.start), document.positionAt(r.end))),
        r.message,
      ));
    }
  }
}

/** VS Code shows at most 1,000 diagnostics per file: keep the most severe. */
const LIMIT = 1000;

export function toDiagnostics(findings: readonly Finding[], document: vscode.TextDocument): FindingDiagnostic[] {
  const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const kept = findings.length > LIMIT ? [...findings].sort((a, b) => order[a.severity] - order[b.severity]).slice(0, LIMIT) : findings;
  return kept.map((f) => new FindingDiagnostic(f, document));
}
