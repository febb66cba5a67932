/**
 * Who is paid, read from the terms when neither the parties' roles nor the wording around payment
 * said: the party that gives discounts, credits, price holds or free extras is the one being paid
 * ("Brightwater will issue a credit"), and the party that prepays or commits to volume pays.
 * The terms whose grantor hinged on it ("the fee will be held at the 2025 amount") are then read again.
 */
import type { Party, Term } from '../model.js';
import { PRICE_KINDS } from '../terms/index.js';

/** Give-backs only a payer gives. */
const PAYER_KINDS = new Set<string>(['prepayment', 'volume-commitment']);

/** The two parties with their sides, when the terms agree on who is paid; otherwise undefined. */
export function sidesFromTerms(parties: readonly Party[], terms: readonly Term[]): Party[] | undefined {
  if (parties.length !== 2 || parties.some((p) => p.side)) return undefined;
  const payees = new Set<string>();
  for (const term of terms) {
    if (term.by === 'both' || term.by === 'unknown') continue;
    if (term.type === 'concession' && PRICE_KINDS.has(term.kind)) payees.add(term.by);
    if (term.type === 'benefit' && PAYER_KINDS.has(term.kind) && term.binding)
      payees.add(parties.find((p) => p.id !== term.by)!.id);
  }
  // Any disagreement, and the terms say nothing.
  if (payees.size !== 1) return undefined;
  const [payee] = payees;
  return parties.map((p) => {
    const side = p.id === payee ? 'payee' : 'payer';
    return { ...p, side, role: p.role === 'party' ? (side === 'payee' ? 'provider' : 'customer') : p.role };
  });
}
