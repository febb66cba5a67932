/**
 * Stage 1: Markdown → mdast, plus the document's *prose*: a copy of the text, the same length,
 * in which everything that is not words a reader sees (markup, list markers, HTML, front matter,
 * link targets) is blanked to spaces. Lexicons match on prose; offsets stay the document's.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

export interface Parsed {
  tree: Root;
  prose: string;
}

/** Parses Markdown and blanks everything that is not prose. */
export function parse(text: string): Parsed {
  const tree = processor.parse(text) as Root;
  return { tree, prose: maskProse(text, tree) };
}

/** Offset of a node's start and end, or undefined for generated nodes. */
export function spanOf(node: Nodes): { start: number; end: number } | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

function maskProse(text: string, tree: Root): string {
  const out = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text[i] === '\n' ? '\n' : ' ';

  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        align(text, out, node, node.value);
        return;
      case 'code': {
        // Fenced code is code; an indented block in a contract is prose that was indented.
        const span = spanOf(node);
        if (span && !/^\s*(```|~~~)/.test(text.slice(span.start, span.start + 8))) align(text, out, node, node.value);
        return;
      }
      case 'tableRow': {
        // Keep the pipes between cells: they bound sentences the way full stops do.
        const span = spanOf(node);
        if (span) for (let i = span.start; i < span.end; i++) if (text[i] === '|') out[i] = '|';
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
  return out.join('');
}

/**
 * Copies the characters of `value` from the source range of `node`, skipping what the parser
 * removed (escapes, entity spellings, container prefixes such as `> `), which stay blank.
 */
function align(text: string, out: string[], node: Nodes, value: string): void {
  const span = spanOf(node);
  if (!span) return;
  let j = 0;
  for (let i = span.start; i < span.end && j < value.length; i++) {
    if (text[i] === value[j]) {
      out[i] = text[i] === '\n' ? '\n' : text[i]!;
      j++;
    } else if (value[j] === '\n' && text[i] === '\r') {
      continue;
    }
  }
}
