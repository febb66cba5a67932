/** Engine text with `{{name|default}}` placeholders → a VS Code snippet with numbered tab stops. */
import * as vscode from 'vscode';
import { snippetSyntax } from '../server/snippets.js';

export function toSnippet(text: string): vscode.SnippetString {
  return new vscode.SnippetString(snippetSyntax(text));
}
