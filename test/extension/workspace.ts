/**
 * Every test starts from the fixture workspace as it was on disk when the suite started (the
 * runner's fresh copy of test/fixtures/workspace) and leaves nothing behind: after each test, the
 * root hook puts back the settings, the files on disk and the open documents, closes the editors,
 * and waits until the documents a test changed have the diagnostics of their restored text.
 */
import * as vscode from 'vscode';
import { inLine, textIs } from './helpers';

/** The workspace's files when the suite started, by path relative to the folder. */
const pristine = new Map<string, Uint8Array>();
/** Documents whose text changed during the current test. */
const changed = new Set<vscode.TextDocument>();

function root(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs the fixture workspace open');
  return folder.uri;
}

async function listFiles(dir: vscode.Uri, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
    const path = `${prefix}${name}`;
    if (type & vscode.FileType.Directory) found.push(...(await listFiles(vscode.Uri.joinPath(dir, name), `${path}/`)));
    else found.push(path);
  }
  return found;
}

/** Reads the workspace as it is now, before any test, and starts noting which documents change. */
export async function snapshotWorkspace(): Promise<vscode.Disposable> {
  for (const path of await listFiles(root()))
    pristine.set(path, await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root(), path)));
  const prefix = `${root().toString()}/`;
  return vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
    if (contentChanges.length && document.uri.toString().startsWith(prefix)) changed.add(document);
  });
}

const same = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((byte, i) => byte === b[i]);

/** Files on disk as they were: changed ones written back, added ones deleted, deleted ones made again. */
async function restoreFiles(): Promise<void> {
  const now = new Set(await listFiles(root()));
  for (const path of now) {
    const uri = vscode.Uri.joinPath(root(), path);
    const original = pristine.get(path);
    if (!original) await vscode.workspace.fs.delete(uri, { useTrash: false });
    else if (!same(original, await vscode.workspace.fs.readFile(uri)))
      await vscode.workspace.fs.writeFile(uri, original);
  }
  for (const [path, content] of pristine)
    if (!now.has(path)) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(root(), path), content);
}

/** Open documents as on disk: File: Revert on each that differs, untitled ones reverted and closed. */
async function restoreDocuments(): Promise<void> {
  const prefix = `${root().toString()}/`;
  for (const document of vscode.workspace.textDocuments) {
    if (document.isClosed) continue;
    if (document.isUntitled) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      continue;
    }
    const path = document.uri.toString().startsWith(prefix)
      ? decodeURIComponent(document.uri.toString().slice(prefix.length))
      : undefined;
    const original = path === undefined ? undefined : pristine.get(path);
    if (!original) continue;
    const text = new TextDecoder().decode(original);
    if (!document.isDirty && document.getText() === text) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await textIs(document, text, `${path} reverted to the fixture`);
  }
}

/** The settings tests change, by section. */
const SETTINGS: Record<string, string[]> = {
  reciprocity: ['include', 'detectContracts', 'run', 'timeBudgetMs', 'rules', 'giveBackTemplates', 'templatesFile'],
  editor: ['lightbulb.enabled'],
};

/** Those settings back to their defaults. */
async function restoreSettings(): Promise<void> {
  for (const [section, keys] of Object.entries(SETTINGS)) {
    const settings = vscode.workspace.getConfiguration(section);
    for (const key of keys)
      if (settings.inspect(key)?.globalValue !== undefined)
        await settings.update(key, undefined, vscode.ConfigurationTarget.Global);
  }
}

/** The root afterEach hook: the workspace as the next test expects to find it. */
export async function restoreWorkspace(): Promise<void> {
  await restoreSettings();
  await restoreFiles();
  await restoreDocuments();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  // The suite edits only documents Reciprocity reviews: each must show the findings of its text again.
  for (const document of changed) if (!document.isClosed) await inLine(document);
  changed.clear();
}
