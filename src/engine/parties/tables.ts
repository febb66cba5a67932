/**
 * Parties given in structured form: a parties table with a "Referred to as" column, and front
 * matter `parties:` (a list, a map, or role keys).
 */
import { load as loadYaml, CORE_SCHEMA } from 'js-yaml';
import type { Clause } from '../model.js';
import { cleanTerm } from '../definitions.js';
import { roleOf } from '../lexicons/roles.js';
import type { Candidate } from './candidates.js';

/** A table with a column like "Referred to as": first cell the name, the quoted cell the alias. */
export function partiesTable(prose: string, clauses: readonly Clause[]): Candidate[] {
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
      if (name && alias)
        found.push({
          name,
          aliases: [alias],
          pronouns: [],
          definedAt: aliasCell ? { start: aliasCell.start, end: aliasCell.end } : undefined,
        });
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

/** Front matter `parties:` as a list or a map, or top-level role keys (`provider: Acme Inc.`). */
export function frontMatterParties(frontMatter: string | undefined): Candidate[] {
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
      found.push({
        name: defined ? entry.slice(0, open).trim() : entry,
        aliases: defined ? [cleanTerm(defined[1]!)] : [],
        pronouns: [],
        role: role?.role,
        side: role?.side,
      });
      return;
    }
    if (!entry || typeof entry !== 'object') return;
    const e = entry as Record<string, unknown>;
    const name = typeof e.name === 'string' ? e.name : undefined;
    const aliasValue =
      e.defined_as ?? e.defined_term ?? e.definedAs ?? e.definedTerm ?? e.alias ?? e.as ?? e.short_name;
    const aliases = (Array.isArray(aliasValue) ? aliasValue : [aliasValue])
      .filter((a): a is string => typeof a === 'string')
      .map(cleanTerm);
    const role = roleOf(String(e.role ?? roleKey ?? '')) ?? (roleKey ? roleOf(roleKey) : undefined);
    if (name || aliases.length) found.push({ name, aliases, pronouns: [], role: role?.role, side: role?.side });
  };
  const parties = record.parties;
  if (Array.isArray(parties)) for (const entry of parties) fromEntry(entry);
  else if (parties && typeof parties === 'object')
    for (const [key, entry] of Object.entries(parties)) fromEntry(entry, key);
  for (const [key, value] of Object.entries(record))
    if (typeof value === 'string' && roleOf(key) && key !== 'company') fromEntry(value, key);
  return found;
}

function cellText(prose: string, cell: { start: number; end: number }): string {
  return prose.slice(cell.start, cell.end).replace(/\|/g, ' ').replace(/\s+/g, ' ').trim();
}
