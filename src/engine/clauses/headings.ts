/** Headings, and the short bold lines that work as headings, open a level that closes at the next of its rank. */
import type { Heading, Paragraph } from 'mdast';
import type { Region } from '../model.js';
import { spanOf } from '../prose.js';
import { isContainer, readLabel } from '../numbering.js';
import { qualify } from './nesting.js';
import { RECITAL_TITLE, SIGNATURE_TITLE } from './regions.js';
import type { Segmenter } from './state.js';
import { cleanTitle } from './titles.js';

/** Opens a heading of level `depth` whose words run from `contentStart` to `contentEnd`. */
export function openHeading(
  s: Segmenter,
  start: number,
  contentStart: number,
  contentEnd: number,
  depth: number,
  source: Paragraph | Heading,
): void {
  const { headings } = s;
  while (headings.length && headings[headings.length - 1]!.depth >= depth) headings.pop();
  const parent = s.context();
  const own = s.prose.slice(contentStart, contentEnd);
  const label = readLabel(own);
  const title = cleanTitle(own.slice(label?.length ?? 0));
  const number = label ? qualify(s.clauses, parent, label, label.sub) : undefined;
  let region: Region | undefined;
  if (RECITAL_TITLE.test(title)) {
    region = 'recitals';
    s.operative = false;
  } else if (SIGNATURE_TITLE.test(title)) region = 'signatures';
  else if (label?.unit && isContainer(label.unit)) region = 'schedule';
  else if (parent && (parent.region === 'recitals' || parent.region === 'signatures')) region = 'body';
  const clause = s.add(
    {
      kind: 'heading',
      start,
      end: spanOf(source)!.end,
      textStart: contentStart + (label?.length ?? 0),
      textEnd: contentEnd,
      parent: parent?.id,
      depth,
      number,
      label: label?.text,
      title: title || undefined,
    },
    region,
  );
  headings.push(clause);
  s.outline = [];
}
