/**
 * Prose: the text as a reader sees it, the same length as the source. Markup, HTML and link
 * targets are blanked to spaces; each text node's value is aligned back onto its place (so an
 * escaped or referenced character is read as itself); line breaks stay.
 */
import type { Code, Nodes, Root } from 'mdast';

/** Offset of a node's start and end, or undefined for generated nodes. */
export function spanOf(node: Nodes): { start: number; end: number } | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** Whether a code block is indented (prose that was indented, in a contract), not fenced code. */
export function isIndentedCode(text: string, node: Code): boolean {
  const start = spanOf(node)?.start ?? 0;
  return !/^\s*(```|~~~)/.test(text.slice(start, start + 8));
}

export function maskProse(text: string, tree: Root): string {
  // Character codes, not an array of one-character strings: a tenth of the memory, and no join.
  const out = new Uint16Array(text.length).fill(SPACE);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out[i] = NEWLINE;

  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        align(text, out, node, node.value);
        return;
      case 'code': {
        // Fenced code is code; an indented block in a contract is prose that was indented.
        if (spanOf(node) && isIndentedCode(text, node)) align(text, out, node, node.value);
        return;
      }
      case 'tableRow': {
        // Keep the pipes between cells: they bound sentences the way full stops do.
        const span = spanOf(node);
        if (span) for (let i = span.start; i < span.end; i++) if (text.charCodeAt(i) === PIPE) out[i] = PIPE;
        break;
      }
      case 'yaml':
      case 'html':
      case 'image':
      case 'imageReference':
      case 'definition':
        return;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  keepPairsWhole(text, out);
  let prose = '';
  for (let i = 0; i < out.length; i += 8192)
    prose += String.fromCharCode.apply(null, out.subarray(i, i + 8192) as unknown as number[]);
  return prose;
}

const SPACE = 32;
const NEWLINE = 10;
const PIPE = 124;

/**
 * A character outside the BMP is two UTF-16 units; where the parser changed one of them (an
 * invalid code point becomes U+FFFD), prose blanks both, so that no range ends between them.
 */
function keepPairsWhole(text: string, out: Uint16Array): void {
  if (!/[\uD800-\uDBFF]/.test(text)) return;
  for (let i = 0; i + 1 < text.length; i++) {
    const high = text.charCodeAt(i);
    const low = text.charCodeAt(i + 1);
    if (high < 0xd800 || high > 0xdbff || low < 0xdc00 || low > 0xdfff) continue;
    if ((out[i] === SPACE) !== (out[i + 1] === SPACE)) out[i] = out[i + 1] = SPACE;
    i++;
  }
}

/**
 * Copies the characters of `value` from the source range of `node`, skipping what the parser
 * removed (escapes, entity spellings, container prefixes such as `> `), which stay blank.
 */
function align(text: string, out: Uint16Array, node: Nodes, value: string): void {
  const span = spanOf(node);
  if (!span) return;
  let j = 0;
  for (let i = span.start; i < span.end && j < value.length; i++) {
    const code = text.charCodeAt(i);
    if (code === value.charCodeAt(j)) {
      out[i] = code;
      j++;
    } else if (value.charCodeAt(j) === NEWLINE && code === 13) {
      continue;
    } else if (code === AMPERSAND) {
      // A character reference ("&amp;", "&#8217;") the parser decoded: its character goes where
      // the reference starts, the rest stays blank. Without this, no later character would match.
      const reference = CHARACTER_REFERENCE.exec(text.slice(i, i + 40));
      if (!reference) continue;
      const units = isHigh(value.charCodeAt(j)) && isLow(value.charCodeAt(j + 1)) ? 2 : 1;
      for (let k = 0; k < units; k++) out[i + k] = value.charCodeAt(j + k);
      j += units;
      i += reference[0].length - 1;
    }
  }
}

const AMPERSAND = 38;
const CHARACTER_REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/** UTF-16 surrogate halves: a pair is one character, never split. */
export const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
export const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
