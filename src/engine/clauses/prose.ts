/**
 * Paragraphs and indented blocks: each becomes a clause, and each of its lines that starts with a
 * label ("b. …", "(iii) …", "4.2 …") a clause of its own, nested by its numbering.
 */
import type { Code, Paragraph } from 'mdast';
import type { Clause, ClauseKind } from '../model.js';
import { spanOf } from '../prose.js';
import { readLabel, type Label } from '../numbering.js';
import { furnitureOf } from './clutter.js';
import { addFurniture, addLabelled, addUnlabelled, type PartInit } from './nesting.js';
import type { OutlineEntry } from './outline.js';
import { RECITAL_RUN_IN } from './regions.js';
import { leadingBlank, splitLabelledLines, type Part } from './split.js';
import type { Segmenter } from './state.js';
import { cleanTitle, plainTitleLength, runInTitleLength } from './titles.js';

/** A part's label and run-in title, and how much of the part they take. */
interface PartHead {
  label: Label | undefined;
  labelLength: number;
  titleLength: number;
  title: string | undefined;
}

/**
 * Adds the prose of a paragraph (or indented block) under `parent`. Lines that start with a label
 * become clauses of their own, placed by the outline. When `owner` is given (a list item), the
 * first part is its text. At the top level of a document without headings (plain-text drafting),
 * a paragraph without a label carries on the numbered clause before it.
 */
export function addProse(
  s: Segmenter,
  node: Paragraph | Code,
  parent: Clause | undefined,
  owner?: Clause,
  until?: number,
): void {
  const nodeSpan = spanOf(node);
  if (!nodeSpan) return;
  const end = until ?? nodeSpan.end;
  const kind: ClauseKind = node.type === 'code' ? 'code' : 'paragraph';
  if (!owner) {
    const furniture = furnitureOf(s.prose.slice(nodeSpan.start, end), !s.seenBody);
    const start = nodeSpan.start + leadingBlank(s.prose.slice(nodeSpan.start, end));
    if (furniture) return addFurniture(s, { kind, start, end, textStart: start, textEnd: end }, parent, furniture);
  }
  const parts = splitLabelledLines(s.text, s.prose, nodeSpan.start, end);
  let lead: OutlineEntry | undefined;
  for (const [index, part] of parts.entries()) {
    const head = readPartHead(s, part, index === 0 && owner?.number !== undefined);
    const { label, labelLength, titleLength, title } = head;
    if (index === 0 && owner) {
      owner.textStart = part.start + labelLength + titleLength;
      owner.textEnd = Math.max(owner.textStart, part.end);
      if (title) owner.title = title;
      if (title && RECITAL_RUN_IN.test(title)) opensRecitals(s, owner);
      continue;
    }
    const recitalTitle = title !== undefined && RECITAL_RUN_IN.test(title);
    if (recitalTitle) s.operative = false;
    const isRecital = recitalTitle || /^\s*WHEREAS\b/.test(s.prose.slice(part.start + labelLength, part.end));
    const init: PartInit = {
      kind: index === 0 ? kind : 'line',
      start: part.start,
      end: part.end,
      textStart: part.start + labelLength + titleLength,
      textEnd: part.end,
      label: label?.text,
      title,
    };
    const region = isRecital ? 'recitals' : undefined;
    if (label) addLabelled(s, init, label, parent, region, owner !== undefined);
    // The lines of a paragraph belong to its lead-in, whether or not it ends with a colon.
    else lead = addUnlabelled(s, init, parent, index < parts.length - 1, region);
  }
  if (lead) {
    const entry = lead;
    const intro = s.introduces(s.clauses[entry.id]);
    s.outline = s.outline.map((e) => (e === entry ? { ...e, intro } : e));
  }
}

/** A list item titled "Background" holds the recitals: what it holds is history until the operative words. */
function opensRecitals(s: Segmenter, item: Clause): void {
  item.region = 'recitals';
  s.operative = false;
}

/** Reads the label and run-in title that open a part. */
function readPartHead(s: Segmenter, part: Part, numbered: boolean): PartHead {
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
  // "2. Term. The Term …": a plain-text title after a label or an ordered list's marker.
  if (!titleLength && (label || numbered)) titleLength = plainTitleLength(prose, part.start + labelLength, part.end);
  const title = titleLength
    ? cleanTitle(prose.slice(part.start + labelLength, part.start + labelLength + titleLength))
    : undefined;
  return { label, labelLength, titleLength, title };
}
