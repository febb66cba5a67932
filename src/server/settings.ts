/** The `reciprocity.*` settings as the server reads them through workspace/configuration. */
import type { GiveBackTemplates, RuleSetting } from '../engine/index.js';

export interface ServerSettings {
  include: string[];
  detectContracts: boolean;
  rules: Record<string, RuleSetting>;
  templates: GiveBackTemplates;
  timeBudgetMs: number;
}

/** The manifest's defaults, for a client that sends no configuration. */
export const DEFAULT_SETTINGS: ServerSettings = { include: ['**/contracts/**/*.md', '**/*.contract.md'], detectContracts: true, rules: {}, templates: {}, timeBudgetMs: 1500 };

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

/** Reads what a client sent, keeping only well-formed values: anything else falls back to the default. */
export function readServerSettings(value: unknown): ServerSettings {
  const v = value && typeof value === 'object' ? value as Record<string, unknown> : {};
  const rules: Record<string, RuleSetting> = {};
  if (v.rules && typeof v.rules === 'object') for (const [id, level] of Object.entries(v.rules)) if (typeof level === 'string' && SEVERITIES.has(level)) rules[id] = level as RuleSetting;
  const templates: GiveBackTemplates = {};
  if (v.giveBackTemplates && typeof v.giveBackTemplates === 'object') {
    for (const [kind, entry] of Object.entries(v.giveBackTemplates)) {
      const template = typeof entry === 'string' ? entry : typeof (entry as { template?: unknown })?.template === 'string' ? (entry as { template: string }).template : undefined;
      if (template && template.length <= 4000) (templates as Record<string, { template: string }>)[kind] = { template };
    }
  }
  return {
    include: Array.isArray(v.include) ? v.include.filter((p): p is string => typeof p === 'string') : DEFAULT_SETTINGS.include,
    detectContracts: typeof v.detectContracts === 'boolean' ? v.detectContracts : true,
    rules,
    templates,
    // The manifest's minimum: a budget of nothing would review nothing.
    timeBudgetMs: typeof v.timeBudgetMs === 'number' && v.timeBudgetMs >= 50 ? v.timeBudgetMs : DEFAULT_SETTINGS.timeBudgetMs,
  };
}
