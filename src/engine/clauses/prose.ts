/**
 * Paragraphs and indented blocks: each becomes a clause, and each of its lines that starts with a
 * label ("b. …", "(iii) …", "4.2 …") a clause of its own, nested by its numbering.
 */
import type { Code, Paragraph } from 'mdast';
import type { Clause, ClauseKind } from '../model.js';
import { spanOf } from '../parse.js';
import { readLabel, type Label } from '../numbering.js';
import { qualify } from './nesting.js';
import { RECITAL_TITLE } from './regions.js';
import { leadingBlank, splitLabelledLines, type Part } from './split.js';
import type { Segmenter } from './state.js';
import { cleanTitle, runInTitleLength } from './titles.js';

/** A part's label and run-in title, and how much of the part they take. */
interface PartHead {
  label: Label | undefined;
  labelLength: number;
  titleLength: number;
  title: string | undefined;
}

/**
 * Adds the prose of a paragraph (or indented block). Lines that start with a sub-clause label
 * become clauses of their own. When `owner` is given (a list item), the first part is its text.
 */
export function addProse(s: Segmenter, node: Paragraph | Code, parent: Clause | undefined, owner?: Clause, until?: number): void {
  const nodeSpan = spanOf(node);
  if (!nodeSpan) return;
  const parts = splitLabelledLines(s.text, s.prose, nodeSpan.start, until ?? nodeSpan.end);
  let head: Clause | undefined = owner;
  for (const [index, part] of parts.entries()) {
    const read = readPartHead(s, part);
    const { label, labelLength, titleLength, title } = read;
    if (index === 0 && owner) {
      owner.textStart = part.start + labelLength + titleLength;
      owner.textEnd = Math.max(owner.textStart, part.end);
      if (title) owner.title = title;
      if (title && RECITAL_TITLE.test(title)) owner.region = 'recitals';
      continue;
    }
    const clauseParent = parentOfPart(s, index, label, parent, head, owner);
    const kind: ClauseKind = index === 0 ? (node.type === 'code' ? 'code' : 'paragraph') : 'line';
    const isRecital = /^\s*WHEREAS\b/.test(s.prose.slice(part.start + labelLength, part.end)) || (title !== undefined && RECITAL_TITLE.test(title));
    const clause = s.add({
      kind, start: part.start, end: part.end, textStart: part.start + labelLength + titleLength, textEnd: part.end,
      parent: clauseParent?.id, depth: (clauseParent?.depth ?? 0) + 1,
      number: label ? qualify(s.clauses, clauseParent, label) : undefined, label: label?.text, title,
    }, isRecital ? 'recitals' : undefined);
    if (index === 0) head = clause;
    if (label && !label.sub && (clauseParent === s.context() || clauseParent === parent)) s.lastMain = clause;
  }
}

/** Reads the label and run-in title that open a part. */
function readPartHead(s: Segmenter, part: Part): PartHead {
  const { text, prose } = s;
  const label = readLabel(prose.slice(part.start, part.end));
  let labelLength = label?.length ?? 0;
  // The label's trailing blanks may be masked markup ("4.2 **Title.**"): stop before it.
  while (labelLength > 0 && /[*_]/.test(text[part.start + labelLength - 1]!)) labelLength--;
  let titleLength = runInTitleLength(text, part.start + labelLength, part.end);
  // "**4.2 Royalty Holiday.** …": the bold wraps the number as well as the title.
  if (!titleLength && labelLength) {
    const indent = leadingBlank(text.slice(part.start, part.end));
    const whole = runInTitleLength(text, part.start + indent, part.end);
    if (indent + whole > labelLength) titleLength = indent + whole - labelLength;
  }
  const title = titleLength ? cleanTitle(prose.slice(part.start + labelLength, part.start + labelLength + titleLength)) : undefined;
  return { label, labelLength, titleLength, title };
}

/**
 * The clause a part belongs to: the paragraph's parent for its first part, the part before for
 * the lines after it, and for numbered parts the numbered clause their numbering continues.
 */
function parentOfPart(s: Segmenter, index: number, label: Label | undefined, parent: Clause | undefined, head: Clause | undefined, owner: Clause | undefined): Clause | undefined {
  const { clauses, lastMain } = s;
  // Lines under a labelled sub-clause ("b. …\nc. …") are its siblings; under anything else, its children.
  const headIsSub = head !== undefined && head !== owner && head.label !== undefined && head.number?.endsWith(')') === true;
  let clauseParent = index === 0 ? parent : head && !(headIsSub && label?.sub) ? head : head?.parent !== undefined ? clauses[head.parent] : parent;
  if (index === 0 && label?.sub && lastMain && !owner) clauseParent = lastMain;
  if (index === 0 && !label?.sub && label && parent === s.context()) {
    const dotted = label.number.includes('.') ? label.number : undefined;
    if (dotted && lastMain?.number && label.number.startsWith(`${lastMain.number}.`)) clauseParent = lastMain;
  }
  if (index > 0 && label && !label.sub && head && !(head.number && label.number.startsWith(`${head.number}.`))) clauseParent = head.parent === undefined ? parent : clauses[head.parent];
  return clauseParent;
}
