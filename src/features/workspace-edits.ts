/** Engine insertions → undoable WorkspaceEdits that only insert, with snippet tab stops. */
import * as vscode from 'vscode';
import type { Insertion } from '../engine/index.js';
import { toSnippet } from './snippets.js';

export function toWorkspaceEdit(document: vscode.TextDocument, insertion: Insertion): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const at = document.positionAt(insertion.offset);
  edit.set(document.uri, [new vscode.SnippetTextEdit(new vscode.Range(at, at), toSnippet(insertion.text))]);
  return edit;
}
