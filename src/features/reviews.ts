/**
 * Keeps every open contract reviewed: immediately on open, debounced per document while typing
 * (or on save), again when settings or templates change. Publishes diagnostics every time (an
 * empty set included), drops results for a document that changed meanwhile, clears on close.
 * Closed files a workspace review published are reviewed again when they change on disk.
 */
import * as vscode from 'vscode';
import { review, ReviewSession, type GiveBackTemplates, type Review } from '../engine/index.js';
import { fileSource, partlyReviewed, toDiagnostics } from './diagnostics.js';
import type { ContractFilter } from './contracts.js';
import type { Settings } from './settings.js';

const TYPING_DELAY_MS = 300;

export class ReviewService implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('reciprocity');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly cache = new Map<string, { version: number; review: Review }>();
  /** Per open document: the parsed chunks of its last version, so an edit re-parses only what it touched. */
  private readonly sessions = new Map<string, ReviewSession>();
  /** Files not open whose review, read from disk, is in the Problems panel. */
  private readonly publishedFiles = new Set<string>();
  /** Per such file, how many times it was read: only the latest read is published. */
  private readonly fileReads = new Map<string, number>();
  private readonly reviewed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires after a document's review is published. */
  readonly onDidReview = this.reviewed.event;
  /** Templates from the workspace file, merged under the settings' own. */
  fileTemplates: GiveBackTemplates = {};

  constructor(
    private readonly filter: ContractFilter,
    private readonly settings: () => Settings,
  ) {}

  /** Whether the document is one Reciprocity reviews. */
  isContract(document: vscode.TextDocument): boolean {
    return this.filter.isContract(document, this.settings());
  }

  /** Reviews a document now and publishes the result; clears it when it is not a contract. */
  reviewNow(document: vscode.TextDocument): Review | undefined {
    this.cancel(document);
    if (!this.isContract(document)) {
      this.clear(document);
      return undefined;
    }
    const version = document.version;
    const key = document.uri.toString();
    let session = this.sessions.get(key);
    if (!session) this.sessions.set(key, (session = new ReviewSession()));
    const result = session.review(document.getText(), {
      ...this.options(),
      timeBudgetMs: this.settings().timeBudgetMs,
    });
    // A document edited while it was reviewed gets the next review, not this one.
    if (document.isClosed || document.version !== version) return undefined;
    this.cache.set(document.uri.toString(), { version, review: result });
    const diagnostics: vscode.Diagnostic[] = toDiagnostics(result.findings, document);
    if (result.partial)
      diagnostics.push(partlyReviewed(result.partial.reviewedTo, document, this.settings().timeBudgetMs));
    this.collection.set(document.uri, diagnostics);
    this.reviewed.fire(document);
    return result;
  }

  /** Reviews a document after the user pauses typing. */
  schedule(document: vscode.TextDocument): void {
    this.cancel(document);
    const key = document.uri.toString();
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.reviewNow(document);
      }, TYPING_DELAY_MS),
    );
  }

  /** The review of the document's current text, computed now if the cached one is stale. */
  current(document: vscode.TextDocument): Review | undefined {
    const cached = this.cache.get(document.uri.toString());
    if (cached && cached.version === document.version) return cached.review;
    return this.reviewNow(document);
  }

  /**
   * Whether what is published for the document is not of its current text: its review is of an
   * earlier version, or it is a contract with no review yet.
   */
  isStale(document: vscode.TextDocument): boolean {
    const cached = this.cache.get(document.uri.toString());
    return cached ? cached.version !== document.version : this.isContract(document);
  }

  /** The last published review, even if the document changed since (for hovers while typing). */
  last(document: vscode.TextDocument): Review | undefined {
    return this.cache.get(document.uri.toString())?.review;
  }

  clear(document: vscode.TextDocument): void {
    this.cancel(document);
    this.cache.delete(document.uri.toString());
    this.sessions.delete(document.uri.toString());
    this.publishedFiles.delete(document.uri.toString());
    this.fileReads.delete(document.uri.toString());
    this.collection.delete(document.uri);
    this.reviewed.fire(document);
  }

  /** Publishes the review of a file that is not open (a workspace review). */
  publishFile(uri: vscode.Uri, text: string, result: Review): void {
    if (isOpen(uri)) return;
    this.collection.set(uri, toDiagnostics(result.findings, fileSource(uri, text)));
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
    // A later change is read by a later call; opened meanwhile, the document's own review wins.
    if (this.fileReads.get(key) !== read || !this.publishedFiles.has(key)) return;
    if (text === undefined) this.forgetFile(uri);
    else this.publishFile(uri, text, this.reviewText(text));
  }

  /** A closed file deleted on disk: its findings go from the Problems panel. */
  forgetFile(uri: vscode.Uri): void {
    this.fileReads.delete(uri.toString());
    if (!this.publishedFiles.delete(uri.toString()) || isOpen(uri)) return;
    this.collection.delete(uri);
  }

  /** Reviews a text with the current settings and templates, whole (a workspace review, an export). */
  reviewText(text: string): Review {
    return review(text, this.options());
  }

  private options(): { rules: Settings['rules']; templates: GiveBackTemplates } {
    const settings = this.settings();
    return { rules: settings.rules, templates: { ...this.fileTemplates, ...settings.templates } };
  }

  /** Re-reviews every open Markdown document and every published closed file (settings or templates changed). */
  reviewAll(): void {
    for (const document of vscode.workspace.textDocuments)
      if (document.languageId === 'markdown') this.reviewNow(document);
    for (const key of this.publishedFiles) void this.refreshFile(vscode.Uri.parse(key));
  }

  private cancel(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.publishedFiles.clear();
    this.fileReads.clear();
    this.collection.dispose();
    this.reviewed.dispose();
  }
}

function isOpen(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
}
