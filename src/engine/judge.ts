/**
 * Stage 6: is each concession reciprocated? Only a binding give-back that flows back from the
 * beneficiary to the grantor, and is tied to it, balances it. Mutual terms balance themselves, as
 * do exits at will that each side holds.
 */
import type { Benefit, Concession, Judgement, MismatchReason, Sentence, Term, Tie } from './model.js';
import { tiesOf } from './lookup.js';

/** The readings of a right to leave: "may terminate", "may cancel", "if it wishes to end". */
const EXIT_RIGHT = new Set(['exit-flexibility.terminate', 'exit-flexibility.wishes']);

/**
 * The exits at will each side holds against the other, each in its own sentence ("We may terminate
 * … at any time, with or without cause"; "You may cancel at any time"): neither then concedes an
 * exit to the other. Each exit is read once, and paired with those running the other way.
 */
function exitsBothWays(terms: readonly Term[], exit: (t: Term) => ExitReading): Set<string> {
  const atWill = terms
    .filter((t) => t.type === 'concession' && EXIT_RIGHT.has(t.cue) && t.by !== 'unknown' && t.to !== 'unknown')
    .map((t) => ({ term: t, reading: exit(t) }))
    .filter(({ reading }) => reading.atWill);
  const mutual = new Set<string>();
  for (const mine of atWill)
    for (const theirs of atWill) {
      const { term: a } = mine;
      const { term: b } = theirs;
      if (a.sentence === b.sentence || b.by !== a.to || b.to !== a.by) continue;
      // Ten days' notice against twelve months' is a shorter notice conceded, not the same exit; the
      // exit that needs the longer notice concedes nothing the other side lacks.
      const [mineDays, theirDays] = [mine.reading.noticeDays, theirs.reading.noticeDays];
      const longer = mineDays !== undefined && theirDays !== undefined && mineDays > theirDays;
      if (comparableNotice(mineDays, theirDays) || longer) mutual.add(a.id);
    }
  return mutual;
}

/**
 * Concessions that mirror each other ("Conformis waives any right … to withhold Stryker's property", and
 * the same of Stryker): the same words each way, with the parties swapped, are one term held by both.
 */
function mirroredBothWays(terms: readonly Term[], wording: (t: Term) => string): Set<string> {
  const byWords = new Map<string, Term[]>();
  for (const t of terms) {
    if (t.type !== 'concession' || t.by === 'both' || t.by === 'unknown' || t.to === 'unknown') continue;
    const key = `${t.cue} ${wording(t)}`;
    const same = byWords.get(key);
    if (same) same.push(t);
    else byWords.set(key, [t]);
  }
  const mirrored = new Set<string>();
  for (const same of byWords.values())
    for (const a of same)
      if (same.some((b) => b.by === a.to && b.to === a.by && b.sentence !== a.sentence)) mirrored.add(a.id);
  return mirrored;
}

/**
 * A term's sentence with the parties' names ("Stryker's", "Conformis'") and its enumerator blanked, so that terms
 * that mirror each other read alike. The sentence, not the span: a span may be the bare verb ("The Landlord
 * waives"). The names, longest first, are sorted once per review.
 */
export function mirrorWording(
  prose: string,
  sentences: readonly Sentence[],
  partyWords: readonly string[],
): (t: Term) => string {
  const names = partyWords.filter(Boolean).sort((a, b) => b.length - a.length);
  return (t) => {
    const sentence = sentences[t.sentence]!;
    let masked = prose
      .slice(sentence.start, sentence.end)
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\(?[a-z\d]{1,4}\)\s*/i, '');
    for (const name of names) masked = masked.split(name).join('\u0000');
    return masked.replace(/\u0000(?:'s|’s|'|’)/g, '\u0000');
  };
}

/** What an exit's sentence says of it: whether it needs no cause, and the notice it takes, in days. */
export interface ExitReading {
  atWill: boolean;
  noticeDays?: number;
}

/** Notices no more than twice as long as each other, or not stated. */
function comparableNotice(a: number | undefined, b: number | undefined): boolean {
  return a === undefined || b === undefined || Math.max(a, b) <= 2 * Math.max(1, Math.min(a, b));
}

/** Judges every concession against the give-backs tied to it. */
export function judge(
  terms: readonly Term[],
  ties: readonly Tie[],
  exit: (t: Term) => ExitReading = () => ({ atWill: false }),
  wording?: (t: Term) => string,
): Judgement[] {
  const byId = new Map(terms.map((t) => [t.id, t]));
  // Held each way: exits at will on like notice, and terms in the same words with the parties swapped.
  const heldEachWay = exitsBothWays(terms, exit);
  if (wording) for (const id of mirroredBothWays(terms, wording)) heldEachWay.add(id);
  const judgements: Judgement[] = [];
  for (const concession of terms) {
    if (concession.type !== 'concession') continue;
    const judgement: Judgement = { concession: concession.id, status: 'unbalanced', balancedBy: [], considered: [] };
    if (concession.by === 'both' || heldEachWay.has(concession.id)) {
      judgement.status = 'mutual';
      judgements.push(judgement);
      continue;
    }
    for (const tie of tiesOf(ties, 'concession', concession.id)) {
      const benefit = byId.get(tie.benefit) as Benefit | undefined;
      if (!benefit) continue;
      const reason = mismatch(concession, benefit);
      if (reason) judgement.considered.push({ benefit: benefit.id, reason });
      else judgement.balancedBy.push(benefit.id);
    }
    if (judgement.balancedBy.length) judgement.status = 'balanced';
    else if (judgement.considered.some((c) => c.reason === 'optional')) judgement.status = 'optional-only';
    judgements.push(judgement);
  }
  return judgements;
}

/** Why a tied give-back does not balance a concession, or undefined when it does. */
export function mismatch(concession: Concession, benefit: Benefit): MismatchReason | undefined {
  if (benefit.by === 'both') return 'mutual';
  // A mutual concession goes to each side, so either side's give-back flows back ("Either of us may end this
  // engagement …, subject to paragraph 5.2", the lock-in one side took).
  const flowsBack =
    concession.to === 'both' ||
    (concession.to === 'unknown' || benefit.by === 'unknown'
      ? benefit.by !== concession.by || benefit.by === 'unknown'
      : benefit.by === concession.to);
  if (!flowsBack) return 'same-party';
  if (!benefit.binding) return 'optional';
  return undefined;
}
