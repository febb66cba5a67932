/**
 * A server that hangs (alive, but answering nothing, as a runaway review would leave it) is
 * restarted: while it runs, the client asks it for a sign of life every third of the timeout; one
 * not answered within the timeout counts as a hang. Reviews in the editor are bounded by the time
 * budget, so a server that late is stuck, not busy.
 */
import type * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { pingRequest } from '../server/protocol.js';

export class Watchdog implements vscode.Disposable {
  private timer: ReturnType<typeof setInterval> | undefined;
  private asking = false;

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly timeoutMs: () => number,
    private readonly onHang: () => Promise<void>,
  ) {
    this.schedule();
  }

  /** Asks at the pace the current timeout sets (after a settings change too). */
  schedule(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = setInterval(() => void this.check(), Math.max(250, Math.floor(this.timeoutMs() / 3)));
  }

  private async check(): Promise<void> {
    if (this.asking || this.client.state !== State.Running) return;
    this.asking = true;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    try {
      const late = new Promise<'late'>((resolve) => (timeout = setTimeout(() => resolve('late'), this.timeoutMs())));
      // A failed request is an answer: a server that stops is the error handler's to restart.
      const answer = this.client.sendRequest(pingRequest).then(
        () => 'answered' as const,
        () => 'answered' as const,
      );
      if ((await Promise.race([answer, late])) === 'late' && this.client.state === State.Running) await this.onHang();
    } finally {
      clearTimeout(timeout);
      this.asking = false;
    }
  }

  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
