/**
 * A negotiation round: what each side conceded and gave back between two drafts of a contract.
 * Terms are matched across the drafts by what they are, not where they sit: the same kind, the
 * same direction between the same parties (known by legal name, so a renamed defined term still
 * matches), and the words of their sentence (without numbers and clause numbering), so that a
 * clause renumbered, moved or reworded is the same term. A matched term whose figures, whether it
 * is reciprocated or whether it binds changed is reported as changed; otherwise as unchanged.
 */
import type { PartyRef, Review, Term } from '../model.js';
import { toJsonFile, type JsonFile } from '../format/json.js';
import { readerText } from '../reading.js';

type ConcessionItem = JsonFile['concessions'][number];
type BenefitItem = JsonFile['benefits'][number];

export interface Changes<T> {
  added: T[];
  withdrawn: T[];
  changed: { before: T; after: T; what: string[] }[];
}

export interface RoundDiff {
  version: 1;
  old: string;
  new: string;
  parties: JsonFile['parties'];
  concessions: Changes<ConcessionItem>;
  benefits: Changes<BenefitItem>;
  /** Findings of the new draft that this round brought in. */
  findings: JsonFile['findings'];
}

/** How alike two sentences must be, in words, for terms of the same kind and direction to be one. */
const SAME_TERM = 0.34;

export function compareDrafts(oldPath: string, before: Review, newPath: string, after: Review): RoundDiff {
  const oldJson = toJsonFile(oldPath, before);
  const newJson = toJsonFile(newPath, after);
  const pairs = matchTerms(before, after);
  const matchedOld = new Map(pairs.map(([o, n]) => [o.id, n.id]));
  const matchedNew = new Map(pairs.map(([o, n]) => [n.id, o.id]));
  const oldItem = byId([...oldJson.concessions, ...oldJson.benefits]);
  const newItem = byId([...newJson.concessions, ...newJson.benefits]);
  const changes = <T extends ConcessionItem | BenefitItem>(type: Term['type']): Changes<T> => ({
    added: after.terms.filter((t) => t.type === type && !matchedNew.has(t.id)).map((t) => newItem.get(t.id) as T),
    withdrawn: before.terms.filter((t) => t.type === type && !matchedOld.has(t.id)).map((t) => oldItem.get(t.id) as T),
    changed: pairs.filter(([o]) => o.type === type).flatMap(([o, n]) => {
      const what = differences(oldItem.get(o.id)!, newItem.get(n.id)!);
      return what.length ? [{ before: oldItem.get(o.id) as T, after: newItem.get(n.id) as T, what }] : [];
    }),
  });
  const concessions = changes<ConcessionItem>('concession');
  // A finding is new unless the old draft had the same rule on the term it is about (or, for findings on no term, the same message).
  const oldFindings = new Set(oldJson.findings.map((f) => `${f.ruleId}|${f.concession ?? f.benefit ?? f.message}`));
  const findings = newJson.findings.filter((f) => {
    const about = f.concession ?? f.benefit;
    const was = about ? matchedNew.get(about) : f.message;
    return !was || !oldFindings.has(`${f.ruleId}|${was}`);
  });
  return { version: 1, old: oldPath, new: newPath, parties: newJson.parties, concessions, benefits: changes<BenefitItem>('benefit'), findings };
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((i) => [i.id, i]));
}

/** What changed in a term that stayed: its figures, whether it is reciprocated, whether it binds. */
function differences(before: ConcessionItem | BenefitItem, after: ConcessionItem | BenefitItem): string[] {
  const what: string[] = [];
  if (JSON.stringify(before.value ?? null) !== JSON.stringify(after.value ?? null)) what.push('figures');
  if ('status' in before && 'status' in after && (before.status === 'unbalanced' || before.status === 'optional-only') !== (after.status === 'unbalanced' || after.status === 'optional-only')) what.push('reciprocation');
  if ('binding' in before && 'binding' in after && before.binding !== after.binding) what.push('binding');
  return what;
}

/** Pairs of terms, one per draft, that are the same term: best matches first, each term once. */
function matchTerms(before: Review, after: Review): [Term, Term][] {
  const oldWords = new Map(before.terms.map((t) => [t.id, sentenceWords(before, t)]));
  const newWords = new Map(after.terms.map((t) => [t.id, sentenceWords(after, t)]));
  const candidates: { o: Term; n: Term; score: number }[] = [];
  for (const o of before.terms) {
    for (const n of after.terms) {
      if (o.type !== n.type || o.kind !== n.kind) continue;
      if (party(before, o.by) !== party(after, n.by) || party(before, o.to) !== party(after, n.to)) continue;
      const score = overlap(oldWords.get(o.id)!, newWords.get(n.id)!);
      if (score >= SAME_TERM) candidates.push({ o, n, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score || Math.abs(a.o.start - a.n.start) - Math.abs(b.o.start - b.n.start));
  const used = new Set<string>();
  const pairs: [Term, Term][] = [];
  for (const { o, n } of candidates) {
    if (used.has(`o${o.id}`) || used.has(`n${n.id}`)) continue;
    used.add(`o${o.id}`).add(`n${n.id}`);
    pairs.push([o, n]);
  }
  return pairs;
}

/** A party as both drafts know it: by legal name, which survives renaming its defined term. */
function party(review: Review, ref: PartyRef): string {
  if (ref === 'both' || ref === 'unknown') return ref;
  const p = review.parties.find((x) => x.id === ref);
  return (p?.name ?? ref).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The words of a term's sentence, without figures, clause numbers and capitalised defined terms' case. */
function sentenceWords(review: Review, term: Term): Set<string> {
  const sentence = review.sentences[term.sentence];
  const text = sentence ? readerText(review, sentence.start, sentence.end) : readerText(review, term.start, term.end);
  return new Set(text.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? []);
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}
