/**
 * The Markdown contracts are written in: CommonMark (remark-parse), GFM tables and strikethrough,
 * and YAML or TOML front matter. Not the rest of GFM: autolink literals, footnotes and task lists
 * take half the parse time and change no word a reader sees (a bare URL reads as itself).
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';

type Parser = Pick<Processor, 'parse'>;

/** A unified plugin: the GFM constructs contracts use, for parsing only. */
function contractGfm(this: Processor, options: { tables: boolean; strikethrough: boolean }): void {
  const data = this.data();
  if (options.tables) {
    (data.micromarkExtensions ??= []).push(gfmTable());
    (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  }
  if (options.strikethrough) {
    (data.micromarkExtensions ??= []).push(gfmStrikethrough());
    (data.fromMarkdownExtensions ??= []).push(gfmStrikethroughFromMarkdown());
  }
}

function makeParser(frontMatter: boolean, tables: boolean, strikethrough: boolean): Parser {
  const processor = unified().use(remarkParse).use(contractGfm, { tables, strikethrough });
  return frontMatter ? processor.use(remarkFrontmatter, ['yaml', 'toml']) : processor;
}

/** The whole language, front matter included. */
export const markdown = makeParser(true, true, true);

const parsers = new Map<string, Parser>();

/**
 * The parser for one text: front matter only when asked for (a "---" or "+++" line that opens a
 * text without a closing line would otherwise change how quotes further on read), and each GFM
 * construct only where the text can hold it, as the parser tries a table at every paragraph.
 * A table row needs a pipe, unless its delimiter row aligns a column (":-", "-:"); struck text
 * needs a tilde.
 */
export function markdownFor(text: string, frontMatter: boolean): Parser {
  const tables = text.includes('|') || text.includes(':-') || text.includes('-:');
  const strikethrough = text.includes('~');
  const key = `${+frontMatter}${+tables}${+strikethrough}`;
  let parser = parsers.get(key);
  if (!parser) parsers.set(key, (parser = makeParser(frontMatter, tables, strikethrough)));
  return parser;
}
