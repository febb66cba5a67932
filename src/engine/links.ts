/**
 * Stage 5: what ties a give-back to a concession (LABELS.md): the same sentence, paragraph or
 * list item; the same top-level numbered section; a condition; or an explicit reference with
 * tying words ("in consideration of the discount in Section 4.2", "in exchange for the
 * Launch Discount", "in return for all of the relief in the bullets above").
 */
import type { Clause, Definition, Reference, Sentence, Span, Term, Tie, TieVia } from './model.js';
import { boilerplateConsideration, tyingWords } from './lexicons/language.js';
import { benefitLabels, concessionLabels } from './describe.js';

export interface LinkInput {
  prose: string;
  clauses: readonly Clause[];
  sentences: readonly Sentence[];
  terms: readonly Term[];
  references: readonly Reference[];
  definitions: readonly Definition[];
  partyWords: readonly string[];
  /** The sentences that have tying words (see tyingSentences), when already known. */
  tying?: readonly number[];
  /** Ties that sentences with tying words made in an earlier review and would make again, by sentence. */
  known?: ReadonlyMap<number, readonly Tie[]>;
  /** The same object for as long as the clause tree (parents and titles) stays: its look-ups are kept for it. */
  tree?: object;
  /** The describing words of each term (TermKeys), from an earlier review of the same terms in clauses whose words stayed. */
  termKeys?: TermKeys;
}

/** For each term, by its index, the first four letters of each word that describes it. */
export type TermKeys = readonly (readonly string[])[];

const STRENGTH: Record<TieVia, number> = { section: 1, clause: 2, sentence: 3, reference: 4, condition: 5 };

/** Finds every tie between a concession and a give-back. */
export function linkTerms(input: LinkInput): Tie[] {
  return linkTermsBySentence(input).ties;
}

/** Every tie, and the ties each sentence with tying words made, for a later review to reuse. */
export function linkTermsBySentence(input: LinkInput): { ties: Tie[]; bySentence: Map<number, Tie[]>; termKeys?: TermKeys } {
  const ties = new Map<string, Tie>();
  // The strongest way wins; between equals, the first found.
  const merge = (tie: Tie): void => {
    const key = `${tie.concession}|${tie.benefit}`;
    const existing = ties.get(key);
    if (!existing || STRENGTH[existing.via] < STRENGTH[tie.via]) ties.set(key, tie);
  };
  structuralTies(input, collect(merge));
  const read: { termKeys?: TermKeys } = {};
  const bySentence = referenceTies(input, merge, read);
  const termKeys = read.termKeys ?? input.termKeys;
  return { ties: [...ties.values()].sort((a, b) => compareIds(a.concession, b.concession) || compareIds(a.benefit, b.benefit)), bySentence, ...(termKeys ? { termKeys } : {}) };
}

/** An Add that passes on each concession–give-back pair as a tie. */
function collect(to: (tie: Tie) => void): Add {
  return (concession, benefit, via, at) => {
    if (concession.type !== 'concession' || benefit.type !== 'benefit') return;
    // A termination fee in the clause prices the exit, not the instalments it is paid in.
    if (benefit.prices && benefit.prices !== concession.kind) return;
    to({ concession: concession.id, benefit: benefit.id, via, ...(at ? { at } : {}) });
  };
}

function compareIds(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}

type Add = (concession: Term, benefit: Term, via: TieVia, at?: Span) => void;

/** Same sentence, same paragraph or list item (or one inside the other), same numbered section. */
function structuralTies(input: LinkInput, add: Add): void {
  const { clauses, terms } = input;
  const concessions = terms.filter((t) => t.type === 'concession');
  const benefits = terms.filter((t) => t.type === 'benefit');
  const bySection = new Map<string, Term[]>();
  for (const b of benefits) {
    const key = clauses[b.clause]!.section;
    if (key === undefined) continue;
    const list = bySection.get(key);
    if (list) list.push(b);
    else bySection.set(key, [b]);
  }
  const byAncestry = new Map<number, Term[]>();
  for (const b of benefits) {
    for (const id of proseAncestry(clauses, b.clause)) {
      const list = byAncestry.get(id);
      if (list) list.push(b);
      else byAncestry.set(id, [b]);
    }
  }
  const bySentence = group(benefits, (b) => b.sentence);
  for (const c of concessions) {
    const section = clauses[c.clause]!.section;
    for (const b of section !== undefined ? bySection.get(section) ?? [] : []) add(c, b, 'section');
    const mine = proseAncestry(clauses, c.clause);
    for (const id of mine) for (const b of byAncestry.get(id) ?? []) if (id === c.clause || id === b.clause) add(c, b, 'clause');
    for (const b of bySentence.get(c.sentence) ?? []) add(c, b, b.type === 'benefit' && b.condition ? 'condition' : 'sentence');
  }
}

/** A clause and its ancestors up to the first heading: the paragraph, list item or row it is part of. */
function proseAncestry(clauses: readonly Clause[], id: number): number[] {
  const chain: number[] = [];
  for (let c: Clause | undefined = clauses[id]; c && c.kind !== 'heading'; c = c.parent === undefined ? undefined : clauses[c.parent]) chain.push(c.id);
  return chain;
}

/** Look-ups built once per document when first read, so that each tie costs what it reads, not the whole contract. */
interface Index {
  termsBySentence: Map<number, Term[]>;
  refsByClause: Map<number, Reference[]>;
  clausesByTitle: Map<string, number[]>;
  /** Defined terms whose definition points at clauses: "Launch Discount" → Article 5.2. */
  definitionTargets: { term: string; targets: number[] }[];
  /** Terms by the first four letters of each word that describes them. */
  termsByStem: Map<string, Term[]>;
  /** Each clause's children, top-level clauses under -1. */
  children: Map<number, number[]>;
  termsByClause: Map<number, Term[]>;
}

function group<K, V>(items: readonly V[], key: (v: V) => K | undefined): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function buildIndex(input: LinkInput, read: { termKeys?: TermKeys }): Index {
  const { terms, references, definitions } = input;
  return memoized<Index>({
    termsBySentence: () => group(terms, (t) => t.sentence),
    refsByClause: () => group(references.filter((r) => r.targets.length), (r) => r.clause),
    clausesByTitle: () => treeLookups(input).clausesByTitle,
    definitionTargets: () => definitionTargets(definitions, references),
    termsByStem: () => {
      const keys = (read.termKeys = input.termKeys ?? terms.map((t) => [...new Set(Array.from(termWords(input, t), (w) => w.slice(0, 4)))]));
      const termsByStem = new Map<string, Term[]>();
      terms.forEach((t, i) => {
        for (const key of keys[i]!) {
          const list = termsByStem.get(key);
          if (list) list.push(t);
          else termsByStem.set(key, [t]);
        }
      });
      return termsByStem;
    },
    children: () => treeLookups(input).children,
    termsByClause: () => group(terms, (t) => t.clause),
  });
}

/** Defined terms whose meaning refers to clauses, with those clauses: what tying words that name the term point at. */
export function definitionTargets(definitions: readonly Definition[], references: readonly Reference[]): { term: string; targets: number[] }[] {
  const resolved = references.filter((r) => r.targets.length).sort((a, b) => a.start - b.start);
  return definitions.filter((d) => d.meaning).map((d) => ({
    term: d.term,
    targets: referencesIn(resolved, d.meaning!).flatMap((r) => r.targets),
  })).filter((d) => d.targets.length);
}

/** Look-ups of the clause tree, kept while it stays (an edit that leaves the tree alone does not rebuild them). */
const treeCache = new WeakMap<object, Pick<Index, 'children' | 'clausesByTitle'>>();

function treeLookups(input: LinkInput): Pick<Index, 'children' | 'clausesByTitle'> {
  const known = input.tree && treeCache.get(input.tree);
  if (known) return known;
  const { clauses } = input;
  const made = {
    children: new Map([...group(clauses, (c) => c.parent ?? -1)].map(([k, v]) => [k, v.map((c) => c.id)])),
    clausesByTitle: new Map([...group(clauses.filter((c) => c.title), (c) => c.title!.toLowerCase())].map(([k, v]) => [k, v.map((c) => c.id)])),
  };
  if (input.tree) treeCache.set(input.tree, made);
  return made;
}

/** An object whose every field is made by its function the first time it is read: a tie reads only a few. */
function memoized<T extends object>(makers: { [K in keyof T]: () => T[K] }): T {
  const out = {} as T;
  for (const key of Object.keys(makers) as (keyof T)[]) {
    let value: T[keyof T] | undefined;
    Object.defineProperty(out, key, { get: () => (value ??= makers[key]()) });
  }
  return out;
}

/** The sentences, from `from` to `to`, that have tying words ("in exchange for", "in consideration of"). */
export function tyingSentences(prose: string, sentences: readonly Sentence[], from = 0, to = sentences.length): number[] {
  const found: number[] = [];
  for (let s = from; s < to; s++) if (HAS_TYING_WORDS.test(prose.slice(sentences[s]!.start, sentences[s]!.end))) found.push(s);
  return found;
}

/** tyingWords without its global flag, whose `test` would move the shared expression's lastIndex. */
const HAS_TYING_WORDS = new RegExp(tyingWords.source, tyingWords.flags.replace('g', ''));

/** Tying words with what they point at on either side; returns the ties of each sentence. */
function referenceTies(input: LinkInput, merge: (tie: Tie) => void, read: { termKeys?: TermKeys }): Map<number, Tie[]> {
  const { prose, sentences } = input;
  const made = new Map<number, Tie[]>();
  let index: Index | undefined;
  for (const s of input.tying ?? tyingSentences(prose, sentences)) {
    const known = input.known?.get(s);
    const own: Tie[] = known ? [...known] : [];
    made.set(s, own);
    if (!known) {
      index ??= buildIndex(input, read);
      sentenceTies(input, index, s, collect((tie) => own.push(tie)));
    }
    for (const tie of own) merge(tie);
  }
  return made;
}

/** The ties one sentence's tying words make. */
function sentenceTies(input: LinkInput, index: Index, s: number, add: Add): void {
  const { prose, sentences } = input;
  const sentence = sentences[s]!;
  const text = prose.slice(sentence.start, sentence.end);
  for (const m of text.matchAll(tyingWords)) {
    const tieStart = sentence.start + m.index;
    const objectStart = tieStart + m[0].length;
    const objectEnd = sentence.start + objectEndOf(text, m.index + m[0].length);
    const object = prose.slice(objectStart, objectEnd);
    if (boilerplateConsideration.test(object)) continue;
    const at = { start: tieStart, end: objectEnd };
    const rest: Span[] = [{ start: sentence.start, end: tieStart }, { start: objectEnd, end: sentence.end }];
    const objectTerms = resolveSide(input, index, [{ start: objectStart, end: objectEnd }], s, true);
    const restTerms = resolveSide(input, index, rest, s, false);
    // The object may also be the clause's continuation: "… in exchange for Licensee's agreement to:" (i), (ii).
    if (/:\s*$/.test(text)) for (const t of termsWithin(index, [sentence.clause])) if (t.start >= sentence.end && t.clause !== sentence.clause) objectTerms.add(t);
    if (pair(objectTerms, restTerms, add, at)) continue;
    // A side that names no term of its own is read as a description ("the reduced retainer");
    // the words before "is granted in exchange for" describe what is granted.
    const subjectText = /^(?:is|are|was|were)\b/i.test(m[0]) ? text.slice(0, m.index) : undefined;
    // "in exchange the Licensee shall renew …" is a promise, not a description of one made elsewhere.
    const describes = !/\b(?:shall|will|must|may|agrees?|commits?)\b/.test(object);
    for (const wanted of ['concession', 'benefit'] as const) {
      const other = wanted === 'concession' ? 'benefit' : 'concession';
      // A side that names terms explicitly (by number, by defined term) is not a description.
      const objectSide = ofType(objectTerms, wanted).size ? ofType(objectTerms, wanted) : describes && !objectTerms.size ? describedTerms(input, index, object, wanted, s) : new Set<Term>();
      const restSide = ofType(restTerms, other).size ? ofType(restTerms, other) : subjectText && !restTerms.size ? describedTerms(input, index, subjectText, other, s) : new Set<Term>();
      if (pair(objectSide, restSide, add, at)) break;
    }
  }
}

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
  for (const w of stems(input.prose.slice(sentence.start, sentence.end), input.partyWords)) if (keys.has(w.slice(0, 4))) return true;
  return false;
}

/** Where the object of tying words ends: the next comma, semicolon or colon outside brackets and quotes. */
function objectEndOf(text: string, from: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '“' || ch === '”' || ch === '"') quoted = ch === '“' || (ch === '"' && !quoted);
    else if (quoted) continue;
    else if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ',' || ch === ';' || ch === ':')) return i;
  }
  return text.length;
}

/** Ties every concession on one side to every give-back on the other; true when any tie was made. */
function pair(a: Set<Term>, b: Set<Term>, add: Add, at: Span): boolean {
  let tied = false;
  for (const x of a) for (const y of b) {
    if (x.type === 'concession' && y.type === 'benefit') add(x, y, 'reference', at);
    else if (x.type === 'benefit' && y.type === 'concession') add(y, x, 'reference', at);
    else continue;
    tied = true;
  }
  return tied;
}

function ofType(terms: Set<Term>, type: Term['type']): Set<Term> {
  return new Set([...terms].filter((t) => t.type === type));
}

/** The terms one side of a tie names: written there, referred to by number, by defined term, or "above". */
function resolveSide(input: LinkInput, index: Index, spans: Span[], sentenceIndex: number, isObject: boolean): Set<Term> {
  const { clauses, prose } = input;
  const sentence = input.sentences[sentenceIndex]!;
  const found = new Set<Term>();
  const within = (s: Span): boolean => spans.some((p) => p.start <= s.start && s.end <= p.end);
  // A term belongs to the side its own words are on: its span may run on past the tying words.
  for (const t of index.termsBySentence.get(sentenceIndex) ?? []) if (spans.some((p) => p.start <= t.anchor && t.anchor < p.end)) found.add(t);
  const targets = new Set<number>();
  for (const ref of index.refsByClause.get(sentence.clause) ?? []) if (within(ref)) for (const id of ref.targets) targets.add(id);
  for (const p of spans) {
    const text = prose.slice(p.start, p.end);
    // "the relief in the bullets above": the clause's earlier siblings.
    if (isObject && /\b(?:bullets?|items?|points?|paragraphs?|provisions?|terms?|relief|concessions?)\s+(?:set out |described |listed )?above\b/i.test(text)) {
      const own = clauses[sentence.clause]!;
      for (const id of index.children.get(own.parent ?? -1) ?? []) if (id < own.id) targets.add(id);
    }
    // "the reduced retainer described under Fees": the terms under that heading that fit the description.
    for (const m of text.matchAll(/\b(?:under|in)\s+(?:the\s+heading\s+)?(?:["“]([^"”]{1,60})["”]|([\p{Lu}][\w ]{0,40}?)(?=[\s,.;:]|$))/gu)) {
      const headings = new Set(index.clausesByTitle.get((m[1] ?? m[2]!).toLowerCase()) ?? []);
      if (!headings.size) continue;
      const words = stems(text.slice(0, m.index), input.partyWords);
      for (const t of termsWithin(index, headings)) {
        const hits = overlap(words, termWords(input, t));
        if (words.size < 2 || hits / words.size >= 0.5) found.add(t);
      }
    }
    // "the Launch Discount": a defined term whose definition points at a clause.
    for (const d of index.definitionTargets) if (text.includes(d.term)) for (const id of d.targets) targets.add(id);
  }
  for (const t of termsWithin(index, targets)) found.add(t);
  return found;
}

/** The terms of some clauses and of everything nested in them. */
function termsWithin(index: Index, ids: Iterable<number>): Term[] {
  const found: Term[] = [];
  const seen = new Set<number>();
  const stack = [...ids];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const t of index.termsByClause.get(id) ?? []) found.push(t);
    for (const child of index.children.get(id) ?? []) stack.push(child);
  }
  return found;
}

/** The references inside a span, from a list sorted by start. */
function referencesIn(sorted: readonly Reference[], span: Span): Reference[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const found: Reference[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < span.end; i++) if (sorted[i]!.end <= span.end) found.push(sorted[i]!);
  return found;
}

const STOP = new Set(['the', 'this', 'that', 'these', 'those', 'such', 'its', 'their', 'and', 'for', 'under', 'with', 'from', 'described', 'above', 'below', 'set', 'out', 'forth', 'section', 'sections', 'clause', 'clauses', 'paragraph', 'paragraphs', 'article', 'agreement', 'amendment', 'herein', 'hereof', 'provided', 'granted', 'given', 'shown', 'line', 'each', 'all', 'any', 'which', 'agreed', 'term']);

/** Party names split into words, once per list of names, with the stems already read for them. */
const partyWordSets = new WeakMap<readonly string[], { words: Set<string>; stems: Map<string, Set<string>> }>();
/** The stems read, by the party words they were read with: an edited text's terms are new objects with the same words. */
const stemCaches = new Map<string, Map<string, Set<string>>>();
/** Enough for the terms and sentences of a long contract; past it a cache starts over. */
const STEM_CACHE_SIZE = 50_000;

/** Crude stems: "reduced", "reduction" → "reduc…"; compared by prefix so that either form matches. Shared: never change one. */
function stems(text: string, partyWords: readonly string[]): Set<string> {
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
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).flatMap((w) => [w, ...(w.includes('-') ? w.split('-') : [])])) {
    if (word.length < 4 || STOP.has(word) || parties.has(word) || /^\d/.test(word)) continue;
    out.add(word.replace(/(?:ations?|ments?|ings?|ions?|ers?|ed|es|s)$/, ''));
  }
  return out;
}

/** How many of `words` appear among `own`, a stem matching when one (of four letters or more) is a prefix of the other. */
function overlap(words: Set<string>, own: Set<string>): number {
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
function describedTerms(input: LinkInput, index: Index, description: string, wanted: 'concession' | 'benefit', sentenceIndex: number): Set<Term> {
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
  for (const t of candidates) {
    if (t.type !== wanted || t.sentence === sentenceIndex) continue;
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
  for (const [t, score] of scored) if (score >= best - 0.2) found.add(t);
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

function termWords(input: LinkInput, t: Term): Set<string> {
  const cached = termWordCache.get(t);
  if (cached) return cached;
  const clause = input.clauses[t.clause]!;
  const kind = t.type === 'concession' ? concessionLabels[t.kind] : benefitLabels[t.kind];
  const words = stems(`${input.prose.slice(clause.textStart, clause.textEnd)} ${clause.title ?? ''} ${titlesAbove(input.clauses, clause)} ${tableHeader(input, clause)} ${kind}`, input.partyWords);
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
  for (let c: Clause | undefined = clause.parent === undefined ? undefined : clauses[clause.parent]; c; c = c.parent === undefined ? undefined : clauses[c.parent]) if (c.title && c.kind !== 'heading') titles.push(c.title);
  return titles.join(' ');
}
