/** Reciprocity's settings, read fresh when they change. */
import * as vscode from 'vscode';
import { type GiveBackTemplates, type RuleSetting, toRuleLevels, toTemplates } from '../engine/index.js';

export interface Settings {
  include: string[];
  detectContracts: boolean;
  run: 'onType' | 'onSave';
  rules: Record<string, RuleSetting>;
  templates: GiveBackTemplates;
  templatesFile: string;
  timeBudgetMs: number;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration('reciprocity', scope);
  return {
    include: (config.get<unknown[]>('include') ?? []).filter((p): p is string => typeof p === 'string'),
    detectContracts: config.get<boolean>('detectContracts') ?? true,
    run: config.get<string>('run') === 'onSave' ? 'onSave' : 'onType',
    rules: toRuleLevels(config.get<unknown>('rules')),
    templates: toTemplates(config.get<unknown>('giveBackTemplates')),
    templatesFile: config.get<string>('templatesFile') ?? '.reciprocity/give-backs.json',
    timeBudgetMs: Math.max(0, Number(config.get<number>('timeBudgetMs') ?? 1500) || 0),
  };
}
