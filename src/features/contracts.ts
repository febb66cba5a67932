/**
 * Which documents Reciprocity reviews: Markdown matched by `reciprocity.include`, Markdown that
 * reads as a contract, and files the user turned on by hand; never those turned off by hand.
 */
import * as vscode from 'vscode';
import { looksLikeContract } from '../engine/index.js';
import type { Settings } from './settings.js';

const TOGGLES_KEY = 'reciprocity.toggles';

export class ContractFilter {
  private readonly detected = new Map<string, { version: number; contract: boolean }>();

  constructor(private readonly state: vscode.Memento) {}

  /** Whether to review this document. */
  isContract(document: vscode.TextDocument, settings: Settings): boolean {
    if (document.languageId !== 'markdown') return false;
    const key = document.uri.toString();
    const toggle = this.toggles()[key];
    if (toggle !== undefined) return toggle;
    if (settings.include.some((pattern) => vscode.languages.match({ pattern }, document) > 0)) return true;
    if (!settings.detectContracts) return false;
    const cached = this.detected.get(key);
    if (cached?.version === document.version) return cached.contract;
    const contract = looksLikeContract(document.getText(new vscode.Range(0, 0, 200, 0)));
    this.detected.set(key, { version: document.version, contract });
    return contract;
  }

  /** Turns review on or off for a document by hand; returns the new state. */
  async toggle(document: vscode.TextDocument, settings: Settings): Promise<boolean> {
    const next = !this.isContract(document, settings);
    await this.state.update(TOGGLES_KEY, { ...this.toggles(), [document.uri.toString()]: next });
    return next;
  }

  async enable(document: vscode.TextDocument): Promise<void> {
    await this.state.update(TOGGLES_KEY, { ...this.toggles(), [document.uri.toString()]: true });
  }

  forget(document: vscode.TextDocument): void {
    this.detected.delete(document.uri.toString());
  }

  private toggles(): Record<string, boolean> {
    return this.state.get<Record<string, boolean>>(TOGGLES_KEY) ?? {};
  }
}
