/** What an exit's sentence says of it, for judging exits held each way (judge.ts). */
import type { Span } from './model.js';
import type { ExitReading } from './judge.js';
import { atWill, remedy } from './lexicons/remedies.js';
import { readValue } from './values.js';

/** A count of days, months or years before "notice": "thirty (30) days'", "six months", "90 days". */
const NUMBER_WORD = [
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve',
  'fourteen|fifteen|twenty|thirty|forty-five|sixty|ninety',
].join('|');
const COUNT = String.raw`(?:(?:[a-z-]+\s+)?\(?\d{1,3}\)?|\d{1,3}\s+\([a-z -]{3,20}\)|${NUMBER_WORD})`;
const UNIT = String.raw`(?:calendar\s+|business\s+|working\s+)?(?:days?|months?|years?)`;
const NOTICE_WORDS = String.raw`['’]?\s+(?:prior\s+|advance\s+)?(?:written\s+)?notice\b`;

/** The notice an exit takes: "on thirty (30) days' notice", "upon six months written notice". */
const NOTICE = new RegExp(String.raw`\b${COUNT}\s+${UNIT}${NOTICE_WORDS}`, 'i');

/**
 * Words that make an exit wait on an event or end the term rather than leave it. Not conditionOpeners
 * (language.ts): "Subject to the provisions of 11.1, IntriCon may terminate … upon three (3) months
 * written notice" names no event, only the lock-in it is read with.
 */
const CONDITIONED =
  /\b(?:if|in the event|upon the occurrence|unless|should|where|provided|non-?renewal|not to renew)\b/i;

/** Whether the sentence makes the exit one at will, and the notice it states, in days. */
export function readExit(prose: string, sentence: Span | undefined): ExitReading {
  if (!sentence) return { atWill: false };
  const words = prose.slice(sentence.start, sentence.end);
  const notice = NOTICE.exec(words);
  const value = notice
    ? readValue(
        notice[0]
          .replace(/['’]?\s+(?:prior\s+|advance\s+)?(?:written\s+)?notice$/i, '')
          // "6 (six) months": the figure, without the words that repeat it.
          .replace(/^(\d{1,3})\s+\([a-z -]+\)/i, '$1'),
      )
    : undefined;
  const days = value?.days ?? (value?.months !== undefined ? value.months * 30 : undefined);
  // A right to end on notice that names no ground ("may terminate this Agreement upon three (3) months
  // written notice") is one at will, as much as one "for convenience".
  // Not one that waits on an event ("… if Supplier increases its prices"), nor a notice of non-renewal.
  const onNoticeAlone = days !== undefined && !remedy.test(words) && !CONDITIONED.test(words);
  return { atWill: atWill.test(words) || onNoticeAlone, ...(days !== undefined ? { noticeDays: days } : {}) };
}
