/**
 * Who is paid and who pays, read from the words of the clauses: "X shall pay", "payable by X",
 * "X will invoice"; and parties a contract names only by their role ("Tenant shall …").
 */
import type { Clause, Party, Side } from '../model.js';
import { literal } from '../lexicons/patterns.js';
import { counterpartRole, roleOf, roleWords, weakSides } from '../lexicons/roles.js';
import type { Candidate } from './candidates.js';

/** Only clauses that start in the first 200 000 characters vote on sides: enough to know, and bounded. */
export const VOTING_SPAN = 200_000;

/**
 * Each clause's own words, kept apart: a phrase parties are recognised by ("Tenant shall",
 * "payable by Customer") never runs from one clause into the next, so an edit changes only
 * what its own clauses say.
 */
export function clauseWords(prose: string, clauses: readonly Clause[]): string {
  return clauses.map((c) => prose.slice(c.textStart, c.textEnd)).join('\u0000');
}

/**
 * What some clauses say about the parties, as text: the role subjects and the payer and payee
 * phrases of every alias. Clauses that say the same leave the parties as they were.
 */
export function partyEvidence(prose: string, clauses: readonly Clause[], parties: readonly Party[]): string {
  const words = clauseWords(prose, clauses);
  const found = [...words.matchAll(ROLE_SUBJECT)].map((m) => m[0]);
  for (const alias of parties.flatMap(sideWords))
    for (const pattern of sidePatterns(alias).flat()) found.push(...(words.match(pattern) ?? []));
  return found.join('\u0000');
}

/**
 * The words a party acts by: its aliases, its full name where the contract acts by that ("Tamsin Home Goods, Inc.
 * will pay each undisputed invoice"), and "you" or "we" in a letter that defines them.
 */
function sideWords(party: Party): string[] {
  const name = party.aliases.includes(party.name) ? [] : [party.name];
  return [...party.aliases, ...name, ...party.pronouns.filter((p) => p === 'you' || p === 'we')];
}

/**
 * What the reader of a letter subscribes to is the reader's to pay ("your annual subscription fee"). Not
 * "your fees" or "your invoices", which are the reader's own where the customer writes to its supplier.
 */
const POSSESSED_FEE =
  '\\s+(?:annual\\s+|monthly\\s+|yearly\\s+)?(?:subscription|membership|licen[cs]e)\\s+(?:fees?|charges)\\b';

/** The phrases that show a party paying ([0]) or being paid ([1]). */
function sidePatterns(alias: string): [RegExp[], RegExp[]] {
  let patterns = sidePatternCache.get(alias);
  if (!patterns) {
    if (sidePatternCache.size > 1000) sidePatternCache.clear();
    sidePatternCache.set(alias, (patterns = compileSidePatterns(alias)));
  }
  return patterns;
}

/** Compiled once per alias: a session asks again for the same aliases after every edit. */
const sidePatternCache = new Map<string, [RegExp[], RegExp[]]>();

function compileSidePatterns(alias: string): [RegExp[], RegExp[]] {
  const a = literal(alias);
  // A commission or referral fee runs against the deal's main flow (a supplier pays its distributor's commission);
  // the costs of a dispute ("will pay all arbitration fees") and damages are no price at all.
  const notPrice =
    '(?![^.;\\u0000]{0,80}?\\b(?:commissions?|referral\\s+fees?|finder\\W?s\\s+fees?|arbitrat\\w+|attorneys?\\W{0,2}\\s+fees|' +
    'legal\\s+fees|court\\s+costs|damages|penalt(?:y|ies))\\b)';
  // Nor is what is paid on a failure in the same clause: "If HealthGate fails to complete …, HealthGate … will pay to
  // the Publishers" (clauses are joined by \u0000, which no window crosses; a defined "Default" is a failure too).
  // Read where the name or "pay" has matched: a lookbehind at the start would be tried at every character.
  const notRemedy = '(?<!\\b(?:[Ff]ails?|[Ff]ailure|[Bb]reach(?:es)?|[Dd]efaults?)\\b[^.;\\u0000]{0,300})';
  return [
    [
      ...(alias === 'you' ? [new RegExp(`\\byour${POSSESSED_FEE}`, 'gi')] : []),
      new RegExp(
        // "Tidewater may instead pay the amount due in three equal instalments": a way to pay is the payer's.
        `\\b${a}${notRemedy}\\s+(?:shall|will|must|agrees\\s+to|undertakes\\s+to|may\\s+instead)\\s+(?:\\w+ly\\s+)?pay\\b${notPrice}`,
        'g',
      ),
      new RegExp(`\\bpayable\\s+by\\s+(?:the\\s+)?${a}\\b`, 'g'),
      // "Channel Partner shall be charged a maximum rate of …".
      new RegExp(`\\b${a}\\s+(?:shall|will)\\s+be\\s+(?:charged|invoiced|billed)\\b`, 'g'),
      new RegExp(`\\b${a}\\s+(?:shall|will)\\s+(?:purchase|buy|subscribe|order)\\b`, 'g'),
      // "will be invoiced to you", "orders placed by Harbourline", "your buy price".
      new RegExp(`\\b(?:invoiced|billed|charged)\\s+to\\s+(?:the\\s+)?${a}\\b`, 'g'),
      new RegExp(`\\borders?\\s+placed\\s+by\\s+(?:the\\s+)?${a}\\b`, 'g'),
      new RegExp(`\\b${alias === 'you' ? 'your' : `${a}(?:'s|’s)`}\\s+buy\\s+prices?\\b`, 'g'),
    ],
    [
      new RegExp(`\\b${a}\\s+(?:shall|will|may)\\s+(?:invoice|bill|charge)\\b`, 'g'),
      new RegExp(`\\bpay${notRemedy}\\s+(?:to\\s+)?(?:the\\s+)?${a}\\b${notPrice}`, 'g'),
      new RegExp(
        `\\b${a}\\s+(?:shall|will)\\s+(?:provide|deliver|perform|supply)\\s+(?:the\\s+)?(?:Services|Products|Software|Goods|Deliverables)\\b`,
        'g',
      ),
    ],
  ];
}

/** How often a role word must act in the text before it counts as an undefined party. */
const IMPLIED_MIN = 3;
const ROLE_SUBJECT = new RegExp(
  `\\b(${Object.keys(roleWords)
    .map((w) => w.replace(/\b\w/g, (c) => c.toUpperCase()))
    .join('|')})(?:'s|’s)?\\s+(?:shall|will|may|must|agrees|hereby|is|has)\\b`,
  'g',
);

/**
 * Role words acting as subjects ("Tenant shall", "Landlord may") that no definition covers: for
 * one known party, its most active counterpart on the other side of the money; for none, the most
 * active role on each side.
 */
export function impliedParties(words: string, known: readonly Party[]): Candidate[] {
  const counts = new Map<string, number>();
  for (const m of words.matchAll(ROLE_SUBJECT)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const taken = new Set(known.flatMap((p) => [p.name, ...p.aliases].map((a) => a.toLowerCase())));
  const acting = (side: Side | undefined): string | undefined =>
    [...counts]
      .filter(([w, n]) => n >= IMPLIED_MIN && !taken.has(w.toLowerCase()) && roleOf(w)?.side === side)
      .sort((a, b) => b[1] - a[1])[0]?.[0];
  const sides: Side[] =
    known.length === 0 ? ['payee', 'payer'] : known[0]!.side ? [known[0]!.side === 'payee' ? 'payer' : 'payee'] : [];
  const actors = sides.map(acting);
  // Facing the one party whose side is known, a role word of no side acting as a party ("Company will pay") is the other.
  const alone = known.length + actors.filter(Boolean).length === 1;
  return sides.flatMap((side, i) => {
    const word = actors[i] ?? (alone ? acting(undefined) : undefined);
    if (!word) return [];
    const facing = known[0]?.role ?? roleOf(actors.find(Boolean) ?? '')?.role;
    const role = roleOf(word)!.side ? roleOf(word)!.role : ((facing && counterpartRole[facing]) ?? 'party');
    return [{ name: word, aliases: [word], pronouns: [], role, side }];
  });
}

/**
 * Decides who is paid when roles do not say: from "X shall pay", "payable by X", "X will invoice",
 * and the complement of the other party's side.
 */
export function assignSides(words: string, parties: Party[]): void {
  if (parties.length < 2) return;
  const votes = new Map<string, number>();
  const vote = (party: Party, side: Side, weight = 1): void => {
    votes.set(party.id, (votes.get(party.id) ?? 0) + (side === 'payee' ? weight : -weight));
  };
  const byRole = new Set(parties.filter((p) => p.side).map((p) => p.id));
  // Every party is counted, roles or not: two role words on one side ("Contractor", "Subcontractor") need the votes.
  for (const party of parties) {
    for (const alias of sideWords(party)) {
      const count = (patterns: RegExp[]): number => patterns.reduce((n, re) => n + (words.match(re) ?? []).length, 0);
      const [paying, paid] = sidePatterns(alias);
      const payer = count(paying);
      const payee = count(paid);
      if (payer) vote(party, 'payer', payer);
      if (payee) vote(party, 'payee', payee);
    }
  }
  for (const party of parties) {
    if (party.side) continue;
    const v = votes.get(party.id) ?? 0;
    if (v !== 0) party.side = v > 0 ? 'payee' : 'payer';
  }
  if (parties.length === 2) complementSides(parties as [Party, Party], votes, byRole);
  // A party known only by name takes the generic role of its side.
  for (const party of parties)
    if (party.role === 'party' && party.side) party.role = party.side === 'payee' ? 'provider' : 'customer';
}

/** A public body's name: "Department of Community Services", "Hartwell District Council". */
const PUBLIC_BODY =
  /\b(?:Department|Ministry|Council|Authority|Government|Commonwealth|State|County|City|Borough|Municipal\w*|Federal|Public|Office|Bureau|Commission)\b/;

/** Roles whose side no other word in a contract changes. */
const FIXED_SIDE: ReadonlySet<string> = new Set([
  'franchisor',
  'franchisee',
  'landlord',
  'tenant',
  'lender',
  'borrower',
  'employer',
  'employee',
]);

function complementSides([a, b]: [Party, Party], votes: Map<string, number>, byRole: ReadonlySet<string>): void {
  const flip = (side: Side): Side => (side === 'payee' ? 'payer' : 'payee');
  if (a.side && !b.side) b.side = flip(a.side);
  else if (b.side && !a.side) a.side = flip(b.side);
  else if (a.side && a.side === b.side) {
    // A role word ("Supplier") outweighs wording about payments, which runs both ways in some
    // deals (a supplier pays a purchasing group its fees); between two role words, the votes decide.
    if (byRole.has(a.id) !== byRole.has(b.id)) {
      if (byRole.has(a.id)) b.side = flip(a.side);
      else a.side = flip(b.side);
      return;
    }
    // A role that fixes its side ("Franchisor") outweighs one a word gives loosely ("Developer", a franchisor's area
    // developer, who pays the development fees).
    if (FIXED_SIDE.has(a.role) !== FIXED_SIDE.has(b.role)) {
      const loose = FIXED_SIDE.has(a.role) ? b : a;
      loose.side = flip(loose.side!);
      if (loose.role === 'provider' || loose.role === 'customer')
        loose.role = loose.side === 'payee' ? 'provider' : 'customer';
      return;
    }
    const va = votes.get(a.id) ?? 0;
    const vb = votes.get(b.id) ?? 0;
    if (va < vb) a.side = 'payer';
    else if (vb < va) b.side = 'payer';
    // "the Agency" facing "the Supplier": a government agency buying (its name says so), not an advertising agency selling.
    else if (weakSides.has(a.role) !== weakSides.has(b.role)) {
      const weak = weakSides.has(a.role) ? a : b;
      if (PUBLIC_BODY.test(weak.name)) weak.side = flip(a.side);
    }
  }
}
