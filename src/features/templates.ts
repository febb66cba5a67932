/**
 * Give-back wording from a workspace file (`reciprocity.templatesFile`), read as text in trusted
 * workspaces only, and re-read when it changes. Never executed; bounded in size.
 */
import * as vscode from 'vscode';
import { type GiveBackTemplates, toTemplates } from '../engine/index.js';

const MAX_BYTES = 64 * 1024;

export async function readTemplatesFile(relativePath: string): Promise<GiveBackTemplates> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder || !vscode.workspace.isTrusted || !relativePath || relativePath.includes('..')) return {};
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, relativePath));
    if (bytes.byteLength > MAX_BYTES) return {};
    return toTemplates(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return {};
  }
}
