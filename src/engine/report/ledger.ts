/**
 * The give/get ledger of one contract, as plain data for every report (webview, Markdown, HTML):
 * what each party gives and gets, the net balance in counts and in the figures the contract
 * states, and one row per concession with its status.
 */
import type { Party, Review, Term, TermValue } from '../model.js';
import {
  benefitLabels,
  concessionLabels,
  notCounted,
  partyName,
  placeOf,
  quote,
  statusWords,
  unitWord,
} from '../describe.js';
import { LineIndex } from '../lines.js';
import { isOpen, termById } from '../lookup.js';

export interface LedgerItem {
  id: string;
  type: 'concession' | 'benefit';
  kind: string;
  label: string;
  /** "18% discount", "24 months more term", "USD 60,000 credit". */
  value?: string;
  text: string;
  where: string;
  line: number;
  start: number;
  end: number;
}

export interface PartyLedger {
  id: string;
  name: string;
  alias: string;
  role: string;
  gives: LedgerItem[];
  gets: LedgerItem[];
  /** Sums of what it gives and gets, by unit: "15% + 20% discount", "USD 60,000", "24 months". */
  givesTotals: string[];
  getsTotals: string[];
  /** Its concessions that nothing balances. */
  unbalanced: number;
  /** How a report names it: its alias, with its name and role where they add something. */
  display: string;
  /** One line: "gives 15% discount, …; gets reference, …; 4 of its 5 concessions unbalanced". */
  balance: string;
}

/** A drafted give-back to ask for. */
export interface Ask {
  kind: string;
  title: string;
  text: string;
}

export interface ConcessionRow extends LedgerItem {
  grantor: string;
  beneficiary: string;
  /** `accepted`: unbalanced, but accepted as intentional by an inline comment. */
  status: 'balanced' | 'unbalanced' | 'optional-only' | 'mutual' | 'accepted';
  /** "balanced by reference in Section 13.1", "unbalanced", "balanced only by an optional testimonial". */
  statusText: string;
  /** The status as one word and the tone it is shown in: the word and the colour always agree. */
  statusWord: string;
  tone: 'ok' | 'warn' | 'muted';
  balancedBy: string[];
  /** "reference in Section 1.3", for each give-back that balances it. */
  balancedByText: string[];
  /** Give-backs tied to it that do not count, and why: "testimonial in Section 3.2: it is optional". */
  considered: string[];
  /** Drafted give-backs to ask for, best first (none once it is balanced). */
  asks: Ask[];
}

export interface Ledger {
  title: string;
  parties: PartyLedger[];
  concessions: ConcessionRow[];
  benefits: LedgerItem[];
  counts: {
    concessions: number;
    unbalanced: number;
    optionalOnly: number;
    balanced: number;
    mutual: number;
    accepted: number;
    benefits: number;
  };
  /** One line for a summary: "3 of 7 concessions get nothing back". */
  summary: string;
}

/** Builds the ledger of a reviewed contract. */
export function ledger(review: Review): Ledger {
  const item = itemOf(review);
  const concessions = concessionRows(review, item);
  const benefits = review.terms.filter((t) => t.type === 'benefit').map(item);
  const parties = review.parties.map((p) => partyLedger(review, p, concessions, item));
  const count = (s: ConcessionRow['status']): number => concessions.filter((c) => c.status === s).length;
  const counts = {
    concessions: concessions.length,
    unbalanced: count('unbalanced'),
    optionalOnly: count('optional-only'),
    balanced: count('balanced'),
    mutual: count('mutual'),
    accepted: count('accepted'),
    benefits: benefits.length,
  };
  const open = counts.unbalanced + counts.optionalOnly;
  const title = review.clauses.find((c) => c.kind === 'heading')?.title ?? firstLine(review);
  return {
    title,
    parties,
    concessions,
    benefits,
    counts,
    summary: `${open} of ${counts.concessions} concession${counts.concessions === 1 ? '' : 's'} get${open === 1 ? 's' : ''} nothing binding back`,
  };
}

/** A term as the ledger lists it: its label, figures, quote and place. */
function itemOf(review: Review): (t: Term) => LedgerItem {
  const lines = new LineIndex(review.text);
  const unit = unitWord(review.references);
  return (t) => ({
    id: t.id,
    type: t.type,
    kind: t.kind,
    label: t.type === 'concession' ? concessionLabels[t.kind] : benefitLabels[t.kind],
    value: valueText(t),
    text: quote(review, t, 160),
    where: placeOf(review.clauses, review.clauses[t.clause]!, unit),
    line: lines.position(t.start).line,
    start: t.start,
    end: t.end,
  });
}

/** Each concession with who grants it, its status and why, and the give-backs to ask for while it is open. */
function concessionRows(review: Review, item: (t: Term) => LedgerItem): ConcessionRow[] {
  const judgements = new Map(review.judgements.map((j) => [j.concession, j]));
  const accepted = new Map(
    review.suppressed
      .filter((f) => f.ruleId === 'unreciprocated-concession' && f.concession)
      .map((f) => [f.concession!, f.reason]),
  );
  const asksOf = new Map(
    review.findings
      .filter((f) => f.ruleId === 'unreciprocated-concession' && f.concession)
      .map((f) => [f.concession!, (f.suggestions ?? []).map((a) => ({ kind: a.kind, title: a.title, text: a.text }))]),
  );
  const benefitLabel = (id: string): string =>
    benefitLabels[termById(review.terms, id)!.kind as keyof typeof benefitLabels];
  const benefitAt = (id: string): string => `${benefitLabel(id)} ${item(termById(review.terms, id)!).where}`;
  return review.terms
    .filter((t) => t.type === 'concession')
    .map((t) => {
      const j = judgements.get(t.id)!;
      const balancedByText = j.balancedBy.map(benefitAt);
      const status = accepted.has(t.id) ? ('accepted' as const) : j.status;
      const { word, tone, text } = statusWords[status];
      const optional = j.considered.filter((c) => c.reason === 'optional').map((c) => benefitLabel(c.benefit));
      const statusText: Record<ConcessionRow['status'], string> = {
        accepted: `${text}${accepted.get(t.id) ? `: ${accepted.get(t.id)}` : ''}`,
        balanced: `balanced by ${balancedByText.join(', ')}`,
        'optional-only': `unbalanced: only an optional ${optional.join(', ')} comes back`,
        unbalanced: 'unbalanced: nothing comes back',
        mutual: text,
      };
      return {
        ...item(t),
        grantor: partyName(review.parties, t.by),
        beneficiary: partyName(review.parties, t.to),
        balancedBy: j.balancedBy,
        balancedByText,
        considered: j.considered.map((c) => `${benefitAt(c.benefit)}: ${notCounted[c.reason]}`),
        status,
        statusText: statusText[status],
        statusWord: word,
        tone,
        asks: status === 'unbalanced' || status === 'optional-only' ? (asksOf.get(t.id) ?? []) : [],
      };
    });
}

/** What a party gives and gets, with the figures, and how many of its concessions are open. */
function partyLedger(
  review: Review,
  p: Party,
  concessions: ConcessionRow[],
  item: (t: Term) => LedgerItem,
): PartyLedger {
  const given = review.terms.filter((t) => t.by === p.id);
  const got = review.terms.filter((t) => t.to === p.id);
  const alias = p.aliases[0] ?? p.name;
  const givesTotals = totals(given);
  const getsTotals = totals(got);
  const own = given.filter((t) => t.type === 'concession').length;
  const unbalanced = concessions.filter((c) => isOpen(c) && termById(review.terms, c.id)!.by === p.id).length;
  const tally = own
    ? `${unbalanced} of its ${own} concession${own === 1 ? '' : 's'} unbalanced`
    : 'no concessions of its own';
  return {
    id: p.id,
    name: p.name,
    alias,
    role: p.role,
    gives: given.map(item),
    gets: got.map(item),
    givesTotals,
    getsTotals,
    unbalanced,
    display: displayName(alias, p.name, p.role),
    balance: `gives ${listed(givesTotals)}; gets ${listed(getsTotals)}; ${tally}`,
  };
}

/** "Provider", "Acme Software, Inc. (Provider)", not "Provider Provider · provider". */
function displayName(alias: string, name: string, role: string): string {
  const same = (a: string, b: string): boolean =>
    a.toLowerCase().replace(/^the /, '') === b.toLowerCase().replace(/^the /, '');
  const named = same(alias, name) ? alias : `${name} (${alias})`;
  return same(alias, role) || role === 'party' ? named : `${named}, ${role}`;
}

/** "discount (15%), reference", or "nothing". */
function listed(totals: readonly string[]): string {
  return totals.length ? totals.map((t) => t.replace(/^1 × /, '')).join(', ') : 'nothing';
}

/** The first line that reads as words, for a contract without a heading. */
function firstLine(review: Review): string {
  for (let from = 0; from < review.text.length;) {
    const newline = review.text.indexOf('\n', from);
    const to = newline === -1 ? review.text.length : newline;
    const line = quote(review, { start: from, end: to }, 120);
    if (line) return line;
    from = to + 1;
  }
  return '';
}

/** "15% discount", "USD 60,000 credit", "24 months", "payment in 60 days". */
export function valueText(t: Term): string | undefined {
  return t.value && figuresOf(t.value);
}

/** "15%", "USD 60,000", "24 months, 60 days": the figures a term states, or undefined. */
export function figuresOf(v: TermValue): string | undefined {
  const parts: string[] = [];
  if (v.percent !== undefined) parts.push(`${v.percent}%`);
  if (v.amount) parts.push(`${v.amount.currency} ${v.amount.value.toLocaleString('en-US')}`);
  if (v.months !== undefined) parts.push(`${v.months} month${v.months === 1 ? '' : 's'}`);
  if (v.days !== undefined) parts.push(`${v.days} day${v.days === 1 ? '' : 's'}`);
  return parts.length ? parts.join(', ') : undefined;
}

/** Adds up what a list of terms states, kind by kind: "discounts 15% + 20%", "term +24 months". */
function totals(terms: Term[]): string[] {
  const out: string[] = [];
  const byKind = new Map<string, Term[]>();
  for (const t of terms) byKind.set(t.kind, [...(byKind.get(t.kind) ?? []), t]);
  for (const [kind, list] of byKind) {
    const label =
      list[0]!.type === 'concession'
        ? concessionLabels[kind as keyof typeof concessionLabels]
        : benefitLabels[kind as keyof typeof benefitLabels];
    const percents = list.map((t) => t.value?.percent).filter((n): n is number => n !== undefined);
    const amounts = new Map<string, number>();
    for (const t of list)
      if (t.value?.amount)
        amounts.set(t.value.amount.currency, (amounts.get(t.value.amount.currency) ?? 0) + t.value.amount.value);
    const months = list.reduce((m, t) => m + (t.value?.months ?? 0), 0);
    const days = list.map((t) => t.value?.days).filter((n): n is number => n !== undefined);
    const figures = [
      ...(percents.length ? [percents.map((p) => `${p}%`).join(' + ')] : []),
      ...[...amounts].map(([c, v]) => `${c} ${v.toLocaleString('en-US')}`),
      ...(months ? [`${months} months`] : []),
      ...(days.length ? [days.map((d) => `${d} days`).join(', ')] : []),
    ];
    out.push(`${list.length} × ${label}${figures.length ? ` (${figures.join('; ')})` : ''}`);
  }
  return out;
}
