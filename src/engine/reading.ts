/**
 * The text a reader sees: a range of the contract as it reads once rendered, for quotes in
 * messages, hovers and reports. It is read off the prose (parse.ts), which already blanks the
 * markup with the document's own parse: inline HTML, emphasis, code and link markers, link
 * targets, escapes. What stays is the document's characters, exactly.
 */

/** A text and its prose (the same length, markup blanked): a Review or a rule's Model. */
export interface Readable {
  text: string;
  prose: string;
}

/** What a reader sees of `[start, end)`: markup left out, whitespace folded to single spaces. */
export function readerText(source: Readable, start: number, end: number): string {
  const { text, prose } = source;
  const shown = (i: number): string => (i < prose.length ? prose[i]! : text[i]!);
  let out = '';
  let space = false;
  for (let i = Math.max(0, start); i < end && i < text.length;) {
    const char = shown(i);
    if (!isBlank(char)) {
      if (space && out) out += ' ';
      space = false;
      out += char;
      i++;
      continue;
    }
    // A run of blanks: markup, whitespace, or both. It reads as a space when it holds whitespace
    // a reader sees, and as nothing when it is markup alone ("**Fee**s", "a<span>b").
    let j = i;
    while (j < end && j < text.length && isBlank(shown(j))) j++;
    if (readsAsSpace(text, prose, i, j)) space = true;
    i = j;
  }
  return out;
}

/** Blank in prose: markup, or whitespace that folds. No-break spaces are characters a writer chose. */
function isBlank(char: string): boolean {
  return char === ' ' || (/\s/.test(char) && !NO_BREAK.includes(char));
}

const NO_BREAK = '\u00a0\u2007\u202f';

/**
 * Whether a run of blanks holds whitespace a reader sees. Prose blanks markup to spaces, so a
 * space of the text that prose shows blank may be the text's or the inside of a tag or link
 * target: inside `<…>`, `(…)` or `[…]` of the run's markup it is markup (`<span class="x">`,
 * `](url "title")`, `][ref label]`); anywhere else, or any other whitespace, it is the text's.
 */
function readsAsSpace(text: string, prose: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const source = text[i]!;
    const shown = i < prose.length ? prose[i]! : source;
    if (shown !== ' ') return true;
    if (/\s/.test(source)) {
      if (depth === 0) return true;
    } else if (OPENERS.includes(source)) {
      depth++;
    } else if (CLOSERS.includes(source)) {
      depth = Math.max(0, depth - 1);
    }
  }
  return false;
}

const OPENERS = '<([';
const CLOSERS = '>)]';
