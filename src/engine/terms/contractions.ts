/**
 * A letter's contractions, read in the words the lexicons are written in: "you won't be charged for it",
 * "we're holding it at the 2024 level", "there'll be no fee". Matches found in the expanded words are placed
 * back on the words as written.
 */

/** Each contraction and what it stands for; "'s" is left alone (a possessive as often as "is"). */
const EXPANSIONS: Record<string, string> = {
  "won't": 'will not',
  "shan't": 'shall not',
  "can't": 'cannot',
  "n't": ' not',
  "'ll": ' will',
  "'re": ' are',
  "'ve": ' have',
  "'d": ' would',
};

const CONTRACTION = /\b(?:won|shan|can)['’]t\b|n['’]t\b|(?<=\b(?:we|you|they|I|it|there|that))['’](?:ll|re|ve|d)\b/gi;

/** The text with its contractions written out, and where each of its positions falls in the text as written. */
export interface Expanded {
  text: string;
  /** For each position of the expanded text (and its end), the position in the text as written. */
  at: number[];
}

/** undefined when the text has no contraction. */
export function expandContractions(text: string): Expanded | undefined {
  if (!/['’]/.test(text)) return undefined;
  let out = '';
  const at: number[] = [];
  let from = 0;
  for (const m of text.matchAll(CONTRACTION)) {
    for (let i = from; i < m.index; i++) at.push(i);
    out += text.slice(from, m.index);
    const written = m[0].replace('’', "'").toLowerCase();
    let words = EXPANSIONS[written] ?? EXPANSIONS[written.replace(/^(?:won|shan|can)/, '')]!;
    // Keep the case of a sentence's first word: "Won't" stays capitalised as "Will not".
    if (/^\p{Lu}/u.test(m[0])) words = words[0]!.toUpperCase() + words.slice(1);
    const end = m.index + m[0].length;
    for (let k = 0; k < words.length; k++) at.push(k === 0 ? m.index : Math.min(end - 1, m.index + k));
    out += words;
    from = end;
  }
  if (from === 0) return undefined;
  for (let i = from; i <= text.length; i++) at.push(i);
  return { text: out + text.slice(from), at };
}
