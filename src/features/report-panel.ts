/**
 * The give/get report beside the editor: one webview panel (created or revealed), fed by
 * `postMessage`, re-rendered as the document changes, following the active contract unless
 * pinned, restored after a reload by a serializer. Its buttons refresh, export, step through the
 * unbalanced concessions and insert the give-back to ask for.
 * Security: a fixed HTML shell under a strict CSP with a nonce from `crypto`, resources only from
 * `media/`, document text sent as data and rendered with `textContent`, and every inbound
 * message checked before it is obeyed.
 */
import * as vscode from 'vscode';
import { makeNonce } from './nonce.js';
import type { ReviewService } from './reviews.js';
import { APPLY_SUGGESTION } from '../server/protocol.js';
import { exportReport } from './export.js';
import { revealSpan, stepUnbalanced } from './navigate.js';
import { ledger, type Ledger, type ContractRow, type RoundDiff, moves, netMovement } from '../engine/index.js';

export const REPORT_VIEW = 'reciprocity.report';

/** Messages the webview may send; anything else is ignored. */
type Inbound =
  | { type: 'reveal'; start: number; end: number; version?: number }
  | { type: 'open'; uri: string }
  | { type: 'ready' }
  | { type: 'refresh' }
  | { type: 'step'; direction: 1 | -1 }
  | { type: 'export'; format: string }
  | { type: 'pin'; pinned: boolean }
  | { type: 'insert'; uri: string; concession: string; kind: string; title: string; version?: number };

const EXPORT_FORMATS = new Set(['md', 'html', 'json', 'sarif']);
const short = (v: unknown, max = 4096): v is string => typeof v === 'string' && v.length < max;

export function readInbound(message: unknown): Inbound | undefined {
  if (!message || typeof message !== 'object') return undefined;
  const m = message as Record<string, unknown>;
  if (m.type === 'ready' || m.type === 'refresh') return { type: m.type };
  if (m.type === 'step' && (m.direction === 1 || m.direction === -1)) return { type: 'step', direction: m.direction };
  if (m.type === 'export' && typeof m.format === 'string' && EXPORT_FORMATS.has(m.format))
    return { type: 'export', format: m.format };
  if (m.type === 'pin' && typeof m.pinned === 'boolean') return { type: 'pin', pinned: m.pinned };
  // The version of the text the webview showed: ids and offsets hold for it alone.
  const version = Number.isSafeInteger(m.version) ? { version: m.version as number } : {};
  if (m.type === 'insert' && short(m.uri) && short(m.concession, 64) && short(m.kind, 64) && short(m.title, 200))
    return { type: 'insert', uri: m.uri, concession: m.concession, kind: m.kind, title: m.title, ...version };
  if (
    m.type === 'reveal' &&
    Number.isSafeInteger(m.start) &&
    Number.isSafeInteger(m.end) &&
    (m.start as number) >= 0 &&
    (m.end as number) >= (m.start as number)
  ) {
    return { type: 'reveal', start: m.start as number, end: m.end as number, ...version };
  }
  if (m.type === 'open' && typeof m.uri === 'string' && m.uri.length < 4096) return { type: 'open', uri: m.uri };
  return undefined;
}

export class ReportPanel implements vscode.Disposable {
  private static current: ReportPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private workspaceRows: (ContractRow & { uri: string })[] | undefined;
  /** Pinned: keeps showing its contract when another one becomes active. */
  private pinned = false;
  /** The text editor last active, which an unpinned report goes back to (the report itself has focus then). */
  private lastEditor: vscode.TextEditor | undefined = vscode.window.activeTextEditor;
  /** The last round compared for a contract: shown as "Since …" while the report shows that contract. */
  private round: { uri: string; diff: RoundDiff } | undefined;
  /** Reports asked for: one the server answers after a later one was asked is not shown. */
  private posts = 0;

  /** Shows the report of a document, creating the panel or bringing it back. */
  static show(context: vscode.ExtensionContext, reviews: ReviewService, document: vscode.TextDocument): ReportPanel {
    const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
    if (ReportPanel.current) {
      ReportPanel.current.panel.reveal(column, true);
      ReportPanel.current.showDocument(document.uri);
      return ReportPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(
      REPORT_VIEW,
      vscode.l10n.t('Give/Get Report'),
      { viewColumn: column, preserveFocus: true },
      options(context),
    );
    ReportPanel.current = new ReportPanel(panel, context, reviews, document.uri);
    return ReportPanel.current;
  }

  /** Shows the workspace report: one row per contract, worst first. */
  static showWorkspace(
    context: vscode.ExtensionContext,
    reviews: ReviewService,
    rows: (ContractRow & { uri: string })[],
  ): ReportPanel {
    const panel =
      ReportPanel.current?.panel ??
      vscode.window.createWebviewPanel(
        REPORT_VIEW,
        vscode.l10n.t('Give/Get Report'),
        vscode.ViewColumn.Active,
        options(context),
      );
    ReportPanel.current ??= new ReportPanel(panel, context, reviews, undefined);
    ReportPanel.current.workspaceRows = rows;
    ReportPanel.current.documentUri = undefined;
    ReportPanel.current.panel.reveal();
    ReportPanel.current.post();
    return ReportPanel.current;
  }

  /** Brings a panel back after a reload, from the state its webview saved. */
  static revive(
    panel: vscode.WebviewPanel,
    context: vscode.ExtensionContext,
    reviews: ReviewService,
    state: unknown,
  ): void {
    const uri =
      state && typeof state === 'object' && typeof (state as { uri?: unknown }).uri === 'string'
        ? (state as { uri: string }).uri
        : undefined;
    panel.webview.options = options(context);
    ReportPanel.current = new ReportPanel(panel, context, reviews, uri ? vscode.Uri.parse(uri) : undefined);
  }

  static get instance(): ReportPanel | undefined {
    return ReportPanel.current;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    context: vscode.ExtensionContext,
    private readonly reviews: ReviewService,
    private documentUri: vscode.Uri | undefined,
  ) {
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'icon.png');
    panel.webview.html = shell(panel.webview, context.extensionUri);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message) => void this.receive(message)),
      // A hidden report is brought up to date when it shows again, not at every review.
      reviews.onDidReview((document) => {
        if (!this.panel.visible) return;
        if (this.documentUri && document.uri.toString() === this.documentUri.toString()) this.post();
        // A contract made active before its first review was in: the report follows it now.
        else if (vscode.window.activeTextEditor?.document === document) this.follow(vscode.window.activeTextEditor);
      }),
      panel.onDidChangeViewState(({ webviewPanel }) => {
        if (webviewPanel.visible) this.post();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor) this.lastEditor = editor;
        this.follow(editor);
      }),
    );
  }

  /** Shows the contract that became active, unless pinned or showing the workspace. */
  private follow(editor: vscode.TextEditor | undefined): void {
    if (this.pinned || this.workspaceRows || !editor || editor.document.uri.toString() === this.documentUri?.toString())
      return;
    if (!this.reviews.summary(editor.document)) return;
    this.showDocument(editor.document.uri);
  }

  /** Pins the report to its contract, or lets it follow the active one again. */
  pin(pinned: boolean): void {
    this.pinned = pinned;
    if (!pinned) this.follow(vscode.window.activeTextEditor ?? this.lastEditor);
    this.post();
  }

  get isPinned(): boolean {
    return this.pinned;
  }

  get shownUri(): vscode.Uri | undefined {
    return this.documentUri;
  }

  /** Shows a contract's report with what changed since a previous draft. */
  showRound(uri: vscode.Uri, diff: RoundDiff): void {
    this.round = { uri: uri.toString(), diff };
    this.showDocument(uri);
  }

  showDocument(uri: vscode.Uri): void {
    this.documentUri = uri;
    this.workspaceRows = undefined;
    this.post();
  }

  /** Sends the current report as data; the webview renders it as text. The latest call wins. */
  post(): void {
    void this.postLatest(++this.posts);
  }

  private async postLatest(post: number): Promise<void> {
    if (this.workspaceRows) {
      void this.panel.webview.postMessage({ type: 'workspace', rows: this.workspaceRows });
      this.panel.title = vscode.l10n.t('Give/Get Report: Workspace');
      return;
    }
    const document =
      this.documentUri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.documentUri!.toString());
    if (!document) {
      if (this.documentUri)
        void vscode.workspace.openTextDocument(this.documentUri).then(
          () => post === this.posts && this.post(),
          () => undefined,
        );
      return;
    }
    // The version the review is of: one that lands after an edit is shown again with the new one.
    const version = document.version;
    const review = await this.reviews.current(document);
    if (post !== this.posts) return;
    if (document.version !== version) return this.post();
    const data: Ledger | undefined = review && ledger(review);
    const file = document.uri.path.split('/').pop() ?? '';
    this.panel.title = this.pinned
      ? vscode.l10n.t('Give/Get: {0} (pinned)', file)
      : vscode.l10n.t('Give/Get: {0}', file);
    const round = this.round?.uri === document.uri.toString() ? roundData(this.round.diff) : null;
    void this.panel.webview.postMessage({
      type: 'ledger',
      uri: document.uri.toString(),
      file: vscode.workspace.asRelativePath(document.uri),
      version,
      pinned: this.pinned,
      ledger: data ?? null,
      round,
    });
  }

  private async receive(message: unknown): Promise<void> {
    const m = readInbound(message);
    if (!m) return;
    if (m.type === 'ready') return this.post();
    if (m.type === 'pin') return this.pin(m.pinned);
    if (m.type === 'refresh') return this.refresh();
    if (m.type === 'insert') {
      if (m.uri !== this.documentUri?.toString()) return;
      if (this.stale(m.version)) return;
      await vscode.commands.executeCommand(APPLY_SUGGESTION, m.uri, m.concession, m.kind, m.title);
      return;
    }
    if (m.type === 'open') {
      const uri = vscode.Uri.parse(m.uri, true);
      if (!this.workspaceRows?.some((r) => r.uri === uri.toString())) return;
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
      this.showDocument(uri);
      return;
    }
    const document = this.documentUri && (await vscode.workspace.openTextDocument(this.documentUri));
    if (!document) return;
    if (m.type === 'export') {
      await exportReport(
        this.reviews,
        document,
        m.format,
        undefined,
        this.round?.uri === document.uri.toString() ? this.round.diff : undefined,
      );
      return;
    }
    if (m.type === 'step') {
      await this.step(document, m.direction);
      return;
    }
    if (this.stale(m.version)) return;
    await revealSpan(document, m.start, m.end);
  }

  /** Whether the webview acted on a text older than the document's: then it is shown the current one instead. */
  private stale(version: number | undefined): boolean {
    const document =
      this.documentUri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.documentUri!.toString());
    if (!document || version === undefined || version === document.version) return false;
    this.post();
    return true;
  }

  /** Reviews the contract again, or the workspace. */
  private async refresh(): Promise<void> {
    if (this.workspaceRows) {
      await vscode.commands.executeCommand('reciprocity.reviewWorkspace');
      return;
    }
    this.post();
  }

  /** Reveals the next (or previous) unbalanced concession after the cursor and marks it in the report. */
  async step(document: vscode.TextDocument, direction: 1 | -1): Promise<string | undefined> {
    const next = await stepUnbalanced(this.reviews, document, direction);
    if (next) void this.panel.webview.postMessage({ type: 'current', id: next.id });
    return next?.id;
  }

  dispose(): void {
    if (ReportPanel.current === this) ReportPanel.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

/** A round as plain data for the webview: the draft it is since, each party's moves, the net, the concessions to mark. */
function roundData(diff: RoundDiff) {
  const marks: Record<string, 'new' | 'changed'> = {};
  for (const c of diff.concessions.added) marks[c.id] = 'new';
  for (const c of diff.concessions.changed) marks[c.after.id] = 'changed';
  return {
    since: diff.old,
    parties: [...moves(diff)].map(([party, lines]) => ({ party, lines })),
    net: netMovement(diff),
    marks,
    findings: diff.findings.length,
  };
}

function options(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media')],
  };
}

/** The fixed HTML shell: no document text in it, ever. */
function shell(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = makeNonce();
  const media = (file: string): string =>
    webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', file)).toString();
  const csp =
    `default-src 'none'; style-src ${webview.cspSource}; img-src ${webview.cspSource}; ` +
    `script-src 'nonce-${nonce}';`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link href="${media('report.css')}" rel="stylesheet">
<title>Give/Get Report</title>
</head>
<body>
<main id="report" aria-live="polite"><p class="muted">Loading…</p></main>
<script nonce="${nonce}" src="${media('report.js')}"></script>
</body>
</html>`;
}
