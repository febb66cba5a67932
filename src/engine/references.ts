/**
 * Cross-references by number ("Section 4.2", "clauses 2.1 and 2.2", "Articles 10 to 13",
 * "Schedule 2, paragraph 4", "clause 9.4 of the Agreement") resolved against the clause index.
 * A reference into another document ("of the MSA") is external and never resolves here.
 */
import type { Clause, Definition, Reference, Sentence } from './model.js';
import { normaliseNumber, unitWords, isContainer } from './numbering.js';

const NUMBER_FORMS = [
  '\\d{1,3}(?:\\.\\d{1,3}){0,4}(?:\\s?\\((?:[a-z]{1,3}|[ivx]{1,6}|\\d{1,2})\\))*|[A-Z](?:\\.\\d{1,3}){0,3}(?![\\w])',
  '[ivx]{1,6}(?![\\w])|\\((?:[a-z]{1,2}|[ivx]{1,6}|\\d{1,2})\\)',
].join('|');

const NUMBER = `(?:${NUMBER_FORMS})`;
const UNIT =
  // "Art. 8 (1)", as Continental drafting cites an article.
  '(?:Sections?|Clauses?|Articles?|Art\\.|Paragraphs?|Parts?|Schedules?|Annex(?:es)?|Exhibits?|Appendix|Appendices|Attachments?|§§?|¶)';
const REFERENCE = new RegExp(
  `(?<![\\w])(${UNIT})\\s*(${NUMBER}(?:(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|to|through|-|–)\\s+)${NUMBER})*)`,
  'gi',
);
/** What follows a reference and names the document it points into. */
const OF_DOCUMENT = new RegExp(
  '^\\s*(?:\\([^)]{0,60}\\)\\s*)?(?:of|to|in|under|OF|TO|IN|UNDER|Of)\\s+' +
    "(?:the\\s+|this\\s+|that\\s+|THE\\s+|THIS\\s+)?((?:[A-Z][\\w&'’.-]*(?:\\s+(?:of|and|for|&)\\s+|\\s+)?){1,6})",
);

/** Index of clauses by number, with the container (schedule) each sits in. */
export class ClauseIndex {
  private readonly byKey = new Map<string, number[]>();
  /** The same, without the clauses inside a schedule. */
  private readonly bodyByKey = new Map<string, number[]>();
  /** The schedule (or annex, exhibit …) each clause sits in, by clause id. */
  private readonly scopes: (string | undefined)[];

  constructor(private readonly clauses: readonly Clause[]) {
    this.scopes = clauses.map((clause) => scopeOf(clauses, clause));
    for (const clause of clauses) {
      if (clause.number === undefined) continue;
      const scope = this.scopes[clause.id];
      for (const key of keysFor(clause.number)) {
        add(this.byKey, key, clause.id);
        if (scope) add(this.byKey, `${scope}/${key}`, clause.id);
        else add(this.bodyByKey, key, clause.id);
      }
    }
  }

  /** Clauses numbered `number`, preferring those in the same schedule as `from`. */
  lookup(number: string, from?: Clause): number[] {
    const scope = from ? this.scopes[from.id] : undefined;
    for (const key of keysFor(number)) {
      if (scope) {
        const scoped = this.byKey.get(`${scope}/${key}`);
        if (scoped?.length) return nearest(scoped, from, this.clauses);
      }
      const found = this.byKey.get(key);
      if (found?.length) {
        // Outside any schedule, prefer the body's clause to a schedule's of the same number.
        return nearest(scope ? found : (this.bodyByKey.get(key) ?? found), from, this.clauses);
      }
    }
    // "paragraph (b)" from within 4(a) means 4(b): a bare sub-label is relative to the clauses around.
    if (from && number.startsWith('(')) {
      for (let c: Clause | undefined = from; c; c = c.parent === undefined ? undefined : this.clauses[c.parent]) {
        if (c.number === undefined || c.number.startsWith('schedule')) continue;
        const found = this.byKey.get(`${c.number}${normaliseNumber(number)}`);
        if (found?.length) return found;
      }
    }
    return [];
  }

  /** Clauses numbered `number` inside a schedule: "paragraph 3 of Schedule 2". */
  lookupIn(container: string, number: string): number[] {
    for (const key of keysFor(number)) {
      const found = this.byKey.get(`${container}/${key}`);
      if (found?.length) return found;
    }
    return [];
  }

  has(number: string): boolean {
    return keysFor(number).some((k) => this.byKey.has(k));
  }

  /** Numbers of the top-level sections, to judge whether a missing number is really missing. */
  topLevelNumbers(): Set<string> {
    const tops = new Set<string>();
    for (const key of this.byKey.keys()) if (/^\d+$/.test(key)) tops.add(key);
    return tops;
  }
}

/** "6.3(i)" is also written "6.3 (i)", "6.3.i" or "6.3i"; "1(a)" as "1.a". */
function keysFor(number: string): string[] {
  const n = normaliseNumber(number);
  const keys = [n];
  const dotted = n.replace(/\(([^()]+)\)/g, '.$1');
  if (dotted !== n) keys.push(dotted);
  return keys;
}

/** How many clauses may share a number before a reference is read as meaning the nearest ones. */
const MANY = 3;

/**
 * A number used by many clauses (numbering that restarts, documents pasted one after another)
 * means the nearest clause so numbered before the reference and the nearest after it.
 */
function nearest(ids: number[], from: Clause | undefined, clauses?: readonly Clause[]): number[] {
  if (!from) return ids;
  // Two runs of numbering (an addendum, then its side letter numbering 1, 2, 3 again): the run the reference is in.
  const runs = clauses && new Set(ids.map((id) => clauses[id]!.section?.split('#')[1] ?? ''));
  if (ids.length <= MANY && !(runs && runs.size > 1)) return ids;
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]! <= from.id) lo = mid + 1;
    else hi = mid;
  }
  return [ids[lo - 1], ids[lo]].filter((id): id is number => id !== undefined);
}

function add(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

function scopeOf(clauses: readonly Clause[], clause: Clause): string | undefined {
  for (let c: Clause | undefined = clause; c; c = c.parent === undefined ? undefined : clauses[c.parent]) {
    if (c.number && /^(?:schedule|annex|exhibit|appendix|attachment|addendum) /.test(c.number) && c !== clause)
      return c.number;
  }
  return undefined;
}

/** Finds and resolves the cross-references in every sentence. */
export function findReferences(
  prose: string,
  clauses: readonly Clause[],
  sentences: readonly Sentence[],
  definitions: readonly Definition[],
  index: ClauseIndex,
): Reference[] {
  const selfNames = new Set(definitions.filter((d) => d.selfName).map((d) => d.term.toLowerCase()));
  const references: Reference[] = [];
  for (const sentence of sentences) {
    const text = prose.slice(sentence.start, sentence.end);
    if (!/\d|§|¶|\b[A-Z]\b|\([a-z]{1,6}\)/.test(text)) continue;
    const from = clauses[sentence.clause]!;
    for (const m of text.matchAll(REFERENCE)) {
      const unit = unitWords[m[1]!.toLowerCase().replace(/s$/, '')] ?? unitWords[m[1]!.toLowerCase()] ?? 'section';
      const numbers = expand(m[2]!).map((n) =>
        isContainer(unit) || unit === 'part' ? `${unit} ${normaliseNumber(n)}` : normaliseNumber(n),
      );
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
      const external = externalDocument(after, selfNames);
      // "Schedule 2, paragraph 4" and "paragraph 3 of Schedule 2": numbered inside the schedule.
      const scopeMatch = /^,?\s*(?:paragraph|para|clause|section)\s+(\d+(?:\.\d+)*)/i.exec(after);
      const ofContainer =
        /^\s*(?:of|in|to)\s+(?:the\s+)?(Schedule|Annex|Exhibit|Appendix|Attachment|Addendum)\s+([A-Z0-9]{1,3})\b/i.exec(
          after,
        );
      let targets: number[] = [];
      if (!external) {
        if (isContainer(unit) && scopeMatch) {
          const container = `${unit} ${normaliseNumber(m[2]!.split(/[\s,]/)[0]!)}`;
          targets = [
            ...new Set([
              ...index.lookupIn(container, scopeMatch[1]!),
              ...index.lookup(container, from).flatMap((id) => descendantsNumbered(clauses, id, scopeMatch[1]!)),
            ]),
          ];
        } else if (ofContainer) {
          const container = `${ofContainer[1]!.toLowerCase()} ${normaliseNumber(ofContainer[2]!)}`;
          targets = [...new Set(numbers.flatMap((n) => index.lookupIn(container, n)))];
        } else {
          targets = [...new Set(numbers.flatMap((n) => lookupLoosely(index, n, from)))];
        }
      }
      // "paragraph 3 of Schedule 2": the schedule only says where paragraph 3 is.
      const previous = references[references.length - 1];
      const qualifies =
        isContainer(unit) &&
        previous &&
        previous.clause === from.id &&
        /^\s*(?:of|in|to)\s+(?:the\s+)?$/i.test(prose.slice(previous.end, start));
      // A number this document does not have, in a sentence about another document, is that document's.
      const elsewhere =
        !external && !targets.length && !isContainer(unit) ? namedElsewhere(text, selfNames) : undefined;
      references.push({
        start,
        end,
        numbers,
        targets: qualifies ? [] : targets,
        external: external ?? elsewhere,
        unit,
        clause: from.id,
      });
    }
  }
  return references;
}

/**
 * The clause a number names, or, where the text numbers it otherwise, the one it must mean: "clause 7.3(a)(ii)" in a
 * text whose "7.3 (a)" was read as 7.3 is its 7.3(ii); failing that, the clause it is part of (7.3(a), then 7.3).
 */
function lookupLoosely(index: ClauseIndex, number: string, from: Clause): number[] {
  const exact = index.lookup(number, from);
  if (exact.length) return exact;
  const parts = number.match(/\([^)]+\)/g) ?? [];
  if (parts.length < 2) return [];
  const base = number.slice(0, number.indexOf('('));
  for (let skip = parts.length - 2; skip >= 0; skip--) {
    const found = index.lookup(base + parts.filter((_, i) => i !== skip).join(''), from);
    if (found.length) return found;
  }
  for (let keep = parts.length - 1; keep >= 1; keep--) {
    const found = index.lookup(base + parts.slice(0, keep).join(''), from);
    if (found.length) return found;
  }
  return [];
}

function descendantsNumbered(clauses: readonly Clause[], ancestor: number, number: string): number[] {
  const found: number[] = [];
  for (const clause of clauses) {
    if (clause.number !== normaliseNumber(number)) continue;
    for (let c: Clause | undefined = clause; c; c = c.parent === undefined ? undefined : clauses[c.parent])
      if (c.id === ancestor) found.push(clause.id);
  }
  return found;
}

/** Expands "1 and 2", "4, 5, 6.4", "10 to 13" to the numbers they list. */
function expand(list: string): string[] {
  // Each separator is tried once per comma or run of blanks, not once per blank: linear in the list.
  const parts = list
    .split(/,\s*(?:(?:and|or)\s+)?|(?<!\s)\s+(?:and|or)\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const numbers: string[] = [];
  for (const part of parts) {
    const range = /^(\d+)\s*(?:to|through|-|–)\s*(\d+)$/.exec(part.trim());
    const dotted = /^([\d.()a-z]+)\s*(?:to|through|-|–)\s*([\d.()a-z]+)$/i.exec(part.trim());
    if (range && Number(range[2]) - Number(range[1]) < 50 && Number(range[2]) > Number(range[1])) {
      for (let n = Number(range[1]); n <= Number(range[2]); n++) numbers.push(String(n));
    } else if (dotted) {
      numbers.push(dotted[1]!, dotted[2]!);
    } else {
      numbers.push(part.trim().replace(/\s+/g, ''));
    }
  }
  return numbers;
}

/** The document a reference points into, when it is not this one: "… of the MSA". */
function externalDocument(after: string, selfNames: Set<string>): string | undefined {
  // "section 4.2 of that policy": a document the sentence named before.
  const pointed = THAT_DOCUMENT.exec(after);
  if (pointed) return pointed[1]!.toLowerCase();
  const m = OF_DOCUMENT.exec(after);
  if (!m) return undefined;
  const lead = after.slice(0, m.index + m[0].length);
  if (/\b(?:of|to|in|under)\s+this\b/i.test(lead)) return undefined;
  if (/^(?:this|these)\b/i.test(m[1]!.trim())) return undefined;
  const name = m[1]!.trim().replace(/\s+/g, ' ');
  const lower = name.toLowerCase();
  if (selfNames.has(lower) || /^(?:this|these)\b/.test(lower)) return undefined;
  // "Section 3 of Schedule 2" stays inside this document, unless the schedule is another's: "paragraph 2.9 of Schedule 4
  // to the Lease".
  if (/^(?:schedule|annex|exhibit|appendix|part|article|section|clause)\b/i.test(name)) {
    const owner =
      /^(?:schedule|annex|exhibit|appendix|part|article|section|clause)\s+\S+\s+(?:to|of)\s+(?:the\s+)?([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})/i.exec(
        after.slice(m.index + m[0].length - m[1]!.length),
      )?.[1];
    return owner && !selfNames.has(owner.toLowerCase()) && !/^(?:this|these)\b/i.test(owner) ? owner : undefined;
  }
  return name;
}

const THAT_DOCUMENT =
  /^\s*(?:of|to|in|under)\s+(?:that|the said|such)\s+(policy|agreement|lease|contract|plan|deed|handbook|addendum)\b/i;

/** Another document a sentence names ("the Supply Agreement remains in full force, including clause 14"). */
const OTHER_DOCUMENT =
  /\b(?:the|that)\s+((?:[A-Z][\w&'’-]*\s+){1,4}(?:Agreement|Lease|Contract|Policy|Deed|Plan|Terms|Handbook))\b/g;

/** The document a sentence names other than this one, where a number it cites is not in this one. */
function namedElsewhere(text: string, selfNames: Set<string>): string | undefined {
  for (const m of text.matchAll(OTHER_DOCUMENT)) {
    const name = m[1]!.replace(/\s+/g, ' ');
    if (!selfNames.has(name.toLowerCase()) && !/^(?:This|These)\b/.test(name)) return name;
  }
  return undefined;
}
