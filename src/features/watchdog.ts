/**
 * A server that hangs (alive, but answering nothing, as a runaway review would leave it) is
 * restarted: while it runs, the client asks it for a sign of life every third of the timeout; one
 * not answered within the timeout counts as a hang. Reviews in the editor are bounded by the time
 * budget, so a server that late is stuck, not busy. After repeated hangs it gives up, as the
 * crash handler does.
 */
import type * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { pingRequest } from '../server/protocol.js';
import { RestartBudget } from './client.js';

export interface WatchdogOptions {
  /** The timeout in ms, read at each check (it follows the setting). */
  timeoutMs: () => number;
  /** Ends the hung server and starts a new one. */
  restart: () => Promise<void>;
  /** Told of each hang, and of giving up (`final`). */
  report: (final: boolean, error?: unknown) => void;
}

export class Watchdog implements vscode.Disposable {
  private timer: ReturnType<typeof setInterval> | undefined;
  private asking = false;
  private disposed = false;
  private readonly restarts = new RestartBudget();

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly options: WatchdogOptions,
  ) {
    this.schedule();
  }

  /** Asks at the pace the current timeout sets (after a settings change too). */
  schedule(): void {
    if (this.disposed) return;
    if (this.timer) clearInterval(this.timer);
    this.timer = setInterval(() => void this.check(), Math.max(250, Math.floor(this.options.timeoutMs() / 3)));
    // Nothing to watch keeps a process alive (a host shutting down, a bench loading the extension).
    (this.timer as { unref?: () => void }).unref?.();
  }

  private async check(): Promise<void> {
    if (this.asking || this.disposed || this.client.state !== State.Running) return;
    this.asking = true;
    try {
      if ((await this.answers()) || this.disposed || this.client.state !== State.Running) return;
      if (!this.restarts.take()) {
        this.options.report(true);
        this.dispose();
        // A server that stays stuck is stopped (the Node client then kills its process).
        await this.client.stop(1000).catch(() => undefined);
        return;
      }
      this.options.report(false);
      await this.options.restart();
    } catch (error) {
      this.options.report(false, error);
    } finally {
      this.asking = false;
    }
  }

  /** Whether the server answers a ping in time; a failed request is an answer (a stopped server is the crash handler's). */
  private async answers(): Promise<boolean> {
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<boolean>(
      (resolve) => (timeout = setTimeout(() => resolve(false), this.options.timeoutMs())),
    );
    const answer = this.client.sendRequest(pingRequest).then(
      () => true,
      () => true,
    );
    try {
      return await Promise.race([answer, late]);
    } finally {
      clearTimeout(timeout);
    }
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
