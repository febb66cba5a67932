/**
 * The open documents a server reviews: each contract with its own ReviewSession (an edit re-reads
 * only what it touched), reviewed on open and after a pause in typing, its diagnostics published
 * every time; a result a newer version overtook is dropped.
 */
import { TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isOpen, looksLikeContract, review as reviewWhole, ReviewSession, type Review } from '../engine/index.js';
import { partlyReviewed, toDiagnostics } from './diagnostics.js';
import { matchesInclude } from './include.js';
import { reviewedNotification, type ReviewedText } from './protocol.js';
import { DEFAULT_SETTINGS, readServerSettings, type ServerSettings } from './settings.js';

/** How long to wait after a keystroke before reviewing: a review per pause, not per key. */
export const TYPING_DELAY_MS = 200;

interface Reviewed {
  version: number;
  review: Review;
}

export class DocumentReviews {
  readonly documents = new TextDocuments(TextDocument);
  private readonly sessions = new Map<string, ReviewSession>();
  private readonly reviewed = new Map<string, Reviewed>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly settingsOf = new Map<string, Promise<ServerSettings>>();
  /** Documents (by object, so a reopened one is new) found not to be contracts, at the version read. */
  private notContracts = new WeakMap<TextDocument, number>();
  /** Bumped when the settings change: a review that read the old ones is made again. */
  private generation = 0;
  /** Documents just opened: their first review is now, not after the typing pause. */
  private readonly justOpened = new WeakSet<TextDocument>();
  /** Workspace folders, for the `include` globs. */
  roots: string[] = [];
  /** Whether the client answers workspace/configuration. */
  asksConfiguration = false;
  /** The pause after a keystroke before a review (initializationOptions.typingDelayMs). */
  typingDelayMs = TYPING_DELAY_MS;

  constructor(private readonly connection: Connection) {
    this.documents.onDidOpen((e) => {
      this.justOpened.add(e.document);
      this.schedule(e.document, 0);
    });
    // TextDocuments reports an open as a change too.
    this.documents.onDidChangeContent(({ document }) => {
      if (this.justOpened.delete(document)) return;
      void this.settings(document.uri).then((s) => {
        if (s.run === 'onType') this.schedule(document, this.typingDelayMs);
      });
    });
    this.documents.onDidSave(({ document }) => this.schedule(document, 0));
    this.documents.onDidClose((e) => {
      this.forget(e.document.uri);
      this.settingsOf.delete(e.document.uri);
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
      void connection.sendNotification(reviewedNotification, {
        uri: e.document.uri,
        version: e.document.version,
        summary: null,
      });
    });
  }

  /** Settings changed: asked again, and every open document reviewed again. */
  configurationChanged(): void {
    this.generation++;
    this.settingsOf.clear();
    this.reviewed.clear();
    this.notContracts = new WeakMap();
    for (const document of this.documents.all()) this.schedule(document, 0);
  }

  /** Reviews an open document now, whatever `run` says (the client saw its text become the file's own again). */
  refresh(uri: string): void {
    const document = this.documents.get(uri);
    if (document && this.reviewed.get(uri)?.version !== document.version) this.schedule(document, 0);
  }

  /** The whole review of a text, with the settings of `uri` (a closed file, an earlier draft), and its diagnostics. */
  async reviewText(text: string, uri?: string): Promise<ReviewedText> {
    // A closed file's settings are asked each time, not kept: a workspace review reads many.
    const s = uri ? await this.settings(uri, this.documents.get(uri) !== undefined) : DEFAULT_SETTINGS;
    const review = reviewWhole(text, { rules: s.rules, templates: s.templates });
    const document = TextDocument.create(uri ?? 'untitled:text', 'markdown', 0, text);
    return { review, diagnostics: toDiagnostics(review.findings, document) };
  }

  /** The review of the version the editor shows, made now if the last one is older. */
  async upToDate(uri: string): Promise<{ document: TextDocument; review: Review } | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const last = this.reviewed.get(uri);
    if (last?.version === document.version) return { document, review: last.review };
    const fresh = await this.safely(document);
    return fresh ? { document, review: fresh.review } : undefined;
  }

  /**
   * A document's settings, asked once (the promise is kept, so a change clears what is in flight
   * too); the defaults if the client fails to answer.
   */
  private settings(uri: string, keep = true): Promise<ServerSettings> {
    if (!this.asksConfiguration) return Promise.resolve(DEFAULT_SETTINGS);
    let found = this.settingsOf.get(uri);
    if (!found) {
      found = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'reciprocity' })
        .then(readServerSettings, () => DEFAULT_SETTINGS);
      if (keep) this.settingsOf.set(uri, found);
    }
    return found;
  }

  /** Whether a document is one to review: Markdown matched by `include`, or that reads as a contract. */
  private isContract(document: TextDocument, s: ServerSettings): boolean {
    if (document.languageId !== 'markdown' && !/\.(?:md|markdown)$/i.test(document.uri)) return false;
    if (s.fileToggle !== undefined) return s.fileToggle;
    if (matchesInclude(document.uri, this.roots, s.include)) return true;
    return (
      s.detectContracts &&
      looksLikeContract(document.getText({ start: { line: 0, character: 0 }, end: { line: 200, character: 0 } }))
    );
  }

  /**
   * Reviews a document's current version (the object follows every change) and publishes its
   * diagnostics, unless that version was reviewed already; settings changed while they were
   * asked for make it start again with the new ones.
   */
  private async reviewNow(document: TextDocument): Promise<Reviewed | undefined> {
    const generation = this.generation;
    const s = await this.settings(document.uri);
    if (generation !== this.generation) return this.reviewNow(document);
    // Closed (and maybe reopened as a new document) meanwhile.
    if (this.documents.get(document.uri) !== document) return undefined;
    const version = document.version;
    const last = this.reviewed.get(document.uri);
    if (last?.version === version) return last;
    if (this.notContracts.get(document) === version) return undefined;
    if (!this.isContract(document, s)) {
      this.forget(document.uri);
      this.notContracts.set(document, version);
      void this.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      void this.connection.sendNotification(reviewedNotification, { uri: document.uri, version, summary: null });
      return undefined;
    }
    let session = this.sessions.get(document.uri);
    if (!session) this.sessions.set(document.uri, (session = new ReviewSession()));
    const review = session.review(document.getText(), {
      rules: s.rules,
      templates: s.templates,
      timeBudgetMs: s.timeBudgetMs,
    });
    const result = { version, review };
    this.reviewed.set(document.uri, result);
    const diagnostics = toDiagnostics(review.findings, document);
    if (review.partial) diagnostics.push(partlyReviewed(review.partial.reviewedTo, document, s.timeBudgetMs));
    void this.connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
    const summary = {
      unbalanced: review.judgements.filter(isOpen).length,
      concessions: review.judgements.length,
      findings: review.findings.length,
      partial: !!review.partial,
    };
    void this.connection.sendNotification(reviewedNotification, { uri: document.uri, version, summary });
    return result;
  }

  /** Reviews, never letting an error escape into a timer (it would end the process): the client is told in its log. */
  private async safely(document: TextDocument): Promise<Reviewed | undefined> {
    try {
      return await this.reviewNow(document);
    } catch (error) {
      this.connection.console.error(
        `Reciprocity could not review ${document.uri}: ${(error as Error)?.stack ?? String(error)}`,
      );
      return undefined;
    }
  }

  private schedule(document: TextDocument, delay: number): void {
    clearTimeout(this.timers.get(document.uri));
    this.timers.set(
      document.uri,
      setTimeout(() => {
        this.timers.delete(document.uri);
        void this.safely(document);
      }, delay),
    );
  }

  private forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.sessions.delete(uri);
    this.reviewed.delete(uri);
  }
}
