/**
 * Code actions: the engine's quick fixes (drafted give-backs, ties, accept-as-intentional) for the
 * findings a request is about, each a versioned edit that only inserts.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type SnippetTextEdit,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fillDefaults, fixesFor, fixTitle, type Finding, type Insertion, type Review } from '../engine/index.js';
import { toDiagnostic } from './diagnostics.js';
import { APPLY_SUGGESTION } from './protocol.js';
import { snippetSyntax } from './snippets.js';

/** What the client can do beyond plain edits. */
export interface ActionSupport {
  /** Workspace edits may carry snippets (LSP 3.18 `snippetEditSupport`): placeholders become tab stops. */
  snippets: boolean;
  /** The client runs `reciprocity.applySuggestion`, which asks which party gives back when the contract does not say. */
  applySuggestionCommand: boolean;
}

/** Findings a code action request answers at most: a select-all must not plan fixes for thousands. */
const MAX_FINDINGS_PER_REQUEST = 20;

export function codeActions(
  document: TextDocument,
  review: Review,
  { range, context }: Pick<CodeActionParams, 'range' | 'context'>,
  support: ActionSupport = { snippets: false, applySuggestionCommand: false },
): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const finding of findingsAsked(document, review, range, context.diagnostics)) {
    for (const fix of fixesFor(review, finding)) {
      const action: CodeAction = {
        title: fixTitle(fix),
        kind: CodeActionKind.QuickFix,
        diagnostics: [toDiagnostic(finding, document)],
        isPreferred: fix.preferred,
      };
      // Who gives back is not in the contract: the client's command asks which party, then inserts.
      if (fix.kind === 'give-back' && fix.askParty && review.parties.length && support.applySuggestionCommand)
        action.command = {
          title: action.title,
          command: APPLY_SUGGESTION,
          arguments: [document.uri, fix.concession, fix.benefit, fix.title],
        };
      else
        action.edit = {
          documentChanges: [
            {
              textDocument: { uri: document.uri, version: document.version },
              edits: [insertEdit(document, fix.insertion, support)],
            },
          ],
        };
      actions.push(action);
    }
  }
  return actions;
}

/** Insertions only; placeholders as tab stops where the client takes snippets, else their defaults. */
function insertEdit(document: TextDocument, insertion: Insertion, support: ActionSupport): TextEdit | SnippetTextEdit {
  const at = document.positionAt(insertion.offset);
  const range = { start: at, end: at };
  if (support.snippets) return { range, snippet: { kind: 'snippet', value: snippetSyntax(insertion.text) } };
  return { range, newText: fillDefaults(insertion.text) };
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
