/** What the terms stage reads and gives. */
import type { Clause, Definition, Dismissed, Party, Sentence, Term } from '../model.js';
import type { MentionFinder } from '../mentions.js';
import type { CompiledCue } from './lexicon.js';

/** A document as the earlier stages read it: its prose, clauses, sentences, parties and definitions. */
export interface TermInput {
  text: string;
  prose: string;
  clauses: readonly Clause[];
  sentences: readonly Sentence[];
  parties: readonly Party[];
  definitions: readonly Definition[];
  mentions: MentionFinder;
}

/** The terms found, and the matches set aside with why. */
export interface Detected {
  terms: Term[];
  dismissed: Dismissed[];
}

/** A lexicon match in a sentence, before the sentence around it is read. */
export interface Candidate {
  type: 'concession' | 'benefit';
  cue: CompiledCue<string>;
  start: number;
  end: number;
  sentence: number;
}
