/**
 * What a description in tying words ("the reduced retainer") points at: the words that describe
 * each term (its clause, titles, table header and kind) as crude stems, matched by prefix.
 */
import type { Clause, Term } from '../model.js';
import { benefitLabels, concessionLabels } from '../describe.js';
import type { Index, LinkInput } from './types.js';
import { proseAncestry } from './structural.js';

/**
 * The first letters of the words a term is known by when tying words describe it ("the reduced
 * retainer"): only a sentence that shares one can take the term for what it describes.
 */
export function describingKeys(input: LinkInput, t: Term): string[] {
  return [...termWords(input, t), ...sentenceWords(input, t)].map((w) => w.slice(0, 4));
}

/** Whether a sentence has a word that starts with one of `keys`. */
export function sentenceShares(input: LinkInput, s: number, keys: ReadonlySet<string>): boolean {
  const sentence = input.sentences[s]!;
  for (const w of stems(input.prose.slice(sentence.start, sentence.end), input.partyWords))
    if (keys.has(w.slice(0, 4))) return true;
  return false;
}

const STOP = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'such',
  'its',
  'their',
  'and',
  'for',
  'under',
  'with',
  'from',
  'described',
  'above',
  'below',
  'set',
  'out',
  'forth',
  'section',
  'sections',
  'clause',
  'clauses',
  'paragraph',
  'paragraphs',
  'article',
  'agreement',
  'amendment',
  'pursuant',
  'herein',
  'hereof',
  'provided',
  'granted',
  'given',
  'shown',
  'line',
  'each',
  'all',
  'any',
  'which',
  'agreed',
  'term',
]);

/** Party names split into words, once per list of names, with the stems already read for them. */
const partyWordSets = new WeakMap<readonly string[], { words: Set<string>; stems: Map<string, Set<string>> }>();

/** The stems read, by the party words they were read with: an edited text's terms are new objects with the same words. */
const stemCaches = new Map<string, Map<string, Set<string>>>();

/** Enough for the terms and sentences of a long contract; past it a cache starts over. */
const STEM_CACHE_SIZE = 50_000;

/** Crude stems: "reduced", "reduction" → "reduc…"; compared by prefix so that either form matches. Shared: never change one. */
export function stems(text: string, partyWords: readonly string[]): Set<string> {
  let parties = partyWordSets.get(partyWords);
  if (!parties) {
    const words = new Set(partyWords.flatMap((w) => w.toLowerCase().split(/\W+/)));
    const key = [...words].join(' ');
    let cache = stemCaches.get(key);
    if (!cache) {
      if (stemCaches.size >= 16) stemCaches.clear();
      stemCaches.set(key, (cache = new Map()));
    }
    partyWordSets.set(partyWords, (parties = { words, stems: cache }));
  }
  const known = parties.stems.get(text);
  if (known) return known;
  if (parties.stems.size >= STEM_CACHE_SIZE) parties.stems.clear();
  const out = readStems(text, parties.words);
  parties.stems.set(text, out);
  return out;
}

function readStems(text: string, parties: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const word of text
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .flatMap((w) => [w, ...(w.includes('-') ? w.split('-') : [])])) {
    if (word.length < 4 || STOP.has(word) || parties.has(word) || /^\d/.test(word)) continue;
    out.add(word.replace(/(?:ations?|ments?|ings?|ions?|ers?|ed|es|s)$/, ''));
  }
  return out;
}

/** How many of `words` appear among `own`, a stem matching when one (of four letters or more) is a prefix of the other. */
export function overlap(words: Set<string>, own: Set<string>): number {
  // Stems that match share their first four letters: only those are compared.
  const byPrefix = prefixIndex(own);
  let hits = 0;
  for (const w of words) {
    if (w.length < 4) continue;
    if (byPrefix.get(w.slice(0, 4))?.some((o) => (w.length <= o.length ? o.startsWith(w) : w.startsWith(o)))) hits++;
  }
  return hits;
}

/** Stems of four letters or more by their first four, once per set of stems (sets are shared, never changed). */
const prefixIndexes = new WeakMap<Set<string>, Map<string, string[]>>();

function prefixIndex(own: Set<string>): Map<string, string[]> {
  let index = prefixIndexes.get(own);
  if (!index) {
    index = new Map();
    for (const o of own) {
      if (o.length < 4) continue;
      const key = o.slice(0, 4);
      const list = index.get(key);
      if (list) list.push(o);
      else index.set(key, [o]);
    }
    prefixIndexes.set(own, index);
  }
  return index;
}

/** Terms of the wanted type whose clause shares most of a description's words (one word will do in the same clause). */
export function describedTerms(
  input: LinkInput,
  index: Index,
  description: string,
  wanted: 'concession' | 'benefit',
  sentenceIndex: number,
): Set<Term> {
  const words = stems(description, input.partyWords);
  const found = new Set<Term>();
  if (words.size === 0) return found;
  // "the 10% credit" describes a concession, never a give-back that happens to share its clause.
  const other = wanted === 'concession' ? 'benefit' : 'concession';
  if (overlap(words, kindWords[other]) > 0 && overlap(words, kindWords[wanted]) === 0) return found;
  const { clauses, sentences } = input;
  const here = new Set(proseAncestry(clauses, sentences[sentenceIndex]!.clause));
  let best = 0;
  const scored: [Term, number][] = [];
  // Only terms that share a word with the description can fit it.
  const candidates = new Set<Term>();
  for (const w of words) for (const t of index.termsByStem.get(w.slice(0, 4)) ?? []) candidates.add(t);
  // "in return for that longer commitment" points back at a term of its own sentence.
  const pointsBack = /^\s*(?:that|this|such|those|these)\b/i.test(description);
  for (const t of candidates) {
    if (t.type !== wanted || (t.sentence === sentenceIndex && !pointsBack)) continue;
    const sameClause = t.clause === sentences[sentenceIndex]!.clause;
    // In the tie's own clause, the clause's words are the tie's too: only the term's sentence tells terms apart.
    const own = sameClause ? sentenceWords(input, t) : termWords(input, t);
    const hits = overlap(words, own);
    const score = hits / words.size;
    const near = proseAncestry(clauses, t.clause).some((id) => here.has(id));
    if ((near && hits >= 1) || (hits >= Math.min(2, words.size) && score >= 0.6)) {
      // A description in the term's own clause ("The waiver … is given in consideration of") is about it.
      const fit = sameClause ? 2 : near ? 1 : score;
      scored.push([t, fit]);
      best = Math.max(best, fit);
    }
  }
  // A description names one thing: only the terms it fits about as well as the best (a word more or less in six).
  for (const [t, score] of scored) if (score >= best - 0.1) found.add(t);
  return found;
}

/** The words that name a kind of concession or of give-back, and only that. */
const kindWords = ((): Record<Term['type'], Set<string>> => {
  const concession = stems(Object.values(concessionLabels).join(' '), []);
  const benefit = stems(Object.values(benefitLabels).join(' '), []);
  const only = (a: Set<string>, b: Set<string>): Set<string> => new Set([...a].filter((w) => !b.has(w)));
  return { concession: only(concession, benefit), benefit: only(benefit, concession) };
})();

/** The words that describe a term, computed once per term: its clause, titles above, table header and kind. */
const termWordCache = new WeakMap<Term, Set<string>>();

export function termWords(input: LinkInput, t: Term): Set<string> {
  const cached = termWordCache.get(t);
  if (cached) return cached;
  const clause = input.clauses[t.clause]!;
  const kind = t.type === 'concession' ? concessionLabels[t.kind] : benefitLabels[t.kind];
  const words = stems(
    `${input.prose.slice(clause.textStart, clause.textEnd)} ${clause.title ?? ''} ` +
      `${titlesAbove(input.clauses, clause)} ${tableHeader(input, clause)} ${kind}`,
    input.partyWords,
  );
  termWordCache.set(t, words);
  return words;
}

/** The words of a term's own sentence and kind. */
function sentenceWords(input: LinkInput, t: Term): Set<string> {
  const sentence = input.sentences[t.sentence]!;
  const kind = t.type === 'concession' ? concessionLabels[t.kind] : benefitLabels[t.kind];
  return stems(`${input.prose.slice(sentence.start, sentence.end)} ${kind}`, input.partyWords);
}

/** The header row of the table a row belongs to ("Product | List Price | Adjustment"). */
function tableHeader(input: LinkInput, clause: Clause): string {
  if (clause.kind !== 'table-row') return '';
  for (let id = clause.id; id >= 0; id--) {
    const c = input.clauses[id]!;
    if (c.kind !== 'table-row') break;
    if (c.header) return input.prose.slice(c.textStart, c.textEnd);
  }
  return '';
}

function titlesAbove(clauses: readonly Clause[], clause: Clause): string {
  const titles: string[] = [];
  for (
    let c: Clause | undefined = clause.parent === undefined ? undefined : clauses[clause.parent];
    c;
    c = c.parent === undefined ? undefined : clauses[c.parent]
  )
    if (c.title && c.kind !== 'heading') titles.push(c.title);
  return titles.join(' ');
}
