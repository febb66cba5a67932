/**
 * The settings the extension itself reads (the server asks for the rest through
 * workspace/configuration): which files a workspace review looks at, when the server reviews,
 * where the templates file is, and how long the server may take to answer.
 */
import * as vscode from 'vscode';

export interface Settings {
  include: string[];
  detectContracts: boolean;
  run: 'onType' | 'onSave';
  templatesFile: string;
  /** How long the server may take to answer before it is restarted as hung. */
  serverTimeoutMs: number;
}

export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration('reciprocity');
  return {
    include: (config.get<unknown[]>('include') ?? []).filter((p): p is string => typeof p === 'string'),
    detectContracts: config.get<boolean>('detectContracts') ?? true,
    run: config.get<string>('run') === 'onSave' ? 'onSave' : 'onType',
    templatesFile: config.get<string>('templatesFile') ?? '.reciprocity/give-backs.json',
    serverTimeoutMs: timeout(config.get<unknown>('serverTimeoutMs')),
  };
}

/** The server's timeout: a number of ms, at least one second; anything else is the default. */
function timeout(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(1000, value) : 30_000;
}
