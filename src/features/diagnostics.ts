/** Findings → Diagnostics: source `reciprocity`, the rule id linking to its doc, related places. */
import * as vscode from 'vscode';
import { LineIndex, type Finding, type Severity } from '../engine/index.js';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** A diagnostic that keeps the finding it shows, so code actions and hovers can read it back. */
export class FindingDiagnostic extends vscode.Diagnostic {
  constructor(
    readonly finding: Finding,
    source: TextSource,
  ) {
    super(
      new vscode.Range(source.positionAt(finding.start), source.positionAt(finding.end)),
      finding.message,
      SEVERITY[finding.severity],
    );
    this.source = 'reciprocity';
    this.code = { value: finding.ruleId, target: vscode.Uri.parse(finding.url) };
    if (finding.related?.length) {
      this.relatedInformation = finding.related.map(
        (r) =>
          new vscode.DiagnosticRelatedInformation(
            new vscode.Location(source.uri, new vscode.Range(source.positionAt(r.start), source.positionAt(r.end))),
            r.message,
          ),
      );
    }
  }
}

/** An open document, or a file read from disk: enough to place a finding. */
export interface TextSource {
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

export function toDiagnostics(findings: readonly Finding[], document: TextSource): FindingDiagnostic[] {
  const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const kept =
    findings.length > LIMIT
      ? [...findings].sort((a, b) => order[a.severity] - order[b.severity]).slice(0, LIMIT)
      : findings;
  return kept.map((f) => new FindingDiagnostic(f, document));
}

/**
 * The notice on a review stopped by its time budget: an information diagnostic from where the
 * review stopped to the end, saying how much was read and what to do.
 */
export function partlyReviewed(reviewedTo: number, document: vscode.TextDocument, budgetMs: number): vscode.Diagnostic {
  const end = document.lineAt(document.lineCount - 1).range.end;
  const share = Math.floor((100 * reviewedTo) / Math.max(1, document.offsetAt(end)));
  const range = new vscode.Range(document.positionAt(reviewedTo), end);
  const message = vscode.l10n.t(
    'Partly reviewed: Reciprocity read the first {0}% of this contract within its time budget ({1} ms) and stopped here. Later reviews carry on from what was read; raise "reciprocity.timeBudgetMs" or run "reciprocity check" for the whole contract.',
    share,
    budgetMs,
  );
  const diagnostic = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Information);
  diagnostic.source = 'reciprocity';
  diagnostic.code = 'partly-reviewed';
  return diagnostic;
}
