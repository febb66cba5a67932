/**
 * Incremental review of a document that changes: each review re-parses only the chunks (runs of
 * top-level blocks, see chunks.ts) that an edit touched and reuses the rest from the last one.
 * Its result is always the one a fresh `review()` of the same text gives.
 */
import type { Review } from './model.js';
import type { ParsedChunk } from './parse.js';
import { reviewChunks, type ReviewOptions } from './pipeline.js';

export class ReviewSession {
  private chunks: ReadonlyMap<string, ParsedChunk> | undefined;

  /** Reviews the document's current text. */
  review(text: string, options: ReviewOptions = {}): Review {
    const { review, chunks } = reviewChunks(text, options, this.chunks);
    // Only this version's chunks are kept: memory stays proportional to the document.
    this.chunks = chunks;
    return review;
  }
}
