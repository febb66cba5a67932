/** What a rule is: one module that checks one thing in the model of a contract. */
import type { BenefitKind, ConcessionKind, Finding, Review, Severity } from '../model.js';
import type { Insertion } from '../insertions.js';
import type { GiveBackTemplates } from '../options.js';

export type { GiveBackTemplates } from '../options.js';

/** The model a rule reads: everything but the findings. */
export type Model = Omit<Review, 'findings' | 'suppressed'> & {
  /** The word the contract uses for its parts: "Section", "clause", "paragraph". */
  unit: string;
  /** The user's own wording for give-back clauses, by kind. */
  templates?: GiveBackTemplates;
};

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

/** A quick fix a rule plans for one of its findings: an insertion, never a change to the text. */
export type Fix =
  /**
   * Inserts a drafted give-back. `askParty`: the contract does not say who received the concession,
   * so the editor asks which party gives back before inserting (the insertion names the likeliest).
   */
  | {
      kind: 'give-back';
      benefit: BenefitKind;
      title: string;
      insertion: Insertion;
      preferred: boolean;
      concession: string;
      askParty?: boolean;
      /** Offered without checking that it answers the finding: the time for checks ran out (a long contract). */
      unchecked?: boolean;
    }
  /** Ties `concession` to `benefit`; `other` is the term the finding is not about, `where` its place. */
  | {
      kind: 'tie';
      concession: string;
      benefit: string;
      other: TieTarget;
      where: string;
      insertion: Insertion;
      preferred: boolean;
    }
  | { kind: 'accept'; insertion: Insertion; preferred: false };

export type TieTarget = { type: 'benefit'; kind: BenefitKind } | { type: 'concession'; kind: ConcessionKind };
