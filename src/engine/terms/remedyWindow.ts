/** The words a remedy is read in: the part of a sentence a term sits in, with the lead-in its list shares. */
import { atWill } from '../lexicons/remedies.js';

/**
 * What opens a part that carries on from the one before: "in that case", "failing which", and "thereafter" after a
 * delay or a failure ("Delay damages … for up to 180 days; thereafter Buyer may terminate"), not after a date alone.
 */
const POINTS_BACK = /^\s*(?:and\s+)?(?:in (?:that|such|either) (?:case|event)|failing (?:which|that)|if so)\b/i;
const THEREAFTER = /^\s*(?:and\s+)?(?:thereafter|after that)\b/i;
/** "If …; or …; then, in any such event, the other party may terminate": the consequence of every condition before it. */
const THEN = /^\s*then\b/i;
const DELAY_OR_FAILURE = /\b(?:delay\w*|late|fail\w*|breach\w*|damages|default\w*|shortfall)\b/i;

/** The part of a sentence a term sits in: its lead-in, and from the semicolon before it to the next semicolon or enumerated item. */
export function remedyWindow(text: string, start: number, end: number, clauseBefore: string): string {
  const from = text.lastIndexOf(';', start) + 1;
  const rest = text.slice(end);
  // The items of a condition ("… upon written notice if (A) …, (B) … failed to obtain a license …") are one trigger,
  // not a second right.
  const conditionItems =
    /\b(?:if|where|when|unless|provided(?: that)?|in the event(?: that)?)\s*\(\s*(?:a|i|1)\s*\)/i.test(
      text.slice(from),
    );
  // A right at will, joined by ", or … if" to a second right with a trigger of its own: "at any time on 30 days'
  // notice, or immediately if Provider is excluded …". Not two triggers of one right ("if … files a petition, or if …").
  const second =
    /,\s+or\s+(?:(?:immediately|forthwith|with immediate effect)\s+)?(?:(?:up)?on\s+(?:written\s+)?notice\s+)?(?:if|in the event that)\b/.exec(
      rest,
    );
  const atWillFirst = second !== null && atWill.test(text.slice(start, end + second.index));
  const stop = atWillFirst ? second.index : rest.search(conditionItems ? /;/ : /;|\(\s*(?:ii|b|2)\s*\)|\bii\.\s/);
  const before = clauseBefore + text.slice(0, from);
  // A part that points back ("…; thereafter Buyer may terminate") is read with the part it points to.
  const previous = before.slice(before.search(/[^;.]*[;.]?\s*$/));
  const lead = text.slice(from, start);
  const pointedTo = THEN.test(lead)
    ? before.slice(before.search(/[^.]*\.?\s*$/))
    : POINTS_BACK.test(lead) || (THEREAFTER.test(lead) && DELAY_OR_FAILURE.test(previous))
      ? previous
      : '';
  return (
    pointedTo +
    leadInOf(before) +
    sharedLeadIn(before, text.slice(from, start)) +
    text.slice(from, stop < 0 ? text.length : end + stop)
  );
}

/**
 * A later option of an enumeration ("…, if Vendor fails to repair, AT&T may either (1) repair it
 * itself; or (2) receive a full refund") shares the words of its sentence before the first option.
 */
function sharedLeadIn(before: string, ownLead: string): string {
  if (!/^\s*(?:(?:or|and)\s+)?\(\s*(?:[2-9]|[b-h]|ii|iii|iv|vi?)\s*\)/i.test(ownLead)) return '';
  let first = -1;
  for (const m of before.matchAll(/\(\s*(?:1|a|i)\s*\)/gi)) first = m.index;
  if (first < 0) return '';
  const sentenceStart = Math.max(before.lastIndexOf('. ', first) + 1, before.lastIndexOf('\n', first) + 1, 0);
  return `${before.slice(sentenceStart, first)} `;
}

/** The words before a colon that opens a list of items, which govern each of them: "If required by court order, Provider may:". */
function leadInOf(before: string): string {
  const colon = before.lastIndexOf(':');
  if (colon < 0 || !/^\s*(?:\(?[a-z\d]{1,4}\)|[a-z\d]{1,4}\.)\s/i.test(before.slice(colon + 1))) return '';
  const sentenceStart = Math.max(before.lastIndexOf('. ', colon) + 1, before.lastIndexOf('\n', colon) + 1, 0);
  return `${before.slice(sentenceStart, colon)} `;
}
