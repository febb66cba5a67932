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
import { conditionOpeners } from '../lexicons/language.js';

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
  // The old draft's items name parties as the new draft does (a renamed defined term is one party).
  const alias = renamedAliases(before, after);
  const oldItem = byId(
    [...oldJson.concessions, ...oldJson.benefits].map((i) => ({ ...i, by: alias(i.by), to: alias(i.to) })),
  );
  const newItem = byId([...newJson.concessions, ...newJson.benefits]);
  const changes = <T extends ConcessionItem | BenefitItem>(type: Term['type']): Changes<T> => ({
    added: after.terms.filter((t) => t.type === type && !matchedNew.has(t.id)).map((t) => newItem.get(t.id) as T),
    withdrawn: before.terms.filter((t) => t.type === type && !matchedOld.has(t.id)).map((t) => oldItem.get(t.id) as T),
    changed: pairs
      .filter(([o]) => o.type === type)
      .flatMap(([o, n]) => {
        const what = differences(oldItem.get(o.id)!, newItem.get(n.id)!);
        if (conditional(before, o) !== conditional(after, n)) what.push('condition');
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
  return {
    version: 1,
    old: oldPath,
    new: newPath,
    parties: newJson.parties,
    concessions,
    benefits: changes<BenefitItem>('benefit'),
    findings,
  };
}

/** Maps an old alias to the new draft's alias of the same party (by legal name), or keeps it. */
function renamedAliases(before: Review, after: Review): (alias: string) => string {
  const key = (name: string): string =>
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const newByName = new Map(after.parties.map((p) => [key(p.name), p.aliases[0] ?? p.name]));
  const map = new Map(
    before.parties.flatMap((p) => {
      const renamed = newByName.get(key(p.name));
      return renamed ? [[p.aliases[0] ?? p.name, renamed] as const] : [];
    }),
  );
  return (alias) => map.get(alias) ?? alias;
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((i) => [i.id, i]));
}

/** The lexicon's condition openers ("if", "provided that", "subject to" …), without the global flag its `test` would move. */
const CONDITION = new RegExp(conditionOpeners.source, conditionOpeners.flags.replace('g', ''));

/** Whether a term's sentence makes it conditional. */
function conditional(review: Review, term: Term): boolean {
  const sentence = review.sentences[term.sentence];
  return CONDITION.test(sentence ? readerText(review, sentence.start, sentence.end) : '');
}

/** What changed in a term that stayed: its figures, whether it is reciprocated, whether it binds. */
function differences(before: ConcessionItem | BenefitItem, after: ConcessionItem | BenefitItem): string[] {
  const what: string[] = [];
  if (JSON.stringify(before.value ?? null) !== JSON.stringify(after.value ?? null)) what.push('figures');
  if (
    'status' in before &&
    'status' in after &&
    (before.status === 'unbalanced' || before.status === 'optional-only') !==
      (after.status === 'unbalanced' || after.status === 'optional-only')
  )
    what.push('reciprocation');
  if ('binding' in before && 'binding' in after && before.binding !== after.binding) what.push('binding');
  return what;
}

/** Above this many pairs to weigh in one group of like terms, the rest are paired in document order. */
const MAX_PAIRS = 200_000;

/**
 * Pairs of terms, one per draft, that are the same term. Like terms (kind, direction, parties) are
 * grouped; in each group, terms with the very same words pair first, in document order; the rest
 * pair by how alike their words are, ties going to the closest rank in the group.
 */
function matchTerms(before: Review, after: Review): [Term, Term][] {
  const oldGroups = groups(before);
  const newGroups = groups(after);
  const pairs: [Term, Term][] = [];
  for (const [key, olds] of oldGroups) {
    const news = newGroups.get(key);
    if (news) pairs.push(...matchGroup(olds, news));
  }
  return pairs;
}

interface Read {
  term: Term;
  rank: number;
  words: Set<string>;
  key: string;
}

function groups(review: Review): Map<string, Read[]> {
  const party = partyNamer(review);
  const found = new Map<string, Read[]>();
  for (const term of review.terms) {
    const key = `${term.type}|${term.kind}|${party(term.by)}|${party(term.to)}`;
    const list = found.get(key) ?? [];
    const words = sentenceWords(review, term);
    list.push({ term, rank: list.length, words, key: [...words].sort().join(' ') });
    found.set(key, list);
  }
  return found;
}

function matchGroup(olds: Read[], news: Read[]): [Term, Term][] {
  const pairs: [Term, Term][] = [];
  const taken = new Set<Read>();
  // The very same words: the same term, whatever its number or place.
  const byWords = new Map<string, Read[]>();
  for (const n of news) byWords.set(n.key, [...(byWords.get(n.key) ?? []), n]);
  const left: Read[] = [];
  for (const o of olds) {
    const same = byWords.get(o.key)?.find((n) => !taken.has(n));
    if (same) {
      taken.add(same);
      pairs.push([o.term, same.term]);
    } else left.push(o);
  }
  const right = news.filter((n) => !taken.has(n));
  if (left.length * right.length > MAX_PAIRS) {
    for (let i = 0; i < Math.min(left.length, right.length); i++)
      if (overlap(left[i]!.words, right[i]!.words) >= SAME_TERM) pairs.push([left[i]!.term, right[i]!.term]);
    return pairs;
  }
  const candidates: { o: Read; n: Read; score: number }[] = [];
  for (const o of left)
    for (const n of right) {
      const score = overlap(o.words, n.words);
      if (score >= SAME_TERM) candidates.push({ o, n, score });
    }
  candidates.sort((a, b) => b.score - a.score || Math.abs(a.o.rank - a.n.rank) - Math.abs(b.o.rank - b.n.rank));
  for (const { o, n } of candidates) {
    if (taken.has(o) || taken.has(n)) continue;
    taken.add(o).add(n);
    pairs.push([o.term, n.term]);
  }
  return pairs;
}

/** Parties as both drafts know them: by legal name, which survives renaming a defined term. */
function partyNamer(review: Review): (ref: PartyRef) => string {
  const names = new Map(
    review.parties.map((p) => [
      p.id,
      p.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim(),
    ]),
  );
  return (ref) => names.get(ref) ?? ref;
}

/** The words of a term's sentence, without figures and clause numbers, in lower case. */
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
