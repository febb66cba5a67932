/**
 * Cutting a document into chunks that Markdown parses the same alone as together, so that each
 * chunk is parsed on its own: a pathological construct costs only its chunk, a time budget can
 * stop between chunks, and an edit re-parses only the chunks it touched.
 *
 * A chunk ends before a blank line that is followed by a line starting in column 0 with ordinary
 * text (not a list item, a quote, an indented line or a table row), outside any fenced code, front
 * matter, or HTML block that runs on past blank lines (a comment, `<pre>`, `<script>` …). Such a
 * line closes every open container, so the parse of what follows cannot depend on what came before
 * (link reference definitions aside, which contracts do not use).
 */
import { isPageLine } from './pages.js';

export interface Chunk {
  start: number;
  end: number;
}

/**
 * Lines at which a list item, a quote or an indented continuation may carry on a container. An
 * empty list item ("2." alone) counts: after an indented code block the parser reads it as text
 * that carries on, so such a line never starts a chunk.
 */
const CONTINUES = /^(?:[ \t]|(?:[-*+]|\d{1,9}[.)])(?:[ \t\r]|$)|>|\|)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A closing fence: the fence alone on its line. */
const CLOSING_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/;
/** A blank line to Markdown: spaces and tabs only (a no-break space is text). */
const BLANK = /^[ \t]*\r?$/;
/** HTML blocks that only their end marker closes, blank lines or not (CommonMark's kinds 1 to 5), with that marker. */
const RAW_BLOCKS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * Lines that may carry on a sentence across a page break (pages.ts), which is read with the
 * paragraph before it: a page's lines, and a line whose first letter is lowercase.
 */
function mayCarryOn(line: string): boolean {
  // Its first letter as the prose reads it, past the markup that opens it ("*first* year", "[terms](…)").
  return /^[*_~`[\\<]*\p{Ll}/u.test(line) || isPageLine(line.trim());
}

/** Splits text into chunks; the chunks cover the text exactly, in order. */
export function splitChunks(text: string, from = 0, to = text.length): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = from;
  let fence: string | undefined;
  /** The end marker of the raw HTML block the line is in. */
  let raw: RegExp | undefined;
  let previousBlank = false;
  let lineStart = from;
  // Front matter at the very start (after a byte order mark) runs to its closing line, blank lines and all.
  const atStart = from === 0 || (from === 1 && text.charCodeAt(0) === 0xfeff);
  if (atStart) {
    const end = frontMatterEnd(text, from);
    if (end !== undefined) lineStart = end;
  }
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 200));
    const blank = BLANK.test(text.slice(lineStart, lineEnd));
    if (fence !== undefined) {
      if (FENCE.test(line) && CLOSING_FENCE.exec(text.slice(lineStart, lineEnd))?.[1]?.startsWith(fence))
        fence = undefined;
    } else if (raw) {
      if (raw.test(text.slice(lineStart, lineEnd))) raw = undefined;
    } else if (!blank) {
      if (previousBlank && lineStart > chunkStart && !CONTINUES.test(line) && !mayCarryOn(line)) {
        chunks.push({ start: chunkStart, end: lineStart });
        chunkStart = lineStart;
      }
      const open = FENCE.exec(line);
      if (open) fence = open[1]![0]!.repeat(open[1]!.length);
      else if (line.trimStart().startsWith('<')) {
        const block = RAW_BLOCKS.find(([start]) => start.test(line));
        // The opening line is searched after the opening itself: "<!-->" does not close at once.
        if (block && !block[1].test(text.slice(lineStart, lineEnd).replace(block[0], ''))) raw = block[1];
      }
    }
    previousBlank = blank && fence === undefined && !raw;
    lineStart = lineEnd + 1;
  }
  if (chunkStart < to || chunks.length === 0) chunks.push({ start: chunkStart, end: to });
  return chunks;
}

/** The line that closes front matter, by the line that opened it. */
const FRONT_MATTER_CLOSE: Record<string, RegExp> = {
  '---': /(?:\r\n?|\n)---[ \t]*(?:\r\n?|\n|$)/,
  '+++': /(?:\r\n?|\n)\+\+\+[ \t]*(?:\r\n?|\n|$)/,
};

/**
 * Where front matter (YAML between "---" lines, TOML between "+++" lines) that opens the text at
 * `from` ends (after its closing line), if it does. A lone carriage return ends a line too, as in Markdown.
 */
export function frontMatterEnd(text: string, from = 0): number | undefined {
  const fence = /^(?:---|\+\+\+)(?=\r\n?|\n)/.exec(text.slice(from, from + 5))?.[0];
  if (!fence) return undefined;
  const close = FRONT_MATTER_CLOSE[fence]!.exec(text.slice(from + 3));
  return close ? from + 3 + close.index + close[0].length : undefined;
}

/** Nesting a parser can take without recursing out of its stack or into quadratic time. */
const MAX_NESTING = 24;
const MAX_BRACKETS = 400;
/** Stands in for blanks past column 96 (see defuse); parse.ts puts the original blanks back in prose. */
export const WIDE_BLANK = '\u2002';

/**
 * Makes a chunk safe to parse without changing its length: quote markers and list markers nested
 * deeper than MAX_NESTING, and floods of square brackets, become spaces. No words change, so the
 * prose Reciprocity reads is the same; only absurd structure is flattened.
 */
export function defuse(chunk: string): string {
  let out = chunk;
  if (/(?:>\s*){25}|(?:(?:[-*+]|\d{1,9}[.)])[ \t]+){25}/.test(out)) {
    out = out.replace(/^[ \t]*(?:(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+))+/gm, (markers) => {
      let depth = 0;
      return markers.replace(/>|[-*+]|\d{1,9}[.)]/g, (m) => (++depth > MAX_NESTING ? ' '.repeat(m.length) : m));
    });
  }
  // Lines indented deeper than any sane nesting: their list markers would nest forever.
  out = out.replace(
    /^([ \t]{96,})(?:[-*+]|\d{1,9}[.)])(?=[ \t])/gm,
    (m, indent: string) => indent + ' '.repeat(m.length - indent.length),
  );
  // Long runs of blanks cost the parser time per container per column; past the first columns an
  // en space, which Markdown does not count as indentation, reads the same and parses in linear time.
  out = out.replace(/[ \t]{97,}/g, (run) => run.slice(0, 96) + WIDE_BLANK.repeat(run.length - 96));
  if (floodsBrackets(out)) out = out.replace(/[[\]]/g, ' ');
  return out;
}

/** Whether a chunk holds so many square brackets that defuse blanks them all. */
export function floodsBrackets(chunk: string): boolean {
  let brackets = 0;
  for (let i = 0; i < chunk.length && brackets <= MAX_BRACKETS; i++)
    if (chunk.charCodeAt(i) === 91 || chunk.charCodeAt(i) === 93) brackets++;
  return brackets > MAX_BRACKETS;
}
