/**
 * Code actions: the engine's quick fixes (drafted give-backs, ties, accept-as-intentional) for the
 * findings a request is about, each a versioned edit that only inserts.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fillDefaults, fixesFor, fixTitle, type Finding, type Review } from '../engine/index.js';
import { toDiagnostic } from './diagnostics.js';

/** Findings a code action request answers at most: a select-all must not plan fixes for thousands. */
const MAX_FINDINGS_PER_REQUEST = 20;

export function codeActions(
  document: TextDocument,
  review: Review,
  { range, context }: Pick<CodeActionParams, 'range' | 'context'>,
): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const finding of findingsAsked(document, review, range, context.diagnostics)) {
    for (const fix of fixesFor(review, finding)) {
      const at = document.positionAt(fix.insertion.offset);
      actions.push({
        title: fixTitle(fix),
        kind: CodeActionKind.QuickFix,
        diagnostics: [toDiagnostic(finding, document)],
        isPreferred: fix.preferred,
        // Insertions only; placeholders keep their defaults, as a client may not take snippets.
        edit: {
          documentChanges: [
            {
              textDocument: { uri: document.uri, version: document.version },
              edits: [{ range: { start: at, end: at }, newText: fillDefaults(fix.insertion.text) }],
            },
          ],
        },
      });
    }
  }
  return actions;
}

/** The findings of the diagnostics the client passed, else those under the range. */
function findingsAsked(
  document: TextDocument,
  review: Review,
  range: CodeActionParams['range'],
  diagnostics: CodeActionParams['context']['diagnostics'],
): Finding[] {
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  const key = (ruleId: unknown, from: number, to: number): string => `${String(ruleId)}|${from}|${to}`;
  const asked = new Set(
    diagnostics
      .filter((d) => d.source === 'reciprocity')
      .map((d) => key(d.code, document.offsetAt(d.range.start), document.offsetAt(d.range.end))),
  );
  const findings = asked.size
    ? review.findings.filter((f) => asked.has(key(f.ruleId, f.start, f.end)))
    : review.findings.filter((f) => f.start <= end && start <= f.end);
  return findings.slice(0, MAX_FINDINGS_PER_REQUEST);
}
