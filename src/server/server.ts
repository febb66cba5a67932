/**
 * The Reciprocity language server: the engine behind any editor that speaks LSP (Neovim, Helix,
 * Emacs, VS Code). Markdown documents that are contracts are reviewed as they change (each with
 * its own ReviewSession, so an edit re-reads only what it touched), and get diagnostics (source
 * `reciprocity`, code = rule id with its doc link), hovers and quick fixes that only insert.
 * It takes a connection and nothing of Node, so it runs in a process or in a web worker.
 */
import {
  CodeActionKind, DiagnosticSeverity, TextDocuments, TextDocumentSyncKind,
  type CodeAction, type Connection, type Diagnostic, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fillDefaults, fixesFor, fixTitle, looksLikeContract, ReviewSession, type Finding, type Review, type Severity } from '../engine/index.js';
import { hoverMarkdown } from './hover.js';
import { DEFAULT_SETTINGS, readServerSettings, type ServerSettings } from './settings.js';
import { matchesInclude } from './include.js';

/** How long to wait after a keystroke before reviewing: a review per pause, not per key. */
const TYPING_DELAY_MS = 200;

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };

interface Reviewed {
  version: number;
  review: Review;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const sessions = new Map<string, ReviewSession>();
  const reviewed = new Map<string, Reviewed>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const settingsOf = new Map<string, ServerSettings>();
  let roots: string[] = [];
  let asksConfiguration = false;

  connection.onInitialize((params): InitializeResult => {
    asksConfiguration = params.capabilities.workspace?.configuration === true;
    roots = (params.workspaceFolders ?? []).map((f) => f.uri).concat(params.rootUri ? [params.rootUri] : []);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'reciprocity' },
    };
  });

  async function settings(uri: string): Promise<ServerSettings> {
    if (!asksConfiguration) return DEFAULT_SETTINGS;
    let found = settingsOf.get(uri);
    if (!found) settingsOf.set(uri, (found = readServerSettings(await connection.workspace.getConfiguration({ scopeUri: uri, section: 'reciprocity' }))));
    return found;
  }

  /** Whether a document is one to review: Markdown matched by `include`, or that reads as a contract. */
  function isContract(document: TextDocument, s: ServerSettings): boolean {
    if (document.languageId !== 'markdown' && !/\.(?:md|markdown)$/i.test(document.uri)) return false;
    if (matchesInclude(document.uri, roots, s.include)) return true;
    return s.detectContracts && looksLikeContract(document.getText({ start: { line: 0, character: 0 }, end: { line: 200, character: 0 } }));
  }

  /** Reviews a document's current version and publishes its diagnostics; drops a result a newer version overtook. */
  async function reviewNow(document: TextDocument): Promise<Reviewed | undefined> {
    const s = await settings(document.uri);
    const current = documents.get(document.uri);
    if (!current || current.version !== document.version) return undefined;
    if (!isContract(document, s)) {
      forget(document.uri);
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      return undefined;
    }
    let session = sessions.get(document.uri);
    if (!session) sessions.set(document.uri, (session = new ReviewSession()));
    const review = session.review(document.getText(), { rules: s.rules, templates: s.templates, timeBudgetMs: s.timeBudgetMs });
    const result = { version: document.version, review };
    reviewed.set(document.uri, result);
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: review.findings.map((f) => toDiagnostic(f, document)) });
    return result;
  }

  function schedule(document: TextDocument, delay: number): void {
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(() => {
      timers.delete(document.uri);
      void reviewNow(document);
    }, delay));
  }

  function forget(uri: string): void {
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    sessions.delete(uri);
    reviewed.delete(uri);
  }

  /** The review of the version the editor shows, made now if the last one is older. */
  async function upToDate(uri: string): Promise<{ document: TextDocument; review: Review } | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    const last = reviewed.get(uri);
    if (last?.version === document.version) return { document, review: last.review };
    const fresh = await reviewNow(document);
    return fresh ? { document, review: fresh.review } : undefined;
  }

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document, TYPING_DELAY_MS));
  documents.onDidClose((e) => {
    forget(e.document.uri);
    settingsOf.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  connection.onDidChangeConfiguration(() => {
    settingsOf.clear();
    for (const document of documents.all()) schedule(document, 0);
  });

  connection.onHover(async ({ textDocument, position }) => {
    const found = await upToDate(textDocument.uri);
    if (!found) return null;
    const hover = hoverMarkdown(found.review, found.document.offsetAt(position));
    if (!hover) return null;
    return { contents: { kind: 'markdown', value: hover.markdown }, range: { start: found.document.positionAt(hover.start), end: found.document.positionAt(hover.end) } };
  });

  connection.onCodeAction(async ({ textDocument, range, context }) => {
    const found = await upToDate(textDocument.uri);
    if (!found) return [];
    const { document, review } = found;
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const asked = context.diagnostics.filter((d) => d.source === 'reciprocity');
    const findings = asked.length
      ? review.findings.filter((f) => asked.some((d) => d.code === f.ruleId && document.offsetAt(d.range.start) === f.start && document.offsetAt(d.range.end) === f.end))
      : review.findings.filter((f) => f.start <= end && start <= f.end);
    const actions: CodeAction[] = [];
    for (const finding of findings) {
      for (const fix of fixesFor(review, finding)) {
        const at = document.positionAt(fix.insertion.offset);
        actions.push({
          title: fixTitle(fix),
          kind: CodeActionKind.QuickFix,
          diagnostics: [toDiagnostic(finding, document)],
          isPreferred: fix.preferred,
          // Insertions only; placeholders keep their defaults, as a client may not take snippets.
          edit: { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: [{ range: { start: at, end: at }, newText: fillDefaults(fix.insertion.text) }] }] },
        });
      }
    }
    return actions;
  });

  documents.listen(connection);
  connection.listen();
}

function toDiagnostic(finding: Finding, document: TextDocument): Diagnostic {
  return {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    severity: SEVERITY[finding.severity],
    source: 'reciprocity',
    code: finding.ruleId,
    codeDescription: { href: finding.url },
    message: finding.message,
    ...(finding.related?.length ? { relatedInformation: finding.related.map((r) => ({ location: { uri: document.uri, range: { start: document.positionAt(r.start), end: document.positionAt(r.end) } }, message: r.message })) } : {}),
  };
}
