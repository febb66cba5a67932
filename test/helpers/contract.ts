/** Small helpers for engine tests: build a contract from lines and read the model by text. */
import { review, type Review, type Term } from '../../src/engine/index.js';

/** A two-party preamble most fixtures start with. */
export const PREAMBLE =
  'This Agreement is made between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").';

export function lines(...parts: string[]): string {
  return parts.join('\n');
}

export function contract(...body: string[]): Review {
  return review(lines(PREAMBLE, '', ...body));
}

/** The alias of the party a term is granted or given by. */
export function by(r: Review, term: Term): string {
  return term.by === 'both' || term.by === 'unknown' ? term.by : r.parties.find((p) => p.id === term.by)!.aliases[0]!;
}

export function to(r: Review, term: Term): string {
  return term.to === 'both' || term.to === 'unknown' ? term.to : r.parties.find((p) => p.id === term.to)!.aliases[0]!;
}

/** Concessions as `kind by->to`, in order. */
export function concessions(r: Review): string[] {
  return r.terms.filter((t) => t.type === 'concession').map((t) => `${t.kind} ${by(r, t)}->${to(r, t)}`);
}

/** Give-backs as `kind by->to binding|optional`, in order. */
export function benefits(r: Review): string[] {
  return r.terms
    .filter((t) => t.type === 'benefit')
    .map((t) => `${t.kind} ${by(r, t)}->${to(r, t)} ${t.type === 'benefit' && t.binding ? 'binding' : 'optional'}`);
}

/** Findings of a rule as `line: message`. */
export function findings(r: Review, ruleId = 'unreciprocated-concession'): string[] {
  return r.findings
    .filter((f) => f.ruleId === ruleId)
    .map((f) => `${r.text.slice(0, f.start).split('\n').length}: ${f.message}`);
}

export function statusOf(r: Review, kind: string): string | undefined {
  const c = r.terms.find((t) => t.type === 'concession' && t.kind === kind);
  return c && r.judgements.find((j) => j.concession === c.id)?.status;
}
