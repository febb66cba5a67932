/**
 * The VS Code extension's wiring, the same in VS Code's Node extension host and in its web worker
 * host: a language client whose server (a Node process, or a worker) reviews the contracts, and
 * the editor features around it. Only how the client reaches its server differs (the entries).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import type { GiveBackTemplates } from '../engine/index.js';
import { clientOptions, hangMessage } from './client.js';
import { FileToggles } from './file-toggles.js';
import { readSettings } from './settings.js';
import { ReviewService } from './reviews.js';
import { registerCommands } from './commands.js';
import { UnbalancedStatus } from './status-bar.js';
import { readTemplatesFile } from './templates.js';
import { ReportPanel, REPORT_VIEW } from './report-panel.js';
import { Watchdog } from './watchdog.js';

export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient;

/**
 * Wires the extension; returns the client, which deactivate stops. `restartHung` ends a server
 * that hangs and has a new one started: the entries know how (a process killed, a worker ended).
 */
export function activateWith(
  context: vscode.ExtensionContext,
  createClient: ClientFactory,
  restartHung: (client: BaseLanguageClient) => Promise<void>,
): BaseLanguageClient {
  let settings = readSettings();
  let fileTemplates: GiveBackTemplates = {};
  const toggles = new FileToggles(context.workspaceState);
  const output = vscode.window.createOutputChannel('Reciprocity', { log: true });
  const client = createClient(
    clientOptions({
      toggles,
      fileTemplates: () => fileTemplates,
      onSaveOnly: () => settings.run === 'onSave',
      refresh: (document) => reviews.refresh(document),
      output,
    }),
  );
  const reviews = new ReviewService(client);
  const status = new UnbalancedStatus(reviews);
  const watchdog = new Watchdog(client, {
    timeoutMs: () => settings.serverTimeoutMs,
    restart: () => restartHung(client),
    report: (final, error) => reportHang(output, hangMessage(settings.serverTimeoutMs, final), final, error),
  });

  const loadTemplates = async (): Promise<void> => {
    const read = await readTemplatesFile(settings.templatesFile);
    if (JSON.stringify(read) === JSON.stringify(fileTemplates)) return;
    fileTemplates = read;
    reviews.settingsChanged();
    reviews.refreshClosedFiles();
  };
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${settings.templatesFile.replace(/^\.?\//, '')}`);
  // Closed files in the Problems panel (a workspace review) follow changes made to them on disk.
  const markdownFiles = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}');

  context.subscriptions.push(
    output,
    reviews,
    status,
    watchdog,
    watcher,
    reviews.onDidReview(() => status.update()),
    vscode.window.onDidChangeActiveTextEditor(() => status.update()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('reciprocity')) return;
      settings = readSettings();
      if (event.affectsConfiguration('reciprocity.serverTimeoutMs')) watchdog.schedule();
      // The client tells the server, which asks for the settings again; the templates file and the
      // closed files of a workspace review are ours to read again.
      if (event.affectsConfiguration('reciprocity.templatesFile')) void loadTemplates();
      reviews.refreshClosedFiles();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void loadTemplates()),
    watcher.onDidChange(() => void loadTemplates()),
    watcher.onDidCreate(() => void loadTemplates()),
    watcher.onDidDelete(() => void loadTemplates()),
    markdownFiles,
    markdownFiles.onDidChange((uri) => void reviews.refreshFile(uri)),
    markdownFiles.onDidCreate((uri) => void reviews.refreshFile(uri)),
    markdownFiles.onDidDelete((uri) => reviews.forgetFile(uri)),
  );
  registerCommands(context, reviews, toggles, () => settings);
  context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(REPORT_VIEW, {
      deserializeWebviewPanel: async (panel, state) => ReportPanel.revive(panel, context, reviews, state),
    }),
  );
  // Not awaited: activation returns at once, and every request waits for the server to be up.
  client.start().catch((error: unknown) => output.appendLine(`Reciprocity's server did not start: ${String(error)}`));
  void loadTemplates();
  return client;
}

/** A hang in the output channel; giving up after repeated hangs in a notification too. */
function reportHang(output: vscode.LogOutputChannel, message: string, final: boolean, error?: unknown): void {
  if (error !== undefined) output.error(`The Reciprocity server could not be restarted: ${String(error)}`);
  else output.warn(message);
  if (final) void vscode.window.showWarningMessage(message);
}
