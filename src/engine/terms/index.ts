/**
 * Stage 4: terms. Finds every concession and give-back with one generic matcher over the
 * lexicons, then reads the sentence around each match once (read.ts): whether it is a condition,
 * negated, a definition, history, a remedy, or only a mention of a term made elsewhere, and the
 * sentence's subject. Who grants it and to whom (active or passive voice, pronouns, "each party",
 * who is paid) and whether it binds come after (attribute.ts), with the parties as known.
 */
import { attributeTerms } from './attribute.js';
import { readTerms, type SentenceReading } from './read.js';
import type { Detected, TermInput } from './types.js';

export { PRICE_KINDS } from './grantor.js';
export { OPENING, documentFacts } from './setAside.js';
export type { Detected, TermInput } from './types.js';
export { attributeTerms, readTerms, type SentenceReading };

/**
 * Finds the concessions and give-backs of a document, or of its sentences `from` to `to` (whole
 * clauses: a sentence reads the ones around it in its clause). Ids count from c1 and b1 either way.
 */
export function detectTerms(input: TermInput, from = 0, to = input.sentences.length): Detected {
  return attributeTerms(readTerms(input, from, to), input, input.parties);
}
