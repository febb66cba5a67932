/** Moving through a contract's unbalanced concessions, from the report's buttons and from commands. */
import * as vscode from 'vscode';
import { isOpen, type Review, type Term } from '../engine/index.js';
import type { ReviewService } from './reviews.js';

/** The concessions a negotiator still has to answer (not balanced, not accepted), in document order. */
export function unbalancedConcessions(review: Review): Term[] {
  const accepted = new Set(
    review.suppressed.filter((f) => f.ruleId === 'unreciprocated-concession').map((f) => f.concession),
  );
  const open = new Set(
    review.judgements
      .filter(isOpen)
      .map((j) => j.concession)
      .filter((id) => !accepted.has(id)),
  );
  return review.terms.filter((t) => open.has(t.id)).sort((a, b) => a.start - b.start);
}

/** Shows a span of a document in its editor (or the first column), selected or with the cursor at its start. */
export async function revealSpan(
  document: vscode.TextDocument,
  start: number,
  end: number,
  select = true,
): Promise<void> {
  if (end > document.getText().length) return;
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  const selection = select
    ? new vscode.Selection(range.start, range.end)
    : new vscode.Selection(range.start, range.start);
  const column =
    vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn ?? vscode.ViewColumn.One;
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: column,
    selection,
    preserveFocus: false,
  });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Moves the cursor to the next (1) or previous (-1) unbalanced concession after it, wrapping round. */
export async function stepUnbalanced(
  reviews: ReviewService,
  document: vscode.TextDocument,
  direction: 1 | -1,
): Promise<Term | undefined> {
  const review = await reviews.current(document);
  const open = review ? unbalancedConcessions(review) : [];
  if (!open.length) return undefined;
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const at = editor ? document.offsetAt(editor.selection.active) : -1;
  const next =
    direction === 1
      ? (open.find((t) => t.start > at) ?? open[0]!)
      : ([...open].reverse().find((t) => t.start < at) ?? open.at(-1)!);
  await revealSpan(document, next.start, next.end, false);
  return next;
}
