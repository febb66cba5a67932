/** The `reciprocity.*` settings as the server reads them through workspace/configuration. */
import { type GiveBackTemplates, type RuleSetting, toRuleLevels, toTemplates } from '../engine/index.js';

export interface ServerSettings {
  include: string[];
  detectContracts: boolean;
  /** Review as the user types, or only on open and save (and when asked). */
  run: 'onType' | 'onSave';
  /** Review this file or not, whatever `include` and detection say: the file was turned on or off by hand (the VS Code client sends it per file). */
  fileToggle?: boolean;
  rules: Record<string, RuleSetting>;
  templates: GiveBackTemplates;
  timeBudgetMs: number;
}

/** The manifest's defaults, for a client that sends no configuration. */
export const DEFAULT_SETTINGS: ServerSettings = {
  include: ['**/contracts/**/*.md', '**/*.contract.md'],
  detectContracts: true,
  run: 'onType',
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
    run: v.run === 'onSave' ? 'onSave' : 'onType',
    ...(typeof v.fileToggle === 'boolean' ? { fileToggle: v.fileToggle } : {}),
    rules: toRuleLevels(v.rules),
    templates: toTemplates(v.giveBackTemplates),
    // Below the manifest's minimum (50) still reads the first part of the contract, as the editor did.
    timeBudgetMs:
      typeof v.timeBudgetMs === 'number' && v.timeBudgetMs >= 0 ? v.timeBudgetMs : DEFAULT_SETTINGS.timeBudgetMs,
  };
}
