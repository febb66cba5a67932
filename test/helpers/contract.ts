/** Small helpers for engine tests: build a contract from lines and read the model by text. */
import assert from 'node:assert/strict';
import { review, type Review, type Term } from '../../src/engine/index.js';

/** A two-party preamble most fixtures start with. */
export const PREAMBLE =
  'This Agreement is made between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").';

export function lines(...parts: string[]): string {
  return parts.join('\n');
}

/** The parties a text names, as `name [aliases]`. */
export function partiesOf(text: string): string[] {
  return review(text).parties.map((p) => `${p.name} [${p.aliases.join(', ')}]`);
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

/** The text of every give-back drafted for the review's findings. */
export function suggestionTexts(r: Review): string[] {
  return r.findings.flatMap((f) => f.suggestions ?? []).map((s) => s.text);
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

/** The terms read from one numbered clause under a preamble, as `C kind` or `B kind` (` optional` for a benefit that does not bind). */
export function termsOfClause(preamble: string, clause: string): string[] {
  return review(lines(preamble, '', `1. ${clause}`)).terms.map(
    (t) => `${t.type === 'concession' ? 'C' : 'B'} ${t.kind}${t.type === 'benefit' && !t.binding ? ' optional' : ''}`,
  );
}

/** One test per case: `read(clause)` includes the expected `C kind` or `B kind`. */
export function itFinds(cases: readonly (readonly [string, string])[], read: (clause: string) => string[]): void {
  for (const [kind, clause] of cases)
    it(`finds ${kind} in “${clause.slice(0, 60)}…”`, () => {
      const terms = read(clause);
      assert.ok(terms.includes(kind), `${terms.join(', ') || 'nothing'}`);
    });
}

/** One test per clause: `read(clause)` reads no term. */
export function itReadsNothing(clauses: readonly string[], read: (clause: string) => string[]): void {
  for (const clause of clauses)
    it(`reads no term in “${clause.slice(0, 60)}…”`, () => assert.deepEqual(read(clause), []));
}
