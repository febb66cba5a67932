/** The rule registry: a plain array, in the order findings are reported. Stamps ids and doc URLs. */
import { withLazy } from '../lazy.js';
import type { RuleSetting } from '../options.js';
import type { Finding } from '../model.js';
import type { Model, Rule } from './rule.js';
import { unreciprocatedConcession } from './unreciprocated-concession.js';
import { nonBindingGiveBack } from './non-binding-give-back.js';
import { danglingReference } from './dangling-reference.js';
import { misdirectedGiveBack } from './misdirected-give-back.js';
import { untiedGiveBack } from './untied-give-back.js';

export type { Fix, FixCheck, Model, Rule, TieTarget } from './rule.js';

export const rules: readonly Rule[] = [
  unreciprocatedConcession,
  nonBindingGiveBack,
  danglingReference,
  misdirectedGiveBack,
  untiedGiveBack,
];

/** Where each rule's documentation lives. */
export const DOCS_BASE = 'https://github.com/reciprocity/reciprocity/blob/main/docs/rules/';

export function ruleUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

/** Per-rule configuration: off, or the severity to report at. */
export type { RuleSetting } from '../options.js';

/** Runs every rule that is not switched off and stamps its findings. */
export function runRules(model: Model, settings: Record<string, RuleSetting | undefined> = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = settings[rule.id] ?? rule.severity;
    if (setting === 'off') continue;
    for (const draft of rule.check(model))
      findings.push(withLazy({ ruleId: rule.id, severity: setting, url: ruleUrl(rule.id) }, draft));
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}
