/**
 * The give/get ledger of one contract, as plain data for every report (webview, Markdown, HTML):
 * what each party gives and gets, the net balance in counts and in the figures the contract
 * states, and one row per concession with its status.
 */
import type { Review, Term, TermValue } from '../model.js';
import { benefitLabels, concessionLabels, partyName, quote, referTo, unitWord } from '../describe.js';
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
}

export interface ConcessionRow extends LedgerItem {
  grantor: string;
  beneficiary: string;
  /** `accepted`: unbalanced, but accepted as intentional by an inline comment. */
  status: 'balanced' | 'unbalanced' | 'optional-only' | 'mutual' | 'accepted';
  /** "balanced by reference in Section 13.1", "unbalanced", "balanced only by an optional testimonial". */
  statusText: string;
  balancedBy: string[];
}

export interface Ledger {
  title: string;
  parties: PartyLedger[];
  concessions: ConcessionRow[];
  benefits: LedgerItem[];
  counts: { concessions: number; unbalanced: number; optionalOnly: number; balanced: number; mutual: number; accepted: number; benefits: number };
  /** One line for a summary: "3 of 7 concessions get nothing back". */
  summary: string;
}

/** Builds the ledger of a reviewed contract. */
export function ledger(review: Review): Ledger {
  const lines = new LineIndex(review.text);
  const unit = unitWord(review.references);
  const item = (t: Term): LedgerItem => {
    const label = t.type === 'concession' ? concessionLabels[t.kind] : benefitLabels[t.kind];
    const where = referTo(review.clauses, review.clauses[t.clause]!, unit);
    return {
      id: t.id, type: t.type, kind: t.kind, label, value: valueText(t), text: quote(review, t, 160),
      where: where.startsWith('under') || where === 'above' ? where : `in ${where}`, line: lines.position(t.start).line, start: t.start, end: t.end,
    };
  };
  const judgements = new Map(review.judgements.map((j) => [j.concession, j]));
  const accepted = new Map(review.suppressed.filter((f) => f.ruleId === 'unreciprocated-concession' && f.concession).map((f) => [f.concession!, f.reason]));
  const concessions: ConcessionRow[] = review.terms.filter((t) => t.type === 'concession').map((t) => {
    const j = judgements.get(t.id)!;
    const base = item(t);
    const by = j.balancedBy.map((id) => termById(review.terms, id)!).map((b) => `${benefitLabels[b.kind as keyof typeof benefitLabels]} ${item(b).where}`);
    const optional = j.considered.filter((c) => c.reason === 'optional').map((c) => termById(review.terms, c.benefit)!);
    if (accepted.has(t.id)) {
      const reason = accepted.get(t.id);
      return { ...base, grantor: partyName(review.parties, t.by), beneficiary: partyName(review.parties, t.to), status: 'accepted' as const, statusText: `accepted as intentional${reason ? `: ${reason}` : ''}`, balancedBy: [] };
    }
    const statusText = j.status === 'balanced' ? `balanced by ${by.join(', ')}`
      : j.status === 'mutual' ? 'mutual: both parties give it'
        : j.status === 'optional-only' ? `balanced only by an optional ${optional.map((b) => benefitLabels[b.kind as keyof typeof benefitLabels]).join(', ')}`
          : 'unbalanced: nothing comes back';
    return { ...base, grantor: partyName(review.parties, t.by), beneficiary: partyName(review.parties, t.to), status: j.status, statusText, balancedBy: j.balancedBy };
  });
  const benefits = review.terms.filter((t) => t.type === 'benefit').map(item);
  const parties: PartyLedger[] = review.parties.map((p) => {
    const gives = review.terms.filter((t) => t.by === p.id).map(item);
    const gets = review.terms.filter((t) => t.to === p.id).map(item);
    return {
      id: p.id, name: p.name, alias: p.aliases[0] ?? p.name, role: p.role, gives, gets,
      givesTotals: totals(review.terms.filter((t) => t.by === p.id)), getsTotals: totals(review.terms.filter((t) => t.to === p.id)),
      unbalanced: concessions.filter((c) => isOpen(c) && termById(review.terms, c.id)!.by === p.id).length,
    };
  });
  const count = (s: ConcessionRow['status']): number => concessions.filter((c) => c.status === s).length;
  const counts = { concessions: concessions.length, unbalanced: count('unbalanced'), optionalOnly: count('optional-only'), balanced: count('balanced'), mutual: count('mutual'), accepted: count('accepted'), benefits: benefits.length };
  const open = counts.unbalanced + counts.optionalOnly;
  const title = review.clauses.find((c) => c.kind === 'heading')?.title ?? firstLine(review);
  return { title, parties, concessions, benefits, counts, summary: `${open} of ${counts.concessions} concession${counts.concessions === 1 ? '' : 's'} get${open === 1 ? 's' : ''} nothing binding back` };
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
  const v: TermValue | undefined = t.value;
  if (!v) return undefined;
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
    const label = list[0]!.type === 'concession' ? concessionLabels[kind as keyof typeof concessionLabels] : benefitLabels[kind as keyof typeof benefitLabels];
    const percents = list.map((t) => t.value?.percent).filter((n): n is number => n !== undefined);
    const amounts = new Map<string, number>();
    for (const t of list) if (t.value?.amount) amounts.set(t.value.amount.currency, (amounts.get(t.value.amount.currency) ?? 0) + t.value.amount.value);
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
