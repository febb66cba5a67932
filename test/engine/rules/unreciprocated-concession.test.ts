import assert from 'node:assert/strict';
import { review } from '../../../src/engine/index.js';
import { contract, findings, lines, PREAMBLE } from '../../helpers/contract.js';

describe('rule unreciprocated-concession', () => {
  it('flags a concession with nothing back, naming who grants what to whom', () => {
    const r = contract('## 4. Fees', '', '4.2 Provider shall charge rates fifteen percent (15%) below the List Rates.');
    assert.deepEqual(findings(r), [
      '5: Provider grants Customer a 15% discount (“Provider shall charge rates fifteen percent (15%) below…”) and receives nothing in return.',
    ]);
    const f = r.findings[0]!;
    assert.equal(f.severity, 'warning');
    assert.match(f.url, /docs\/rules\/unreciprocated-concession\.md$/);
  });

  it('suggests what is traded for a discount, drafted with the parties and the clause in the contract’s words', () => {
    const r = contract(
      '## 4. Fees',
      '',
      '4.1 Customer shall pay the monthly fees for the Services.',
      '',
      '4.2 Provider shall charge rates fifteen percent (15%) below the List Rates.',
    );
    const suggestions = r.findings[0]!.suggestions!;
    for (const kind of ['reference', 'testimonial', 'term-extension', 'volume-commitment', 'prepayment'])
      assert.ok(
        suggestions.some((s) => s.kind === kind),
        kind,
      );
    assert.ok(
      suggestions.some((s) => s.form === 'condition'),
      'the conditional form',
    );
    const reference = suggestions.find((s) => s.kind === 'reference')!;
    // The contract never writes "Section": it is cited in plain words, and the discount in its own.
    assert.match(
      reference.text,
      /^In consideration of the rates fifteen percent \(15%\) below the List Rates in section 4\.2, Customer shall act as a reference for Provider/,
    );
    assert.match(reference.template, /\{\{calls\|2\}\}/);
  });

  it('is clean when a binding give-back is tied', () => {
    assert.deepEqual(
      findings(
        contract(
          '- Provider waives the setup fee in exchange for which Customer shall act as a reference for Provider.',
        ),
      ),
      [],
    );
  });

  it('says when the only give-back is optional', () => {
    assert.deepEqual(
      findings(
        contract('- Provider waives the setup fee. Customer may, at its discretion, act as a reference for Provider.'),
      ),
      [
        '3: Provider grants Customer a waiver (“Provider waives the setup fee”) and receives only an optional give-back in return.',
      ],
    );
  });

  it('can be switched off or given another severity', () => {
    const md = lines(PREAMBLE, '', 'Provider waives the setup fee.');
    assert.equal(review(md, { rules: { 'unreciprocated-concession': 'off' } }).findings.length, 0);
    assert.equal(review(md, { rules: { 'unreciprocated-concession': 'error' } }).findings[0]!.severity, 'error');
  });

  it('is silenced by an inline comment, keeping the reason', () => {
    const next = review(
      lines(
        PREAMBLE,
        '',
        '<!-- reciprocity-disable-next-line unreciprocated-concession -- agreed on the call -->',
        'Provider waives the setup fee.',
      ),
    );
    assert.equal(next.findings.length, 0);
    assert.equal(next.suppressed[0]!.reason, 'agreed on the call');
    const same = review(
      lines(
        PREAMBLE,
        '',
        'Provider waives the setup fee. <!-- reciprocity-disable-line unreciprocated-concession -- goodwill -->',
      ),
    );
    assert.equal(same.findings.length, 0);
    const range = review(
      lines(
        PREAMBLE,
        '',
        '<!-- reciprocity-disable -->',
        '',
        'Provider waives the setup fee.',
        '',
        '<!-- reciprocity-enable -->',
        '',
        'Provider waives the exit fee.',
      ),
    );
    assert.equal(findings(range).length, 1);
    const other = review(
      lines(
        PREAMBLE,
        '',
        '<!-- reciprocity-disable-next-line dangling-reference -->',
        'Provider waives the setup fee.',
      ),
    );
    assert.equal(findings(other).length, 1);
    // A comment left unclosed above does not swallow the directive after it.
    const unclosed = review(
      lines(
        PREAMBLE,
        '',
        'Draft note <!-- reciprocity-disable-next-line unreciprocated-concession -- to discuss',
        '',
        'Provider waives the setup fee. <!-- reciprocity-disable-line unreciprocated-concession -- goodwill -->',
      ),
    );
    assert.equal(findings(unclosed).length, 0);
    assert.equal(unclosed.suppressed[0]!.reason, 'goodwill');
  });
});
