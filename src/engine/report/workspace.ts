/** The workspace report: one row per contract with its balance, worst first. */
import type { Ledger } from './ledger.js';

export interface ContractRow {
  path: string;
  title: string;
  parties: string;
  concessions: number;
  unbalanced: number;
  balanced: number;
  /** Share of concessions that get nothing binding back, 0–1. */
  openShare: number;
}

export function contractRow(path: string, l: Ledger): ContractRow {
  const open = l.counts.unbalanced + l.counts.optionalOnly;
  return {
    path,
    title: l.title,
    parties: l.parties.map((p) => p.alias).join(' · '),
    concessions: l.counts.concessions,
    unbalanced: open,
    balanced: l.counts.balanced + l.counts.mutual + l.counts.accepted,
    openShare: l.counts.concessions ? open / l.counts.concessions : 0,
  };
}

/** Worst first: most unbalanced concessions, then the largest share of them. */
export function worstFirst(rows: ContractRow[]): ContractRow[] {
  return [...rows].sort(
    (a, b) => b.unbalanced - a.unbalanced || b.openShare - a.openShare || a.path.localeCompare(b.path),
  );
}
