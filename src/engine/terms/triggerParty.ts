/**
 * Whose shortfall a right to exit waits on. "DIALOG may terminate … in the event that DIALOG fails to achieve a
 * design-win pipeline" lets the holder walk away on its own shortfall: an easier exit, not a remedy. Events
 * from outside (force majeure, the law, a regulator) are remedies whoever they strike.
 */
import type { PartyRef } from '../model.js';

/** A party named in the sentence, at offsets within it. */
export interface SentenceMention {
  start: number;
  end: number;
  party: PartyRef;
  possessive: boolean;
}

/** Words that open the event a right waits on. */
const TRIGGER = /\b(?:if|in the event(?: that)?|should|where|when|in case)\b\s*:?\s*(?:\(\s*(?:a|i|1)\s*\)\s*)?/i;
/** A phrase of time or circumstance before the event's subject: "following termination by …, DIALOG participates". */
const LEAD_PHRASE = /^,?\s*(?:following|after|upon|on|during|within|at any time)\b[^,;]{0,160},\s*/i;
/** The holder falling short: "fail to achieve a design-win pipeline", "does not meet the minimum". */
const SHORTFALL =
  /^[^.;]{0,60}?\b(?:fails?|failed|failure|(?:does|do|did|has|have) not (?:achieve|meet|reach|attain|obtain|sell|generate)|is unable|are unable|falls? (?:short|below))\b/i;
/** A holder that judges an event rather than bringing it about. */
const JUDGES =
  /^[^.;]{0,40}?\b(?:determines?|believes?|considers?|concludes?|finds?|becomes? aware|is of the opinion|discovers?|learns?|suspects?|deems?)\b/i;
/** Events no party brings about: a disaster, the law, a regulator. */
const FROM_OUTSIDE =
  /\b(?:force majeure|acts? of God|change (?:in|of) (?:the )?law|(?:required|prohibited) by (?:applicable )?law|regulat\w*|government\w*|casualty|condemnation)\b/i;

/** Whether the exit's holder falls short in the event its right waits on (the first "if" or "in the event that"). */
export function ownTrigger(text: string, start: number, end: number, mentions: readonly SentenceMention[]): boolean {
  const holder = [...mentions].reverse().find((m) => m.end <= start && !m.possessive);
  if (!holder || holder.party === 'both' || holder.party === 'unknown') return false;
  const stop = text.slice(end).search(/;|\.\s/);
  const part = text.slice(0, stop < 0 ? text.length : end + stop);
  if (FROM_OUTSIDE.test(part)) return false;
  const trigger = TRIGGER.exec(part.slice(end));
  if (!trigger) return false;
  const from = end + trigger.index + trigger[0].length;
  const at = from + (LEAD_PHRASE.exec(text.slice(from))?.[0].length ?? 0);
  const subject = mentions.find((m) => m.start >= at && m.start <= at + 6 && !m.possessive);
  if (subject?.party !== holder.party) return false;
  const event = text.slice(subject.end, subject.end + 160);
  // Its own shortfall, not its own plan ("In the event BKC develops company-owned restaurants … BKC shall have the right to
  // terminate the Ad Fund Agreement"), nor what it judges of the other ("if NCM … determines that Network Affiliate's use …").
  return SHORTFALL.test(event) && !JUDGES.test(event.slice(0, 80));
}
