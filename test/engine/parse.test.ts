import assert from 'node:assert/strict';
import { parse } from '../../src/engine/parse.js';

describe('parse: the prose mask', () => {
  it('keeps every offset and blanks markup a reader does not see', () => {
    const text = '## 4. Fees\n\n4.2 **Rate Reduction.** See [the list](https://x.example) `now`.\n';
    const { prose } = parse(text);
    assert.equal(prose.length, text.length);
    assert.equal(prose.slice(0, 3), '   ');
    assert.match(prose, /4\.2\s+Rate Reduction\.\s+See\s+the list\s+now\s*\./);
    assert.ok(!prose.includes('https'));
    assert.ok(!prose.includes('*'));
  });

  it('blanks front matter, HTML comments and blockquote markers', () => {
    const text = '---\ntitle: X\n---\n\n<!-- note -->\n\n> Kestrel may terminate.\n> Second line.\n';
    const { prose } = parse(text);
    assert.ok(!prose.includes('title'));
    assert.ok(!prose.includes('note'));
    assert.ok(!prose.includes('>'));
    assert.equal(prose.indexOf('Kestrel'), text.indexOf('Kestrel'));
    assert.equal(prose.indexOf('Second'), text.indexOf('Second'));
  });

  it('keeps table pipes so that cells stay apart', () => {
    const text = '| Item | Price |\n| --- | --- |\n| Support | at no charge |\n';
    const { prose } = parse(text);
    assert.equal(prose.split('\n')[2], '| Support | at no charge |');
  });

  it('keeps the words after a character reference, its character where it starts', () => {
    const text = 'Customer&#8217;s logo, AT&amp;T and &nbsp;Provider shall waive the fee.\n';
    const { prose } = parse(text);
    assert.equal(prose.length, text.length);
    assert.equal(
      prose.slice(text.indexOf('s logo')),
      text.slice(text.indexOf('s logo')).replace('&amp;', '&    ').replace('&nbsp;', '\u00a0     '),
    );
    assert.equal(prose.slice(0, text.indexOf('s logo')), 'Customer’      ');
  });

  it('reads CRLF line endings without shifting offsets', () => {
    const text = 'First line of a clause\r\nsecond line.\r\n';
    const { prose } = parse(text);
    assert.equal(prose.length, text.length);
    assert.equal(prose.indexOf('second'), text.indexOf('second'));
  });
});
