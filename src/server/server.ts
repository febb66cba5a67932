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
/** Related places shown per diagnostic: enough to decide, not a list of every term. */
const MAX_RELATED = 10;
/** Findings a code action request answers at most: a select-all must not plan fixes for thousands. */
const MAX_FINDINGS_PER_REQUEST = 20;

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
  const settingsOf = new Map<string, Promise<ServerSettings>>();
  /** Documents (by object, so a reopened one is new) found not to be contracts, at the version read. */
  const notContracts = new WeakMap<TextDocument, number>();
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

  /** A document's settings, asked once (the promise is kept, so a change clears what is in flight too); the defaults if the client fails to answer. */
  function settings(uri: string): Promise<ServerSettings> {
    if (!asksConfiguration) return Promise.resolve(DEFAULT_SETTINGS);
    let found = settingsOf.get(uri);
    if (!found) {
      found = connection.workspace.getConfiguration({ scopeUri: uri, section: 'reciprocity' }).then(readServerSettings, () => DEFAULT_SETTINGS);
      settingsOf.set(uri, found);
    }
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
    // Overtaken by a newer version, or closed (and maybe reopened as a new document) meanwhile.
    if (documents.get(document.uri) !== document) return undefined;
    const version = document.version;
    if (notContracts.get(document) === version) return undefined;
    if (!isContract(document, s)) {
      forget(document.uri);
      notContracts.set(document, version);
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      return undefined;
    }
    let session = sessions.get(document.uri);
    if (!session) sessions.set(document.uri, (session = new ReviewSession()));
    const review = session.review(document.getText(), { rules: s.rules, templates: s.templates, timeBudgetMs: s.timeBudgetMs });
    const result = { version, review };
    reviewed.set(document.uri, result);
    const diagnostics = review.findings.map((f) => toDiagnostic(f, document));
    if (review.partial) diagnostics.push(partlyReviewed(review.partial.reviewedTo, document, s.timeBudgetMs));
    void connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
    return result;
  }

  /** Reviews, never letting an error escape into a timer (it would end the process): the client is told in its log. */
  async function safely(document: TextDocument): Promise<Reviewed | undefined> {
    try {
      return await reviewNow(document);
    } catch (error) {
      connection.console.error(`Reciprocity could not review ${document.uri}: ${(error as Error)?.stack ?? String(error)}`);
      return undefined;
    }
  }

  function schedule(document: TextDocument, delay: number): void {
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(() => {
      timers.delete(document.uri);
      void safely(document);
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
    const fresh = await safely(document);
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
    const asked = new Set(context.diagnostics.filter((d) => d.source === 'reciprocity').map((d) => `${d.code}|${document.offsetAt(d.range.start)}|${document.offsetAt(d.range.end)}`));
    const findings = (asked.size
      ? review.findings.filter((f) => asked.has(`${f.ruleId}|${f.start}|${f.end}`))
      : review.findings.filter((f) => f.start <= end && start <= f.end)).slice(0, MAX_FINDINGS_PER_REQUEST);
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

/** The notice on a review stopped by its time budget, from where it stopped to the end. */
function partlyReviewed(reviewedTo: number, document: TextDocument, budgetMs: number): Diagnostic {
  const share = Math.floor((100 * reviewedTo) / Math.max(1, document.getText().length));
  return {
    range: { start: document.positionAt(reviewedTo), end: document.positionAt(document.getText().length) },
    severity: DiagnosticSeverity.Information,
    source: 'reciprocity',
    code: 'partly-reviewed',
    message: `Partly reviewed: Reciprocity read the first ${share}% of this contract within its time budget (${budgetMs} ms) and stopped here. Raise "reciprocity.timeBudgetMs" or run "reciprocity check" for the whole contract.`,
  };
}

function toDiagnostic(finding: Finding, document: TextDocument): Diagnostic {
  return {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    severity: SEVERITY[finding.severity],
    source: 'reciprocity',
    code: finding.ruleId,
    codeDescription: { href: finding.url },
    message: finding.message,
    ...(finding.related?.length ? { relatedInformation: finding.related.slice(0, MAX_RELATED).map((r) => ({ location: { uri: document.uri, range: { start: document.positionAt(r.start), end: document.positionAt(r.end) } }, message: r.message })) } : {}),
  };
}
