import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Nodes } from 'mdast';
import { parse } from '../../src/engine/parse.js';
import { defuse, splitChunks } from '../../src/engine/chunks.js';
import { markdown as whole } from '../../src/engine/markdown.js';
import { folders, markdownFiles } from '../helpers/corpus.js';

/** Every node's type and offsets, depth first. */
function shape(node: Nodes, out: string[] = []): string[] {
  out.push(`${node.type}@${node.position?.start.offset}-${node.position?.end.offset}`);
  if ('children' in node) for (const child of node.children) shape(child as Nodes, out);
  return out;
}

describe('chunks: parsing a document piece by piece', function () {
  // Parses every contract at hand twice.
  this.timeout(120_000);

  it('gives the same tree as parsing it whole, on every contract at hand', () => {
    // Not the soak's damaged counterexamples: where defuse flattens absurd structure the trees differ on purpose.
    const files = [folders.examples, folders.fixtures, folders.evalDev, folders.corpus]
      .flatMap(markdownFiles)
      .filter((f) => !/[\\/]soak[\\/]/.test(f));
    assert.ok(files.length > 100);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const chunked = parse(text).tree;
      assert.deepEqual(shape(chunked).slice(1), shape(whole.parse(text) as Nodes).slice(1), file);
    }
  });

  it('cuts only where a new top-level paragraph starts after a blank line', () => {
    const text = '# Title\n\nPara one.\n\n- item\n\n  continued\n\n```\ncode\n\nmore\n```\n\nPara two.\n';
    assert.deepEqual(
      splitChunks(text).map((c) => text.slice(c.start, c.end)),
      ['# Title\n\n', 'Para one.\n\n- item\n\n  continued\n\n', '```\ncode\n\nmore\n```\n\n', 'Para two.\n'],
    );
  });

  it('never cuts before a page line or a lowercase line, which may carry a sentence on across a page break', () => {
    const text = 'Supplier shall deliver\n\n7\n\nthe goods on time.\n\nPage 3 of 9\n\nNext clause.\n';
    assert.deepEqual(
      splitChunks(text).map((c) => text.slice(c.start, c.end)),
      ['Supplier shall deliver\n\n7\n\nthe goods on time.\n\nPage 3 of 9\n\n', 'Next clause.\n'],
    );
  });

  it('never cuts before an empty list item, which after an indented block parses as text carrying on', () => {
    const text = 'Intro.\n\n    (a) indented\n\n2.\n\n-\n\nPara.\n';
    assert.deepEqual(
      splitChunks(text).map((c) => text.slice(c.start, c.end)),
      ['Intro.\n\n    (a) indented\n\n2.\n\n-\n\n', 'Para.\n'],
    );
    assert.deepEqual(shape(parse(text).tree).slice(1), shape(whole.parse(text) as Nodes).slice(1));
  });

  it('keeps TOML front matter whole, blank lines and all, and reads no front matter that never closes', () => {
    const toml = '+++\ntitle = "Order Form"\n\nparties = 2\n+++\n\nPara one.\n\n> quoted\n';
    assert.deepEqual(
      splitChunks(toml).map((c) => toml.slice(c.start, c.end)),
      ['+++\ntitle = "Order Form"\n\nparties = 2\n+++\n\n', 'Para one.\n\n> quoted\n'],
    );
    const unclosed = '---\n|A\n\n' + 'Para.\n\n'.repeat(1000) + '> quoted\n';
    const types = (text: string): string[] => parse(text).tree.children.map((n) => n.type);
    assert.deepEqual(types(toml), ['toml', 'paragraph', 'blockquote']);
    assert.equal(types(unclosed).at(-1), 'blockquote', 'a quote is a quote wherever the text is cut into chunks');
    assert.equal(types('---\n|A\n\nPara.\n\n> quoted\n').at(-1), 'blockquote');
  });

  it('flattens absurd nesting and bracket floods without changing the length', () => {
    for (const evil of ['> '.repeat(10_000) + 'x', '- '.repeat(10_000) + 'x', '['.repeat(50_000)]) {
      const safe = defuse(evil);
      assert.equal(safe.length, evil.length);
      const started = performance.now();
      parse(evil);
      assert.ok(performance.now() - started < 5000, 'parsed in time');
    }
  });
});
