/**
 * A lawyer's first read of a drafted give-back, as the team checks every draft on its held-out
 * contracts: no label of the tool's ("the easier exit"); every capitalised word is one the
 * contract writes with a capital (or one the draft defines; a sentence's first word is free);
 * the party that received the concession is the one that gives back; every clause it cites
 * exists; the document is called what it calls itself. Reads the draft, not a string to match.
 */
import type { Concession, Finding, Party, Review, Suggestion } from '../../src/engine/index.js';

export type Problem = {
  check: 'label' | 'capitals' | 'giver' | 'citation' | 'document' | 'unfilled' | 'proportion' | 'conflict';
  detail: string;
};

/** Multi-word labels of the tool's, never the contract's words unless the contract uses them. */
const LABELS = [
  'easier exit',
  'extra risk',
  'free extra scope',
  'extra scope',
  'longer payment terms',
  'price protection',
  'other consideration',
  'term extension',
  'volume commitment',
  'at the new rate',
  'the fees that apply after',
];
/** One-word labels: a label when the concession's own sentence says something else ("refund", "reduced"). */
const WORD_LABELS: [RegExp, RegExp][] = [
  [/\bthe (?:[\w%()-]+ ){0,3}waiver\b/i, /waiv/i],
  [/\bthe (?:[\w%()-]+ ){0,3}discount\b/i, /discount/i],
  [/\bthe (?:[\w%()-]+ ){0,3}credits?\b/i, /credit/i],
];
const VERB = new RegExp(
  String.raw`^\s+(?:shall|will|must|may|agrees?|commits?|permits?|appoints?|undertakes?|hereby|acts?|takes?|` +
    String.raw`gives?|pays?|continues?|continuing|accepts?|remains?|purchases?|provides?|maintains?|renews?|serves?|introduces?)\b`,
);
const DOCUMENTS = new RegExp(
  String.raw`\b(?:this|these) (Agreement|Order Form|Amendment|Lease|Sublease|letter|Letter|deed|Deed|` +
    String.raw`Addendum|Contract|contract|agreement|Terms|email|Side Letter|SOW|Statement of Work)\b`,
  'g',
);
const CITATION = new RegExp(
  String.raw`\b(Sections?|sections?|SECTIONS?|Clauses?|clauses?|CLAUSES?|Paragraphs?|paragraphs?|` +
    String.raw`Articles?|articles?|ARTICLES?|Schedules?|Exhibits?|Annex(?:es)?|Appendix|` +
    String.raw`Appendices)\s+((?:\d+(?:\.\d+)*|[IVXLC]+\b|[A-Z]\b)(?:\([a-zA-Z0-9]{1,4}\))*)(?! of (?:the|that|this) [A-Z])`,
  'g',
);

/** A contract's text without markup, for comparing words. */
export function plainText(text: string): string {
  return text
    .replace(/<[^>\n]{0,200}>/g, ' ')
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/[*_`\\]+/g, '')
    .replace(/\s+/g, ' ');
}

/** The problems a lawyer would find in one draft; none when it can be pasted as it is. */
export function checkDraft(
  review: Review,
  concession: Concession,
  draft: string,
  contract = plainText(review.text),
): Problem[] {
  const problems: Problem[] = [];
  const sentence = review.sentences[concession.sentence];
  const own = plainText(
    review.text.slice(
      Math.min(sentence?.start ?? concession.start, concession.start),
      Math.max(sentence?.end ?? concession.end, concession.end),
    ),
  );
  const lower = contract.toLowerCase();
  for (const label of LABELS)
    if (draft.toLowerCase().includes(label) && !lower.includes(label)) problems.push({ check: 'label', detail: label });
  for (const [label, stem] of WORD_LABELS)
    if (label.test(draft) && !stem.test(own)) problems.push({ check: 'label', detail: label.exec(draft)![0] });
  if (/\{[^}]*\}/.test(draft)) problems.push({ check: 'unfilled', detail: /\{[^}]*\}/.exec(draft)![0] });
  problems.push(...capitals(draft, contract));
  problems.push(...giver(review, concession, draft));
  const numbers = new Set(review.clauses.map((c) => c.number).filter((n): n is string => n !== undefined));
  for (const m of draft.matchAll(CITATION)) {
    const unit = m[1]!.toLowerCase().replace(/(?:es|s)$/, '');
    const number = m[2]!.toLowerCase();
    const key = ['schedule', 'exhibit', 'annex', 'appendix', 'appendice'].includes(unit)
      ? `${unit.replace('appendice', 'appendix')} ${number}`
      : number;
    // A citation the concession's own sentence makes ("the Schedule B prices") is the contract's, kept as it is.
    if (!numbers.has(key) && !own.includes(m[0])) problems.push({ check: 'citation', detail: m[0] });
  }
  problems.push(...proportion(contract, own, draft));
  // "this Lease" in an Order Form is another document; "this email" in an email is plain words for itself.
  for (const m of draft.matchAll(DOCUMENTS))
    if (/^[A-Z]/.test(m[1]!) && !lower.includes(m[0].toLowerCase())) problems.push({ check: 'document', detail: m[0] });
  return problems;
}

/** The length of the contract's first term, as its words state it ("The initial term … shall be five (5) years"). */
const TERM_STATED =
  /\b(?:initial|original|subscription|lease) term\b[^.;]{0,80}?\b(?:of|for|be|is)\s+(?:a period of\s+)?(?:[a-z-]+\s+)?\(?(\d{1,3})\)?\s+(years?|months?)\b/i;
/** An exit its own words say is free. */
const FREE_EXIT =
  /\bwithout (?:(?:the )?payment of |paying )?(?:any |an )?(?:early )?(?:termination|cancell?ation|break) (?:fees?|premiums?)/i;

/**
 * Asks a lawyer strikes at once: a minimum term no longer than the term the contract already runs, where no one may
 * leave early (a no-op), and a
 * termination fee for an exit its clause says carries none (a contradiction).
 */
function proportion(contract: string, own: string, draft: string): Problem[] {
  const problems: Problem[] = [];
  const asked = /\bminimum term of (?:[a-z-]+ )?\(?(\d{1,3})\)? months\b/i.exec(draft);
  const stated = TERM_STATED.exec(contract);
  // Where a party may leave early, a minimum term still binds it past its exit.
  if (
    asked &&
    stated &&
    !/\bterminat\w*[^.;]{0,80}\b(?:for convenience|at will|without cause|for any reason)\b/i.test(contract)
  ) {
    const months = Number(stated[1]) * (/^year/i.test(stated[2]!) ? 12 : 1);
    if (Number(asked[1]) <= months)
      problems.push({ check: 'proportion', detail: `minimum term ${asked[1]} ≤ ${months}` });
  }
  if (/\bearly termination fee\b/i.test(draft) && FREE_EXIT.test(own))
    problems.push({ check: 'conflict', detail: 'a fee for an exit said to be free' });
  return problems;
}

/** Capitalised words, in runs ("Contract Year"), that the contract never writes so and the draft does not define. */
function capitals(draft: string, contract: string): Problem[] {
  const defined = new Set([...draft.matchAll(/["“]([^"”]{1,60})["”]/g)].map((m) => m[1]!));
  // A placeholder to fill in ("[amount]") and a cited number ("Section IV") are not words.
  const text = draft
    .replace(CITATION, (m, unit: string) => `${unit} 0`)
    .replace(/\[[^\]]*\]/g, ' [] ')
    .replace(/["“][^"”]{1,60}["”]/g, (q) => (defined.has(q.slice(1, -1)) ? ' [] ' : q));
  const problems: Problem[] = [];
  const runs = text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*)*/gu);
  for (const m of runs) {
    const run = m[0].replace(/[’']s$/, '').replace(/[.’']+$/, '');
    const before = text.slice(0, m.index);
    const initial = before.trim() === '' || /[.!?:]\s*$|^\s*\(?$/.test(before) || /\(\s*$/.test(before);
    const words = run.split(' ');
    const rest = initial ? words.slice(1).join(' ') : run;
    if (!rest) continue;
    if (!appears(rest, contract)) problems.push({ check: 'capitals', detail: rest });
  }
  return problems;
}

function appears(run: string, contract: string): boolean {
  const re = (s: string, flags = ''): RegExp =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`,
      `u${flags}`,
    );
  return re(run).test(contract) || re(run.toUpperCase()).test(contract);
}

/** The party named as giving back must be the one that received the concession. */
function giver(review: Review, concession: Concession, draft: string): Problem[] {
  // "Shipper." read with its sentence's full stop is "Shipper".
  const forms = (p: Party): string[] =>
    [p.name, ...p.aliases, ...p.pronouns.filter((x) => x === 'you' || x === 'we')].map((f) =>
      f.replace(/^([^.\s]+)\.$/, '$1'),
    );
  const recipient = review.parties.find((p) => p.id === concession.to);
  const grantor = review.parties.find((p) => p.id === concession.by);
  if (!recipient && !grantor) return [];
  const subject = subjectOf(draft, review.parties.flatMap(forms));
  if (recipient) {
    if (!subject) return [{ check: 'giver', detail: 'no party gives back' }];
    if (!forms(recipient).some((f) => f.toLowerCase() === subject.toLowerCase()))
      return [{ check: 'giver', detail: `${subject} gives back, not ${recipient.aliases[0] ?? recipient.name}` }];
    return [];
  }
  if (subject && grantor && forms(grantor).some((f) => f.toLowerCase() === subject.toLowerCase()))
    return [{ check: 'giver', detail: `${subject} granted it and gives back` }];
  return [];
}

/** The first party named as the subject of a verb: "Customer shall", "you will", "the Tenant agrees". */
function subjectOf(draft: string, names: string[]): string | undefined {
  let best: { at: number; name: string } | undefined;
  for (const name of new Set(names.filter(Boolean))) {
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}’'])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}’'])`,
      'giu',
    );
    for (const m of draft.matchAll(re)) {
      if (/^(?:we|you)$/i.test(name) && m[0] !== name && m[0] !== name[0]!.toUpperCase() + name.slice(1)) continue;
      if (!VERB.test(draft.slice(m.index + m[0].length))) continue;
      if (!best || m.index < best.at) best = { at: m.index, name };
      break;
    }
  }
  return best?.name;
}

export interface DraftTally {
  warnings: number;
  withDrafts: number;
  drafts: number;
  passing: number;
  failures: { finding: Finding; suggestion: Suggestion; problems: Problem[] }[];
}

/** Checks every draft of every unreciprocated-concession warning of a review. */
export function checkReview(
  review: Review,
  tally: DraftTally = { warnings: 0, withDrafts: 0, drafts: 0, passing: 0, failures: [] },
): DraftTally {
  const contract = plainText(review.text);
  for (const finding of review.findings) {
    if (finding.ruleId !== 'unreciprocated-concession') continue;
    tally.warnings++;
    const concession = review.terms.find(
      (t): t is Concession => t.id === finding.concession && t.type === 'concession',
    )!;
    if (finding.suggestions?.length) tally.withDrafts++;
    for (const suggestion of finding.suggestions ?? []) {
      tally.drafts++;
      const problems = checkDraft(review, concession, suggestion.text, contract);
      if (problems.length) tally.failures.push({ finding, suggestion, problems });
      else tally.passing++;
    }
  }
  return tally;
}
