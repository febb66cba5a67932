/**
 * The Reciprocity language server: the engine behind any editor that speaks LSP (Neovim, Helix,
 * Emacs, VS Code). Markdown documents that are contracts are reviewed as they change and get
 * diagnostics (source `reciprocity`, code = rule id with its doc link), hovers and quick fixes
 * that only insert. It takes a connection and nothing of Node, so it runs in a process or in a
 * web worker.
 */
import { CodeActionKind, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { codeActions } from './actions.js';
import { hoverMarkdown } from './hover.js';
import { DocumentReviews } from './reviews.js';

export function startServer(connection: Connection): void {
  const reviews = new DocumentReviews(connection);

  connection.onInitialize((params): InitializeResult => {
    reviews.asksConfiguration = params.capabilities.workspace?.configuration === true;
    reviews.roots = (params.workspaceFolders ?? []).map((f) => f.uri).concat(params.rootUri ? [params.rootUri] : []);
    // An editor (or a benchmark) may choose the pause after a keystroke: 0 reviews every change.
    const delay = (params.initializationOptions as { typingDelayMs?: unknown } | undefined)?.typingDelayMs;
    if (typeof delay === 'number' && delay >= 0 && delay <= 10_000) reviews.typingDelayMs = delay;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
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
    const hover = hoverMarkdown(found.review, found.document.offsetAt(position));
    if (!hover) return null;
    const range = { start: found.document.positionAt(hover.start), end: found.document.positionAt(hover.end) };
    return { contents: { kind: 'markdown', value: hover.markdown }, range };
  });

  connection.onCodeAction(async (params) => {
    const found = await reviews.upToDate(params.textDocument.uri);
    return found ? codeActions(found.document, found.review, params) : [];
  });

  reviews.documents.listen(connection);
  connection.listen();
}
