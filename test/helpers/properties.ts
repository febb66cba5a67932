/** The properties every review must have, whatever the input: shared by the tests and the soak run. */
import assert from 'node:assert/strict';
import {
  applyInsertion,
  fillDefaults,
  fixesFor,
  review,
  type Finding,
  type Fix,
  type Review,
} from '../../src/engine/index.js';

/** Every object of the review with a numeric `start`/`end` (or `textStart`/`textEnd`), with its path. */
function* spans(value: unknown, path = 'review'): Generator<[string, number, number]> {
  if (!value || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') yield [path, o.start, o.end];
  if (typeof o.textStart === 'number' && typeof o.textEnd === 'number') yield [`${path}.text`, o.textStart, o.textEnd];
  for (const [key, child] of Object.entries(o))
    if (key !== 'text' && child && typeof child === 'object') yield* spans(child, `${path}.${key}`);
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** True when an offset falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Reviews the text, checking that it does not throw, ranges are sound and the result is deterministic. */
export function checkReview(text: string): Review {
  const result = review(text);
  assert.equal(result.text, text, 'the review changed the text');
  for (const [path, start, end] of spans(result)) {
    assert.ok(
      Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length,
      `${path}: ${start}-${end} outside 0-${text.length}`,
    );
    assert.ok(!splitsPair(text, start) && !splitsPair(text, end), `${path}: ${start}-${end} splits a surrogate pair`);
  }
  assert.equal(JSON.stringify(review(text)), JSON.stringify(result), 'two reviews of the same text differ');
  return result;
}

/** Whether the finding a fix answered is still there: same rule at the same (shifted) words. */
function stillFound(after: Review, finding: Finding, offset: number, inserted: number): boolean {
  const shift = (n: number): number => (n >= offset ? n + inserted : n);
  return after.findings.some((f) => f.ruleId === finding.ruleId && f.start === shift(finding.start));
}

/**
 * Applies every fix offered for up to `limit` findings: each must change nothing but the text it
 * inserts, and make the finding it answers go away. Returns how many fixes were checked.
 */
export function checkFixes(before: Review, limit = Infinity): number {
  let checked = 0;
  for (const finding of before.findings.slice(0, limit)) {
    for (const fix of fixesFor(before, finding)) {
      const inserted = fillDefaults(fix.insertion.text);
      const edited = applyInsertion(before.text, fix.insertion);
      assert.equal(
        edited,
        before.text.slice(0, fix.insertion.offset) + inserted + before.text.slice(fix.insertion.offset),
        `${describe(fix)} changed more than it inserted`,
      );
      assert.ok(!splitsPair(before.text, fix.insertion.offset), `${describe(fix)} inserts inside a surrogate pair`);
      checked++;
      // Offered unchecked when the checks' time ran out (a slow machine): only what was checked must answer.
      if (fix.kind === 'give-back' && fix.unchecked) continue;
      const after = review(edited);
      assert.ok(
        !stillFound(after, finding, fix.insertion.offset, inserted.length),
        `${describe(fix)} left "${finding.message}" in place after inserting at ${fix.insertion.offset}:\n` +
          `${inserted}\n--- after ---\n${before.text.slice(Math.max(0, fix.insertion.offset - 300), fix.insertion.offset)}`,
      );
    }
  }
  return checked;
}

function describe(fix: Fix): string {
  return fix.kind === 'give-back'
    ? `the ${fix.benefit} give-back`
    : fix.kind === 'tie'
      ? 'the tie'
      : 'accept as intentional';
}
