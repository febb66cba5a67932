/** Figures a match states: a period in days, a new figure and the one it replaces. */
import { compilePhrase, readNumber } from '../lexicons/patterns.js';

/** The words between a new figure and the one it replaces (or the list price it is set against), wrapped or not. */
export const REPLACING =
  /\b(?:instead\s+of|rather\s+than|in\s+place\s+of|compared\s+(?:with|to)|(?:list|standard|published|regular|usual|normal)\s+(?:price|rate|fee)s?|statutory\s+(?:limitation\s+)?period)\b/i;
const FIGURE_NUMBER = compilePhrase('{num}');

/** The words of an amendment that puts the new figure after the old: "… "six (6) months" are replaced with "three (3) months"". */
const REPLACED_WITH = /\b(?:replaced|substituted)\s+(?:with|by)\b/i;

/** The figure a match states before "instead of"/"rather than" (the last one) and the one it replaces (the first after). */
export function statedFigures(match: string): [number | undefined, number | undefined] {
  const figures = (part: string): number[] => {
    FIGURE_NUMBER.lastIndex = 0;
    return [...part.matchAll(FIGURE_NUMBER)].map((m) => readNumber(m[0])).filter((n): n is number => n !== undefined);
  };
  // "… is brought from €2,500,000 to €2,200,000": the old figure after "from", the new one after "to".
  const fromTo = /\bfrom\s+(.+?)\s+to\s+(.+)$/is.exec(match);
  if (fromTo && !REPLACING.test(match)) return [figures(fromTo[2]!)[0], figures(fromTo[1]!)[0]];
  // "… is amended by replacing "six months'" with "three months'"".
  const replacing =
    /\b(?:replacing|substituting)\b(.+?)\bwith\b(.+)$/is.exec(match) ??
    /\bdeleting\b(.+?)\band (?:inserting|substituting)\b(.+)$/is.exec(match);
  if (replacing) return [figures(replacing[2]!)[0], figures(replacing[1]!).at(-1)];
  if (REPLACED_WITH.test(match)) {
    const [old = '', replacement = ''] = match.split(REPLACED_WITH);
    return [figures(replacement)[0], figures(old).at(-1)];
  }
  // At the first: "$185 per hour instead of our standard rate of $210" names the rate it replaces after.
  const cut = REPLACING.exec(match);
  const [now, before] = cut ? [match.slice(0, cut.index), match.slice(cut.index + cut[0].length)] : [match, ''];
  return [figures(now).at(-1), figures(before)[0]];
}

/** A standard period stated: "Our standard payment terms are net 30", "the usual period of thirty (30) days". */
// A period to pay, not to test or return: "payment" said, or "net 30".
// Or named in brackets after the clause it comes from: "Notwithstanding Section 6.2 of the MSA (net 30), …".
const STANDARD_PERIOD =
  /\b(?:standard|usual|normal)\s+(?:payment\s+(?:terms?|period)\s+(?:are|is|of)\s+(?:net\s?\d{2,3}|\w+\s+\(?\d{1,3}\)?\s+days|\d{1,3}\s+days)|(?:terms?|period)\s+(?:are|is|of)\s+net\s?\d{2,3})|\b(?:notwithstanding|despite|instead of|in place of)\s+(?:section|clause|paragraph|article)\s+[\d.]+[^.;()]{0,40}\(net\s?\d{2,3}\)/gi;

/** The last standard period the words state, in days. */
export function standardBefore(words: string): number | undefined {
  const last = [...words.replace(/\s+/g, ' ').matchAll(STANDARD_PERIOD)].pop();
  return last && statedDays(last[0]);
}

/** A payment duty with its period: "Each Member shall pay the Supplier's undisputed invoices within forty-five (45) days". */
const PAY_WITHIN = /\b(?:shall|will|must|agrees? to) pay\b[^.;]{0,80}?\bwithin\s+([^.;]{1,40}?\bdays)\b/i;

/** The period the clause before sets as the rule ("7.1 … shall pay … within forty-five (45) days"), in days. */
export function periodSetBefore(clause: string): number | undefined {
  const rule = PAY_WITHIN.exec(clause.replace(/\s+/g, ' '));
  return rule ? statedDays(rule[1]!) : undefined;
}

/** A unit after a bare number, other than days: "rather than 3 months", "rather than 4 quarterly instalments". */
const OTHER_UNIT = /^\s*(?:months?|weeks?|years?|quarters?|quarterly|instal|business|banking|working|calendar)/i;

/**
 * The days of the period a new one replaces, from the words after "rather than": "the fourteen (14) days", or a bare
 * number ("… within 60 days of receipt rather than 30") when no other unit follows the match (`after`).
 */
export function replacedDays(part: string, after: string): number | undefined {
  const days = statedDays(part);
  if (days !== undefined || OTHER_UNIT.test(after)) return days;
  return Number(/^\D*?(\d{1,3})(?=[\s.,;)]*$)/.exec(part)?.[1]) || undefined;
}

/** A period's length in days, whatever its unit: "twenty-four (24) months", "2 years", "90 days". */
export function statedLength(match: string): number | undefined {
  const m = /(\d{1,3})\)?[\s-]*(?:calendar\s+|business\s+|working\s+)?(days?|weeks?|months?|years?)\b/i.exec(match);
  if (!m) return statedDays(match);
  const per: Record<string, number> = { d: 1, w: 7, m: 30, y: 365 };
  return Number(m[1]) * per[m[2]![0]!.toLowerCase()]!;
}

export function statedDays(match: string): number | undefined {
  const net = /net ?(\d{2,3})/i.exec(match);
  if (net) return Number(net[1]);
  const days =
    // "sixty (60) days", or the figure first: "60 (sixty) days".
    /(\d{1,3})\)?(?:\s*\([a-z -]{3,30}\))?\s*(?:calendar |business |working )?days?\b/i.exec(match) ??
    /\b([a-z-]+(?:\s[a-z-]+)?)\s+(?:calendar |business |working )?days/i.exec(match);
  if (!days) return undefined;
  const value = /^\d+$/.test(days[1]!) ? Number(days[1]) : wordsToNumber(days[1]!);
  return value;
}

function wordsToNumber(words: string): number | undefined {
  const map: Record<string, number> = {
    thirty: 30,
    forty: 40,
    'forty-five': 45,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    'seventy-five': 75,
    eighty: 80,
    ninety: 90,
    fourteen: 14,
    fifteen: 15,
    twenty: 20,
    ten: 10,
    seven: 7,
  };
  const last = words.toLowerCase().split(/\s+/).pop() ?? '';
  return map[last];
}
