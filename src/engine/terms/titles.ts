/** Titles and defined terms: names that hold a term's words without granting it. */
import type { Clause, Definition, Sentence } from '../model.js';
import { anyWord } from '../lexicons/patterns.js';
import type { TermInput } from './types.js';

/** A capitalised defined term that contains a term noun ("Volume Rebate", "Launch Discount"). */
export function definedTermPattern(definitions: readonly Definition[]): RegExp | undefined {
  // Every review of an edited text asks again for the same terms: the last pattern is kept.
  const key = definitions.map((d) => d.term).join('\n');
  if (lastDefinedTerms?.key !== key) lastDefinedTerms = { key, pattern: makeDefinedTermPattern(definitions) };
  return lastDefinedTerms.pattern;
}

/** Shared between reviews: it is only used with lastIndex reset, or copied by matchAll. */
let lastDefinedTerms: { key: string; pattern: RegExp | undefined } | undefined;

function makeDefinedTermPattern(definitions: readonly Definition[]): RegExp | undefined {
  const nouns = definitions
    .map((d) => d.term)
    .filter(
      (t) =>
        /\b(?:discount|rebate|credit|refund|waiver|holiday|programme|program|reduction|rent-free period)s?\b/i.test(
          t,
        ) && /^[\p{Lu}]/u.test(t),
    );
  if (!nouns.length) return undefined;
  return new RegExp(`\\b${anyWord(nouns, { names: true })}s?\\b`, 'g');
}

export function insideDefinedTerm(text: string, start: number, end: number, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) if (m.index < end && start < m.index + m[0].length) return true;
  return false;
}

/**
 * "5. Price freeze. The prices …": a clause that opens with a few words and a full stop, before its
 * first real sentence, is titled in plain text. The title names the term; it does not grant it.
 */
export function isPlainTitle(input: TermInput, index: number): boolean {
  const sentence = input.sentences[index]!;
  const next = input.sentences[index + 1];
  const clause = input.clauses[sentence.clause]!;
  if (!next || next.clause !== sentence.clause || input.sentences[index - 1]?.clause === sentence.clause) return false;
  const words = input.prose.slice(sentence.start, sentence.end).trim().replace(/[.:]$/, '').split(/\s+/);
  if (
    clause.kind === 'table-row' ||
    !/^\p{Lu}/u.test(words[0] ?? '') ||
    words.some((w) => TITLE_VERBS.test(w) || FIGURE.test(w))
  )
    return false;
  // A run-in heading: a few words, or up to ten in title case ("Termination by Licensee for Convenience.").
  return (
    words.length <= 4 || (words.length <= 10 && words.every((w) => /^[\p{Lu}(\["“]/u.test(w) || SMALL_WORDS.test(w)))
  );
}

/** Words a title leaves in lower case. */
export const SMALL_WORDS = /^(?:of|the|by|for|and|or|to|in|on|at|a|an|with|from|under|upon|&)$/;

/** A figure makes a short line a term ("15% off list price.", "Two rent-free months."), not a title. */
const FIGURE =
  /[\d%]|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|ninety|hundred)\b/i;

const TITLE_VERB_LIST = [
  'shall|will|may|must|can|is|are|was|were|be|been|has|have|hereby|agrees?|waives?|grants?|pays?|receives?|provides?',
  'offers?|credits?|reduces?|extends?|gives?',
].join('|');

/** Words that make a short line a sentence rather than a title. */
const TITLE_VERBS = new RegExp(`^(?:${TITLE_VERB_LIST})$`, 'i');

export function isTitleCell(clause: Clause, sentence: Sentence): boolean {
  if (clause.kind !== 'table-row' || !clause.title || !clause.cells?.[0]) return false;
  const cell = clause.cells[0];
  return sentence.start >= cell.start && sentence.end <= cell.end;
}
