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

/** A unified plugin: the two GFM constructs contracts use, for parsing only. */
function contractGfm(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
}

export const markdown = unified().use(remarkParse).use(contractGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * The same without front matter, for text that has none: a "---" or "+++" line that opens the
 * text without a closing line would otherwise change how the parser reads quotes further on.
 */
export const markdownWithoutFrontMatter = unified().use(remarkParse).use(contractGfm);
