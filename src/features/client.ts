/**
 * The language client's options: which documents the server sees, what the settings it asks for
 * carry beyond `reciprocity.*` (the file's toggle, the templates file), trusted hover links, and a
 * server that stops unexpectedly is restarted (the open documents are then reviewed again).
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  type ErrorHandler,
  type LanguageClientOptions,
  type Middleware,
} from 'vscode-languageclient';
import { toTemplates, type GiveBackTemplates } from '../engine/index.js';
import { APPLY_SUGGESTION, type InitializationOptions } from '../server/protocol.js';
import type { FileToggles } from './file-toggles.js';

/** Restarts allowed in a row within RESTART_WINDOW_MS before the client gives up (after crashes, and after hangs). */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;

/** Restarts in a row: another is allowed while fewer than MAX_RESTARTS fall within RESTART_WINDOW_MS. */
export class RestartBudget {
  private readonly times: number[] = [];

  /** Counts a restart if one is allowed; false when the budget is spent. */
  take(now = Date.now()): boolean {
    while (this.times.length && now - this.times[0]! > RESTART_WINDOW_MS) this.times.shift();
    if (this.times.length >= MAX_RESTARTS) return false;
    this.times.push(now);
    return true;
  }
}

export interface ClientContext {
  toggles: FileToggles;
  /** Templates from the workspace file, under the settings' own. */
  fileTemplates: () => GiveBackTemplates;
  /** Whether a changed document that is its file's text again should be reviewed now (`run` is onSave). */
  onSaveOnly: () => boolean;
  refresh: (document: vscode.TextDocument) => void;
  output: vscode.LogOutputChannel;
}

export function clientOptions(context: ClientContext): LanguageClientOptions {
  // The pause VS Code users had before the server: a review per pause in typing, not per key.
  const initializationOptions: InitializationOptions = { applySuggestionCommand: true, typingDelayMs: 300 };
  return {
    documentSelector: [{ language: 'markdown' }],
    diagnosticCollectionName: 'reciprocity',
    outputChannel: context.output,
    synchronize: { configurationSection: 'reciprocity' },
    initializationOptions,
    markdown: { isTrusted: { enabledCommands: [APPLY_SUGGESTION] }, supportHtml: false },
    errorHandler: restartOnCrash(),
    middleware: middleware(context),
  };
}

function middleware(context: ClientContext): Middleware {
  return {
    workspace: {
      configuration: async (params, token, next) => {
        const values = await next(params, token);
        if (!Array.isArray(values)) return values;
        return values.map((value: unknown, i) => {
          if (params.items[i]?.section !== 'reciprocity' || !value || typeof value !== 'object') return value;
          const settings = value as Record<string, unknown>;
          const scope = params.items[i]?.scopeUri;
          return {
            ...settings,
            giveBackTemplates: { ...context.fileTemplates(), ...toTemplates(settings.giveBackTemplates) },
            ...(scope && context.toggles.of(scope) !== undefined ? { fileToggle: context.toggles.of(scope) } : {}),
          };
        });
      },
    },
    // On save only, a text that is again the file's own (a revert, a reload from disk, an undo back
    // to the saved text) is reviewed too: what a hover published for the unsaved text must not stay up.
    didChange: async (event, next) => {
      await next(event);
      if (context.onSaveOnly() && !event.document.isDirty) context.refresh(event.document);
    },
  };
}

/** What the output channel says of a server that hangs, and what a notification says when hangs go on. */
export function hangMessage(timeoutMs: number, final: boolean): string {
  return final
    ? vscode.l10n.t(
        'The Reciprocity server stopped answering {0} times in {1} minutes and will not be restarted. Reload the window to try again.',
        MAX_RESTARTS + 1,
        RESTART_WINDOW_MS / 60_000,
      )
    : vscode.l10n.t(
        'The Reciprocity server did not answer within {0} ms; it is restarted and the open contracts are reviewed again.',
        timeoutMs,
      );
}

/**
 * Restarts a server that stopped: the client writes the message once in the output channel
 * (`handled`: no pop-up); after repeated stops it gives up and says so in a notification.
 */
function restartOnCrash(): ErrorHandler {
  const restarts = new RestartBudget();
  return {
    // A message that failed to go through: the connection's close, if it comes, decides.
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      if (!restarts.take()) {
        const message = vscode.l10n.t(
          'The Reciprocity server stopped {0} times in {1} minutes and will not be restarted. Reload the window to try again.',
          MAX_RESTARTS + 1,
          RESTART_WINDOW_MS / 60_000,
        );
        return { action: CloseAction.DoNotRestart, message, handled: false };
      }
      const message = vscode.l10n.t(
        'The Reciprocity server stopped; it is restarted and the open contracts are reviewed again.',
      );
      return { action: CloseAction.Restart, message, handled: true };
    },
  };
}
