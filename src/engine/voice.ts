/**
 * A letter's voice: "we", "us" and "our" are who writes it, "you" and "your" whom it is
 * addressed to. The addressee is the company of the address block above the salutation, or the
 * person greeted ("Dear Teddy Ticktock,"); the writer is the company of the letterhead or of the
 * signature ("For and on behalf of …"), or else the other party. Read only where the letter does
 * not say itself who "we" and "you" are.
 */
import type { Party } from './model.js';
import { readName, type NameSpan } from './names.js';
import { roleOf } from './lexicons/roles.js';
import type { Signatory } from './parties/signatures.js';

export interface LetterVoice {
  /** The company the letter is addressed to, from the address block. */
  addressee?: NameSpan;
  /** The person greeted ("Teddy Ticktock", "Mr. Harris"), titles left out. */
  greeted?: string;
  /** Companies of the letterhead and the signature: the writer is one of them. */
  writers: string[];
}

const GREETINGS = [
  '(?:Dear|DEAR)[ \\t]+(?!Sirs?\\b|Ladies\\b)([^,:;\\n]{1,60})(?:[,:]|\\r?\\n)',
  // British letters leave the comma out: "Dear Sirs" on a line of its own.
  '(?:Dear[ \\t]+)?(?:Ladies[ \\t]+and[ \\t]+Gentlemen|Gentlemen|Sirs?(?:[ \\t]+or[ \\t]+Madam)?)[ \\t]*(?:[,:]|\\r?\\n)',
].join('|');

/** "Dear Teddy Ticktock,", "Dear Mr. Harris:", "Ladies and Gentlemen:". */
const SALUTATION = new RegExp(`\\b(?:${GREETINGS})`);

const NOBODY_NAMES = [
  'Sirs?|Madam|Sir\\s+or\\s+Madam|Sir/Madam|Ladies\\s+and\\s+Gentlemen|Gentlemen|Colleagues?|Customer',
  'Valued\\s+Customer|Team|All|Friends?|Partner',
].join('|');

/** Greetings that name nobody. */
const NOBODY = new RegExp(`^(?:${NOBODY_NAMES})$`, 'i');
const TITLE = /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)+/;
/** The first person, as a letter's writer uses it. */
const FIRST_PERSON = /\b(?:we|We|WE|us|our|Our)\b/;
/** Lines of an address block that name no addressee. */
const NOT_ADDRESSEE = /(?:c\/o|Attention|Attn|For the attention of|cc|Copy to)\s*(?::\s*)?$/i;

/** The salutation is near the start: a letter greets its reader before it says anything. */
const SALUTATION_REACH = 4000;
const ADDRESS_BLOCK = 700;

/** The voice of a letter, if the text is one: a salutation near its start. */
export function readLetter(prose: string, signatories: readonly Signatory[]): LetterVoice | undefined {
  const head = prose.slice(0, SALUTATION_REACH);
  const salutation = SALUTATION.exec(head);
  if (!salutation) return undefined;
  const at = salutation.index;
  const companies = companiesIn(prose, Math.max(0, at - ADDRESS_BLOCK), at);
  // The last company above the greeting is the addressee's; those before head the letter.
  const addressee = companies.pop();
  const greeting = salutation[1]?.replace(TITLE, '').trim();
  const writers = [...companies.map((c) => c.name), ...signatories.map((s) => s.name.name)];
  return {
    ...(addressee ? { addressee } : {}),
    ...(greeting && !NOBODY.test(greeting) ? { greeted: greeting } : {}),
    writers,
  };
}

/** The companies named at the starts of lines (or after wide gaps) between `from` and `to`, not after "c/o" or "Attention:". */
function companiesIn(prose: string, from: number, to: number): NameSpan[] {
  const found: NameSpan[] = [];
  const starts = /(?:^|\n[ \t]*|(?<![ \t])[ \t]{3,})(?=[\p{Lu}\d])/gu;
  const block = prose.slice(from, to);
  for (const m of block.matchAll(starts)) {
    const at = from + m.index + m[0].length;
    if (found.length && at < found[found.length - 1]!.end) continue;
    const name = readName(prose, at, to);
    if (name?.formal && !NOT_ADDRESSEE.test(prose.slice(Math.max(from, at - 30), at))) found.push(name);
  }
  return found;
}

/** The greeted person's name as a new party's: a full name, where the letter names fewer than two parties. */
export function greetedParty(letter: LetterVoice | undefined): string | undefined {
  const greeted = letter?.greeted;
  return greeted && /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(greeted) ? greeted : undefined;
}

/** Gives "you" to the addressee and "we" to the writer, where no party has them yet. */
export function giveVoice(prose: string, parties: Party[], letter: LetterVoice | undefined): void {
  if (!letter || parties.length < 2) return;
  const has = (p: Party, pronoun: string): boolean => p.pronouns.includes(pronoun);
  let you = parties.find((p) => has(p, 'you'));
  if (!you) {
    you =
      (letter.addressee && parties.find((p) => sameName(p, letter.addressee!.name))) ??
      (letter.greeted ? parties.find((p) => greets(p, letter.greeted!)) : undefined);
    if (you) you.pronouns.push('you', 'your');
  }
  if (parties.some((p) => has(p, 'we') || has(p, 'us')) || !FIRST_PERSON.test(prose)) return;
  const others = parties.filter((p) => p !== you);
  const writer =
    others.find((p) => letter.writers.some((w) => sameName(p, w))) ??
    (you && others.length === 1 ? others[0] : undefined);
  if (writer) writer.pronouns.push('we', 'us', 'our');
}

/**
 * The words that give a letter's writer or reader a role, up to the parenthesis that defines it: "We write to you as
 * landlord under the Lease", "you are the tenant under the Lease".
 */
export const VOICED_LEAD =
  '\\b(We|we|You|you)\\s+(?:(?:write|are writing)(?:\\s+to\\s+you)?\\s+as|act\\s+as|are)\\s+(?:the\\s+|a\\s+|an\\s+)?[a-z][a-z-]*' +
  '(?:\\s+(?:under|of)\\s+(?:the|this)\\s+[A-Z][\\w-]*)?\\s*';
/** The role defined there: "We write to you as landlord under the Lease (the "Landlord")". */
const VOICED_ROLE = new RegExp(`${VOICED_LEAD}\\((?:the\\s+)?["“]([A-Z][\\w-]*(?:\\s[A-Z][\\w-]*)?)["”]\\)`, 'g');
const VOICED_REACH = 3000;

/**
 * A role the pronouns' own definition gives, with no defined term for it: ""we", "us" and "our" mean the landlord
 * acting through Carrick & Lowe, and "you" and "your" mean Pemberton Books Limited as tenant under the Lease".
 */
const PRONOUN_ROLE =
  /["“](we|you)["”](?:,?\s+(?:and\s+)?["“][a-z]+["”])*\s+means?\s+[^;.]{0,100}?\b(?:the|as)\s+([a-z]+)\b/g;

/** Gives a role (and its side) to a party that has none yet, as its pronoun's definition or its own defined term says. */
function giveRole(party: Party, role: string): void {
  const entry = roleOf(role);
  if (entry && party.role === 'party') {
    party.role = entry.role;
    if (entry.side) party.side = entry.side;
  }
}

/** Gives the defined role to the party whose pronoun the definition follows. */
export function voicedRoles(prose: string, parties: Party[]): void {
  for (const m of prose.slice(0, VOICED_REACH).matchAll(PRONOUN_ROLE)) {
    const party = parties.find((p) => p.pronouns.includes(m[1]!));
    if (party) giveRole(party, m[2]!);
  }
  for (const m of prose.slice(0, VOICED_REACH).matchAll(VOICED_ROLE)) {
    const pronoun = m[1]!.toLowerCase();
    const role = m[2]!;
    const party = parties.find((p) => p.pronouns.includes(pronoun));
    if (!party || parties.some((p) => p.aliases.includes(role))) continue;
    party.aliases.push(role);
    // The role word says which side it is on, as it would in a preamble.
    giveRole(party, role);
  }
}

const words = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Whether a party is the one a name names: the same words, or the one a prefix of the other ("Acme Corp." and "ACME CORPORATION"). */
function sameName(party: Party, name: string): boolean {
  const n = words(name);
  return [party.name, ...party.aliases].some((a) => {
    const w = words(a);
    return !!w && (w === n || n.startsWith(`${w} `) || w.startsWith(`${n} `));
  });
}

/** Whether the person greeted is the party: "Teddy Ticktock", or "Teddy" / "Ms Ticktock" of that name. */
function greets(party: Party, greeted: string): boolean {
  const name = words(party.name).split(' ');
  const said = words(greeted).split(' ');
  return said.length > 0 && said.every((w) => name.includes(w));
}
