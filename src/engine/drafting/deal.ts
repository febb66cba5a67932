/**
 * What kind of deal a contract is, read from its parties and its title: what the party giving back
 * trades in (lexicons/deals.ts).
 */
import type { Party } from '../model.js';
import { dealTitles, GOODS_PARTY, PARTNER_PARTY, type Currency, type Deal } from '../lexicons/deals.js';

export type { Deal, Currency };

/** How much of the opening names the kind of deal: its title. */
const DEAL_TITLE_SPAN = 600;

const deals = new WeakMap<readonly Party[], Deal>();

/** The kind of deal, read once per review: an employee or a tenant says so by its role, the rest by the title. */
export function dealOf(source: { text: string; parties: readonly Party[] }): Deal {
  let deal = deals.get(source.parties);
  if (!deal) deals.set(source.parties, (deal = readDeal(source.text, source.parties)));
  return deal;
}

function readDeal(text: string, parties: readonly Party[]): Deal {
  if (parties.some((p) => p.role === 'employee' || p.role === 'employer')) return 'employment';
  const opening = text.slice(0, DEAL_TITLE_SPAN);
  for (const { deal, title, unless } of dealTitles) {
    const m = title.exec(opening);
    // What the title says besides the kind ("Software License", "Supply and Development") can make it a sale.
    if (m && !(unless && unless.test(m.length > 1 ? `${m[1] ?? ''} ${m[2] ?? ''}` : m[0]))) return deal;
  }
  const named = (pattern: RegExp): boolean => parties.some((p) => [p.name, ...p.aliases].some((n) => pattern.test(n)));
  if (named(PARTNER_PARTY)) return 'partnership';
  if (parties.some((p) => p.role === 'tenant' || p.role === 'landlord')) return 'lease';
  if (named(GOODS_PARTY)) return 'goods';
  return 'services';
}
