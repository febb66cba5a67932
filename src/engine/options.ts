/**
 * The `reciprocity.*` settings an editor sends, read into what a review takes: plain strings only,
 * never code, bounded in size. Shared by the VS Code adapter and the language server.
 */
import type { BenefitKind, Severity } from './model.js';

/** What a review takes besides the text. */
export interface ReviewOptions {
  /** Per-rule severity, or 'off'. */
  rules?: Record<string, RuleSetting | undefined>;
  /** The user's own wording for give-back clauses. */
  templates?: GiveBackTemplates;
  /**
   * Roughly how long the review may take, in milliseconds. Past it, the rest of the text is not
   * read and the review says where it stopped (`partial`), so an editor never freezes on a huge file.
   */
  timeBudgetMs?: number;
}

/** A rule's level as the user sets it. */
export type RuleSetting = 'off' | Severity;

/** User wording for give-backs: `{giver}`, `{receiver}`, `{concession}` and `{{name|default}}` are filled in. */
export type GiveBackTemplates = Partial<Record<BenefitKind, { title?: string; template: string }>>;

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

/** Rule levels from `reciprocity.rules`: known levels only. */
export function toRuleLevels(value: unknown): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  if (value && typeof value === 'object')
    for (const [id, level] of Object.entries(value))
      if (typeof level === 'string' && SEVERITIES.has(level)) rules[id] = level as RuleSetting;
  return rules;
}

/** Template wording from settings or a file: a string or `{ title?, template }` per kind. */
export function toTemplates(value: unknown): GiveBackTemplates {
  const templates: GiveBackTemplates = {};
  if (!value || typeof value !== 'object') return templates;
  for (const [kind, entry] of Object.entries(value as Record<string, unknown>)) {
    const template =
      typeof entry === 'string'
        ? entry
        : entry && typeof entry === 'object' && typeof (entry as { template?: unknown }).template === 'string'
          ? (entry as { template: string }).template
          : undefined;
    const title =
      entry && typeof entry === 'object' && typeof (entry as { title?: unknown }).title === 'string'
        ? (entry as { title: string }).title
        : undefined;
    if (template && template.length <= 4000)
      (templates as Record<string, { title?: string; template: string }>)[kind] = {
        template,
        ...(title ? { title: title.slice(0, 200) } : {}),
      };
  }
  return templates;
}
