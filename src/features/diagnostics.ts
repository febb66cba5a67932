/**
 * The findings of a closed file a workspace review read → Diagnostics, as the server makes them
 * for open documents: source `reciprocity`, the rule id linking to its doc, related places.
 */
import * as vscode from 'vscode';
import { LineIndex, type Finding, type Severity } from '../engine/index.js';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

function toDiagnostic(finding: Finding, source: TextSource): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(source.positionAt(finding.start), source.positionAt(finding.end)),
    finding.message,
    SEVERITY[finding.severity],
  );
  diagnostic.source = 'reciprocity';
  diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(finding.url) };
  if (finding.related?.length)
    diagnostic.relatedInformation = finding.related.map(
      (r) =>
        new vscode.DiagnosticRelatedInformation(
          new vscode.Location(source.uri, new vscode.Range(source.positionAt(r.start), source.positionAt(r.end))),
          r.message,
        ),
    );
  return diagnostic;
}

/** An open document, or a file read from disk: enough to place a finding. */
interface TextSource {
  uri: vscode.Uri;
  positionAt(offset: number): vscode.Position;
}

/** A file that is not open in an editor, placed with the engine's own line index. */
export function fileSource(uri: vscode.Uri, text: string): TextSource {
  const lines = new LineIndex(text);
  return {
    uri,
    positionAt: (offset) => {
      const { line, column } = lines.position(offset);
      return new vscode.Position(line - 1, column - 1);
    },
  };
}

/** VS Code shows at most 1,000 diagnostics per file: keep the most severe. */
const LIMIT = 1000;

export function toDiagnostics(findings: readonly Finding[], document: TextSource): vscode.Diagnostic[] {
  const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const kept =
    findings.length > LIMIT
      ? [...findings].sort((a, b) => order[a.severity] - order[b.severity]).slice(0, LIMIT)
      : findings;
  return kept.map((f) => toDiagnostic(f, document));
}
