/** The checkpoint a review leaves for the next one: what incremental review carries over. */
import type { Party, Review, Term, TextChange, Tie } from '../model.js';
import type { Segmented } from '../clauses/index.js';
import type { DefinedTerms } from '../definitions.js';
import type { ClauseIndex } from '../references.js';
import type { TermKeys } from '../links/index.js';
import type { ReviewOptions } from '../options.js';

/**
 * What a review read on its way, kept by a session so that the next version of the text is
 * reviewed by reading again only what an edit touched (incremental/).
 */
export interface Checkpoint {
  text: string;
  options: ReviewOptions;
  review: Review;
  prose: string;
  chunkStarts: number[];
  linkDefinitions: string;
  /** The edit that made this text from the one before, and the span parsed again for it, when it was reviewed incrementally. */
  edit?: TextChange;
  parsedAgain?: { start: number; end: number };
  segmented: Pick<Segmented, 'states' | 'final' | 'ownEnds' | 'items'>;
  defined: DefinedTerms;
  index: ClauseIndex;
  /** The parties before the terms told their sides, and with those sides when they did. */
  found: Party[];
  sided?: Party[];
  /** The terms as first read with `found`, when `sided` had them read again. */
  firstTerms?: Term[];
  /** Whether the text holds no suppression comment. */
  directiveFree: boolean;
  /** Sentences with tying words, and the ties each made. */
  tying: number[];
  tiesBySentence: Map<number, Tie[]>;
  /** The describing words of each term, when the ties needed them. */
  termKeys?: TermKeys;
}
