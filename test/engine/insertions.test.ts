/**
 * Every fix Reciprocity offers only inserts text, and makes the finding it answers go away:
 * checked on every unbalanced concession of the examples, the fixtures and the dev contracts.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { review, type Review } from '../../src/engine/index.js';
import {
  planGiveBack,
  planSuppression,
  planTie,
  placements,
  applyInsertion,
  fillDefaults,
  untiedGiveBacks,
  nextLabel,
} from '../../src/engine/insertions.js';
import { contract, lines, PREAMBLE } from '../helpers/contract.js';

const root = join(__dirname, '..', '..');
const folders = [
  join(root, 'examples'),
  join(root, 'test', 'fixtures', 'contracts'),
  join(root, '..', 'shared', 'eval', 'dev'),
].filter(existsSync);
const documents = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ name: f, text: readFileSync(join(folder, f), 'utf8') })),
);

/** The concession at the same words after an insertion before or after it. */
function sameConcession(after: Review, before: Review, id: string, offset: number, inserted: number) {
  const c = before.terms.find((t) => t.id === id)!;
  const shift = c.start >= offset ? inserted : 0;
  return after.terms.find((t) => t.type === 'concession' && t.kind === c.kind && t.start === c.start + shift);
}

function assertOnlyInserts(original: string, edited: string, offset: number, length: number): void {
  assert.equal(edited.length, original.length + length);
  assert.equal(edited.slice(0, offset), original.slice(0, offset));
  assert.equal(edited.slice(offset + length), original.slice(offset));
}

describe('edits: give-back quick fixes', () => {
  it('draft with the parties, the concession and placeholders, and balance the concession they answer', function () {
    // 200+ reviews, about 8 s of CPU: on a 2-core machine busy with other jobs, over a minute.
    this.timeout(300_000);
    let checked = 0;
    for (const doc of documents) {
      const before = review(doc.text);
      for (const finding of before.findings.filter((f) => f.ruleId === 'unreciprocated-concession')) {
        for (const suggestion of finding.suggestions!) {
          for (const placement of placements(before, finding.concession!)) {
            const insertion = planGiveBack(before, finding.concession!, suggestion, placement)!;
            const inserted = fillDefaults(insertion.text);
            const edited = applyInsertion(doc.text, insertion);
            assertOnlyInserts(doc.text, edited, insertion.offset, inserted.length);
            // "Ask for consideration" is an outline: what balances is the obligation a person writes in.
            if (suggestion.kind === 'other') continue;
            const after = review(edited);
            const concession = sameConcession(after, before, finding.concession!, insertion.offset, inserted.length);
            assert.ok(concession, `${doc.name}: the concession moved or vanished after inserting ${suggestion.kind}`);
            const status = after.judgements.find((j) => j.concession === concession.id)!.status;
            assert.equal(
              status,
              'balanced',
              `${doc.name}:${finding.message} — ${suggestion.kind} (${placement}) left it ${status}:\n${inserted}`,
            );
            checked++;
          }
        }
      }
    }
    assert.ok(checked > 200, `only ${checked} fixes checked`);
  });

  it('adds a sentence at the end of the clause, or the next sub-clause in its numbering style', () => {
    const r = contract(
      '1. **Fee relief.**',
      '   a. Provider waives the setup fee.',
      '   b. Provider will provide two seats at no charge.',
    );
    assert.deepEqual(placements(r, 'c1'), ['sentence']);
    const sentence = planGiveBack(r, 'c1', { template: 'Customer shall act as a reference for Provider.' })!;
    assert.equal(
      applyInsertion(r.text, sentence).split('\n')[3],
      '   a. Provider waives the setup fee. Customer shall act as a reference for Provider.',
    );
    const last = contract(
      '1. **Fee relief.**',
      '   a. Provider waives the setup fee.',
      '   b. Provider will provide two seats at no charge.',
    );
    assert.deepEqual(placements(last, 'c2'), ['subclause', 'sentence']);
    assert.equal(
      applyInsertion(
        last.text,
        planGiveBack(last, 'c2', { template: 'Customer shall act as a reference for Provider.' })!,
      )
        .split('\n')
        .at(-1),
      '   c. Customer shall act as a reference for Provider.',
    );
    const parent = contract(
      '6. **Termination Option.** Customer may terminate this Agreement for convenience, subject to:',
      "   (i) ninety days' notice; and",
      '   (ii) payment of all fees due.',
    );
    assert.deepEqual(placements(parent, 'c1'), ['subclause']);
    const sub = planGiveBack(parent, 'c1', { template: 'Customer shall serve as a reference for Provider.' })!;
    assert.equal(
      applyInsertion(parent.text, sub).split('\n').at(-1),
      '   (iii) Customer shall serve as a reference for Provider.',
    );
    assert.equal(nextLabel('b.'), 'c.');
    assert.equal(nextLabel('(iv)'), '(v)');
    assert.equal(nextLabel('4.2.9'), '4.2.10');
    assert.equal(nextLabel('(Z)'), '(AA)');
    assert.equal(nextLabel('Section 4.2'), 'Section 4.3');
  });

  it('numbers a new paragraph after the last of its section, apart as its siblings are, and never starts a new section', () => {
    const r = contract(
      '## 2. Payment',
      '',
      '2.1 Provider will invoice annually in advance.',
      '',
      '2.2 Invoices are payable within ninety (90) days.',
      '',
      '## 3. Term',
      '',
      '3.1 The term is one year.',
    );
    const concession = r.terms.find((t) => t.type === 'concession')!;
    assert.deepEqual(placements(r, concession.id), ['subclause', 'sentence']);
    const edited = applyInsertion(
      r.text,
      planGiveBack(r, concession.id, { template: 'Customer shall act as a reference for Provider.' })!,
    );
    assert.match(
      edited,
      /2\.2 Invoices are payable within ninety \(90\) days\.\n\n2\.3 Customer shall act as a reference for Provider\.\n\n## 3\. Term/,
    );
    const top = contract(
      '1. Provider will invoice annually in advance.',
      '',
      '2. Invoices are payable within ninety (90) days.',
    );
    assert.deepEqual(placements(top, top.terms.find((t) => t.type === 'concession')!.id), ['sentence']);
  });

  it('never puts a give-back inside a heading or a signature block', () => {
    // Terms are not read in headings or signatures: a concession moved there stands for one found there.
    const r = contract(
      '## 3. Setup',
      '',
      'Provider waives the setup fee.',
      '',
      'IN WITNESS WHEREOF the parties have signed this Agreement.',
      '',
      'Provider: ________',
    );
    const concession = r.terms.find((t) => t.type === 'concession')!;
    const heading = r.clauses.find((c) => c.kind === 'heading')!;
    const inHeading: Review = {
      ...r,
      terms: r.terms.map((t) => (t === concession ? { ...t, clause: heading.id } : t)),
    };
    assert.deepEqual(placements(inHeading, concession.id), ['paragraph']);
    assert.match(
      applyInsertion(
        r.text,
        planGiveBack(inHeading, concession.id, { template: 'Customer shall act as a reference for Provider.' })!,
      ),
      /## 3\. Setup\n\nCustomer shall act as a reference for Provider\.\n\nProvider waives/,
    );
    const last = r.clauses[r.clauses.length - 1]!;
    const signed: Review = {
      ...r,
      clauses: r.clauses.map((c) => (c === last ? { ...c, region: 'signatures' as const } : c)),
      terms: r.terms.map((t) => (t === concession ? { ...t, clause: last.id } : t)),
    };
    assert.deepEqual(placements(signed, concession.id), ['paragraph']);
    assert.match(
      applyInsertion(
        r.text,
        planGiveBack(signed, concession.id, { template: 'Customer shall act as a reference for Provider.' })!,
      ),
      /Provider waives the setup fee\.\n\nCustomer shall act as a reference for Provider\.\n\nIN WITNESS WHEREOF/,
    );
  });
});

describe('edits: tie to an untied give-back', () => {
  it('ties a give-back made elsewhere and balances the concession', () => {
    const r = contract(
      '## 2. Payment',
      '',
      'Invoices are payable within ninety (90) days.',
      '',
      '## 6. Case study',
      '',
      'Customer will take part in one written case study.',
    );
    const [benefit] = untiedGiveBacks(r, 'c1');
    assert.equal(benefit!.kind, 'testimonial');
    const insertion = planTie(r, 'c1', benefit!.id)!;
    assert.equal(
      insertion.text,
      ' The payment terms of ninety (90) days in section 2 are given in consideration of Customer’s testimonial in section 6.',
    );
    const after = review(applyInsertion(r.text, insertion));
    assert.equal(after.judgements[0]!.status, 'balanced');
    assert.equal(after.findings.filter((f) => f.ruleId === 'untied-give-back').length, 0);
  });

  it('ties every untied give-back flagged in the examples and dev contracts', () => {
    let checked = 0;
    for (const doc of documents) {
      const before = review(doc.text);
      for (const judgement of before.judgements.filter((j) => j.status === 'unbalanced')) {
        for (const benefit of untiedGiveBacks(before, judgement.concession).slice(0, 1)) {
          const insertion = planTie(before, judgement.concession, benefit.id)!;
          const after = review(applyInsertion(doc.text, insertion));
          const concession = sameConcession(
            after,
            before,
            judgement.concession,
            insertion.offset,
            insertion.text.length,
          );
          assert.equal(
            after.judgements.find((j) => j.concession === concession?.id)?.status,
            'balanced',
            `${doc.name}: ${insertion.text}`,
          );
          checked++;
        }
      }
    }
    assert.ok(checked > 5, `only ${checked} ties checked`);
  });
});

describe('edits: accept as intentional', () => {
  it('appends a suppression comment with a reason placeholder that silences the finding', () => {
    for (const md of [
      lines(PREAMBLE, '', 'Provider waives the setup fee.'),
      lines(PREAMBLE, '', '| Item | Terms |', '| --- | --- |', '| Setup | The setup fee is waived |'),
    ]) {
      const r = review(md);
      const finding = r.findings[0]!;
      const insertion = planSuppression(r, finding);
      assert.match(
        insertion.text,
        /<!-- reciprocity-disable-line unreciprocated-concession -- \{\{reason\|accepted because …\}\} -->/,
      );
      const after = review(applyInsertion(md, insertion));
      assert.equal(after.findings.length, 0);
      assert.equal(after.suppressed.length, 1);
    }
  });
});
