/**
 * Parties as read from each place that names them (the preamble, a definition, a table, front
 * matter), and how they are joined into the contract's parties.
 */
import type { Party, PartyRole, Side, Span } from '../model.js';
import { entitySuffix, legalFormGroup, roleOf } from '../lexicons/roles.js';
import { literal } from '../lexicons/patterns.js';

/** A party as one place names it. */
export interface Candidate {
  name?: string;
  aliases: string[];
  pronouns: string[];
  role?: PartyRole;
  side?: Side;
  definedAt?: Span;
  /**
   * How far its name is trusted: 3 from the preamble's list with a definition, 2 from the list, 1 read back
   * from a definition, 0 from a signature block.
   */
  rank?: number;
  /** Whether the name ends with a legal form ("Inc.", "GmbH"). */
  formal?: boolean;
  /** Only joins a party named elsewhere: a signature block where the preamble has named the parties. */
  joinOnly?: boolean;
}

export const PRONOUN = /^(?:we|us|our|you|your)$/i;

export const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Joins candidates that share a name or an alias into parties. A party defined by no term is
 * called by its name without the legal form ("Lucid" for "Lucid Inc.") where `prose` does so.
 */
export function mergeCandidates(candidates: readonly Candidate[], prose?: string): Party[] {
  const parties: Party[] = [];
  const ranks = new Map<string, number>();
  for (const c of candidates) {
    const keys = [c.name, ...c.aliases].filter((k): k is string => !!k).map(norm);
    const sameName = (p: Party): boolean =>
      !!c.name && (norm(p.name).startsWith(norm(c.name)) || norm(c.name).startsWith(norm(p.name)));
    // Two roles ("Provider", "Customer") are two parties, even under one name (affiliates contract too).
    const roles = new Set(c.aliases.map((a) => roleOf(a)?.role).filter((r) => r !== undefined));
    const otherRole = (p: Party): boolean =>
      roles.size > 0 &&
      p.aliases.some((a) => roleOf(a) !== undefined) &&
      !p.aliases.some((a) => {
        const r = roleOf(a)?.role;
        return r !== undefined && roles.has(r);
      });
    let party = parties.find(
      (p) => !otherRole(p) && ([p.name, ...p.aliases].map(norm).some((k) => keys.includes(k)) || sameName(p)),
    );
    if (!party && c.joinOnly) continue;
    if (!party) {
      party = {
        id: `p${parties.length + 1}`,
        name: c.name ?? c.aliases[0] ?? 'Party',
        aliases: [],
        pronouns: [],
        role: 'party',
        definedAt: c.definedAt,
      };
      parties.push(party);
    }
    // A name read from the preamble's list outranks one read back from a definition; among equals, the fuller company name.
    const rank = c.rank ?? 1;
    const held = ranks.get(party.id) ?? 0;
    if (
      c.name &&
      (rank > held ||
        (rank === held &&
          entitySuffix.test(c.name) &&
          (!entitySuffix.test(party.name) || c.name.length > party.name.length)))
    ) {
      party.name = c.name;
      ranks.set(party.id, rank);
    }
    for (const alias of c.aliases)
      if (alias && !party.aliases.some((a) => norm(a) === norm(alias))) party.aliases.push(alias);
    for (const p of c.pronouns) if (!party.pronouns.includes(p)) party.pronouns.push(p);
    if (c.role && party.role === 'party') party.role = c.role;
    if (c.side && !party.side) party.side = c.side;
    if (!party.definedAt && c.definedAt) party.definedAt = c.definedAt;
  }
  for (const party of parties) {
    // Short names are sought for a few parties only: a contract of many parties calls each by its name.
    if (party.aliases.length === 0)
      party.aliases.push(calledBy(party.name, parties.length <= SHORT_NAMES_FOR ? prose : undefined));
    else if (prose && parties.length <= SHORT_NAMES_FOR) {
      const word = nameWordUsed(party, parties, prose);
      if (word) party.aliases.push(word);
    }
    for (const alias of party.aliases) {
      const entry = roleOf(alias);
      if (entry && party.role === 'party') party.role = entry.role;
      if (entry?.side && !party.side) party.side = entry.side;
    }
  }
  return parties;
}

const LEGAL_FORM_AT_END = new RegExp(`(?<![\\s,])[\\s,]+${legalFormGroup}$`);

/** How the contract calls a party it names without a term: its short name if the text uses it twice, else its name. */
function calledBy(name: string, prose: string | undefined): string {
  const short = name.replace(LEGAL_FORM_AT_END, '').trim();
  if (!short || short === name || !prose) return name;
  const uses = prose
    .slice(0, SHORT_NAME_SPAN)
    .match(new RegExp(`(?<![\\p{L}\\d])${literal(short)}(?![\\p{L}\\d])`, 'gu'));
  return (uses?.length ?? 0) >= 2 ? short : name;
}

/**
 * The first word of a party's name where the text calls it by that word alone, in the brand's own casing, though
 * it defined a term: "MEDIALINX INTERACTIVE, L.P. (hereinafter called "MLX")", then "MediaLinx shall not use …".
 */
function nameWordUsed(party: Party, parties: readonly Party[], prose: string): string | undefined {
  const first = /^[\p{L}]{5,}(?=[\s,]|$)/u.exec(party.name)?.[0];
  if (!first || COMMON_NAME_WORDS.test(first) || roleOf(first)) return undefined;
  if (parties.some((p) => p !== party && norm(p.name).split(' ').includes(first.toLowerCase()))) return undefined;
  if (party.aliases.some((a) => norm(a) === first.toLowerCase())) return undefined;
  const written = prose
    .slice(0, SHORT_NAME_SPAN)
    .match(new RegExp(`(?<![\\p{L}\\d])${literal(first)}(?![\\p{L}\\d])`, 'giu'))
    // A brand's own casing ("MediaLinx", "WatchGuard"), which no common word or place has: not "Florida" or "James".
    ?.filter((w) => /^\p{Lu}/u.test(w) && /\p{Ll}\p{Lu}/u.test(w));
  return written && written.length >= 3 ? written[0] : undefined;
}

/** Words that open many companies' names and name none alone. */
const COMMON_NAME_WORDS =
  /^(?:first|united|national|american|global|international|general|universal|premier|central|pacific|atlantic|southern|northern|eastern|western|royal|standard|capital|golden|great|state|county|city|board|trustees|regents|bank)$/i;

/** Where the short name is looked for: enough of the text to see how the contract calls a party. */
const SHORT_NAME_SPAN = 50_000;
const SHORT_NAMES_FOR = 6;
