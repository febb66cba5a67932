/** The `reciprocity.*` settings as the server reads them through workspace/configuration. */
import { type GiveBackTemplates, type RuleSetting, toRuleLevels, toTemplates } from '../engine/index.js';

export interface ServerSettings {
  include: string[];
  detectContracts: boolean;
  rules: Record<string, RuleSetting>;
  templates: GiveBackTemplates;
  timeBudgetMs: number;
}

/** The manifest's defaults, for a client that sends no configuration. */
export const DEFAULT_SETTINGS: ServerSettings = {
  include: ['**/contracts/**/*.md', '**/*.contract.md'],
  detectContracts: true,
  rules: {},
  templates: {},
  timeBudgetMs: 1500,
};

/** Reads what a client sent, keeping only well-formed values: anything else falls back to the default. */
export function readServerSettings(value: unknown): ServerSettings {
  const v = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return {
    include: Array.isArray(v.include)
      ? v.include.filter((p): p is string => typeof p === 'string')
      : DEFAULT_SETTINGS.include,
    detectContracts: typeof v.detectContracts === 'boolean' ? v.detectContracts : true,
    rules: toRuleLevels(v.rules),
    templates: toTemplates(v.giveBackTemplates),
    // The manifest's minimum: a budget of nothing would review nothing.
    timeBudgetMs:
      typeof v.timeBudgetMs === 'number' && v.timeBudgetMs >= 50 ? v.timeBudgetMs : DEFAULT_SETTINGS.timeBudgetMs,
  };
}
