/**
 * Paragraphs of plain-text drafting hold several clauses: one a line ("a. …\nb. …"), or, in text
 * extracted from PDFs, whole pages run into one line. This cuts them where a clause starts.
 */
import { readLabel } from '../numbering.js';

export interface Part {
  start: number;
  end: number;
}

/**
 * Splits a paragraph at lines that start with a sub-clause label ("a.", "(ii)", "4.2"), and at
 * dotted numbers that open a sentence mid-line ("… of the lease. 5.4 Lease Review. You agree …"),
 * as PDF-extracted contracts run whole pages into one line.
 */
export function splitLabelledLines(text: string, prose: string, start: number, end: number): Part[] {
  const parts: Part[] = [];
  let partStart = start;
  const cut = (at: number, next: number): void => {
    parts.push({ start: partStart, end: trimEnd(prose, partStart, at) });
    partStart = next;
  };
  let lineStart = start;
  while (lineStart < end) {
    const newline = prose.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline >= end ? end : newline;
    if (lineStart > start) {
      if (startsClause(prose, partStart, lineStart, lineEnd))
        cut(lineStart, lineStart + leadingBlank(text.slice(lineStart, lineEnd)));
    } else {
      partStart = lineStart + leadingBlank(text.slice(lineStart, lineEnd));
    }
    // Mid-line labels: after a stop and a gap, as PDF extraction joins paragraphs; in long lines
    // (whole pages run together), section numbers after any stop.
    const line = prose.slice(lineStart, lineEnd);
    const inline = [...line.matchAll(WIDE_GAP_LABEL)].map((m) => ({
      at: lineStart + m.index + m[0].length - m[1]!.length,
      after: 0,
    }));
    if (lineEnd - lineStart > 400)
      inline.push(
        ...[...line.matchAll(INLINE_NUMBER)].map((m) => ({
          at: lineStart + m.index + m[0].length - m[1]!.length,
          after: 20,
        })),
      );
    for (const { at, after } of inline.sort((a, b) => a.at - b.at)) if (at > partStart + after) cut(at, at);
    lineStart = lineEnd + 1;
  }
  parts.push({ start: partStart, end: trimEnd(prose, partStart, end) });
  return parts.filter((p) => p.end > p.start);
}

/** Whether the line from `lineStart` opens a clause, after the part that began at `partStart`. */
function startsClause(prose: string, partStart: number, lineStart: number, lineEnd: number): boolean {
  const label = readLabel(prose.slice(lineStart, lineEnd));
  // "…the fee holiday in\nSection 2, the Subscriber…" continues a sentence; a label starts a line only after a stop.
  const previous = prose.slice(partStart, lineStart).trimEnd();
  const lastLine = previous.slice(previous.lastIndexOf('\n') + 1);
  const blankBefore = /\n[ \t]*\n[ \t]*$/.test(prose.slice(Math.max(partStart, lineStart - 100), lineStart));
  const allCaps = /\p{Lu}/u.test(lastLine) && !/\p{Ll}/u.test(lastLine);
  const afterStop = /(?:[.;:]|\b(?:and|or))$/.test(previous) || previous === '' || blankBefore || allCaps;
  // A bare "2." starts a clause only after a blank line, as in an indented block of plain text.
  return (
    !!label &&
    afterStop &&
    (label.sub ||
      label.number.includes('.') ||
      label.unit !== undefined ||
      (blankBefore && /^\d{1,3}\.$/.test(label.text)))
  );
}

/**
 * A clause number opening a sentence inside a line: ". 5.4 Lease Review." (dotted, after a stop),
 * or "…hereof.    15. Language  This…" and "FEES     Section 7.1 Access Fee" (after a run of
 * spaces, as PDF columns leave them).
 */
const INLINE_NUMBER = new RegExp(
  '(?:[.;:]\\s+|(?<!\\s)\\s{3,})(\\d{1,3}(?:\\.\\d{1,3}){1,4}\\.?\\s+|\\d{1,2}\\.\\s+|' +
    '(?:Section|SECTION|Article|ARTICLE)\\s(?:\\d{1,3}(?:\\.\\d{1,3}){0,4}|[IVX]{1,6})\\.?\\s+)(?=[\\p{Lu}(])',
  'gu',
);

/**
 * A label after a stop and a gap of two spaces or more inside a line: "Compensation.    a. Fees"
 * or "… that:   (i) Filing": the gap is where a PDF's paragraph break was.
 */
const WIDE_GAP_LABEL = new RegExp(
  '(?:[.;:]["”’)]?|\\b(?:and|or))[ \\t]{2,}(\\d{1,3}(?:\\.\\d{1,3}){1,4}\\.?[ \\t]+|' +
    '(?:Section|SECTION|Article|ARTICLE)\\s(?:\\d{1,3}(?:\\.\\d{1,3}){0,4}|[IVX]{1,6})\\.?[ \\t]+|' +
    '\\d{1,3}\\.[ \\t]+|\\((?:[a-zA-Z]{1,2}|[ivxIVX]{1,6}|\\d{1,3})\\)[ \\t]+|' +
    '(?:[a-zA-Z]|[ivx]{1,5}|[IVX]{1,5})[.)][ \\t]+)(?=["“\\p{Lu}(])',
  'gu',
);

/** Leading whitespace and container prefixes ("> ") of a source line. */
export function leadingBlank(line: string): number {
  return /^[\s>]*/.exec(line)?.[0].length ?? 0;
}

function trimEnd(prose: string, start: number, end: number): number {
  while (end > start && /\s/.test(prose[end - 1]!)) end--;
  return end;
}
