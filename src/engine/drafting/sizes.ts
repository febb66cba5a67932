/** How much a give-back asks for, sized to what the concession is worth and to how long the contract runs. */
import type { Concession } from '../model.js';
import { compilePhrase } from '../lexicons/patterns.js';
import { plain, type DocumentStyle } from './style.js';
import type { DraftSource } from './index.js';

const MONEY = compilePhrase('{money}');

/** How much to ask for: months, reference calls, months prepaid, the spend to commit to. */
export interface Sizes {
  months: number;
  calls: number;
  prepayMonths: number;
  volume: string;
}

/** The asks sized to what the concession is worth: its percentage, amount or months. */
export function sized(
  source: Pick<DraftSource, 'text' | 'clauses'>,
  concession: Concession,
  style: DocumentStyle,
): Sizes {
  const v = concession.value ?? {};
  const amount = v.amount?.value ?? 0;
  const large = (v.percent ?? 0) >= 20 || amount >= 100_000 || (v.months ?? 0) >= 6;
  let months = large ? 24 : 12;
  // Free months, a price held or a warranty for so many months: as many months more.
  if (v.months !== undefined && ['free-scope', 'waiver', 'price-protection', 'risk'].includes(concession.kind))
    months = Math.min(36, Math.max(3, v.months));
  // An exit is held back for a part of the term: a year, two in a long deal, half of a short one.
  if (concession.kind === 'exit-flexibility') months = lockIn(style.termMonths);
  const clause = source.clauses[concession.clause]!;
  // The fee a price concession applies to sizes the spend to commit to; other amounts (a fee waived, an invoice) do not.
  const stated =
    concession.kind === 'discount' || concession.kind === 'price-protection'
      ? totalIn(plain(source.text.slice(clause.textStart, clause.textEnd)))
      : undefined;
  return {
    months,
    calls: large ? 4 : 2,
    prepayMonths: prepaid(style),
    volume: stated ? `${stated} of ${style.services}` : '[minimum quantity or spend]',
  };
}

/** The first amount that is a sum, not a rate ("$185 per hour", "£4.25 per square foot" size no spend). */
function totalIn(words: string): string | undefined {
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(words); m; m = MONEY.exec(words))
    if (
      !/^\s*(?:per|\/|an? (?:hour|day|unit|month|year)|each|psf)\b/i.test(
        words.slice(m.index + m[0].length, m.index + m[0].length + 12),
      )
    )
      return m[0];
  return undefined;
}

/**
 * How many months to ask paid ahead: a year where fees run by the year, no more than the term; a quarter where they
 * run by the month with no term to bound them (a retainer from month to month).
 */
function prepaid(style: DocumentStyle): number {
  if (style.termMonths !== undefined) return Math.max(1, Math.min(12, style.termMonths));
  // Read from what the fees are said to be, not from reports or meetings that come monthly.
  const monthly =
    /\b(?:fees?|rent|charges?|subscription|retainer)\b[^.;]{0,40}?\b(?:per|a|each|every) (?:calendar )?month\b|\bmonthly (?:fees?|rent|charges?|subscription|retainer)\b/i.test(
      style.flat,
    );
  const yearly = /\b(?:per|a|each|every) (?:year|annum|Contract Year)\b|\bannual(?:ly)?\b|\byearly\b/i.test(style.flat);
  return monthly && !yearly ? 3 : 12;
}

function lockIn(termMonths: number | undefined): number {
  if (termMonths === undefined || (termMonths > 12 && termMonths < 36)) return 12;
  return termMonths >= 36 ? 24 : Math.max(3, Math.floor(termMonths / 2));
}
