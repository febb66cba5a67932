/**
 * How a contract charges, for the drafts: whether fees fall due by the period (then months can be
 * paid ahead) or are a share of what is sold (then they cannot).
 */

/** A fixed charge for a period: "fees of $5,000 per month", rent (the noun, not "may not rent"), a subscription. */
const FIXED_CHARGE = [
  // Not interest ("1% per month") nor a review date.
  '(?<!\\b(?:finance|late|interest|delinquency)\\s)\\b(?:fees?|charges?|retainer|subscription)\\s+' +
    '(?:of\\s+)?(?:[A-Z]{3}\\s?|[$£€])[\\d,.]+\\s+(?:per|a|each|every)\\s+(?:calendar\\s+)?(?:month|year|quarter|annum)\\b',
  '\\b(?:the|monthly|annual|yearly|quarterly|base|basic|principal|initial)\\s+rent(?:al)?s?\\b',
  '\\bsubscription\\s+(?:fees?|term|period)\\b|\\bMRC\\b',
];

/** A charge that falls due by the period: "monthly fee", "annual subscription", and every fixed charge. */
const PERIODIC_CHARGE = /* @__PURE__ */ new RegExp(
  [
    // Not royalties reported each quarter: a share of sales is no charge for a period.
    '\\b(?:monthly|annual|yearly|quarterly|recurring)\\s+(?:(?!royalt)[\\w-]+\\s+){0,2}' +
      '(?:fees?|charges?|rentals?|payments?|subscriptions?|retainers?|instal(?:l)?ments?)\\b',
    ...FIXED_CHARGE,
  ].join('|'),
  'i',
);

const FIXED = /* @__PURE__ */ new RegExp(FIXED_CHARGE.join('|'), 'i');

/** A fee that is a share of what is sold: "a monthly royalty fee equal to 5% of Gross Room Revenue". */
const FEE_AS_SHARE = /* @__PURE__ */ new RegExp(
  [
    '\\b(?:fees?|royalt(?:y|ies)|commissions?|compensation)\\b[^.;]{0,60}?\\b(?:equal to|of|at)\\s+(?:\\S+\\s+){0,3}?' +
      '(?:[\\d.]+\\s?%|\\[\\*+\\]\\s?%|(?:per\\s?cent|percent)\\b)[^.;]{0,40}?\\bof\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}' +
      '(?:revenues?|sales|receipts|proceeds)\\b',
    // A revenue share ("Party B will obtain 70% of the remaining revenue") and a royalty fee are shares too.
    '\\b(?:obtain|receive|retain|keep|be entitled to)s?\\s+(?:\\S+\\s+){0,2}?[\\d.]+\\s?%\\s+of\\s+(?:the\\s+)?' +
      '(?:[\\w-]+\\s+){0,3}(?:revenues?|sales|receipts|proceeds|income)\\b',
    '\\broyalty\\s+fees?\\b',
  ].join('|'),
  'i',
);

/** Whether fees fall due by the period: a periodic charge, unless the fee is a share of revenue and nothing is fixed. */
export function chargesByPeriod(flat: string): boolean {
  return PERIODIC_CHARGE.test(flat) && (FIXED.test(flat) || !FEE_AS_SHARE.test(flat));
}
