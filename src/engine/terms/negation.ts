/** What negates a match: a negated verb or subject before it, a negated lead-in over its list item. */
import type { Span } from '../model.js';
import type { Cue } from '../lexicons/cue.js';
import {
  negatedLeadIn,
  negatedModal,
  negatedVerbList,
  negatingVerb,
  negationAfter,
  negationBefore,
  negationScopeEnd,
  notANegation,
  notObliged,
  withheldFromOthers,
} from '../lexicons/negations.js';
import { partStartOf } from './zones.js';
import { TRADED_FOR } from '../lexicons/language.js';

/** Tying words after a comma, after which a new object is traded. */
// Set off by a comma: "shall not provide any discount in exchange for …" still negates what is traded.
const TRADED_AFTER_COMMA = new RegExp(`(?:^|[,;])\\s*(?:and\\s+)?${TRADED_FOR}\\b`, 'gi');

export function isNegated(text: string, start: number, end: number, cue: Cue, taken: readonly Span[]): boolean {
  // Tying words start what is traded anew: "No Monthly Service Fee is payable …, in exchange for the Customer's
  // commitment to the 36-month Initial Term" negates the fee, not the commitment.
  const tied = [...text.slice(0, start).matchAll(TRADED_AFTER_COMMA)].pop();
  const partStart = Math.max(partStartOf(text, start), tied ? tied.index + tied[0].length : 0);
  let before = text.slice(partStart, start).replace(notANegation, (m) => ' '.repeat(m.length));
  for (const t of taken)
    if (t.end <= start && t.end > partStart)
      before =
        before.slice(0, Math.max(0, t.start - partStart)) +
        ' '.repeat(Math.min(t.end, start) - Math.max(t.start, partStart)) +
        before.slice(t.end - partStart);
  if (notObliged.test(before)) return true;
  if (cue.negative) return false;
  if (
    negationBefore.test(before) ||
    negatedModal.test(before) ||
    negatedVerbList.test(text.slice(Math.max(0, start - 80), start))
  )
    return true;
  const after = text.slice(end, end + 80);
  return negationAfter.test(after) && !withheldFromOthers.test(after);
}

/** A negated verb earlier in the sentence part whose objects run on to the match (`negatingVerb`). */
export function negatedAcrossList(text: string, start: number): boolean {
  const before = text.slice(text.lastIndexOf(';', start) + 1, start);
  let last: RegExpExecArray | undefined;
  negatingVerb.lastIndex = 0;
  for (let m = negatingVerb.exec(before); m; m = negatingVerb.exec(before)) last = m;
  return last !== undefined && !negationScopeEnd.test(before.slice(last.index + last[0].length));
}

/** An item of an inline enumeration whose lead-in is negated: "will not …: (a) …; (b) use the marks". */
export function negatedItem(text: string, start: number): boolean {
  const colon = text.lastIndexOf(':', start);
  return (
    colon > 0 &&
    !newSentence(text.slice(colon, start)) &&
    /^\s*(?:\(?[a-z\d]{1,4}\)|[a-z\d]{1,4}\.)\s/i.test(text.slice(colon + 1)) &&
    negatedLeadIn.test(text.slice(0, colon + 1))
  );
}

/**
 * A later item of an enumeration whose lead-in, without a colon, is negated: "has not, and will not, use … in
 * a manner that could (a) …; (b) require … free of charge".
 */
export function negatedEnumeration(text: string, start: number): boolean {
  const first = /\((?:a|i|1)\)\s/.exec(text.slice(0, start));
  if (
    !first ||
    newSentence(text.slice(first.index, start)) ||
    !/\((?:b|c|d|e|ii|iii|iv|v|2|3|4|5)\)/.test(text.slice(first.index + 3, start))
  )
    return false;
  const leadIn = text.slice(Math.max(0, first.index - 300), first.index);
  return /\b(?:shall|will|must|may|does|do|has|have|agrees?|undertakes?)\s*,?\s+not\b|\bis prohibited from\b/i.test(
    leadIn.slice(leadIn.lastIndexOf('. ') + 1),
  );
}

/** Whether a sentence ends between a list's lead-in and a match: the lead-in's negation stops there. */
function newSentence(between: string): boolean {
  return /[.!?]\s+\p{Lu}/u.test(between);
}
