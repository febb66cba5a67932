/**
 * Stage 4: terms. Finds every concession and give-back with one generic matcher over the
 * lexicons, then reads the sentence around each match once (read.ts): whether it is a condition,
 * negated, a definition, history, a remedy, or only a mention of a term made elsewhere, and the
 * sentence's subject. Who grants it and to whom (active or passive voice, pronouns, "each party",
 * who is paid) and whether it binds come after (attribute.ts), with the parties as known.
 */

export { PRICE_KINDS } from './grantor.js';
export { OPENING_READ, documentFacts } from './setAside.js';
export type { Detected, TermInput } from './types.js';
export { attributeTerms } from './attribute.js';
export { readTerms, type SentenceReading } from './read.js';
