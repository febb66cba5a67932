/**
 * Incremental review of a document that changes: after an edit, a session reads again only what
 * the edit touched (incremental/); when the edit changed the contract's context, it reviews the
 * whole text, re-parsing only the chunks (chunks.ts) that changed. Its result is always the one a
 * fresh `review()` of the same text gives.
 */
import type { Review } from './model.js';
import type { ParsedChunk } from './parse.js';
import { reviewChunks } from './pipeline.js';
import type { ReviewOptions } from './options.js';
import type { Checkpoint } from './incremental/checkpoint.js';
import { reviewEdit } from './incremental/index.js';

export class ReviewSession {
  private chunks: ReadonlyMap<string, ParsedChunk> | undefined;
  private checkpoint: Checkpoint | undefined;
  /** What the stages after parsing took per character in this session's last whole review. */
  private stagesMsPerChar: number | undefined;
  /** How many reviews read only what an edit touched, and how many read the whole text. */
  readonly counts = { incremental: 0, whole: 0 };

  /** What the last review parsed again: a window around the edit, or the whole text. */
  get parsedAgain(): { start: number; end: number } | undefined {
    return this.checkpoint && (this.checkpoint.parsedAgain ?? { start: 0, end: this.checkpoint.text.length });
  }

  /** Reviews the document's current text. */
  review(text: string, options: ReviewOptions = {}): Review {
    const edited = this.checkpoint && reviewEdit(this.checkpoint, text, options);
    if (edited) {
      this.checkpoint = edited.checkpoint;
      this.counts.incremental++;
      return edited.review;
    }
    this.counts.whole++;
    const { review, chunks, checkpoint, stagesMsPerChar } = reviewChunks(
      text,
      options,
      this.chunks,
      this.stagesMsPerChar,
    );
    // Only this version's chunks are kept: memory stays proportional to the document.
    this.chunks = chunks;
    this.checkpoint = checkpoint;
    // A time budget is spent as this machine reads, not as a slow one would: measured, a long contract
    // read in part at first is read whole once it fits, and edits are then read incrementally.
    if (stagesMsPerChar !== undefined) this.stagesMsPerChar = settled(this.stagesMsPerChar, stagesMsPerChar);
    return review;
  }
}

/** The cost assumed until one is measured, and how far a measurement may stray from it either way. */
const ASSUMED_MS_PER_CHAR = 0.002;
const MEASURED_RANGE: [number, number] = [ASSUMED_MS_PER_CHAR / 10, ASSUMED_MS_PER_CHAR * 4];

/**
 * The cost per character to project the next review's budget with: the mean of the last estimate
 * and this measurement, held within a sane range, so one cold or quick run does not swing it.
 */
function settled(previous: number | undefined, measured: number): number {
  const [low, high] = MEASURED_RANGE;
  const clamped = Math.min(high, Math.max(low, measured));
  return previous === undefined ? clamped : (previous + clamped) / 2;
}
