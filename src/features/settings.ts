/** Reciprocity's settings, read fresh when they change. */
import * as vscode from 'vscode';
import type { GiveBackTemplates, RuleSetting } from '../engine/index.js';

export interface Settings {
  include: string[];
  detectContracts: boolean;
  run: 'onType' | 'onSave';
  rules: Record<string, RuleSetting>;
  templates: GiveBackTemplates;
  templatesFile: string;
  timeBudgetMs: number;
}

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration('reciprocity', scope);
  const rules: Record<string, RuleSetting> = {};
  for (const [id, level] of Object.entries(config.get<Record<string, unknown>>('rules') ?? {})) if (typeof level === 'string' && SEVERITIES.has(level)) rules[id] = level as RuleSetting;
  return {
    include: (config.get<unknown[]>('include') ?? []).filter((p): p is string => typeof p === 'string'),
    detectContracts: config.get<boolean>('detectContracts') ?? true,
    run: config.get<string>('run') === 'onSave' ? 'onSave' : 'onType',
    rules,
    templates: toTemplates(config.get<unknown>('giveBackTemplates')),
    templatesFile: config.get<string>('templatesFile') ?? '.reciprocity/give-backs.json',
    timeBudgetMs: Math.max(0, Number(config.get<number>('timeBudgetMs') ?? 1500) || 0),
  };
}

/** Template wording from settings or a file: plain strings only, never code, bounded in size. */
export function toTemplates(value: unknown): GiveBackTemplates {
  const templates: GiveBackTemplates = {};
  if (!value || typeof value !== 'object') return templates;
  for (const [kind, entry] of Object.entries(value as Record<string, unknown>)) {
    const template = typeof entry === 'string' ? entry : entry && typeof entry === 'object' && typeof (entry as { template?: unknown }).template === 'string' ? (entry as { template: string }).template : undefined;
    const title = entry && typeof entry === 'object' && typeof (entry as { title?: unknown }).title === 'string' ? (entry as { title: string }).title : undefined;
    if (template && template.length <= 4000) (templates as Record<string, { title?: string; template: string }>)[kind] = { template, ...(title ? { title: title.slice(0, 200) } : {}) };
  }
  return templates;
}
