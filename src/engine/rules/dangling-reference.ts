/**
 * dangling-reference: a cross-reference to a part of this document that does not exist
 * ("Section 4.7" where Section 4 stops at 4.6), or a capitalised defined term a give-back is
 * tied to that the contract never defines ("in consideration of the Renewal Discount").
 * A tie to nothing ties nothing, so the concession it meant to balance stays unbalanced.
 *
 * Flagged:  `In consideration of the discount in Section 4.7, …` (no 4.7)
 * Clean:    `… in Section 4.2, …`, or `Section 9.4 of the MSA` (another document)
 */
import type { Draft, Model, Rule } from './rule.js';
import { tyingWords } from '../lexicons/language.js';
import { topLevel } from '../numbering.js';
import { readerText } from '../reading.js';

const CHECKED_UNITS = new Set(['section', 'clause', 'article', 'paragraph']);
/** The document says its capitalised terms come from another document. */
const INCORPORATES =
  /\b(?:meanings? (?:given|ascribed|assigned)|have the (?:same )?meanings?|defined in the|as defined in)\b/i;
const TERM_NOUNS =
  /\b(?:Discount|Rebate|Credit|Waiver|Holiday|Reduction|Commitment|Freeze|Cap|Extension|Prepayment|Incentive|Allowance|Concession|Relief)s?$/;

export const danglingReference: Rule = {
  id: 'dangling-reference',
  severity: 'warning',
  summary: 'A cross-reference or defined term points at nothing in the contract.',
  check(model) {
    return [...missingClauses(model), ...undefinedTerms(model)];
  },
};

const DEPENDENT_DOCUMENTS = [
  'amendment|addendum|order form|statement of work|side letter|rider|term sheet|renewal agreement|schedule|exhibit',
  'annex|change order',
].join('|');

/** Documents that sit on another agreement, whose clause numbers they cite without saying so. */
const DEPENDENT = new RegExp(
  [`\\b(?:${DEPENDENT_DOCUMENTS})\\b`, '\\b(?:amends|is (?:hereby )?amended|forms part of)\\b'].join('|'),
  'i',
);
/** Words before a number that point into a statute or regulation: "Labor Code Section 2870", "48 C.F.R. section 12.212". */
const STATUTE =
  /(?:\b(?:Code|Act|Regulations?|C\.F\.R\.|U\.S\.C\.|GDPR|Directive|Law|Rules|Treaty|Convention|Statute|Bankruptcy)\b[^.;]{0,20}$)/;

function missingClauses(model: Model): Draft[] {
  const title = model.clauses.find((c) => c.kind === 'heading')?.title ?? '';
  const selfNames = model.definitions
    .filter((d) => d.selfName)
    .map((d) => d.term)
    .join(' ');
  if (DEPENDENT.test(`${title} ${selfNames}`) || DEPENDENT.test(model.prose.slice(0, 1500))) return [];
  const numbered = model.clauses.filter((c) => c.number !== undefined && /^\d/.test(c.number));
  const tops = new Set(numbered.map((c) => topLevel(c.number!)));
  // Too little numbering to tell a missing clause from one we could not read.
  if (tops.size < 3) return [];
  const maxTop = Math.max(...[...tops].map(Number).filter(Number.isFinite));
  const listed = contentsNumbers(model);
  const findings: Draft[] = [];
  for (const ref of model.references) {
    if (ref.external || ref.targets.length || !CHECKED_UNITS.has(ref.unit)) continue;
    if (STATUTE.test(model.prose.slice(Math.max(0, ref.start - 40), ref.start))) continue;
    // "Section 14" exists when 14.1 does; "Section 3.2(c)(ii)" when 3.2 does (lettered items are often run in).
    const exists = (n: string): boolean => {
      const base = n.replace(/\(.*$/, '');
      return (
        listed.has(base) ||
        numbered.some(
          (c) =>
            c.number === n || c.number === base || c.number!.startsWith(`${base}.`) || c.number!.startsWith(`${base}(`),
        )
      );
    };
    // Clause numbers are short; "§ 12.212 or 48 C.F.R." cites a regulation.
    if (ref.numbers.some((n) => n.split(/[.()]/).some((p) => /^\d{3,}$/.test(p)))) continue;
    const missing = ref.numbers.filter((n) => /^\d/.test(n) && !exists(n));
    const plausible = missing.filter((n) => tops.has(topLevel(n)) || Number(topLevel(n)) > maxTop);
    if (plausible.length === 0) continue;
    const label = readerText(model, ref.start, ref.end);
    findings.push({
      start: ref.start,
      end: ref.end,
      message: `“${label}” refers to ${plausible.length > 1 ? 'clauses' : 'a clause'} this contract does not have (${plausible.join(', ')}).`,
      note:
        'A reference to a missing clause usually means the clause was renumbered or deleted. If it points into ' +
        'another document, name it: "Section 4.2 of the MSA".',
    });
  }
  return findings;
}

/** An entry of a table of contents: "11.3 Following Change in Control", its number before a title. */
const CONTENTS_ENTRY = /(?<![\d.])(\d{1,2}(?:\.\d{1,3}){1,3})\.?\s+(?=\p{Lu})/gu;

/**
 * The numbers a table of contents lists: a clause it lists exists, though its text is redacted
 * ("11.3 Following Change in Control of Customer" over "11.3 [***]") or was not read as numbered.
 */
function contentsNumbers(model: Model): Set<string> {
  const listed = new Set<string>();
  for (const clause of model.clauses)
    if (clause.region === 'toc')
      for (const m of model.prose.slice(clause.start, clause.end).matchAll(CONTENTS_ENTRY)) listed.add(m[1]!);
  return listed;
}

function undefinedTerms(model: Model): Draft[] {
  if (INCORPORATES.test(model.prose)) return [];
  const defined = new Set(model.definitions.map((d) => d.term.toLowerCase()));
  const findings: Draft[] = [];
  const partyWords = new Set(model.parties.flatMap((p) => [p.name, ...p.aliases]).map((w) => w.toLowerCase()));
  for (const sentence of model.sentences) {
    const text = model.prose.slice(sentence.start, sentence.end);
    tyingWords.lastIndex = 0;
    for (const m of text.matchAll(tyingWords)) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      const term = /^\s*the\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)/.exec(after);
      if (!term) continue;
      const name = term[1]!;
      if (!TERM_NOUNS.test(name) || defined.has(name.toLowerCase()) || partyWords.has(name.toLowerCase())) continue;
      // A heading or run-in title of that name is a definition by another route.
      if (model.clauses.some((c) => c.title?.toLowerCase() === name.toLowerCase())) continue;
      const start = sentence.start + m.index + m[0].length + after.indexOf(name);
      findings.push({
        start,
        end: start + name.length,
        message: `“${name}” is used as a defined term but is never defined, so what it ties to is unclear.`,
        note: 'Define the term ("the “Renewal Discount” means the discount in Section 4.2") or refer to the clause by number.',
      });
    }
  }
  return findings;
}
