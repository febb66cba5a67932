/** Drafted give-backs: user templates, and asks sized to the term the contract runs. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { review, type Review } from '../../src/engine/index.js';
import { lines } from '../helpers/contract.js';
import { fixtures, drafts } from '../helpers/drafts.js';

describe('drafts: user templates', () => {
  it('keep {giver}, {receiver} and {concession}, and can use the contract’s words for the rest', () => {
    const template =
      'As consideration for {description} ({figure}, {clause}), {giver} {shall} host one ' +
      'site visit for {receiver}’s prospects in {eachYear} of {term}, under {document}.';
    const r = review(readFileSync(join(fixtures, 'us-sections.md'), 'utf8'), {
      templates: {
        reference: { title: 'Ask for a site visit', template },
        testimonial: {
          template: 'In consideration of {concession}, {giver} shall provide {receiver} with a case study.',
        },
      },
    });
    const finding = r.findings.find((f) => f.suggestions?.some((s) => s.text.includes('twenty-five percent')))!;
    const reference = finding.suggestions!.find((s) => s.kind === 'reference')!;
    assert.equal(reference.title, 'Ask for a site visit');
    assert.equal(
      reference.text,
      'As consideration for the rates twenty-five percent (25%) below the list rates ' +
        '(twenty-five percent (25%), Section 4.2), Customer shall host one site visit ' +
        'for Provider’s prospects in each Contract Year of the Term, under this Agreement.',
    );
    assert.equal(
      finding.suggestions!.find((s) => s.kind === 'testimonial')!.text,
      'In consideration of the rates twenty-five percent (25%) ' +
        'below the list rates in Section 4.2, Customer shall provide Provider with a case study.',
    );
  });
});

describe('drafts: sized to the term the contract runs', () => {
  const deal = (term: string, clause: string) =>
    review(
      lines(
        '# Alliance Agreement',
        '',
        'This Agreement is between Alpha Ltd ("Alpha") and Beta Ltd ("Beta").',
        '',
        `1. The initial term of this Agreement shall be ${term} from the Effective Date.`,
        '',
        `2. ${clause}`,
      ),
    );
  const texts = (r: Review, form?: 'condition') =>
    drafts(r)
      .filter((d) => d.suggestion.form === form)
      .map((d) => d.suggestion.text);
  const exit = 'Beta may terminate this Agreement at any time on thirty (30) days notice to Alpha.';

  it('hold an exit back for two years of an eight-year deal and half of a one-year deal, as a lock-in', () => {
    assert.match(
      texts(deal('eight (8) years', exit), 'condition')[0] ?? '',
      new RegExp(
        String.raw`^Beta shall not exercise the right to terminate this Agreement in section ` +
          String.raw`2 until twenty-four \(24\) months after the date of this Agreement\.$`,
      ),
    );
    assert.match(
      texts(deal('twelve (12) months', exit), 'condition')[0] ?? '',
      /^Beta shall not exercise the right to terminate this Agreement in section 2 until six \(6\) months after the date/,
    );
  });

  it('ask for a minimum term where the contract states none', () => {
    const r = review(
      lines(
        '# Alliance Agreement',
        '',
        'This Agreement is between Alpha Ltd ("Alpha") and Beta Ltd ("Beta").',
        '',
        `1. ${exit}`,
      ),
    );
    assert.match(
      texts(r, 'condition')[0] ?? '',
      /^Beta commits to a minimum term of 12 months from the date of this Agreement and may exercise/,
    );
  });

  it('do not ask for a minimum term the contract already exceeds, unless the party may leave earlier', () => {
    const discount =
      'Alpha shall pay Beta the Fees, and Beta grants Alpha a discount of ten percent (10%) on the Fees.';
    assert.deepEqual(texts(deal('eight (8) years', discount), 'condition'), []);
    const mayLeave = deal(
      'eight (8) years',
      `${discount}\n\n3. Alpha may terminate this Agreement at any time on ninety (90) days notice to Beta.`,
    );
    assert.ok(
      texts(mayLeave, 'condition').some((t) =>
        /^The ten percent \(10%\) discount .* applies only if Alpha commits to a minimum term/.test(t),
      ),
      texts(mayLeave, 'condition').join('\n'),
    );
    assert.match(
      texts(deal('six (6) months', discount), 'condition')[0] ?? '',
      /only if Alpha commits to a minimum term of 12 months/,
    );
  });

  it('ask no spend or prepayment of a party the contract never shows paying', () => {
    const asks = drafts(deal('eight (8) years', exit)).map((d) => d.suggestion.kind);
    assert.ok(!asks.includes('prepayment') && !asks.includes('volume-commitment'), asks.join());
    assert.ok(asks.length > 0, asks.join());
  });
});
