import assert from 'node:assert/strict';
import { review, type Review } from '../../src/engine/index.js';
import { findings, lines } from '../helpers/contract.js';

// Issue 17: a negotiator asks for what the kind of deal trades in, and for as much as the concession is worth.
const warned = (r: Review) => r.findings.filter((f) => f.ruleId === 'unreciprocated-concession');
const kindsOf = (r: Review, index = 0): string[] => warned(r)[index]!.suggestions!.map((s) => s.kind);
const advocacy = ['testimonial', 'reference', 'publicity', 'feedback'];

describe('drafts: each kind of deal trades in its own currency', () => {
  it('asks a shipper or a buyer of goods for volumes, never for testimonials, reference calls or its logo', () => {
    for (const title of [
      'TRANSPORTATION SERVICES AGREEMENT',
      'SUPPLY AGREEMENT',
      'FIRST AMENDMENT TO FREIGHT CONTRACT',
    ]) {
      const r = review(
        lines(
          `# ${title}`,
          '',
          'This Agreement is made between Bluewater Logistics, LLC ("Provider") and Cobalt Beverages Co. ("Customer").',
          '',
          '1. Customer shall pay the rates in Schedule A for each load tendered.',
          '',
          '2. Provider waives the detention charge for the first three (3) hours of each stop.',
        ),
      );
      const kinds = kindsOf(r);
      assert.ok(!kinds.some((k) => advocacy.includes(k)), `${title}: ${kinds.join()}`);
      assert.ok(kinds.includes('volume-commitment'), `${title}: ${kinds.join()}`);
    }
  });

  it('asks a tenant for term, not a testimonial about services a lease has none of', () => {
    const r = review(
      lines(
        '# SUBLEASE',
        '',
        'This Sublease is made between Harborview Digital Media, Inc. ("Sublandlord") and Fenwick & Lowe Architects, PLLC ("Subtenant").',
        '',
        '1. The Term begins on March 1, 2025 and ends on February 28, 2027. Subtenant shall pay Base Rent monthly in advance.',
        '',
        '2. During the Term, Subtenant may use the workstations and kitchen appliances listed in Exhibit C at no additional charge.',
      ),
    );
    const drafts = warned(r)[0]!.suggestions!;
    assert.ok(drafts.length > 0);
    assert.ok(!drafts.some((d) => advocacy.includes(d.kind)), drafts.map((d) => d.kind).join());
    assert.ok(!drafts.some((d) => /structured feedback|testimonial|reference calls/.test(d.text)));
  });
});

describe('drafts: late charges already run up are traded for settling what is owed', () => {
  const waived =
    '5. Licensor waives all late fees and interest charged on University invoices under the Prior Agreement, totaling USD 3,960.';
  const licence = (...more: string[]) =>
    review(
      lines(
        '# SOFTWARE LICENSE AGREEMENT',
        '',
        'This Agreement is made between Sable Data Systems, Inc. ("Licensor") and Pemberton University ("University").',
        '',
        '1. The Term of this Agreement is three (3) years from the Effective Date. University shall pay the annual license fee.',
        '',
        waived,
        ...more,
      ),
    );

  it('offers first the condition that what is owed is settled, and no year of term or fees paid ahead', () => {
    const r = licence();
    const drafts = warned(r)[0]!.suggestions!;
    assert.equal(drafts[0]!.form, 'condition');
    assert.match(
      drafts[0]!.text,
      /only if University pays all amounts then outstanding under this Agreement within (?:fifteen \(15\)|15) days/,
    );
    assert.match(drafts[0]!.text, /failing which the amounts waived become payable to Licensor on demand\.$/);
    for (const lasting of ['term-extension', 'prepayment', 'volume-commitment'])
      assert.ok(!drafts.slice(1).some((d) => d.kind === lasting), drafts.map((d) => d.kind).join());
  });

  it('balances the waiver once the condition is pasted', () => {
    // As the quick fix pastes it: a sentence at the end of the concession's clause.
    const condition = warned(licence())[0]!.suggestions![0]!.text;
    const r = review(licence().text.replace(waived, `${waived} ${condition}`));
    assert.deepEqual(findings(r), []);
  });

  it('offers no settlement for a grace on late charges still to come', () => {
    const r = review(
      lines(
        '# SUBLEASE',
        '',
        'This Sublease is made between Harborview Digital Media, Inc. ("Sublandlord") and Fenwick & Lowe Architects, PLLC ("Subtenant").',
        '',
        '1. Sublandlord will not charge a late charge on the first late installment of Base Rent in any twelve (12) month period.',
      ),
    );
    assert.ok(!warned(r)[0]!.suggestions!.some((d) => /then outstanding/.test(d.text)));
  });
});

describe('drafts: a lock-in sized to the term the contract states', () => {
  it('reads a term that runs to an anniversary and holds an exit back for part of it', () => {
    const r = review(
      lines(
        '# SUPPLY AGREEMENT',
        '',
        'This Agreement is made between MediWound Ltd. ("Supplier") and Vericel Corporation ("Customer").',
        '',
        '1. The term of this Agreement will commence upon the Effective Date and will continue until the fifth (5th) anniversary of the Effective Date (the "Initial Term").',
        '',
        '2. Customer may terminate this Agreement for convenience on ninety (90) days’ notice.',
      ),
    );
    const texts = warned(r)[0]!.suggestions!.map((s) => s.text);
    assert.ok(!texts.some((t) => /minimum term of twelve \(12\) months/.test(t)), texts.join('\n'));
    assert.ok(
      texts.some((t) => /shall not exercise .* until (?:twenty-four \(24\)|24) months after/.test(t)),
      texts.join('\n'),
    );
  });
});
