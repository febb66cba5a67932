/**
 * Table cells read by their column: a figure under a "Discount" header, a deal price under a list price (the row's own
 * comparison), a cell that says "waived". Part of the first pass over sentences (read.ts).
 */
import type { Clause, Sentence } from '../model.js';
import { readValue } from '../values.js';
import { columnCues } from './lexicon.js';
import type { Candidate, TermInput } from './types.js';

/** A table cell's figure under a column header that names a term ("Discount": 25%); none where it is nil. */
export function columnCandidates(input: TermInput, clause: Clause, sentence: Sentence, index: number): Candidate[] {
  const header = columnHeader(input, clause, sentence);
  if (!header) return [];
  const text = input.prose.slice(sentence.start, sentence.end);
  const candidates: Candidate[] = [];
  for (const { type, cue } of columnCues(header)) {
    for (const { pattern } of cue.patterns) {
      pattern.lastIndex = 0;
      const m = pattern.exec(text);
      if (!m || !m[0].length) continue;
      // A figure at nil ("0%", "$0.00") gives nothing, unless the row lists a price for it; a word ("waived") stands for itself.
      const nil = /\d/.test(m[0]) && !/[1-9]/.test(m[0]);
      if (cue.belowColumn ? !belowRowPrice(input, clause, m[0], cue.belowColumn, !!cue.atNil) : nil) continue;
      candidates.push({ type, cue, start: m.index, end: m.index + m[0].length, sentence: index });
      break;
    }
  }
  return candidates;
}

/** Whether `figure` is below the amount the row states under a header matching `listHeader`; at nil when `atNil`. */
function belowRowPrice(input: TermInput, clause: Clause, figure: string, listHeader: RegExp, atNil: boolean): boolean {
  const header = headerRowOf(input, clause);
  const headers = header?.cells?.map((c) => input.prose.slice(c.start, c.end)) ?? [];
  // A "Discount" column states the discount itself; a yearly list against a monthly price compares nothing.
  if (headers.some((h) => /\b(?:discounts?|rebates?|reductions?)\b/i.test(h))) return false;
  const column = headers.findIndex((h) => listHeader.test(h));
  const periods = new Set(
    headers.flatMap((h) => h.toLowerCase().match(/\b(?:annual|yearly|monthly|quarterly|weekly)\b/g) ?? []),
  );
  if (periods.size > 1) return false;
  const cell = column === undefined || column < 0 ? undefined : clause.cells?.[column];
  const list = cell && readValue(input.prose.slice(cell.start, cell.end))?.amount?.value;
  const value = readValue(figure)?.amount?.value;
  if (!list || value === undefined) return false;
  return atNil ? value === 0 : value > 0 && value < list;
}

/** The nearest header row above a table row. */
function headerRowOf(input: TermInput, clause: Clause): Clause | undefined {
  for (let j = clause.id - 1; j >= 0 && input.clauses[j]!.kind === 'table-row'; j--)
    if (input.clauses[j]!.header) return input.clauses[j];
  return undefined;
}

/** The words of the header cell over a table cell, from the nearest header row above it. */
function columnHeader(input: TermInput, clause: Clause, sentence: Sentence): string | undefined {
  if (clause.kind !== 'table-row' || !clause.cells) return undefined;
  const column = clause.cells.findIndex((c) => c.start <= sentence.start && sentence.end <= c.end);
  if (column < 0) return undefined;
  const cell = headerRowOf(input, clause)?.cells?.[column];
  // The cell's span holds its pipe and emphasis: only its words name the column.
  return cell && input.prose.slice(cell.start, cell.end).replace(/[|*_`]/g, ' ');
}
