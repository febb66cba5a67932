/** Helpers for the extension-host suite: open fixtures and wait for events, never for time. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { review, type RuleSetting } from '../../src/engine/index.js';

/** How long a wait may last before it fails: generous, for machines busy with other jobs. */
export const WAIT_MS = 30_000;

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

/**
 * Resolves with what `check` returns once it is not undefined, checking now and at each of
 * `events`; fails after `timeoutMs`, saying what it waited for and, from `now`, how things stand.
 */
export function until<T>(
  events: vscode.Event<unknown>[],
  check: () => T | undefined,
  what: string,
  now: () => string = () => '',
  timeoutMs = WAIT_MS,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const listeners: vscode.Disposable[] = [];
    const stop = (): void => {
      for (const l of listeners) l.dispose();
      clearTimeout(timer);
    };
    const attempt = (): void => {
      const value = check();
      if (value === undefined) return;
      stop();
      resolve(value);
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${now() ? `; now: ${now()}` : ''}`));
    }, timeoutMs);
    for (const event of events) listeners.push(event(attempt));
    attempt();
  });
}

const describe = (uri: vscode.Uri) => (): string =>
  ours(uri)
    .map((d) => `${d.range.start.line}:${ruleOf(d)}`)
    .join(', ') || 'none';

/** Resolves once the document's Reciprocity diagnostics satisfy `check`, awaiting onDidChangeDiagnostics. */
export function diagnostics(
  uri: vscode.Uri,
  check: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  return until(
    [vscode.languages.onDidChangeDiagnostics],
    () => {
      const ds = ours(uri);
      return check(ds) ? ds : undefined;
    },
    what,
    describe(uri),
    timeoutMs,
  );
}

/** Findings as the Problems panel places them: rule and range. */
function places(items: { rule: string; range: vscode.Range }[]): string {
  return items
    .map(
      ({ rule, range }) =>
        `${rule} ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`,
    )
    .sort()
    .join('\n');
}

/**
 * Resolves once a reviewed document's diagnostics are those a fresh review of its current text
 * gives (the engine, with the current rule settings): none left over from a text no longer there.
 * Only for documents Reciprocity reviews: a document it leaves alone never gets its findings.
 */
export function inLine(
  document: vscode.TextDocument,
  what = `the diagnostics of ${vscode.workspace.asRelativePath(document.uri)} in line with its text`,
): Promise<vscode.Diagnostic[]> {
  let expected = '';
  let reviewed: number | undefined;
  return until(
    [vscode.languages.onDidChangeDiagnostics, vscode.workspace.onDidChangeTextDocument],
    () => {
      // Reviewed again only when the text changed, not at every diagnostics event of every file.
      if (reviewed !== document.version) {
        reviewed = document.version;
        const rules = vscode.workspace.getConfiguration('reciprocity').get<Record<string, RuleSetting>>('rules') ?? {};
        const fresh = review(document.getText(), { rules }).findings;
        expected = places(
          fresh.map((f) => ({
            rule: f.ruleId,
            range: new vscode.Range(document.positionAt(f.start), document.positionAt(f.end)),
          })),
        );
      }
      const published = ours(document.uri).filter((d) => ruleOf(d) !== 'partly-reviewed');
      return places(published.map((d) => ({ rule: ruleOf(d), range: d.range }))) === expected ? published : undefined;
    },
    what,
    () => `published ${describe(document.uri)()}; expected ${expected.replace(/\n/g, ', ') || 'none'}`,
  );
}

/** The document's text as the file on disk has it. */
export async function onDisk(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Resolves once the document's text is `text`, awaiting onDidChangeTextDocument. */
export async function textIs(document: vscode.TextDocument, text: string, what: string): Promise<void> {
  await until(
    [vscode.workspace.onDidChangeTextDocument],
    () => document.getText() === text || undefined,
    what,
    () => `${document.isDirty ? 'dirty' : 'saved'}, ${document.getText().length} characters`,
  );
}

/** File: Revert on the document (awaited), then waits for its text on disk and the diagnostics of that text. */
export async function revert(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await textIs(editor.document, await onDisk(editor.document.uri), 'the text on disk after revert');
  await inLine(editor.document, 'the diagnostics of the reverted text');
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('reciprocity').update(key, value, vscode.ConfigurationTarget.Global);
}

/** The hover at the first `needle` in the document, as plain text. */
export async function hoverText(editor: vscode.TextEditor, needle: string, offsetInNeedle = 2): Promise<string> {
  const index = editor.document.getText().indexOf(needle);
  assert.ok(index >= 0, `"${needle}" is not in ${vscode.workspace.asRelativePath(editor.document.uri)}`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    editor.document.uri,
    editor.document.positionAt(index + offsetInNeedle),
  );
  // Hover text arrives as Markdown: spaces as &nbsp; and punctuation escaped.
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/\\([()[\]])/g, '$1');
}
