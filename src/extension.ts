/** The VS Code extension: wiring only. Every judgement comes from the engine in src/engine. */
import * as vscode from 'vscode';
import { ContractFilter } from './features/contracts.js';
import { readSettings } from './features/settings.js';
import { ReviewService } from './features/reviews.js';
import { GiveBackActions } from './features/code-actions.js';
import { ReciprocityHover } from './features/hover.js';
import { registerCommands } from './features/commands.js';
import { UnbalancedStatus } from './features/status-bar.js';
import { readTemplatesFile } from './features/templates.js';
import { ReportPanel, REPORT_VIEW } from './features/report-panel.js';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function activate(context: vscode.ExtensionContext): void {
  let settings = readSettings();
  const filter = new ContractFilter(context.workspaceState);
  const reviews = new ReviewService(filter, () => settings);
  const status = new UnbalancedStatus(reviews);

  const loadTemplates = async (): Promise<void> => {
    reviews.fileTemplates = await readTemplatesFile(settings.templatesFile);
    reviews.reviewAll();
  };
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${settings.templatesFile.replace(/^\.?\//, '')}`);
  // Closed files in the Problems panel (a workspace review) follow changes made to them on disk.
  const markdownFiles = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}');

  context.subscriptions.push(
    reviews,
    status,
    watcher,
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new GiveBackActions(reviews), GiveBackActions.metadata),
    vscode.languages.registerHoverProvider(MARKDOWN, new ReciprocityHover(reviews)),
    reviews.onDidReview(() => status.update()),
    vscode.window.onDidChangeActiveTextEditor(didChangeActiveEditor),
    vscode.workspace.onDidOpenTextDocument((document) => reviews.reviewNow(document)),
    vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
      if (settings.run === 'onType') {
        if (contentChanges.length > 0) reviews.schedule(document);
      } else if (!document.isDirty && reviews.isStale(document)) {
        // On save only, a text that is again the file's own (a revert, a reload from disk, an undo
        // back to the saved text) is reviewed too: what a hover or command published for the
        // unsaved text must not stay up.
        reviews.schedule(document);
      }
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (settings.run === 'onSave') reviews.reviewNow(document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      filter.forget(document);
      reviews.clear(document);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('reciprocity')) return;
      settings = readSettings();
      if (event.affectsConfiguration('reciprocity.templatesFile')) void loadTemplates();
      else reviews.reviewAll();
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
  registerCommands(context, reviews, filter, () => settings);
  context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(REPORT_VIEW, {
      deserializeWebviewPanel: async (panel, state) => ReportPanel.revive(panel, context, reviews, state),
    }),
  );

  function didChangeActiveEditor(editor: vscode.TextEditor | undefined): void {
    if (editor && !reviews.last(editor.document)) reviews.reviewNow(editor.document);
    status.update();
  }

  // Documents already open when the extension starts.
  for (const document of vscode.workspace.textDocuments) reviews.reviewNow(document);
  status.update();
  void loadTemplates();
}

export function deactivate(): void {}
