/**
 * Files the user turned review on or off for by hand, remembered per workspace. The server decides
 * the rest (`reciprocity.include`, detection) and reads these as `fileToggle` in each file's settings.
 */
import type * as vscode from 'vscode';

const TOGGLES_KEY = 'reciprocity.toggles';

export class FileToggles {
  constructor(private readonly state: vscode.Memento) {}

  /** On or off by hand; undefined when the file was never toggled. */
  of(uri: string): boolean | undefined {
    return this.all()[uri];
  }

  async set(document: vscode.TextDocument, on: boolean): Promise<void> {
    await this.state.update(TOGGLES_KEY, { ...this.all(), [document.uri.toString()]: on });
  }

  private all(): Record<string, boolean> {
    return this.state.get<Record<string, boolean>>(TOGGLES_KEY) ?? {};
  }
}
