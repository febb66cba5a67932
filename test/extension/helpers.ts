/** Helpers for the extension-host suite: open fixtures and wait for events, never for time. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

export async function open(path: string): Promise<vscode.TextEditor> {
  const [uri] = await vscode.workspace.findFiles(path);
  assert.ok(uri, `fixture ${path} not found`);
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'reciprocity');
}

export function ruleOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

/** Resolves once the document's Reciprocity diagnostics satisfy `check`, awaiting onDidChangeDiagnostics. */
export function diagnostics(uri: vscode.Uri, check: (ds: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 15_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const done = (): boolean => {
      const ds = ours(uri);
      if (!check(ds)) return false;
      listener.dispose();
      clearTimeout(timer);
      resolve(ds);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) done();
    });
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out waiting for ${what}; diagnostics now: ${ours(uri).map((d) => `${d.range.start.line}:${ruleOf(d)}`).join(', ')}`));
    }, timeoutMs);
    done();
  });
}

/** Puts a document back as it is on disk, through undo-able editor commands. */
export async function revert(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('reciprocity').update(key, value, vscode.ConfigurationTarget.Global);
}
