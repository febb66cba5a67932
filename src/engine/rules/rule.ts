/** What a rule is: one module that checks one thing in the model of a contract. */
import type { BenefitKind, Finding, Review, Severity } from '../model.js';
import type { Fix } from '../fixes.js';
import type { Insertion } from '../insertions.js';

/** The model a rule reads: everything but the findings. */
export type Model = Omit<Review, 'findings' | 'suppressed'> & {
  /** The word the contract uses for its parts: "Section", "clause", "paragraph". */
  unit: string;
  /** The user's own wording for give-back clauses, by kind. */
  templates?: GiveBackTemplates;
};

/** User wording for give-backs: `{giver}`, `{receiver}`, `{concession}` and `{{name|default}}` are filled in. */
export type GiveBackTemplates = Partial<Record<BenefitKind, { title?: string; template: string }>>;

/** A finding before the registry stamps its rule id, severity and doc URL. */
export type Draft = Omit<Finding, 'ruleId' | 'severity' | 'url'>;

export interface Rule {
  id: string;
  /** Severity unless the user configures another. */
  severity: Severity;
  /** One line for rule lists and settings. */
  summary: string;
  check(model: Model): Draft[];
  /**
   * The quick fixes of one of its findings, best first (as markdownlint rules own their
   * `fixInfo`); every rule's findings can also be accepted as intentional (fixes.ts adds it).
   */
  fixes?(review: Review, finding: Finding, check: FixCheck): Fix[];
}

/** Whether inserting a clause makes the finding go; undefined when there was no time left to check. */
export type FixCheck = (insertion: Insertion) => boolean | undefined;

/** How many ties a finding offers at most: more would bury the give-backs. */
export const MAX_TIES = 3;
