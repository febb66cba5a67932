/**
 * Tables of contents: from a "Table of Contents" line before the body to the first paragraph that
 * reads as prose, or to the first entry numbered again. Each block of it is one clause in the `toc`
 * region, without a number: its entries name sections, they are not the sections.
 */
import type { RootContent } from 'mdast';
import { spanOf } from '../prose.js';
import { readLabel } from '../numbering.js';
import type { Segmenter } from './state.js';

const TOC_TITLE_WORDS = [
  '(?:table of contents|contents|index)\\b',
  // Under a page's running footer in a plain-text filing: "Page 1" then "TABLE OF CONTENTS".
  '(?:page \\d+|[\\d -]{1,8})[ \\t]*\\n\\s*(?:table of contents|contents)[ \\t]*(?:\\n|$)',
  '[^\\n]{0,60}\\b(?:table of contents|contents)[ \\t]*(?:\\n|$)',
  '(?:list of )?(?:schedules|exhibits|annexes|appendices|attachments)' +
    '(?: and (?:schedules|exhibits|annexes))?[ \\t]*(?:\\n|$)',
].join('|');

/**
 * "TABLE OF CONTENTS" opening a paragraph or closing its first line ("Execution Version CONTENTS"),
 * or a line listing the schedules ("Exhibits", "List of Schedules"), whose entries name exhibits
 * that are not opened there.
 */
const TOC_TITLE = new RegExp(`^\\s*(?:${TOC_TITLE_WORDS})`, 'i');

/** Whether words read as sentences: many lowercase words, as titles and entries have few. */
export function readsAsProse(words: string): boolean {
  const all = words.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const lower = all.filter((w) => w.length > 1 && /^\p{Ll}/u.test(w)).length;
  return lower >= 8 && lower >= all.length * 0.4;
}

/** Adds a top-level block as part of a table of contents, if it is one; returns whether it was. */
export function addTocBlock(s: Segmenter, node: RootContent): boolean {
  if (node.type === 'yaml' || node.type === 'html' || node.type === 'heading') return false;
  const span = spanOf(node);
  if (!span) return false;
  const words = s.prose.slice(span.start, span.end);
  if (!s.toc) {
    // Before the body, or where no numbered clause is open: a running header "Table of Contents" mid-clause is not one.
    if (
      s.headings.length ||
      !TOC_TITLE.test(words) ||
      readsAsProse(words) ||
      (s.seenBody && s.outline.some((e) => e.scheme !== 'text'))
    )
      return false;
    s.toc = {};
  } else {
    const label = readLabel(words);
    if (readsAsProse(words.slice(label?.length ?? 0)) || (label && label.number === s.toc.first)) {
      s.toc = undefined;
      return false;
    }
    if (label && s.toc.first === undefined) s.toc = { first: label.number };
  }
  const start = span.start + (/^\s*/.exec(words)?.[0].length ?? 0);
  s.add({ kind: 'paragraph', start, end: span.end, textStart: start, textEnd: span.end, depth: 1 }, 'toc');
  return true;
}
