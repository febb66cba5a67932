/**
 * The extension's side of the reviews: the language server reviews every open contract (in its own
 * process, or a worker on the web) and publishes its diagnostics through the language client; this
 * asks it for reviews (reports, commands), keeps what each review counts (the status bar), and
 * publishes the reviews of closed files a workspace review read. Closed files in the Problems panel
 * are reviewed again when they change on disk.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DidChangeConfigurationNotification, State, type RequestType } from 'vscode-languageclient';
import type { Review } from '../engine/index.js';
import {
  exportRequest,
  giveBackRequest,
  refreshNotification,
  reviewedNotification,
  reviewRequest,
  reviewTextRequest,
  type ExportParams,
  type GiveBackDraft,
  type GiveBackParams,
  type Reviewed,
  type ReviewedText,
} from '../server/protocol.js';

export type Summary = NonNullable<Reviewed['summary']>;

export class ReviewService implements vscode.Disposable {
  /** Closed files a workspace review read (open ones get the server's diagnostics). */
  private readonly files = vscode.languages.createDiagnosticCollection('reciprocity');
  /** Per open document, what its last review counts; absent when it is not reviewed. */
  private readonly summaries = new Map<string, Summary>();
  /** Per closed file in the Problems panel, how many times it was read: only the latest read is published. */
  private readonly fileReads = new Map<string, number>();
  private readonly publishedFiles = new Set<string>();
  private readonly reviewed = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires after a document's review is published, or cleared. */
  readonly onDidReview = this.reviewed.event;

  constructor(private readonly client: BaseLanguageClient) {
    this.disposables.push(
      client.onNotification(reviewedNotification, (r) => this.didReview(r)),
      // A server that stopped has reviewed nothing: the status bar must not show its counts.
      client.onDidChangeState(({ newState }) => {
        if (newState !== State.Running) this.forgetSummaries();
      }),
      // A file opened leaves the workspace review's diagnostics to the server's.
      vscode.workspace.onDidOpenTextDocument((d) => this.forgetFile(d.uri)),
    );
  }

  private forgetSummaries(): void {
    const uris = [...this.summaries.keys()];
    this.summaries.clear();
    for (const document of vscode.workspace.textDocuments)
      if (uris.includes(document.uri.toString())) this.reviewed.fire(document);
  }

  private didReview({ uri, summary }: Reviewed): void {
    if (summary) this.summaries.set(uri, summary);
    else this.summaries.delete(uri);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (document) this.reviewed.fire(document);
  }

  /** What the document's last review counts, if the server reviews it. */
  summary(document: vscode.TextDocument): Summary | undefined {
    return this.summaries.get(document.uri.toString());
  }

  /** The review of the document's current text, from the server; undefined when it is not a contract. */
  current(document: vscode.TextDocument): Promise<Review | undefined> {
    return this.ask(reviewRequest, { uri: document.uri.toString() }, 'get the review');
  }

  /** A drafted give-back for a concession of an open document, placed; undefined when there is none. */
  giveBack(params: GiveBackParams): Promise<GiveBackDraft | undefined> {
    return this.ask(giveBackRequest, params, 'draft the give-back');
  }

  /** An open document's report as a file's content; undefined when the server cannot make it. */
  exportReport(params: ExportParams): Promise<string | undefined> {
    return this.ask(exportRequest, params, 'export the report');
  }

  /** Reviews a text whole with the settings of `uri` (a workspace review, an earlier draft); undefined when the server cannot. */
  reviewText(text: string, uri?: vscode.Uri): Promise<ReviewedText | undefined> {
    return this.ask(reviewTextRequest, { text, uri: uri?.toString() }, 'review the text');
  }

  /** A request to the server: its answer, or undefined when there is none or it failed (logged in the output channel). */
  private async ask<P, R>(type: RequestType<P, R, void>, params: P, what: string): Promise<NonNullable<R> | undefined> {
    try {
      return (await this.client.sendRequest(type, params as never)) ?? undefined;
    } catch (error) {
      this.client.error(`Reciprocity could not ${what}`, error, false);
      return undefined;
    }
  }

  /** Whether the server is up to answer (a stopped one gives no review, which is not "not a contract"). */
  get serving(): boolean {
    return this.client.isRunning();
  }

  /** The text is the file's own again (a revert, a reload): reviewed whatever `reciprocity.run` says. */
  refresh(document: vscode.TextDocument): void {
    void this.client.sendNotification(refreshNotification, { uri: document.uri.toString() }).catch(() => undefined);
  }

  /** The templates file or a file's toggle changed: the server asks for the settings again and reviews the open documents. */
  settingsChanged(): void {
    void this.client
      .sendNotification(DidChangeConfigurationNotification.type, { settings: null })
      .catch(() => undefined);
  }

  /** Settings changed: the closed files in the Problems panel are reviewed again with them. */
  refreshClosedFiles(): void {
    for (const key of this.publishedFiles) void this.refreshFile(vscode.Uri.parse(key));
  }

  /** Publishes the diagnostics the server made for a file that is not open (a workspace review). */
  async publishFile(uri: vscode.Uri, diagnostics: ReviewedText['diagnostics']): Promise<void> {
    const converted = await this.client.protocol2CodeConverter.asDiagnostics(diagnostics);
    // Opened meanwhile: the document's own review wins.
    if (isOpen(uri)) return;
    this.files.set(uri, converted);
    this.publishedFiles.add(uri.toString());
  }

  /** A file changed on disk: a closed one in the Problems panel is read and reviewed again. */
  async refreshFile(uri: vscode.Uri): Promise<void> {
    // An open document follows its own changes; a file never published has nothing to bring up to date.
    const key = uri.toString();
    if (!this.publishedFiles.has(key) || isOpen(uri)) return;
    const read = (this.fileReads.get(key) ?? 0) + 1;
    this.fileReads.set(key, read);
    let text: string | undefined;
    try {
      text = new TextDecoder('utf-8', { fatal: true })
        .decode(await vscode.workspace.fs.readFile(uri))
        .replace(/^\uFEFF/, '');
    } catch {
      text = undefined; // gone or no longer text: its old findings would point at nothing
    }
    const result = text === undefined ? undefined : await this.reviewText(text, uri);
    // A later change is read by a later call; opened meanwhile, the document's own review wins.
    if (this.fileReads.get(key) !== read || !this.publishedFiles.has(key)) return;
    if (!result) this.forgetFile(uri);
    else await this.publishFile(uri, result.diagnostics);
  }

  /** A closed file deleted on disk, or opened: its workspace-review findings go. */
  forgetFile(uri: vscode.Uri): void {
    this.fileReads.delete(uri.toString());
    if (this.publishedFiles.delete(uri.toString())) this.files.delete(uri);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
    this.publishedFiles.clear();
    this.fileReads.clear();
    this.files.dispose();
    this.reviewed.dispose();
  }
}

function isOpen(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
}
