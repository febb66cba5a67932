/**
 * Parties read back from the definitions of an opening: the name written before a parenthesis that defines a party
 * (`Acme Corp., a Delaware corporation ("Customer")`), or the paragraph before one that only designates it.
 */
import type { Clause } from '../model.js';
import type { InlineDefinition } from '../definitions.js';
import { cleanTerm } from '../definitions.js';
import { isEntityName, notPartyTerms, roleOf, suffixGroup } from '../lexicons/roles.js';
import { PRONOUN, type Candidate } from './candidates.js';
import { initialsBefore } from './aliases.js';
import { VOICED_LEAD } from '../voice.js';

/**
 * The parties that parenthetical definitions (`Acme Corp. ("Customer")`) among `defs` name; `all`
 * are every definition, which end the name read back.
 */
export function definedParties(
  prose: string,
  clauses: readonly Clause[],
  defs: readonly InlineDefinition[],
  limit: number,
  all: readonly InlineDefinition[] = defs,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const def of defs) {
    const clause = clauses[def.clause]!;
    if (def.start > limit || def.selfName || notPartyTerms.test(def.term) || clause.region === 'recitals') continue;
    // The acronym of the body named just before it: "registered with the Federal Motor Carrier Safety Administration ("FMCSA")".
    if (initialsBefore(prose, def.anchor, def.term)) continue;
    // A letter's own role, defined for "we" or "you": "We write to you as landlord under the Lease (the "Landlord")"
    // names the writer (voice.ts), not a party called "We write to you …".
    if (VOICED.test(prose.slice(Math.max(0, def.anchor - 120), def.anchor))) continue;
    const apart = designatedApart(prose, clauses, def);
    const name = apart ?? nameBefore(prose, def, clause, all);
    // ("you" and "Customer"): any of the terms may carry the role.
    const role = [def.term, ...def.also].map(roleOf).find((r) => r !== undefined);
    const terms = [def.term, ...def.also];
    const pronouns = terms.filter((t) => PRONOUN.test(t)).map((t) => t.toLowerCase());
    // Whoever a letter calls "we" or "you" is a party, whatever its name ends with.
    const named = name !== undefined && (apart !== undefined || isEntityName(name) || pronouns.length > 0);
    if (!named && !(role && clause.region !== 'body') && !(role && name)) continue;
    const aliases = terms.filter((t) => !PRONOUN.test(t));
    // `| **Licensor** | Parallax Inc. ("Parallax") |`: the row's title is a role alias too.
    if (clause.kind === 'table-row' && clause.title && roleOf(clause.title)) aliases.push(cleanTerm(clause.title));
    candidates.push({ name: name ?? def.term, aliases, pronouns, definedAt: { start: def.start, end: def.end } });
  }
  return candidates;
}

/** The words before a role a letter gives its writer or reader (voice.ts reads the role). */
const VOICED = new RegExp(`${VOICED_LEAD}\\(?[^()]{0,6}$`);

/** A paragraph that only designates: "Hereinafter designated "the Depositary"" (French drafting), "hereinafter referred to as". */
const DESIGNATION_ONLY =
  /^[\s*_]*(?:hereinafter|hereafter)\s+(?:(?:designated|referred\s+to|called|named|defined)\s+(?:as\s+)?)?(?:the\s+)?[\s*_"“]*(?:the\s+)?$/i;
/** The name a party's paragraph opens with, up to its first comma or parenthesis: "**LOGISTIQUE VAL DE LOIRE**, simplified …". */
const OPENING_NAME = /^[\s*_]*((?:[\p{Lu}\p{Lo}\d]|\p{Ll}\p{Lu})[^,(\n*_]{1,80}?)[\s*_]*[,(]/u;

/** A paragraph that says who acts for the party named before it: "Represented by Mr Jean Martin, …". */
const REPRESENTED = /^[\s*_]*(?:duly\s+)?(?:represented|acting|registered|whose|having)\b/i;

/**
 * The party of a definition in a paragraph of its own, after the paragraph that names it (past one that says who
 * represents it), in capitals as French drafting writes a company's name; undefined for any other.
 */
function designatedApart(prose: string, clauses: readonly Clause[], def: InlineDefinition): string | undefined {
  const clause = clauses[def.clause]!;
  // Where the parties are presented, before the first numbered article.
  const presented = !clauses.slice(0, def.clause).some((c) => c.number !== undefined);
  if (!presented || !DESIGNATION_ONLY.test(prose.slice(clause.textStart, def.start))) return undefined;
  let j = def.clause - 1;
  while (j > def.clause - 3 && clauses[j] && REPRESENTED.test(prose.slice(clauses[j]!.textStart, clauses[j]!.textEnd)))
    j--;
  const before = clauses[j];
  const name = before && OPENING_NAME.exec(prose.slice(before.textStart, before.textEnd))?.[1]?.trim();
  // In capitals as French drafting writes it, or ending in a company's form ("Logistique Val de Loire SAS").
  return name && (!/\p{Ll}/u.test(name) || isEntityName(name)) && !startsLikeANoun(name) ? name : undefined;
}

const NAME_REACH = 400;
const NAME_AT_END = /(?:^|\s)(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,4})$/u;
/** A capitalised name that ends like a company: "Acme Widgets, Inc.". Reads at most NAME_REACH characters. */
export const SUFFIXED_NAME = new RegExp(
  "(?:^|\\s)((?:(?:[\\p{Lu}\\d]|\\p{Ll}(?=\\p{Lu}))[\\p{L}\\d&'’.-]*)" +
    "(?:,?\\s+(?:&|and|of|de|der|du|la|for|[\\p{Lu}\\d][\\p{L}\\d&'’.-]*))*?" +
    `(?:,?\\s+${suffixGroup})+)(?=[\\s,;(]|$)`,
  'u',
);

/** The name written before a definition's parenthesis: `…between Acme Corp., a Delaware corporation (`. */
function nameBefore(
  prose: string,
  def: InlineDefinition,
  clause: Clause,
  inline: readonly InlineDefinition[],
): string | undefined {
  let from = clause.kind === 'table-row' ? cellStart(clause, def.anchor) : clause.start;
  // An earlier definition ends the name read back, unless it only names a body in passing ("… with the Federal Motor
  // Carrier Safety Administration ("FMCSA") as a property broker …, with offices at … ("Broker")").
  for (const other of inline)
    if (
      other.anchor < def.anchor &&
      other.end > from &&
      other.clause === def.clause &&
      !initialsBefore(prose, other.anchor, other.term)
    )
      from = Math.max(from, other.end + 2);
  let segment = prose.slice(from, def.anchor);
  // A party's name is in the same sentence as its definition. An initial ("1150 N. Ashland Ave.") ends none; the
  // letter of an exhibit or a lot does ("… attached as Exhibit A. Acme Corp. (").
  const sentenceStart = [
    ...segment.matchAll(
      /(?<!\b(?:Pte|Pty|Co|Corp|Inc|Ltd|No|St|Ave|Mr|Mrs|Ms|Dr|Bros|Sdn|Intl|(?<!\b(?:Exhibit|Schedule|Annex|Appendix|Part|Lot|Section|Article|Clause|Item|Phase|Tranche)\s)\p{Lu}))[.;:]\s+(?=[\p{Lu}\p{Lo}])/gu,
    ),
  ].pop();
  if (sentenceStart) segment = segment.slice(sentenceStart.index + sentenceStart[0].length);
  const between = /\b(?:by\s+and\s+between|between|among)\s+(?=[\p{Lu}\p{Lo}\d*]|\p{Ll}\p{Lu})/gu;
  let last = -1;
  for (const m of segment.matchAll(between)) last = m.index + m[0].length;
  if (last >= 0) segment = segment.slice(last);
  // "… understand that Tribute Pharmaceuticals Canada Inc. (": the name is in the clause of its definition.
  const clauseStart = [...segment.matchAll(/\b(?:that|whereby|which|whom)\s+(?=\p{Lu})/gu)].pop();
  if (clauseStart) segment = segment.slice(clauseStart.index + clauseStart[0].length);
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
  // A letter's addressee with others it speaks for: "to St. Brendan Health System and the participating facilities listed
  // in Exhibit B (collectively, "St. Brendan" or "you")" is named by the fullest name among them.
  const addressee =
    /^\(\s*(?:collectively|together)\b/i.test(prose.slice(def.anchor, def.start)) &&
    PRONOUN.test(def.also.join(' ') || def.term)
      ? addresseeName(segment)
      : undefined;
  if (addressee) return addressee;
  // Names start with a capital, a digit, a letter of a script without case (株式会社, شركة) or a
  // small letter before a capital (eBay, iRobot).
  segment = segment.replace(/^.*\b(?:and|from|by)\s+(?=[\p{Lu}\p{Lo}]|\p{Ll}\p{Lu})/u, '');
  // "… to retain Gianluca Rotino (": the capitalised words right before the parenthesis.
  if (segment && !/^(?:[\p{Lu}\p{Lo}\d]|\p{Ll}\p{Lu})/u.test(segment)) segment = NAME_AT_END.exec(segment)?.[1] ?? '';
  if (!segment) return undefined;
  const first = segment
    .split(/,\s+(?=[a-z\d])|,\s+(?:a|an|the|registered|having|with|whose|incorporated|organi[sz]ed)\b|(?<!\s)\s+\(/)[0]!
    .trim();
  return first.length > 0 && first.length <= 80 && !startsLikeANoun(first) ? first.replace(/[,.]$/, '') : undefined;
}

/** Capitalised names in words: "St. Brendan Health System", "Riverside Pediatrics". */
const CAPITALISED_NAME = /(?:^|\s)(\p{Lu}[\p{L}.'’&-]*(?:\s+(?:\p{Lu}[\p{L}.'’&-]*|of|(?:and|&)(?=\s+\p{Lu})))*)/gu;
/** What opens a sentence or names a part of the document, never the addressee: "We", "This", "Exhibit B". */
const NOT_ADDRESSEE =
  /^(?:We|Our|Us|You|Your|This|These|That|The|Thank|Dear|Exhibit|Schedule|Annex|Appendix|Section|Clause|Article|Part)\b/;

/** The name of the group a letter writes to: the longest capitalised name before its definition, the last of equals. */
function addresseeName(segment: string): string | undefined {
  let best: string | undefined;
  for (const m of segment.matchAll(CAPITALISED_NAME)) {
    const name = m[1]!.replace(/[,.]$/, '');
    if (NOT_ADDRESSEE.test(name)) continue;
    if (!best || name.split(/\s+/).length >= best.split(/\s+/).length) best = name;
  }
  return best;
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
