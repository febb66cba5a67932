/**
 * Standard forms a company writes to its reader ("your participation in GitHub's Marketplace"):
 * where only the reader is defined, the writer is the other side. It is the company the title
 * names ("GitHub Marketplace Developer Agreement") that the text has act as a party does
 * ("GitHub may …", "GitHub will …").
 */
import type { Clause } from '../model.js';
import { roleOf } from '../lexicons/roles.js';
import { literal } from '../lexicons/patterns.js';
import { mergeCandidates, type Candidate } from './candidates.js';

/** How often the writer must act in the text before it is taken for a party. */
const ACTS_MIN = 3;

/** Words a title names the document by, never its writer: "This Agreement will …". */
const DOCUMENT_NOUN = new RegExp(
  `^(?:${[
    'Agreement|Terms|Policy|Policies|Program|Programme|Services?|Marketplace|Conditions',
    'Addendum|Schedule|Order|Licen[cs]e|Statement|Notice|Guidelines|Rules',
  ].join('|')})$`,
);

/** What the reader of a form is called as a party ("between you and GitHub, Inc."). */
export const READER_NAME = 'You';

/** The reader, a party named You, as reader-found entries name it. */
const READER: Candidate = { name: READER_NAME, aliases: [READER_NAME], pronouns: ['you', 'your'], rank: 2 };

/** A company's name in capitals: "Automattic", "Aut O’Mattic A8C Ireland Ltd." */
const COMPANY = String.raw`(\p{Lu}[\p{L}\d&.'’-]*\p{L}(?:\s+\p{Lu}[\p{L}\d&.'’-]*\.?){0,3})`;
/**
 * Who "we" is, in apposition near the start: "We (the folks at Automattic) are …", "We, Acme
 * Ltd, …", or where the reader's contract lies: "your agreement is with Automattic Inc.".
 */
const WE_NAMED = new RegExp(
  [
    String.raw`\b[Ww]e\s*(?:\(\s*(?:the\s+)?(?:(?:folks|team|people)\s+(?:at|of|behind)\s+)?|,\s+)${COMPANY}`,
    String.raw`\b[Yy]our\s+(?:[Aa]greement|[Cc]ontract)\s+is\s+with\s+${COMPANY}`,
  ].join('|'),
  'gu',
);
const WE_REACH = 6000;

/**
 * The parties of a standard form written from "we" to "you": where it defines neither, its reader
 * (where "you" acts as a party does, "you may", "you agree") and its writer, the company that says
 * who "we" is or that the title names; and for terms of a service, who sells and who buys.
 */
export function formParties(
  prose: string,
  clauses: readonly Clause[],
  frontMatter: string | undefined,
  known: readonly Candidate[],
): Candidate[] {
  const merged = mergeCandidates(known);
  const reader = merged.find((p) => p.pronouns.includes('you'));
  const we = merged.find((p) => p.pronouns.includes('we'));
  // Both named ("between you and Octo (“we”)"): only the sides are left to read.
  if (merged.length === 2 && reader && we && reader !== we)
    return !reader.side && !we.side ? servicePrices(prose, nameOnly(reader.name), nameOnly(we.name)) : [];
  if (merged.length > 1 || reader || (merged.length === 1 && !we)) return [];
  if (countActs(prose, 'you', ACTS_MIN) < ACTS_MIN) return [];
  // The writer says who "we" is, or the title names it.
  const writer = we ? nameOnly(we.name) : (formWriter(prose, clauses, frontMatter, [READER]) ?? weNamed(prose));
  if (!writer) return [READER];
  const sided = servicePrices(prose, READER, writer);
  return sided.length ? sided : we ? [READER] : [READER, writer];
}

/** A candidate that only names a party found elsewhere: merged with it, it adds what it carries (a side). */
const nameOnly = (name: string): Candidate => ({ name, aliases: [], pronouns: [] });

/** Terms of a service: the company that offers "our Services" is paid for them, its reader pays. */
function servicePrices(prose: string, reader: Candidate, writer: Candidate): Candidate[] {
  if (!offersItsService(prose, writer.name ?? '')) return [];
  return [
    { ...reader, role: 'customer', side: 'payer' },
    { ...writer, role: 'provider', side: 'payee' },
  ];
}

/** How many times a writer must speak of what it offers ("our Services") to be taken for its seller. */
const OFFERED_MIN = 2;
/** What a service's terms are about. */
const OFFERING = String.raw`(?:services?|products?|software|platform|websites?|site|apps?|applications?)\b`;

/** Whether the writer speaks of what it offers: "our Services", "GitHub products", "provided to you by Octo". */
function offersItsService(prose: string, writer: string): boolean {
  if (!writer.trim()) return false;
  const name = literal(writer);
  const offered = new RegExp(
    [
      String.raw`\b(?:our|${name}(?:['’]s)?)\s+(?:[a-z-]+\s+)?${OFFERING}`,
      String.raw`\b(?:made\s+available|provided|offered)\s+to\s+you\s+by\s+(?:us|${name})\b`,
    ].join('|'),
    'gi',
  );
  let count = 0;
  while (count < OFFERED_MIN && offered.exec(prose)) count++;
  return count >= OFFERED_MIN;
}

/** The company "we" is said to be, where the form says so in words and speaks as "we". */
function weNamed(prose: string): Candidate | undefined {
  if (countActs(prose, 'we', ACTS_MIN) < ACTS_MIN) return undefined;
  let name: string | undefined;
  for (const m of prose.slice(0, WE_REACH).matchAll(WE_NAMED)) name = (m[1] ?? m[2])!.replace(/[.,]$/, '');
  return name && !DOCUMENT_NOUN.test(name)
    ? { name, aliases: [name.split(/\s+/)[0]!], pronouns: ['we', 'us', 'our'], rank: 1 }
    : undefined;
}

/** The writer of a form whose one party found is its reader ("you"), when the title names it. */
export function formWriter(
  prose: string,
  clauses: readonly Clause[],
  frontMatter: string | undefined,
  known: readonly Candidate[],
): Candidate | undefined {
  const title = titleOf(prose, clauses, frontMatter);
  if (!title) return undefined;
  const taken = new Set(known.flatMap((c) => [c.name ?? '', ...c.aliases]).map((a) => a.toLowerCase()));
  let best: { name: string; acts: number } | undefined;
  for (const [word] of title.matchAll(/\b\p{Lu}[\p{L}\d&.-]*\p{L}/gu)) {
    if (taken.has(word.toLowerCase()) || roleOf(word) || DOCUMENT_NOUN.test(word)) continue;
    const acts = countActs(prose, word);
    if (acts >= ACTS_MIN && (!best || acts > best.acts)) best = { name: word, acts };
  }
  if (!best) return undefined;
  const speaksAsWe = countActs(prose, 'we', ACTS_MIN) >= ACTS_MIN;
  return { name: best.name, aliases: [best.name], pronouns: speaksAsWe ? ['we', 'us', 'our'] : [], rank: 1 };
}

/** The document's title: front matter `title:`, its first heading, or its first line. */
function titleOf(prose: string, clauses: readonly Clause[], frontMatter: string | undefined): string | undefined {
  const fromFrontMatter = frontMatter && /^title:\s*["']?([^"'\n]{1,120})/m.exec(frontMatter)?.[1];
  if (fromFrontMatter) return fromFrontMatter;
  const heading = clauses.find((c) => c.kind === 'heading');
  if (heading) return prose.slice(heading.textStart, Math.min(heading.textEnd, heading.textStart + 120));
  return /^\s*([^\n]{1,120})/.exec(prose)?.[1];
}

/** What a party does in a form: "may", "will", "agrees", "represents", "has the right". */
const PARTY_VERB = `(?:${[
  'may|will|shall|must|can',
  'reserves?|agrees?|represents?|acknowledges?|warrants?|accepts?|consents?',
  'is entitled|has the right|retains?',
].join('|')})\\b`;

/** How many times, up to `most`, a name is the subject of a party's verb: "GitHub may", "GitHub will not". */
function countActs(prose: string, name: string, most = ACTS_MIN + 50): number {
  const escaped = literal(name);
  const acts = new RegExp(
    // "GitHub may", not "This Agreement may": a name, not a noun after an article.
    String.raw`(?<!\b(?:[Tt]his|[Tt]he|[Ss]uch|[Tt]hese|[Tt]hat|[Ee]ach|[Aa]ny)\s+)\b${escaped}\s+${PARTY_VERB}`,
    name === 'we' || name === 'you' ? 'gi' : 'g',
  );
  let count = 0;
  for (acts.lastIndex = 0; count < most && acts.exec(prose);) count++;
  return count;
}
