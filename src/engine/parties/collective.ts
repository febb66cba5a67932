/**
 * Co-signatories defined together: "WYZZ, Inc. and WYZZ Licensee, Inc. (collectively "WYZZ")" is one side of
 * the deal, one party, not two.
 */
import { notPartyTerms } from '../lexicons/roles.js';
import type { PreambleEntry } from './list.js';

/** A term that names the entries before it as one side: "WYZZ, Inc. and WYZZ Licensee, Inc. (collectively "WYZZ")". */
const COLLECTIVE_TERM = /\(\s*(?:collectively|together|jointly)\s*,?\s*(?:the\s+)?["“]([^"“”\n]{1,40})["”]\s*\)/;

/** A party signing for its affiliates too: "for itself and on behalf of its affiliate …", "together with its Affiliates". */
const ACTS_FOR_AFFILIATES =
  /\bfor itself and (?:on behalf of|as agent for)\b|\bon behalf of itself and\b|\b(?:together with|and) (?:its|their) (?:affiliates|subsidiaries|Affiliates|Subsidiaries)\b/;

/** Co-signatories defined together are one party: the entries since the last defined one, under the collective term. */
export function mergeCollective(prose: string, entries: PreambleEntry[]): PreambleEntry[] {
  const merged: PreambleEntry[] = [];
  let group: PreambleEntry[] = [];
  for (const entry of entries) {
    group.push(entry);
    if (entry.aliases.length || entry.pronouns.length) {
      merged.push(...group);
      group = [];
      continue;
    }
    const found = COLLECTIVE_TERM.exec(prose.slice(entry.start, entry.end));
    // "(together, the "Parties")" names both sides, not one of them.
    const term = found && !notPartyTerms.test(found[1]!) ? found : null;
    const named = group.filter((e) => e.name);
    // One sentence names them: not a title or a heading a blank line before.
    const oneSentence = !/\n[ \t]*\n/.test(prose.slice(group[0]!.start, entry.start));
    // One party acting for its affiliates too: "… LLC, for itself and on behalf of its affiliate …, (collectively, "Team")".
    if (
      term &&
      group.length === 1 &&
      named.length === 1 &&
      ACTS_FOR_AFFILIATES.test(prose.slice(entry.start, entry.end))
    ) {
      const at = prose.indexOf(term[1]!, entry.start + term.index);
      merged.push({ ...entry, aliases: [{ term: term[1]!, start: at, end: at + term[1]!.length }] });
      group = [];
      continue;
    }
    if (!term || group.length < 2 || named.length !== group.length || !oneSentence) continue;
    const at = prose.indexOf(term[1]!, entry.start + term.index);
    merged.push({
      name: {
        name: named.map((e) => e.name!.name).join(' and '),
        start: named[0]!.name!.start,
        end: named[named.length - 1]!.name!.end,
        formal: true,
      },
      aliases: [{ term: term[1]!, start: at, end: at + term[1]!.length }],
      pronouns: [],
      start: group[0]!.start,
      end: entry.end,
    });
    group = [];
  }
  const all = [...merged, ...group];
  return all.length < 2 && entries.length >= 2 ? entries : all;
}
