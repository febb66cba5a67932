/** A round rendered inside a contract's report: the "Since …" section, its document text escaped. */
import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { compareDrafts } from '../../src/engine/rounds/diff.js';
import { renderRoundMarkdown, roundSectionHtml } from '../../src/engine/rounds/render.js';
import { renderHtml } from '../../src/engine/report/html.js';
import { ledger } from '../../src/engine/report/ledger.js';
import { lines, PREAMBLE } from '../helpers/contract.js';

describe('rounds: the "Since …" section of a report', () => {
  const before = review(lines(PREAMBLE, '', '1. Customer shall pay the Fees.'));
  const after = review(
    lines(
      PREAMBLE,
      '',
      '1. Customer shall pay the Fees.',
      '',
      '2. Provider waives the `<script>alert(1)</script>` setup fee.',
    ),
  );
  const diff = compareDrafts('msa.md@HEAD', before, 'msa.md', after);

  it('carries the round under the report, in Markdown', () => {
    const md = renderRoundMarkdown(diff, true);
    assert.match(
      md,
      new RegExp(
        String.raw`^## Since msa\.md@HEAD\n\n### Provider\n\n- \*\*conceded\*\* waiver at line 5, with nothing ` +
          String.raw`binding back: “Provider waives the &lt;script&gt;alert\(1\)&lt;\/script&gt; setup fee”`,
      ),
    );
    assert.match(md, /\n### Net movement\n/);
  });

  it("carries it in HTML, escaped, under the page's one policy", () => {
    const html = renderHtml('msa.md', ledger(after), 'abc123', { label: diff.old, html: roundSectionHtml(diff, 3) });
    assert.match(html, /<section><h2>Since msa\.md@HEAD<\/h2>\n<h3>Provider<\/h3>/);
    assert.ok(!/<script/i.test(html));
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });
});
