/** Finding the edit between two texts, and searching sorted offsets. */
import type { TextChange } from '../model.js';
import type { SegmentState } from '../clauses/index.js';

/**
 * The common start and end of two texts, and what differs between. `near`, where the last edit
 * was, is tried first: a person types on where they typed, and one comparison of everything
 * before it is far cheaper than a scan.
 */
export function editBetween(a: string, b: string, near?: TextChange): TextChange {
  const shorter = Math.min(a.length, b.length);
  const same = (from: number, to: number, bFrom: number): boolean =>
    a.slice(from, to) === b.slice(bFrom, bFrom + to - from);
  let start = near && near.start <= shorter && same(0, near.start, 0) ? near.start : 0;
  // Whole blocks next: comparing strings is far faster than comparing characters one by one.
  while (start + BLOCK <= shorter && same(start, start + BLOCK, start)) start += BLOCK;
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  // `near` is in the coordinates of `a`, the text its edit made.
  const guess = near ? a.length - near.newEnd : 0;
  let tail = guess > 0 && guess <= shorter - start && same(a.length - guess, a.length, b.length - guess) ? guess : 0;
  while (tail + BLOCK <= shorter - start && same(a.length - tail - BLOCK, a.length - tail, b.length - tail - BLOCK))
    tail += BLOCK;
  while (tail < shorter - start && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  return { start, oldEnd: a.length - tail, newEnd: b.length - tail };
}

const BLOCK = 2048;

/** The first index below `length` where `before` stops holding (it holds for a leading run). */
export function lowerBound(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last value at or below `at` (or 0 when none is), in sorted values. */
export function lastAtMost(sorted: readonly number[], at: number): number {
  return Math.max(0, lowerBound(sorted.length, (i) => sorted[i]! <= at) - 1);
}

/** Index of the last value strictly below `at` (or 0 when none is), in sorted values. */
export function lastBefore(sorted: readonly number[], at: number): number {
  return Math.max(0, lowerBound(sorted.length, (i) => sorted[i]! < at) - 1);
}

/** The segmenting state before the top-level block that starts at `at`. */
export function stateAt(states: readonly { at: number; state: SegmentState }[], at: number): SegmentState | undefined {
  const i = lowerBound(states.length, (j) => states[j]!.at < at);
  return states[i]?.at === at ? states[i]!.state : undefined;
}
