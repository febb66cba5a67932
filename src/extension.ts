/** The VS Code extension: wiring only. (Editor features arrive with the editor issue.) */
import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {}

export function deactivate(): void {}
