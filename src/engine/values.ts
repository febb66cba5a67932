/**
 * The figures a term states, so that a report can say "18 % discount for 24 more months":
 * a percentage, an amount of money, a duration in months, a period in days, a count.
 */
import type { TermValue } from './model.js';
import { compilePhrase, readNumber } from './lexicons/patterns.js';

const PERCENT = compilePhrase('{pct}');
const MONEY = compilePhrase('{money}');
const DURATION = compilePhrase(
  '{num} (?:additional |further |more )?(?:calendar |business |working )?(?:years?|months?|days?|weeks?)',
);

const CURRENCY: Record<string, string> = { $: 'USD', US$: 'USD', '£': 'GBP', '€': 'EUR', A$: 'AUD', C$: 'CAD' };

/** Reads the figures in a term's text. */
export function readValue(text: string): TermValue | undefined {
  const value: TermValue = {};
  const pct = first(PERCENT, text);
  if (pct) {
    const inParens = /\((\d+(?:\.\d+)?)\s?%\)/.exec(pct);
    const n = inParens ? Number(inParens[1]) : readNumber(beforeUnit(pct, /\s?(?:%|per ?cent|percent)/i));
    if (n !== undefined && n <= 1000) value.percent = n;
  }
  const money = first(MONEY, text);
  if (money) {
    const code = /[A-Z]{3}|US\$|A\$|C\$|[$£€]/.exec(money)?.[0] ?? 'USD';
    const amount = Number((/\d[\d,]*(?:\.\d+)?/.exec(money)?.[0] ?? '').replace(/,/g, ''));
    if (Number.isFinite(amount)) value.amount = { currency: CURRENCY[code] ?? code, value: amount };
  }
  const duration = first(DURATION, text);
  if (duration) {
    const n = readNumber(
      duration
        .trimEnd()
        .replace(
          /(?<!\s)\s*(?:additional |further |more )?(?:calendar |business |working )?(?:years?|months?|days?|weeks?)$/i,
          '',
        ),
    );
    if (n !== undefined) {
      if (/years?$/i.test(duration)) value.months = n * 12;
      else if (/months?$/i.test(duration)) value.months = n;
      else if (/weeks?$/i.test(duration)) value.days = n * 7;
      else value.days = n;
    }
  }
  return Object.keys(value).length ? value : undefined;
}

function first(pattern: RegExp, text: string): string | undefined {
  pattern.lastIndex = 0;
  return pattern.exec(text)?.[0];
}

/** The text before the first match of `unit`: a search, not a replace of `unit.*$`, which is quadratic on a long run of units. */
function beforeUnit(text: string, unit: RegExp): string {
  const at = text.search(unit);
  return at === -1 ? text : text.slice(0, at);
}
