/**
 * Where a clause names a party: its defined terms and name ("Customer", "the Agency",
 * "Northwind Analytics, Inc."), its pronouns ("we", "you") and collective subjects
 * ("each party", "either of us"), with possessives marked ("Customer's").
 */
import type { Party, PartyRef } from './model.js';
import { mutualSubject } from './lexicons/language.js';
import { anyWord } from './lexicons/patterns.js';
import { legalFormGroup } from './lexicons/roles.js';

export interface Mention {
  start: number;
  end: number;
  party: PartyRef;
  possessive: boolean;
}

const POSSESSIVE = /^(?:'s|’s|s'|s’|'|’)(?!\w)/;
const MUTUAL = new RegExp(mutualSubject.source, 'gi');

/** Every review of an edited text names the same parties: the last pattern is kept. */
let lastPattern: { key: string; pattern: RegExp | undefined } | undefined;

/** Shared between finders: find only uses it through matchAll, which copies it. */
function mentionPattern(words: readonly string[]): RegExp | undefined {
  const key = words.join('\n');
  if (lastPattern?.key !== key)
    lastPattern = {
      key,
      pattern: words.length ? new RegExp(`(?<![\\w-])${anyWord(words, { names: true })}(?![\\w-])`, 'g') : undefined,
    };
  return lastPattern.pattern;
}

const blanksAsOne = (name: string): string => name.replace(/\s+/g, ' ');
const isCapitals = (word: string): boolean => word.length > 3 && !/\p{Ll}/u.test(word) && /\p{Lu}{2}/u.test(word);
const titleCase = (word: string): string =>
  word.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, c: string) => before + c.toUpperCase());

const LEGAL_FORM_AT_END = new RegExp(`^(.+?),?\\s+(${legalFormGroup})$`);

/** A name with a legal form, as the text may punctuate it: "KI Inc." is named "KI, Inc." too. */
function suffixForms(name: string): string[] {
  const m = LEGAL_FORM_AT_END.exec(name);
  if (!m) return [name];
  const base = m[1]!;
  const form = m[2]!.replace(/\.$/, '');
  return [name, `${base}, ${form}.`, `${base} ${form}.`, `${base}, ${form}`, `${base} ${form}`];
}

/**
 * Standard terms of sale attached to a deal call its parties "Buyer" and "Seller" ("Buyer, for itself and its insurers,
 * expressly waives …"): the party that pays and the party paid, where the parties go by other names.
 */
function standardTermsRoles(parties: readonly Party[]): [string, PartyRef][] {
  const payers = parties.filter((p) => p.side === 'payer');
  const payees = parties.filter((p) => p.side === 'payee');
  if (payers.length !== 1 || payees.length !== 1) return [];
  const named = parties.flatMap((p) => [p.name, ...p.aliases]).join(' ');
  if (/\b(?:buyer|seller)s?\b/i.test(named)) return [];
  return [
    ['Buyer', payers[0]!.id],
    ['Seller', payees[0]!.id],
  ];
}

/** Finds party mentions in prose. Built once per document. */
export class MentionFinder {
  private readonly pattern: RegExp | undefined;
  private readonly byWord = new Map<string, PartyRef>();

  constructor(parties: readonly Party[]) {
    const words: string[] = [];
    for (const party of parties) {
      for (const word of [party.name, ...party.aliases]) {
        if (!word || word.length < 2) continue;
        // A party defined in capitals ("COMMERCE ONE") is named in the text as "Commerce One" too.
        const cased = [word, word.toUpperCase(), ...(isCapitals(word) ? [titleCase(word)] : [])];
        for (const form of new Set(cased.flatMap(suffixForms))) {
          words.push(form);
          this.byWord.set(blanksAsOne(form), party.id);
        }
      }
      for (const pronoun of party.pronouns) {
        for (const form of [pronoun, pronoun[0]!.toUpperCase() + pronoun.slice(1)]) {
          words.push(form);
          this.byWord.set(form, party.id);
        }
      }
    }
    for (const [word, party] of standardTermsRoles(parties)) {
      words.push(word);
      this.byWord.set(word, party);
    }
    this.pattern = mentionPattern(words);
  }

  /** Mentions of parties in `prose` between `start` and `end`. */
  find(prose: string, start: number, end: number): Mention[] {
    const slice = prose.slice(start, end);
    const mentions: Mention[] = [];
    // "Each of Arbor and Kestrel", "either party": both parties, whatever the case.
    for (const m of slice.matchAll(MUTUAL))
      mentions.push({
        start: start + m.index,
        end: start + m.index + m[0].length,
        party: 'both',
        possessive: POSSESSIVE.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 3)),
      });
    if (this.pattern) {
      for (const m of slice.matchAll(this.pattern)) {
        const word = m[0];
        const at = start + m.index;
        if (mentions.some((x) => x.start <= at && at < x.end)) continue;
        // A name wrapped across lines is still the name.
        const party = this.byWord.get(blanksAsOne(word));
        if (!party) continue;
        const after = slice.slice(m.index + word.length, m.index + word.length + 3);
        const possessive = POSSESSIVE.test(after) || /^(?:our|your)$/i.test(word);
        mentions.push({ start: at, end: at + word.length, party, possessive });
      }
    }
    return mentions.sort((a, b) => a.start - b.start);
  }
}
