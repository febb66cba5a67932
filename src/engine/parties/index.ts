/**
 * Stage 3: the parties. Read from the preamble's list of parties ("… by and between X, a Delaware
 * corporation ("X"), and Y …", "BETWEEN: (1) X … (2) Y", "Party A: X"), from definitions in the
 * opening (`Acme Corp. ("Customer")`, `(the **Customer**)`, `hereinafter "Licensee"`), a parties
 * table, key/value rows (`| Licensor | Parallax Inc. ("Parallax") |`) and front matter `parties:`.
 * Entities defined further in (a regulator, a clearing house) are third parties, not parties.
 * Each gets a role and a side: who is paid (payee) and who pays (payer).
 */
import type { Clause, Party, Span } from '../model.js';
import type { DefinedTerms, InlineDefinition } from '../definitions.js';
import { cleanTerm } from '../definitions.js';
import { isEntityName, notPartyTerms, roleOf } from '../lexicons/roles.js';
import { readPartyLists, type PartyList } from './preamble.js';
import { readSignatories } from './signatures.js';
import { giveVoice, greetedParty, readLetter, voicedRoles, type LetterVoice } from '../voice.js';
import { initialsBefore, pronounDefinitions } from './aliases.js';
import { PRONOUN, mergeCandidates, type Candidate } from './candidates.js';
import { VOTING_SPAN, assignSides, clauseWords, impliedParties } from './sides.js';
import { frontMatterParties, partiesTable } from './tables.js';
import { definedParties } from './defined.js';
import { READER_NAME, formParties, formWriter } from './forms.js';
import { actingParties } from './actors.js';
import { emailParties } from './email.js';

export { VOTING_SPAN, partyEvidence } from './sides.js';
export { READER_NAME } from './forms.js';
export { sidesFromTerms } from './fromTerms.js';

/** Finds the contracting parties. */
export function findParties(
  prose: string,
  clauses: readonly Clause[],
  defined: DefinedTerms,
  frontMatter?: string,
): Party[] {
  const { candidates, letter } = namedParties(prose, clauses, defined, frontMatter);
  // A party the contract names only by its role ("Tenant shall …"), its definition missing or cut.
  let parties = mergeCandidates(candidates, prose);
  sourceKeys.set(defined, { prose, key: sourcesKey(parties, letter, prose) });
  if (parties.length < 2) {
    const implied = impliedParties(clauseWords(prose, clauses), parties);
    if (implied.length) parties = mergeCandidates([...candidates, ...implied], prose);
  }
  for (const { terms, refersTo } of defined.named) {
    // "…means the Client and …": the party whose alias or name the words start with.
    const words = cleanTerm(refersTo).toLowerCase();
    const party = parties.find((p) =>
      [p.name, ...p.aliases].some((a) => words === a.toLowerCase() || words.startsWith(`${a.toLowerCase()} `)),
    );
    for (const t of terms)
      if (party && PRONOUN.test(t) && !party.pronouns.includes(t.toLowerCase())) party.pronouns.push(t.toLowerCase());
  }
  // A letter's "we" is its writer, its "you" whom it is addressed to.
  giveVoice(prose, parties, letter);
  // "we" implies "us" and "our"; "you" implies "your".
  for (const party of parties) {
    if (party.pronouns.some((p) => p === 'we' || p === 'us'))
      for (const p of ['we', 'us', 'our']) if (!party.pronouns.includes(p)) party.pronouns.push(p);
    if (party.pronouns.includes('you') && !party.pronouns.includes('your')) party.pronouns.push('your');
  }
  voicedRoles(prose, parties);
  assignSides(
    clauseWords(
      prose,
      clauses.filter((c) => c.start < VOTING_SPAN),
    ),
    parties,
  );
  return parties;
}

/**
 * The parties as each place names them (the preamble, the definitions of the opening, a parties
 * table, front matter, "means" definitions, the signature blocks), before they are joined.
 */
function namedParties(
  prose: string,
  clauses: readonly Clause[],
  defined: DefinedTerms,
  frontMatter?: string,
): { candidates: Candidate[]; letter?: LetterVoice } {
  const limit = partyDefinitionLimit(prose.length);
  const { lists, openingEnd } = readPartyLists(
    prose,
    limit,
    clauses.filter((c) => c.kind === 'list-item'),
    // A heading's own words: its clause runs on over the section it heads.
    clauses
      .filter((c) => c.kind === 'heading')
      .map((c) => ({ start: c.start, end: c.textEnd, numbered: /^\d/.test(c.number ?? '') })),
  );
  const candidates = listedParties(prose, lists, defined.inline);
  // Where the preamble lists the parties, a definition names a party only in the opening; further in, a third party.
  const reach = candidates.length ? definitionReach(prose, lists, openingEnd) : limit;
  // A definition in a list's entry was read with the entry's name.
  const outsideLists = defined.inline.filter((d) => !lists.some((l) => l.start <= d.anchor && d.anchor < l.end));
  candidates.push(...definedParties(prose, clauses, outsideLists, reach, defined.inline));
  candidates.push(...partiesTable(prose, clauses));
  candidates.push(...frontMatterParties(frontMatter));
  const named = mergeCandidates(candidates).length;
  // `"we", "us" and "Quillon" mean Quillon Software Ltd`: a party named in words.
  for (const { terms, refersTo } of defined.named) {
    const pronouns = terms.filter((t) => PRONOUN.test(t)).map((t) => t.toLowerCase());
    const aliases = terms.filter((t) => !PRONOUN.test(t) && !notPartyTerms.test(t));
    // Once the preamble has listed the parties, a "means" definition names one only by a pronoun ("we" means …); else a third party.
    // A listed party defined further in by its full name ("Purchaser" means Mogale Platinum Mines (Pty) Ltd) takes its
    // role word; other terms defined by a party's name name something of it ("Vendor Indemnified Parties").
    const listed =
      aliases.some((a) => roleOf(a)) && candidates.some((c) => c.name !== undefined && sameEntity(c.name, refersTo));
    const named = lists.length
      ? pronouns.length > 0 || listed
      : isEntityName(refersTo) || aliases.some((a) => roleOf(a));
    if (named) candidates.push({ name: refersTo, aliases, pronouns });
  }

  // `"GitHub," "We," and "Us" refer to GitHub, Inc.`: who "we" and "you" are, in words.
  for (const { terms, pronouns, refersTo, start, end } of pronounDefinitions(prose, Math.min(limit, PRONOUN_REACH))) {
    const name = refersTo?.name ?? terms[0];
    if (name) candidates.push({ name, aliases: terms, pronouns, definedAt: { start, end } });
  }

  // Who signs is a party; where the opening named two or more, a signature only confirms one of them, unless the
  // opening leaves the parties to the signature pages ("the Parties signatory hereto", "the undersigned").
  const joinOnly = named >= 2 && !SIGNATORIES_NAMED.test(prose.slice(0, Math.min(openingEnd, OPENING_SIGNATORIES)));
  const signatories = readSignatories(prose);
  for (const { name, label } of signatories) {
    candidates.push({
      name: name.name,
      aliases: label ? [label.term] : [],
      pronouns: [],
      rank: 0,
      joinOnly,
      definedAt: { start: name.start, end: name.end },
    });
  }
  // A letter is between its writer and the company it is addressed to, or the person it greets.
  const letter = readLetter(prose, signatories);
  if (letter?.addressee)
    candidates.push({
      name: letter.addressee.name,
      aliases: [],
      pronouns: [],
      rank: 1,
      definedAt: { start: letter.addressee.start, end: letter.addressee.end },
    });
  const greeted = greetedParty(letter);
  if (greeted && mergeCandidates(candidates).length < 2) candidates.push({ name: greeted, aliases: [], pronouns: [] });
  // A form that defines only its reader: the writer its title names is the other side.
  const merged = mergeCandidates(candidates);
  if (merged.length === 1 && merged[0]!.pronouns.includes('you')) {
    const writer = formWriter(prose, clauses, frontMatter, candidates);
    if (writer) candidates.push(writer);
  } else candidates.push(...formParties(prose, clauses, frontMatter, candidates));
  // An email between two companies: its headers' domains name them, and who writes as "we" and reads as "you".
  const emailed = emailParties(prose);
  const known = mergeCandidates(candidates);
  const speaking = known.some((c) => c.pronouns.includes('we') || c.pronouns.includes('you'));
  if (
    known.length < 2 ||
    (!speaking &&
      emailed.every((e) =>
        known.some((c) => (c.name !== undefined && sameEntity(c.name, e.name!)) || c.aliases.includes(e.name!)),
      ))
  )
    candidates.push(...emailed);
  // Defined nowhere: the names the text has act as parties do.
  if (!mergeCandidates(candidates).length) candidates.push(...actingParties(prose));
  return { candidates, ...(letter ? { letter } : {}) };
}

/** Two spellings of one entity's name: case, punctuation and a trailing form ("(Pty) Ltd") aside. */
function sameEntity(a: string, b: string): boolean {
  const key = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const [x, y] = [key(a), key(b)];
  // Two words at least in common: "Verizon" alone names a family of companies.
  const shorter = x.length < y.length ? x : y;
  return shorter.includes(' ') && (x === y || y.startsWith(`${x} `) || x.startsWith(`${y} `));
}

/** What the parties are read from, as text: reviews of two versions whose keys are equal name the same parties. */
export function partySourceKey(
  prose: string,
  clauses: readonly Clause[],
  defined: DefinedTerms,
  frontMatter?: string,
): string {
  const cached = sourceKeys.get(defined);
  if (cached?.prose === prose) return cached.key;
  const { candidates, letter } = namedParties(prose, clauses, defined, frontMatter);
  const key = sourcesKey(mergeCandidates(candidates, prose), letter, prose);
  sourceKeys.set(defined, { prose, key });
  return key;
}

/**
 * The parties named and a letter's voice. Where each is defined counts by its words and those just
 * before them, not by offset: an edit earlier moves it and changes nothing else, while an edit that
 * breaks "between X and Y" moves the definition to another word ("we").
 */
function sourcesKey(parties: readonly Party[], letter: LetterVoice | undefined, prose: string): string {
  const where = (at: Span | undefined): string | undefined => at && prose.slice(Math.max(0, at.start - 20), at.end);
  return JSON.stringify([
    parties.map(({ definedAt, ...p }) => [p, where(definedAt)]),
    letter && [letter.addressee?.name, letter.greeted, letter.writers],
  ]);
}

/** By the definitions object of a version: an edit compares the version before with the one after. */
const sourceKeys = new WeakMap<DefinedTerms, { prose: string; key: string }>();

/**
 * The parties of the preamble's lists, each with the terms it is defined by there: those read in
 * its description, and those the definitions found there (`(the **Customer**)`, whose bold the prose lacks).
 */
function listedParties(prose: string, lists: readonly PartyList[], inline: readonly InlineDefinition[]): Candidate[] {
  const found: Candidate[] = [];
  for (const list of lists) {
    const candidates: Candidate[] = [];
    for (const entry of list.entries) {
      const aliases = entry.aliases.map((a) => a.term);
      const spans: Span[] = [...entry.aliases];
      // The definitions of its first defining parenthesis (`(the **Customer**)`, whose bold the prose lacks).
      const from = entry.name?.end ?? entry.start;
      const first = inline.find((d) => d.anchor >= from && d.anchor < entry.end && !d.selfName);
      const until = entry.aliases[0]?.start ?? (first ? first.end : from);
      for (const def of inline) {
        if (def.anchor < from || def.anchor >= entry.end || def.start > until || def.selfName) continue;
        // The acronym of a body the entry names ("registered with the Federal Motor Carrier Safety Administration ("FMCSA")").
        if (def.anchor - from > 3 && initialsBefore(prose, def.anchor, def.term)) continue;
        for (const term of [def.term, ...def.also]) {
          if (notPartyTerms.test(term) || PRONOUN.test(term) || aliases.includes(term)) continue;
          aliases.push(term);
          spans.push({ start: def.start, end: def.end });
        }
      }
      // "a legal agreement between you ("you") and GitHub, Inc.": the reader of a form is a party, named You.
      if (!entry.name && !aliases.length && entry.pronouns.includes('you')) {
        candidates.push({ name: READER_NAME, aliases: [READER_NAME], pronouns: entry.pronouns, rank: 2 });
        continue;
      }
      if (!entry.name && !aliases.length) continue;
      const at = spans.sort((a, b) => a.start - b.start)[0] ?? entry.name!;
      candidates.push({
        name: entry.name?.name,
        aliases,
        pronouns: entry.pronouns,
        rank: aliases.length ? 3 : 2,
        definedAt: { start: at.start, end: at.end },
        formal: !!entry.name?.formal,
      });
    }
    // In a list whose parties are defined, a bare name between two entries that is no company's nor a role is a
    // line of an address ("… ("SHBV"); and Convention Plaza, 1 Harbour Rd …").
    const defined = candidates.some((c) => c.aliases.length);
    found.push(
      ...candidates.filter(
        (c, i) => !defined || i === candidates.length - 1 || c.aliases.length || c.formal || !c.name || roleOf(c.name),
      ),
    );
  }
  return found;
}

/** How far definitions may still name a party once the preamble has listed them: to the recitals, or a short way past the list. */
function definitionReach(prose: string, lists: readonly PartyList[], openingEnd: number): number {
  const listEnd = Math.max(...lists.map((l) => l.end));
  return Math.min(openingEnd, listEnd + OPENING_TAIL, prose.length);
}

/** Words of an opening that leave the parties to the signature pages. */
const SIGNATORIES_NAMED = new RegExp(
  [
    '\\bsignator(?:y|ies)\\s+(?:hereto|to\\s+this)|\\bsignature\\s+pages?\\b|\\bthe\\s+undersigned\\b',
    '\\bparties\\s+(?:listed|named)\\s+(?:below|on\\s+the\\s+signature)',
  ].join('|'),
  'i',
);
const OPENING_SIGNATORIES = 6000;
/** Terms of service say who "we" and "you" are among their first definitions. */
const PRONOUN_REACH = 30_000;

/** What may follow the list and still belong to the opening: the rest of its sentence, one more sentence. */
const OPENING_TAIL = 600;

/** Parties are defined near the start: definitions further in name other things. */
export function partyDefinitionLimit(length: number): number {
  return Math.max(8000, Math.floor(length / 4));
}
