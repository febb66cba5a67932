/**
 * Page breaks in text taken from PDFs: the page numbers, running footers and filing stamps left
 * between the clauses, and the sentences a page break cuts in two. A page break does not end a
 * sentence: when the paragraph before it stops without a full stop and the one after it starts in
 * lowercase, the two are one paragraph, and the page's lines between them are not read.
 */
import type { RootContent } from 'mdast';
import { readLabel } from './numbering.js';
import { isIndentedCode, spanOf } from './prose.js';

/** "7", "- 7 -", "Page 7", "Page 7 of 12", "7 of 12", "ii": a page number alone on its line. */
const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*(?:\d{1,3}|[ivx]{1,5})\s*[-–—]?(?:\s+of\s+\d{1,3})?$/i;

/** A running header or footer that ends with its page: "Collaboration Agreement    Page 15 of 75". */
const RUNNING_PAGE = /\S\s+page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$/i;

/**
 * A filing's stamp at the foot of each page ("Source: ACME CORP, 10-K, 3/1/2012") and a law
 * firm's document number ("US-DOCS\113195012.5", "NY:1234567.2", "ACTIVE/12345678.1").
 */
const PAGE_STAMP =
  /^(?:source:\s.{2,100},\s*[\w() /-]{1,24},\s*\d{1,2}\/\d{1,2}\/\d{2,4}|[A-Z][A-Z_-]{1,15}[\\/:] ?\d{5,}(?:[.-]\d+)*)$/i;

/** A line of figures and marks alone that is not a label: "1 9012190/26", a page number and a document code. */
function isPageCode(line: string): boolean {
  if (!/^[\d\s/\\.,:#()-]+$/.test(line) || !/\d/.test(line)) return false;
  const label = readLabel(line);
  return !label || label.length < line.length;
}

/** Whether a line (trimmed) is one a page break leaves: a page number, a page's running footer, a filing stamp. */
export function isPageLine(line: string): boolean {
  return (
    PAGE_NUMBER.test(line) ||
    isPageCode(line) ||
    PAGE_STAMP.test(line) ||
    (RUNNING_PAGE.test(line) && line.length <= 100 && !/\b(?:shall|will|may|must)\b/i.test(line))
  );
}

/** A paragraph's last character that leaves its sentence open: a lowercase word or a comma. */
const OPEN_END = /[\p{Ll},]$/u;
/** Four words at least. */
const SOME_WORDS = /(?:\S+\s+){3}\S/;
/** A paragraph's first character that carries a sentence on: a lowercase word. */
const CARRIED_ON = /^\p{Ll}/u;

/** A page number left at the end of a paragraph's last line, after a run of blanks: "… tangible or   3". */
const TRAILING_PAGE = /[ \t]{2,}(?:page\s+)?[-–—]?\s?\d{1,3}\s?[-–—]?$/i;

/** A sentence carried on across a page break: the block that ends it, and the page number left at the end of the block before, if one is. */
export interface PageBreak {
  next: number;
  pageNumber?: { start: number; end: number };
}

/**
 * Where the paragraph at `i` of a document's top-level blocks carries on across a page break: the
 * index of the block that ends its sentence, when it stops without a full stop after a few words
 * (a page number after it aside), only page lines (or nothing) come between, and that block starts
 * with a lowercase word that is not a label ("a. …", "iv) …"). `prose` is read for the words
 * either side, `text` for the page's lines.
 */
export function pageBreakAfter(
  text: string,
  prose: (start: number, end: number) => string,
  blocks: readonly RootContent[],
  i: number,
): PageBreak | undefined {
  const before = blocks[i];
  if (!before || !isProse(text, before)) return undefined;
  const beforeSpan = spanOf(before)!;
  const tailStart = Math.max(beforeSpan.start, beforeSpan.end - 200);
  const tail = prose(tailStart, beforeSpan.end).trimEnd();
  const page = TRAILING_PAGE.exec(tail);
  // The page number may sit on a line of its own inside the block (an indented block takes it in).
  const open = page ? tail.slice(0, page.index).trimEnd() : tail;
  // A running header ("Confidential") or a heading is not a sentence in progress: a sentence has a few words.
  if (!OPEN_END.test(open) || !SOME_WORDS.test(open)) return undefined;
  let j = i + 1;
  while (j < blocks.length && isPageBlock(text, blocks[j]!)) j++;
  const after = blocks[j];
  if (!after || !isProse(text, after)) return undefined;
  const afterSpan = spanOf(after)!;
  const words = prose(afterSpan.start, Math.min(afterSpan.end, afterSpan.start + 200)).trimStart();
  if (!CARRIED_ON.test(words) || readLabel(words)) return undefined;
  return page ? { next: j, pageNumber: { start: tailStart + page.index, end: tailStart + tail.length } } : { next: j };
}

/** A paragraph not all in bold or italics (which reads as a heading), or an indented block (prose that was indented). */
function isProse(text: string, block: RootContent): boolean {
  if (!spanOf(block)) return false;
  if (block.type === 'code') return isIndentedCode(text, block);
  return (
    block.type === 'paragraph' &&
    block.children.some((c) => c.type !== 'strong' && c.type !== 'emphasis' && !(c.type === 'text' && !c.value.trim()))
  );
}

/** A block of page lines only: a paragraph, an indented one, or a list the page number's dashes make ("- 7 -"). */
function isPageBlock(text: string, block: RootContent): boolean {
  const span = spanOf(block);
  if (!span || span.end - span.start > 300) return false;
  if (block.type !== 'paragraph' && block.type !== 'code' && block.type !== 'list') return false;
  return text
    .slice(span.start, span.end)
    .split('\n')
    .every((line) => !line.trim() || isPageLine(line.trim()));
}

/** Prose with the page lines inside each sentence a page break cut in two blanked, line breaks kept. */
export function blankPageBreaks(text: string, prose: string, blocks: readonly RootContent[]): string {
  const read = (start: number, end: number): string => prose.slice(start, end);
  const blanks: { start: number; end: number }[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const found = pageBreakAfter(text, read, blocks, i);
    if (!found) continue;
    if (found.pageNumber) blanks.push(found.pageNumber);
    if (found.next > i + 1)
      blanks.push({ start: spanOf(blocks[i + 1]!)!.start, end: spanOf(blocks[found.next - 1]!)!.end });
    i = found.next - 1;
  }
  let out = '';
  let from = 0;
  for (const { start, end } of blanks) {
    out += prose.slice(from, start) + prose.slice(start, end).replace(/[^\n]/g, ' ');
    from = end;
  }
  return from ? out + prose.slice(from) : prose;
}
