/**
 * The Reciprocity language server: the engine behind any editor that speaks LSP (Neovim, Helix,
 * Emacs, VS Code). Markdown documents that are contracts are reviewed as they change and get
 * diagnostics (source `reciprocity`, code = rule id with its doc link), hovers and quick fixes
 * that only insert; protocol.ts adds the review itself for reports. It takes a connection and
 * nothing of Node, so it runs in a process or in a web worker.
 */
import { CodeActionKind, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { codeActions, type ActionSupport } from './actions.js';
import { hoverMarkdown } from './hover.js';
import { exportReport } from './export.js';
import { draftGiveBack } from './give-back.js';
import {
  exportRequest,
  giveBackRequest,
  pingRequest,
  refreshNotification,
  reviewRequest,
  reviewTextRequest,
  type InitializationOptions,
} from './protocol.js';
import { DocumentReviews } from './reviews.js';

export function startServer(connection: Connection): void {
  const reviews = new DocumentReviews(connection);
  const support: ActionSupport = { snippets: false, applySuggestionCommand: false };

  connection.onInitialize((params): InitializeResult => {
    reviews.asksConfiguration = params.capabilities.workspace?.configuration === true;
    reviews.roots = (params.workspaceFolders ?? []).map((f) => f.uri).concat(params.rootUri ? [params.rootUri] : []);
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    // An editor (or a benchmark) may choose the pause after a keystroke: 0 reviews every change.
    const delay = options.typingDelayMs;
    if (typeof delay === 'number' && delay >= 0 && delay <= 10_000) reviews.typingDelayMs = delay;
    support.applySuggestionCommand = options.applySuggestionCommand === true;
    support.snippets = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'reciprocity' },
    };
  });
  connection.onDidChangeConfiguration(() => reviews.configurationChanged());

  connection.onHover(async ({ textDocument, position }) => {
    const found = await reviews.upToDate(textDocument.uri);
    if (!found) return null;
    const linksFor = support.applySuggestionCommand ? textDocument.uri : undefined;
    const hover = hoverMarkdown(found.review, found.document.offsetAt(position), linksFor);
    if (!hover) return null;
    const range = { start: found.document.positionAt(hover.start), end: found.document.positionAt(hover.end) };
    return { contents: { kind: 'markdown', value: hover.markdown }, range };
  });

  connection.onCodeAction(async (params) => {
    const found = await reviews.upToDate(params.textDocument.uri);
    return found ? codeActions(found.document, found.review, params, support) : [];
  });

  connection.onRequest(reviewRequest, async ({ uri }) => (await reviews.upToDate(uri))?.review ?? null);
  connection.onRequest(giveBackRequest, async (params) => {
    const found = await reviews.upToDate(params.uri);
    return found && found.document.version === params.version ? draftGiveBack(found.review, params) : null;
  });
  connection.onRequest(exportRequest, async (params) => {
    const found = await reviews.upToDate(params.uri);
    return found ? exportReport(found.review, params) : null;
  });
  connection.onRequest(reviewTextRequest, ({ text, uri }) => reviews.reviewText(text, uri));
  connection.onNotification(refreshNotification, ({ uri }) => reviews.refresh(uri));
  connection.onRequest(pingRequest, () => null);

  reviews.documents.listen(connection);
  connection.listen();
}
