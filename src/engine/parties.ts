/**
 * Stage 3: the parties. Read from the preamble in its common forms (`Acme Corp. ("Customer")`,
 * `(the **Customer**)`, `hereinafter "Licensee"`, `is called the "Vendor"`), a parties table,
 * key/value rows (`| Licensor | Parallax Inc. ("Parallax") |`) and front matter `parties:`.
 * Each gets a role and a side: who is paid (payee) and who pays (payer).
 */
import { load as loadYaml, CORE_SCHEMA } from 'js-yaml';
import type { Clause, Party, PartyRole, Side } from './model.js';
import type { DefinedTerms, InlineDefinition } from './definitions.js';
import { cleanTerm } from './definitions.js';
import { literal } from './lexicons/patterns.js';
import { entitySuffix, isEntityName, notPartyTerms, roleOf, roleWords, suffixGroup } from './lexicons/roles.js';

const PRONOUN = /^(?:we|us|our|you|your)$/i;

interface Candidate {
  name?: string;
  aliases: string[];
  pronouns: string[];
  role?: PartyRole;
  side?: Side;
  definedAt?: { start: number; end: number };
}

/** Finds the contracting parties. */
export function findParties(prose: string, clauses: readonly Clause[], defined: DefinedTerms, frontMatter?: string): Party[] {
  const candidates = definedParties(prose, clauses, defined.inline, partyDefinitionLimit(prose.length));
  candidates.push(...partiesTable(prose, clauses));
  candidates.push(...frontMatterParties(frontMatter));
  // `"we", "us" and "Quillon" mean Quillon Software Ltd`: a party named in words.
  for (const { terms, refersTo } of defined.named) {
    const pronouns = terms.filter((t) => PRONOUN.test(t)).map((t) => t.toLowerCase());
    const aliases = terms.filter((t) => !PRONOUN.test(t) && !notPartyTerms.test(t));
    if (isEntityName(refersTo) || aliases.some((a) => roleOf(a))) candidates.push({ name: refersTo, aliases, pronouns });
  }

  // A party the contract names only by its role ("Tenant shall …"), its definition missing or cut.
  let parties = merge(candidates);
  if (parties.length < 2) {
    const implied = impliedParties(clauseWords(prose, clauses), parties);
    if (implied.length) parties = merge([...candidates, ...implied]);
  }
  for (const { terms, refersTo } of defined.named) {
    // "…means the Client and …": the party whose alias or name the words start with.
    const words = cleanTerm(refersTo).toLowerCase();
    const party = parties.find((p) => [p.name, ...p.aliases].some((a) => words === a.toLowerCase() || words.startsWith(`${a.toLowerCase()} `)));
    for (const t of terms) if (party && PRONOUN.test(t) && !party.pronouns.includes(t.toLowerCase())) party.pronouns.push(t.toLowerCase());
  }
  // "we" implies "us" and "our"; "you" implies "your".
  for (const party of parties) {
    if (party.pronouns.some((p) => p === 'we' || p === 'us')) for (const p of ['we', 'us', 'our']) if (!party.pronouns.includes(p)) party.pronouns.push(p);
    if (party.pronouns.includes('you') && !party.pronouns.includes('your')) party.pronouns.push('your');
  }
  assignSides(clauseWords(prose, clauses.filter((c) => c.start < VOTING_SPAN)), parties);
  return parties;
}

/** Parties are defined near the start: definitions further in name other things. */
export function partyDefinitionLimit(length: number): number {
  return Math.max(8000, Math.floor(length / 4));
}

/** The parties that parenthetical definitions (`Acme Corp. ("Customer")`) name, among `defs`. */
function definedParties(prose: string, clauses: readonly Clause[], defs: readonly InlineDefinition[], limit: number): Candidate[] {
  const candidates: Candidate[] = [];
  for (const def of defs) {
    const clause = clauses[def.clause]!;
    if (def.start > limit || def.selfName || notPartyTerms.test(def.term) || clause.region === 'recitals') continue;
    const name = nameBefore(prose, def, clause, defs);
    // ("you" and "Customer"): any of the terms may carry the role.
    const role = [def.term, ...def.also].map(roleOf).find((r) => r !== undefined);
    const named = name !== undefined && isEntityName(name);
    if (!named && !(role && clause.region !== 'body') && !(role && name)) continue;
    const terms = [def.term, ...def.also];
    const pronouns = terms.filter((t) => PRONOUN.test(t)).map((t) => t.toLowerCase());
    const aliases = terms.filter((t) => !PRONOUN.test(t));
    // `| **Licensor** | Parallax Inc. ("Parallax") |`: the row's title is a role alias too.
    if (clause.kind === 'table-row' && clause.title && roleOf(clause.title)) aliases.push(cleanTerm(clause.title));
    candidates.push({ name: name ?? def.term, aliases, pronouns, definedAt: { start: def.start, end: def.end } });
  }
  return candidates;
}

/**
 * The parties some clauses' definitions name, as text without offsets (`defs` are those
 * clauses' definitions, each read with the others of its clause). Clauses that name the same
 * leave the parties as they were.
 */
export function definedPartyKey(prose: string, clauses: readonly Clause[], defs: readonly InlineDefinition[], limit: number): string {
  return JSON.stringify(definedParties(prose, clauses, defs, limit).map((c) => [c.name, c.aliases, c.pronouns]));
}

/** Only clauses that start in the first 200 000 characters vote on sides: enough to know, and bounded. */
export const VOTING_SPAN = 200_000;

/**
 * Each clause's own words, kept apart: a phrase parties are recognised by ("Tenant shall",
 * "payable by Customer") never runs from one clause into the next, so an edit changes only
 * what its own clauses say.
 */
function clauseWords(prose: string, clauses: readonly Clause[]): string {
  return clauses.map((c) => prose.slice(c.textStart, c.textEnd)).join('\u0000');
}

/**
 * What some clauses say about the parties, as text: the role subjects and the payer and payee
 * phrases of every alias. Clauses that say the same leave the parties as they were.
 */
export function partyEvidence(prose: string, clauses: readonly Clause[], parties: readonly Party[]): string {
  const words = clauseWords(prose, clauses);
  const found = [...words.matchAll(ROLE_SUBJECT)].map((m) => m[0]);
  for (const alias of parties.flatMap((p) => p.aliases)) for (const pattern of sidePatterns(alias).flat()) found.push(...(words.match(pattern) ?? []));
  return found.join('\u0000');
}

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
  return [[
    new RegExp(`\\b${a}\\s+(?:shall|will|must|agrees\\s+to|undertakes\\s+to)\\s+pay\\b`, 'g'),
    new RegExp(`\\bpayable\\s+by\\s+(?:the\\s+)?${a}\\b`, 'g'),
    new RegExp(`\\b${a}\\s+(?:shall|will)\\s+(?:purchase|buy|subscribe|order)\\b`, 'g'),
  ], [
    new RegExp(`\\b${a}\\s+(?:shall|will|may)\\s+(?:invoice|bill|charge)\\b`, 'g'),
    new RegExp(`\\bpay\\s+(?:the\\s+)?${a}\\b`, 'g'),
    new RegExp(`\\b${a}\\s+(?:shall|will)\\s+(?:provide|deliver|perform|supply)\\s+(?:the\\s+)?(?:Services|Products|Software|Goods|Deliverables)\\b`, 'g'),
  ]];
}

const NAME_REACH = 400;
/** A capitalised name that ends like a company: "Acme Widgets, Inc.". Reads at most NAME_REACH characters. */
export const SUFFIXED_NAME = new RegExp(`(?:^|\\s)((?:(?:[\\p{Lu}\\d]|\\p{Ll}(?=\\p{Lu}))[\\p{L}\\d&'’.-]*)(?:,?\\s+(?:&|and|of|de|der|du|la|for|[\\p{Lu}\\d][\\p{L}\\d&'’.-]*))*?(?:,?\\s+${suffixGroup})+)(?=[\\s,;(]|$)`, 'u');

/** The name written before a definition's parenthesis: `…between Acme Corp., a Delaware corporation (`. */
function nameBefore(prose: string, def: InlineDefinition, clause: Clause, inline: readonly InlineDefinition[]): string | undefined {
  let from = clause.kind === 'table-row' ? cellStart(clause, def.anchor) : clause.start;
  for (const other of inline) if (other.anchor < def.anchor && other.end > from && other.clause === def.clause) from = Math.max(from, other.end + 2);
  let segment = prose.slice(from, def.anchor);
  // A party's name is in the same sentence as its definition.
  const sentenceStart = [...segment.matchAll(/(?<!\b(?:Pte|Pty|Co|Corp|Inc|Ltd|No|St|Mr|Mrs|Ms|Dr|Bros|Sdn|Intl))[.;:]\s+(?=[\p{Lu}\p{Lo}])/gu)].pop();
  if (sentenceStart) segment = segment.slice(sentenceStart.index + sentenceStart[0].length);
  const between = /\b(?:by\s+and\s+between|between|among)\s+(?=[\p{Lu}\p{Lo}\d*]|\p{Ll}\p{Lu})/gu;
  let last = -1;
  for (const m of segment.matchAll(between)) last = m.index + m[0].length;
  if (last >= 0) segment = segment.slice(last);
  segment = segment
    .replace(/^[\s,;:)\]|*_-]+/, '')
    .replace(/^\(?\d+\)?[.)]?\s+/, '')
    .replace(/^(?:and|or)\s+/i, '')
    .replace(/^[A-Z][A-Za-z ]{0,30}:\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  // A name and what describes it fit well within the last few hundred characters before the parenthesis.
  if (segment.length > NAME_REACH) segment = segment.slice(segment.indexOf(' ', segment.length - NAME_REACH) + 1);
  // The first capitalised name that ends like a company ("Acme Widgets, Inc.") wins.
  const suffixed = SUFFIXED_NAME.exec(segment);
  if (suffixed && !startsLikeANoun(suffixed[1]!)) return suffixed[1]!.trim();
  // Names start with a capital, a digit, a letter of a script without case (株式会社, شركة) or a
  // small letter before a capital (eBay, iRobot).
  segment = segment.replace(/^.*\b(?:and|from|by)\s+(?=[\p{Lu}\p{Lo}]|\p{Ll}\p{Lu})/u, '');
  if (!segment || !/^(?:[\p{Lu}\p{Lo}\d]|\p{Ll}\p{Lu})/u.test(segment)) return undefined;
  const first = segment.split(/,\s+(?=[a-z\d])|,\s+(?:a|an|the|registered|having|with|whose|incorporated|organi[sz]ed)\b|(?<!\s)\s+\(/)[0]!.trim();
  return first.length > 0 && first.length <= 80 && !startsLikeANoun(first) ? first.replace(/[,.]$/, '') : undefined;
}

/**
 * "The Company", "This Agreement": a common noun, not a name. Institutions are named with the
 * article, though: "The University of Northmoor", "The Regents of the University of California".
 */
function startsLikeANoun(name: string): boolean {
  return /^(?:The|This|These)\s/.test(name) && !/^The\s+(?:\p{Lu}[\p{L}'’.-]*\s+)+of\s+(?:the\s+)?\p{Lu}/u.test(name);
}

function cellStart(clause: Clause, at: number): number {
  for (const cell of clause.cells ?? []) if (cell.start <= at && at <= cell.end) return cell.start;
  return clause.textStart;
}

/** A table with a column like "Referred to as": first cell the name, the quoted cell the alias. */
function partiesTable(prose: string, clauses: readonly Clause[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const header = clauses[i]!;
    const aliasColumn = aliasColumnOf(prose, header);
    if (aliasColumn <= 0) continue;
    for (let j = i + 1; j < clauses.length && clauses[j]!.kind === 'table-row' && !clauses[j]!.header; j++) {
      const cells = clauses[j]!.cells ?? [];
      const name = cells[0] ? cellText(prose, cells[0]) : '';
      const aliasCell = cells[aliasColumn];
      const alias = aliasCell ? cleanTerm(cellText(prose, aliasCell).replace(/["“”]/g, '')) : '';
      if (name && alias) found.push({ name, aliases: [alias], pronouns: [], definedAt: aliasCell ? { start: aliasCell.start, end: aliasCell.end } : undefined });
    }
  }
  return found;
}

/** The column of a parties table's header row that gives each party's defined term, or -1. */
function aliasColumnOf(prose: string, header: Clause): number {
  if (header.kind !== 'table-row' || !header.header || !header.cells) return -1;
  const labels = header.cells.map((c) => cellText(prose, c).toLowerCase());
  return labels.findIndex((l) => /referred to|defined as|short name|alias|definition|\bas\b$/.test(l));
}

/** Whether a clause is a row of a parties table, which the parties are read from. */
export function partiesTableRow(prose: string, clauses: readonly Clause[], clause: Clause): boolean {
  let row: Clause | undefined = clause;
  while (row && row.kind === 'table-row' && !row.header) row = clauses[row.id - 1];
  return !!row && aliasColumnOf(prose, row) > 0;
}

/** Front matter `parties:` as a list or a map, or top-level role keys (`provider: Acme Inc.`). */
function frontMatterParties(frontMatter: string | undefined): Candidate[] {
  if (!frontMatter) return [];
  let data: unknown;
  try {
    // Plain data only (no dates, no custom tags); aliases are shared, never expanded.
    data = loadYaml(frontMatter, { schema: CORE_SCHEMA, json: true });
  } catch {
    return [];
  }
  if (!data || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  const found: Candidate[] = [];
  const fromEntry = (entry: unknown, roleKey?: string): void => {
    if (typeof entry === 'string') {
      const role = roleKey ? roleOf(roleKey) : undefined;
      // `consultant: Larchmont Advisory LLP ("Consultant")`
      const open = entry.lastIndexOf('(');
      const defined = open > 0 ? /^\(\s*(?:the\s+)?["“]([^"”]{1,40})["”]\s*\)\s*$/.exec(entry.slice(open)) : null;
      found.push({ name: defined ? entry.slice(0, open).trim() : entry, aliases: defined ? [cleanTerm(defined[1]!)] : [], pronouns: [], role: role?.role, side: role?.side });
      return;
    }
    if (!entry || typeof entry !== 'object') return;
    const e = entry as Record<string, unknown>;
    const name = typeof e.name === 'string' ? e.name : undefined;
    const aliasValue = e.defined_as ?? e.defined_term ?? e.definedAs ?? e.definedTerm ?? e.alias ?? e.as ?? e.short_name;
    const aliases = (Array.isArray(aliasValue) ? aliasValue : [aliasValue]).filter((a): a is string => typeof a === 'string').map(cleanTerm);
    const role = roleOf(String(e.role ?? roleKey ?? '')) ?? (roleKey ? roleOf(roleKey) : undefined);
    if (name || aliases.length) found.push({ name, aliases, pronouns: [], role: role?.role, side: role?.side });
  };
  const parties = record.parties;
  if (Array.isArray(parties)) for (const entry of parties) fromEntry(entry);
  else if (parties && typeof parties === 'object') for (const [key, entry] of Object.entries(parties)) fromEntry(entry, key);
  for (const [key, value] of Object.entries(record)) if (typeof value === 'string' && roleOf(key) && key !== 'company') fromEntry(value, key);
  return found;
}

function cellText(prose: string, cell: { start: number; end: number }): string {
  return prose.slice(cell.start, cell.end).replace(/\|/g, ' ').replace(/\s+/g, ' ').trim();
}

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Joins candidates that share a name or an alias into parties. */
/** How often a role word must act in the text before it counts as an undefined party. */
const IMPLIED_MIN = 3;
const ROLE_SUBJECT = new RegExp(`\\b(${Object.keys(roleWords).filter((w) => roleWords[w]!.side).map((w) => w.replace(/\b\w/g, (c) => c.toUpperCase())).join('|')})(?:'s|’s)?\\s+(?:shall|will|may|must|agrees|hereby|is|has)\\b`, 'g');

/**
 * Role words acting as subjects ("Tenant shall", "Landlord may") that no definition covers: for
 * one known party, its most active counterpart on the other side of the money; for none, the most
 * active role on each side.
 */
function impliedParties(words: string, known: readonly Party[]): Candidate[] {
  const counts = new Map<string, number>();
  for (const m of words.matchAll(ROLE_SUBJECT)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const taken = new Set(known.flatMap((p) => [p.name, ...p.aliases].map((a) => a.toLowerCase())));
  const best = (side: Side): Candidate | undefined => {
    const [word] = [...counts].filter(([w, n]) => n >= IMPLIED_MIN && !taken.has(w.toLowerCase()) && roleOf(w)?.side === side).sort((a, b) => b[1] - a[1])[0] ?? [];
    return word ? { name: word, aliases: [word], pronouns: [], role: roleOf(word)!.role, side } : undefined;
  };
  const sides: Side[] = known.length === 0 ? ['payee', 'payer'] : known[0]!.side ? [known[0]!.side === 'payee' ? 'payer' : 'payee'] : [];
  return sides.map(best).filter((c): c is Candidate => !!c);
}

function merge(candidates: Candidate[]): Party[] {
  const parties: Party[] = [];
  for (const c of candidates) {
    const keys = [c.name, ...c.aliases].filter((k): k is string => !!k).map(norm);
    const sameName = (p: Party): boolean => !!c.name && (norm(p.name).startsWith(norm(c.name)) || norm(c.name).startsWith(norm(p.name)));
    // Two roles ("Provider", "Customer") are two parties, even under one name (affiliates contract too).
    const roles = new Set(c.aliases.map((a) => roleOf(a)?.role).filter((r) => r !== undefined));
    const otherRole = (p: Party): boolean => roles.size > 0 && p.aliases.some((a) => roleOf(a) !== undefined) && !p.aliases.some((a) => { const r = roleOf(a)?.role; return r !== undefined && roles.has(r); });
    let party = parties.find((p) => !otherRole(p) && ([p.name, ...p.aliases].map(norm).some((k) => keys.includes(k)) || sameName(p)));
    if (!party) {
      party = { id: `p${parties.length + 1}`, name: c.name ?? c.aliases[0] ?? 'Party', aliases: [], pronouns: [], role: 'party', definedAt: c.definedAt };
      parties.push(party);
    }
    if (c.name && entitySuffix.test(c.name) && (!entitySuffix.test(party.name) || c.name.length > party.name.length)) party.name = c.name;
    for (const alias of c.aliases) if (alias && !party.aliases.some((a) => norm(a) === norm(alias))) party.aliases.push(alias);
    for (const p of c.pronouns) if (!party.pronouns.includes(p)) party.pronouns.push(p);
    if (c.role && party.role === 'party') party.role = c.role;
    if (c.side && !party.side) party.side = c.side;
    if (!party.definedAt && c.definedAt) party.definedAt = c.definedAt;
  }
  for (const party of parties) {
    if (party.aliases.length === 0) party.aliases.push(shortName(party.name));
    for (const alias of party.aliases) {
      const entry = roleOf(alias);
      if (entry && party.role === 'party') party.role = entry.role;
      if (entry?.side && !party.side) party.side = entry.side;
    }
  }
  return parties;
}

function shortName(name: string): string {
  return name.replace(new RegExp(`[\\s,]+${entitySuffix.source}`), '').trim() || name;
}

/**
 * Decides who is paid when roles do not say: from "X shall pay", "payable by X", "X will invoice",
 * and the complement of the other party's side.
 */
function assignSides(words: string, parties: Party[]): void {
  if (parties.length < 2) return;
  const votes = new Map<string, number>();
  const vote = (party: Party, side: Side, weight = 1): void => {
    votes.set(party.id, (votes.get(party.id) ?? 0) + (side === 'payee' ? weight : -weight));
  };
  const byRole = new Set(parties.filter((p) => p.side).map((p) => p.id));
  // Every party is counted, roles or not: two role words on one side ("Contractor", "Subcontractor") need the votes.
  for (const party of parties) {
    for (const alias of party.aliases) {
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
  for (const party of parties) if (party.role === 'party' && party.side) party.role = party.side === 'payee' ? 'provider' : 'customer';
}

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
    const va = votes.get(a.id) ?? 0;
    const vb = votes.get(b.id) ?? 0;
    if (va < vb) a.side = 'payer';
    else if (vb < va) b.side = 'payer';
  }
}

