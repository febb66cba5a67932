/**
 * The JSON report of ../shared/eval/FORMAT.md: one object, `{ version: 1, files: [...] }`, with
 * parties, concessions, benefits and findings per file. Lines and columns are 1-based; `end`
 * is exclusive.
 */
import type { Review, Severity, Span } from '../model.js';
import { LineIndex, type Position } from '../lines.js';
import { partyAlias } from '../describe.js';
import { readerText } from '../reading.js';

export interface JsonRange {
  start: Position;
  end: Position;
}

export interface JsonFile {
  path: string;
  parties: { name: string; aliases: string[]; role: string }[];
  concessions: {
    id: string;
    kind: string;
    by: string;
    to: string;
    text: string;
    range: JsonRange;
    reciprocatedBy: string[];
    status: string;
    value?: object;
  }[];
  benefits: {
    id: string;
    kind: string;
    by: string;
    to: string;
    binding: boolean;
    text: string;
    range: JsonRange;
    balances: string[];
    condition?: boolean;
    value?: object;
  }[];
  findings: {
    ruleId: string;
    severity: 'error' | 'warning' | 'info';
    message: string;
    range: JsonRange;
    concession?: string;
    benefit?: string;
    suggestions?: { kind: string; title: string; text: string }[];
    url: string;
  }[];
  /** Set when the file could not be reviewed. */
  error?: string;
}

export interface JsonReport {
  version: 1;
  files: JsonFile[];
}

const SEVERITY: Record<Severity, 'error' | 'warning' | 'info'> = { error: 'error', warning: 'warning', info: 'info' };

/** One file's entry of the JSON report. */
export function toJsonFile(path: string, review: Review): JsonFile {
  const lines = new LineIndex(review.text);
  const range = (span: Span): JsonRange => ({ start: lines.position(span.start), end: lines.position(span.end) });
  const alias = (ref: string): string => partyAlias(review.parties, ref);
  const status = new Map(review.judgements.map((j) => [j.concession, j]));
  const balances = new Map<string, string[]>();
  for (const j of review.judgements)
    for (const b of j.balancedBy) balances.set(b, [...(balances.get(b) ?? []), j.concession]);
  return {
    path,
    parties: review.parties.map((p) => ({ name: p.name, aliases: [...p.aliases, ...p.pronouns], role: p.role })),
    concessions: review.terms.flatMap((t) =>
      t.type !== 'concession'
        ? []
        : [
            {
              id: t.id,
              kind: t.kind,
              by: alias(t.by),
              to: alias(t.to),
              text: readerText(review, t.start, t.end),
              range: range(t),
              reciprocatedBy: status.get(t.id)?.balancedBy ?? [],
              status: status.get(t.id)?.status ?? 'unbalanced',
              ...(t.value ? { value: t.value } : {}),
            },
          ],
    ),
    benefits: review.terms.flatMap((t) =>
      t.type !== 'benefit'
        ? []
        : [
            {
              id: t.id,
              kind: t.kind,
              by: alias(t.by),
              to: alias(t.to),
              binding: t.binding,
              text: readerText(review, t.start, t.end),
              range: range(t),
              balances: balances.get(t.id) ?? [],
              ...(t.condition ? { condition: true } : {}),
              ...(t.value ? { value: t.value } : {}),
            },
          ],
    ),
    findings: review.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: SEVERITY[f.severity],
      message: f.message,
      range: range(f),
      ...(f.concession ? { concession: f.concession } : {}),
      ...(f.benefit ? { benefit: f.benefit } : {}),
      ...(f.suggestions ? { suggestions: f.suggestions.map(({ kind, title, text }) => ({ kind, title, text })) } : {}),
      url: f.url,
    })),
  };
}

export function toJsonReport(files: JsonFile[]): JsonReport {
  return { version: 1, files };
}
