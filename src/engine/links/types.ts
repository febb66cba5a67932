/** What linking reads, and the shapes its parts share. */
import type { Clause, Definition, Reference, Sentence, Span, Term, Tie, TieVia } from '../model.js';

export interface LinkInput {
  prose: string;
  clauses: readonly Clause[];
  sentences: readonly Sentence[];
  terms: readonly Term[];
  references: readonly Reference[];
  definitions: readonly Definition[];
  partyWords: readonly string[];
  /** The sentences that have tying words (see tyingSentences), when already known. */
  tying?: readonly number[];
  /** Ties that sentences with tying words made in an earlier review and would make again, by sentence. */
  known?: ReadonlyMap<number, readonly Tie[]>;
  /** The same object for as long as the clause tree (parents and titles) stays: its look-ups are kept for it. */
  tree?: object;
  /** The describing words of each term (TermKeys), from an earlier review of the same terms in clauses whose words stayed. */
  termKeys?: TermKeys;
}

/** For each term, by its index, the first four letters of each word that describes it. */
export type TermKeys = readonly (readonly string[])[];

export type Add = (concession: Term, benefit: Term, via: TieVia, at?: Span) => void;

/** Look-ups built once per document when first read, so that each tie costs what it reads, not the whole contract. */
export interface Index {
  termsBySentence: Map<number, Term[]>;
  refsByClause: Map<number, Reference[]>;
  clausesByTitle: Map<string, number[]>;
  /** Defined terms whose definition points at clauses: "Launch Discount" → Article 5.2. */
  definitionTargets: { term: string; targets: number[] }[];
  /** Terms by the first four letters of each word that describes them. */
  termsByStem: Map<string, Term[]>;
  /** Each clause's children, top-level clauses under -1. */
  children: Map<number, number[]>;
  termsByClause: Map<number, Term[]>;
  /** Defined terms that name a term where it is made: "Migration Credit" → the credit its sentence grants. */
  namedTerms: { term: string; named: Term }[];
}
