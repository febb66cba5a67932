/**
 * Reciprocity's own messages beside LSP, shared by the server and the VS Code client: the review
 * of an open document or of any text (reports, workspace reviews, rounds), a summary after each
 * review (the status bar), and "review this now" for a text that is again the file's own.
 */
import { NotificationType, RequestType, RequestType0, type Diagnostic } from 'vscode-languageserver-protocol';
import type { BenefitKind, Insertion, Review, RoundDiff } from '../engine/index.js';

/** The review of an open document's current version; null when it is not a contract. */
export const reviewRequest = new RequestType<{ uri: string }, Review | null, void>('reciprocity/review');

/**
 * The whole review of a text, with the settings of `uri` when given (a closed file, an earlier
 * draft), and its diagnostics as they would be published for it (a closed file in Problems).
 */
export interface ReviewedText {
  review: Review;
  diagnostics: Diagnostic[];
}
export const reviewTextRequest = new RequestType<{ text: string; uri?: string }, ReviewedText, void>(
  'reciprocity/reviewText',
);

/**
 * One drafted give-back for a concession of an open document: the suggestion of `kind` (of `title`
 * when a kind has two forms), given back by `giver` when the contract does not say who received
 * the concession. `template` is the clause; `insertion` places it where the concession's clause ends.
 */
export interface GiveBackParams {
  uri: string;
  /** The document's version the ask is about: null when the server has another. */
  version: number;
  concession: string;
  kind: BenefitKind;
  title?: string;
  giver?: string;
}
export interface GiveBackDraft {
  template: string;
  /** The contract does not say who received the concession: the client may ask which party gives back. */
  askParty: boolean;
  insertion?: Insertion;
}
export const giveBackRequest = new RequestType<GiveBackParams, GiveBackDraft | null, void>('reciprocity/giveBack');

/**
 * An open document's report as a file: Markdown, self-contained HTML, JSON (FORMAT.md) or SARIF;
 * `path` names the contract in it; `round`, the last round compared, adds a "Since …" section.
 */
export interface ExportParams {
  uri: string;
  path: string;
  format: 'md' | 'html' | 'json' | 'sarif';
  /** The HTML's script nonce, and the tool version SARIF states. */
  nonce: string;
  version: string;
  round?: RoundDiff;
}
export const exportRequest = new RequestType<ExportParams, string | null, void>('reciprocity/export');

/** What a document's last review counts; `summary` null when it is not (or no longer) reviewed. */
export interface Reviewed {
  uri: string;
  version: number;
  summary: { unbalanced: number; concessions: number; findings: number; partial: boolean } | null;
}
export const reviewedNotification = new NotificationType<Reviewed>('reciprocity/reviewed');

/** Review an open document now, whatever `reciprocity.run` says (its text is the file's own again). */
export const refreshNotification = new NotificationType<{ uri: string }>('reciprocity/refresh');

/** A sign of life: answered at once unless the server is stuck (reviews are bounded by the time budget). */
export const pingRequest = new RequestType0<null, void>('reciprocity/ping');

/** What a client may ask for in `initializationOptions`. */
export interface InitializationOptions {
  /** The pause after a keystroke before a review, in ms (0 reviews every change). */
  typingDelayMs?: number;
  /** The client runs `reciprocity.applySuggestion` (hover links, asking which party gives back). */
  applySuggestionCommand?: boolean;
}

/** The command a client that sets `applySuggestionCommand` runs: [uri, concession id, give-back kind, title]. */
export const APPLY_SUGGESTION = 'reciprocity.applySuggestion';
