/**
 * Incremental review (issue 5): a session that reuses the parsed chunks of the last version must
 * give exactly what a fresh review gives, whatever the edits. The time budget is in
 * session-budget.test.ts.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { review, ReviewSession } from '../../src/engine/index.js';
import { generatedContract, nestedListContract } from '../helpers/generate.js';
import { folders, readContracts } from '../helpers/corpus.js';

const runs = Math.max(50, Math.floor(Number(process.env.RECIPROCITY_RUNS ?? 1500) / 10));
const seed = process.env.RECIPROCITY_SEED === undefined ? undefined : Number(process.env.RECIPROCITY_SEED);
const exampleTexts = readContracts(folders.examples);

/** An edit as a person makes one: a keystroke, a deletion, a pasted paragraph or a clause cut out. */
const edit = fc.record({
  at: fc.nat(),
  remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(400)),
  insert: fc.oneof(
    fc.constantFrom('', 'a', ' ', '\n', '\n\n', '#', '- ', '1. ', '|', '"', '(', '5', '😀', '\r\n'),
    fc.constantFrom(
      '\n\n## 9. Credits\n\nProvider shall issue a service credit of 10% of the monthly fees.\n\n',
      'Customer shall act as a reference for Provider. ',
      '\n\n---\n\n',
      '\n\n```\n',
    ),
    // What changes how list items nest and end.
    fc.constantFrom(
      '\n- ',
      '\n    ',
      '\n   2. ',
      '\n* ',
      '\n1) ',
      '  ',
      '\nText\n',
      '\n> ',
      '\n\n- - -\n',
      '[x]: /y\n',
    ),
  ),
});

function apply(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

describe('incremental review', function () {
  this.timeout(0);

  it('equals a full review after every edit of a sequence', () => {
    const start = fc.oneof(generatedContract, nestedListContract, fc.constantFrom(...exampleTexts));
    fc.assert(
      fc.property(start, fc.array(edit, { minLength: 1, maxLength: 8 }), (text, edits) => {
        const session = new ReviewSession();
        session.review(text);
        for (const e of edits) {
          text = apply(text, e);
          assert.deepEqual(session.review(text), review(text));
        }
      }),
      { numRuns: runs, seed },
    );
  });
});

describe('incremental review: what it reads again', function () {
  this.timeout(0);
  const long = exampleTexts.join('\n\n');

  /** Reviews `text`, then each edit in turn, checking every result against a fresh review. */
  function replay(text: string, edits: { at: number; remove: number; insert: string }[]): ReviewSession {
    const session = new ReviewSession();
    session.review(text);
    for (const e of edits) {
      text = text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
      assert.deepEqual(session.review(text), review(text), `after inserting ${JSON.stringify(e.insert)} at ${e.at}`);
    }
    return session;
  }

  it('reads again only the clause a keystroke is in, and gets what a full review gets', () => {
    const at = long.indexOf('discount', long.length >> 1);
    assert.ok(at > 0);
    const session = replay(long, [
      { at, remove: 0, insert: 'x' },
      { at, remove: 1, insert: '' },
      { at: at + 3, remove: 0, insert: ' not' },
    ]);
    assert.deepEqual(session.counts, { incremental: 3, whole: 1 });
  });

  it('parses again only the nested list item a keystroke is in, however long the list', () => {
    const items = Array.from(
      { length: 60 },
      (_, i) =>
        `${i + 1}. Fees for module ${i + 1}\n    1. Provider grants Customer a 10% discount on module ${i + 1}.\n` +
        `    2. Customer shall act as a reference for Provider.\n`,
    );
    const text =
      `# Order Form\n\nThis Agreement is between Acme Software, Inc. ` +
      `("Provider") and Globex Retail Ltd ("Customer").\n\n${items.join('')}`;
    const at = text.indexOf('discount on module 30') + 9;
    const session = replay(text, [
      { at, remove: 0, insert: 'x' },
      { at, remove: 1, insert: '' },
      { at, remove: 8, insert: '' },
    ]);
    assert.deepEqual(session.counts, { incremental: 3, whole: 1 });
    const parsed = session.parsedAgain!;
    const item = text.lastIndexOf('\n', at) + 1;
    assert.equal(parsed.start, item, 'parsing starts at the line of the sub-item');
    assert.ok(
      parsed.end - parsed.start < 100,
      `parsed ${parsed.end - parsed.start} characters again, not just the sub-item`,
    );
  });

  it('ties again what a defined term points at when its meaning comes to refer to another clause', () => {
    const text =
      '# Order Form\n\nThis Agreement is between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").\n\n' +
      '## 1. Definitions\n\n"Launch Relief" means the discount in Section 2.\n\n' +
      '## 2. Discount\n\nProvider grants Customer a 10% discount on the Fees.\n\n' +
      '## 3. Credit\n\nProvider shall issue a service credit of 5% of the monthly fees.\n\n' +
      '## 4. Reference\n\nIn exchange for the Launch Relief, Customer shall act as a reference for Provider.\n';
    const at = text.indexOf('Section 2.') + 8;
    const session = replay(text, [
      { at, remove: 1, insert: '3' },
      { at: text.indexOf('the discount'), remove: 0, insert: 'all of ' },
    ]);
    assert.deepEqual(session.counts, { incremental: 2, whole: 1 });
  });

  it('reads a lead-in again when one of its items is reworded', () => {
    const text =
      'This Agreement is made between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").\n\n## 4. Term\n\n' +
      '4.3 Customer may terminate this Agreement immediately:\n\n' +
      '   a. if Provider fails to cure a material breach within thirty (30) days of notice;\n' +
      '   b. upon notice if Provider becomes insolvent.\n\n## 5. Fees\n\n5.1 Customer shall pay the Fees.\n';
    const trigger = 'if Provider fails to cure a material breach within thirty (30) days of notice';
    const session = replay(text, [
      { at: text.indexOf(trigger), remove: trigger.length, insert: 'for convenience on thirty (30) days notice' },
    ]);
    assert.deepEqual(session.counts, { incremental: 1, whole: 1 });
  });

  it('reads a lead-in ending "…any of the following, …;" again when one of its items is reworded', () => {
    const text =
      long +
      '\n\n## 14. Exit\n\n14.2 Upon the occurrence of any of the following, Customer may terminate this Agreement ' +
      'immediately;\n\n   a. the insolvency of Provider;\n   b. any breach by Provider;\n   c. a change of control of ' +
      'Provider.\n\n## 15. Fees\n\n15.1 Customer shall pay the Fees.\n';
    const item = 'any breach by Provider';
    const session = replay(text, [
      { at: text.indexOf(item) + item.length, remove: 0, insert: ', or Customer electing so for its convenience' },
    ]);
    assert.deepEqual(session.counts, { incremental: 1, whole: 1 });
  });

  it('reads a table’s rows again when its header comes to name a discount column', () => {
    const text =
      long +
      '\n\n| Item | Qty | List | Notes | Net |\n| --- | --- | --- | --- | --- |\n' +
      '| Setup | 1 | $500 | one-off | $500 |\n| Training | 2 | $900 | on site | $1,800 |\n' +
      '| Support | 12 | $300 | monthly | $3,600 |\n| Seats | 100 | $120 | 25% | $90 |\n\n' +
      'Customer shall pay the Net amounts.\n';
    const at = text.indexOf('Notes');
    const session = replay(text, [
      { at, remove: 5, insert: 'Discount' },
      { at, remove: 8, insert: 'Notes' },
    ]);
    assert.deepEqual(session.counts, { incremental: 2, whole: 1 });
  });

  it('ties a description again to a term whose clause was reworded to fit it', () => {
    const text =
      '# Order Form\n\nThis Agreement is between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").\n\n' +
      '## 1. Fees\n\nProvider grants Customer a 10% discount on the Gold Hosting fees.\n\n## 2. General\n\nNotices must be in writing.\n\n' +
      '## 3. Reference\n\nIn exchange for the Platinum Support arrangement, Customer shall act as a reference for Provider.\n\n' +
      '## 4. Consideration\n\nThe Platinum Support arrangement is granted in exchange for what Section 3 says.\n';
    const untied = review(text);
    assert.equal(untied.ties.length, 0, 'nothing describes the Gold Hosting discount');
    const at = text.indexOf('Gold Hosting');
    // Keystrokes in a sentence with tying words but no term first: the terms' describing words are kept from the last review.
    const reference = text.indexOf('granted');
    const session = replay(text, [
      { at: reference, remove: 0, insert: 'x' },
      { at: reference, remove: 1, insert: '' },
      { at, remove: 'Gold Hosting'.length, insert: 'Platinum Support' },
    ]);
    assert.equal(
      review(text.replace('Gold Hosting', 'Platinum Support')).ties.length,
      1,
      'the reworded discount is the one described',
    );
    assert.deepEqual(session.counts, { incremental: 3, whole: 1 });
  });

  it('obeys a suppression comment that a keystroke completes in a contract that had none', () => {
    const text =
      '# Order Form\n\nThis Agreement is between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").\n\n' +
      '<!-- recprocity-disable-next-line unreciprocated-concession -- agreed in the call -->\n' +
      'Provider grants Customer a 10% discount on the Fees.\n\n' +
      'Provider shall waive the setup fee.\n';
    const session = replay(text, [{ at: text.indexOf('recprocity') + 3, remove: 0, insert: 'i' }]);
    const { suppressed } = review(text.replace('recprocity', 'reciprocity'));
    assert.equal(suppressed.length, 1, 'the comment now switches the finding off');
    assert.equal(session.counts.incremental, 1);
  });

  it('reviews the whole text again when an edit changes who the parties are', () => {
    const text =
      '# Services Agreement\n\nThis Agreement is between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").\n\n' +
      'Provider grants Customer a 10% discount on the Fees.\n\n'.repeat(20);
    const at = text.indexOf('"Customer"') + 1;
    const session = replay(text, [{ at, remove: 8, insert: 'Client' }]);
    assert.equal(session.counts.whole, 2, 'renaming a party must not be read incrementally');
  });

  // Edits that once made an incremental review differ from a full one.
  const regressions: [string, string, { at: number; remove: number; insert: string }[]][] = [
    [
      'a sentence typed into "between", moving where a party is defined to "we"',
      '# Services Agreement\n\nThis order form is between Acme Software, Inc. ' +
        '("we", "us" and "Provider") and Globex Retail Ltd ("you" and "Customer").\n\n' +
        '- Provider grants Customer a fifteen percent (15%) discount on the Fees.\n',
      [
        { at: 0, remove: 2, insert: '' },
        { at: 40, remove: 0, insert: 'Customer shall act as a reference for Provider. ' },
      ],
    ],
    [
      'a clause cut short at its end',
      'Customer shall act as a reference for Provider.  Master Services Agreement\n\n' +
        'This Agreement is made between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").',
      [{ at: 81, remove: 94, insert: '' }],
    ],
    [
      'typing inside an HTML comment after a clause',
      '# Master Services Agreement\n\nThis Agreement is made between Northwind ' +
        'Analytics LLC ("Provider") and Acme Software, Inc. ("Customer").\n\n' +
        '1.1 Provider grants Customer a fifteen percent (15%) discount on the Fees. ' +
        '<!-- reciprocity-disable-next-line unreciprocated-concession -- agreed in the call -->',
      [{ at: 215, remove: 0, insert: '1. ' }],
    ],
    [
      'a list item that ends in "<!--" before the next chunk',
      '# Agreement\n\nThis Agreement is made between Globex Retail Ltd ("Provider") and Initech GmbH ("Customer").\n\n' +
        '## 1. Provider grants Customer a fifteen percent (15%) discount on the Fees.\n\n- <!--\n\n' +
        '## 9. Credits\n\nProvider shall issue a service credit of 10% of the monthly fees.\n\n' +
        ' agreed in the call --> Provider shall waive the implementation fee of $25,000.',
      [{ at: 191, remove: 0, insert: '5' }],
    ],
    [
      'front matter closed by a later edit',
      '---\ncontract: true\ntitle: Order Form\n---a\n# Master Services Agreement\n\n' +
        'This Agreement is made between Acme Software, Inc. ("Landlord") and Globex Retail Ltd ("Tenant").\n\n' +
        'Tenant shall pay.',
      [{ at: 120, remove: 0, insert: '\n\n---\n\n' }],
    ],
    [
      'front matter whose opening line ends in a lone carriage return',
      '\uFEFF---\r- \ncontract: true\r\ntitle: Order Form\r\n# Master Services Agreement\r\n\r\n' +
        'This Agreement is made between Umbrella Corp. ("Provider") and Northwind Analytics LLC ("Customer").',
      [{ at: 21, remove: 0, insert: '\n\n---\n\n' }],
    ],
    [
      'an edit that breaks a comment open, changing the words before it',
      '# Lease\n\nThis Lease is between Globex Retail Ltd ("Landlord") and Acme Software, Inc. ("Tenant").\n\n' +
        'Clause 7.3 <!-- reciprocity-disable-next-line unreciprocated-concession -- agreed in the call -->',
      [{ at: 193, remove: 0, insert: '\n\n```\n' }],
    ],
    [
      'an edit that makes the first line of a chunk carry on the list before it',
      '# Terms\n\nThis Agreement is between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").\n\n' +
        '- Provider grants Customer a 10% discount on the Fees.\n\n' +
        '-Customer shall act as a reference for Provider.\n\nProvider waives the setup fee.',
      [{ at: 162, remove: 0, insert: ' ' }],
    ],
    [
      'a chunk that starts with a thematic break',
      '\n\n---\n\ni\n\n---\n\neement is entered into by **Northwind Analytics ' +
        'LLC** (the **Provider**) and **Acme Software, Inc.** (the **Customer**).',
      [{ at: 6, remove: 1, insert: '- ' }],
    ],
    [
      'an empty list item after an indented block, which the parser reads as text carrying on',
      '# Side Letter\n\nThis Agreement is made between Initech GmbH ("Provider") and Acme Software, ' +
        'Inc. ("Customer").\n\n    (a) Provider shall issue a service credit of 10% of the monthly fees.\n\n' +
        '2.\n\n## 9. Credits\n\nProvider shall waive the implementation fee.\n',
      [{ at: 118, remove: 0, insert: '\n' }],
    ],
    [
      'a "---" line opening the text with no front matter closed, then a quote at the end',
      '---\r|---\r\nLEASE AMENDMENT\r\n\r\nBETWEEN:\r\n\r\n(1) Northwind Analytics LLC ("Supplier"); and\r\n' +
        '\r\n(2) Acme Software, Inc. ("Buyer").\r\n\r\n         1.4 Each party shall bear its own costs.\r\n' +
        '\r\n      - Supplier shall waive the implementation fee of $25,000.\n> ',
      [{ at: 141, remove: 0, insert: '"' }],
    ],
    [
      'a blank typed at the end of the name a party is defined by',
      '# Services Agreement\n\nBETWEEN:\n\n(1) Acme Software, Inc. ("Vendor"); and\n\n' +
        '(2) Globex Retail Ltd ("Customer").\n\nVendor grants Customer a fifteen percent (15%) discount on the Fees.\n',
      [{ at: 64, remove: 0, insert: ' ' }],
    ],
    [
      'a nested item cut short at the end of the text',
      '# Services Agreement\n\nThis Agreement is made between Acme Software, Inc. ("Provider") ' +
        'and Globex Retail Ltd ("Customer").\n\n- Provider grants Customer a fifteen percent (15%) ' +
        'discount on the Fees.\n  - See [the schedule](https://example.com/schedule) and ![logo](logo.png) 😀.\n',
      [{ at: 201, remove: 73, insert: '\n\n' }],
    ],
    [
      "a comment left open in a nested item, which runs its items on into the next item's line",
      '# Services Agreement\n\nThis Agreement is made between Acme Software, Inc. ("Provider") ' +
        'and Globex Retail Ltd ("Customer").\n\n1) Customer will permit Provider to use its name and ' +
        'logo in marketing materials.\n\n   Provider shall waive the implementation fee of $25,000.\n' +
        '   -   Provider grants Customer a fifteen percent (15%) discount on the Fees. ' +
        "Customer may terminate this Agreement for convenience on thirty (30) days' notice.\n\n" +
        '       -   Provider shall waive the implementation fee of $25,000. Emoji 👩‍⚖️ and combining ' +
        'é and RTL ‮تجربة‬ text.\nProvider grants Customer a fifteen percent (15%) discount on the Fees.\n' +
        '           -   <!-- reciprocity-disable-next-line unreciprocated-concession -- agreed in the ' +
        'call --> Customer commits to purchase at least 500 seats.\n\n' +
        '   -   Nothing in this Section 7 waives any right of either party.\n\n' +
        '       1. Customer will permit Provider to use its name and logo in marketing materials.\n\n' +
        '2)  The Fees will not increase during the Renewal Term.\n' +
        '    The Fees will not increase during the Renewal Term.\n' +
        '    -   <!-- reciprocity-disable-next-line unreciprocated-concession -- agreed in the call -->\n' +
        'Provider grants Customer a fifteen percent (15%) discount on the Fees.\n',
      [{ at: 481, remove: 2, insert: 'Customer shall act as a reference for Provider. ' }],
    ],
  ];
  for (const [name, text, edits] of regressions) it(`equals a full review: ${name}`, () => void replay(text, edits));
});

describe('incremental review: list items read alone', () => {
  // Cases a reviewer built against the first version of item windows; each once differed.
  const P =
    '# Services Agreement\n\nThis Agreement is between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").\n\n';
  const cut = (t: string, words: string): string => t.replace(words, '');
  const typeAfter = (t: string, before: string, words: string): string => t.replace(before, before + words);
  let filler = '';
  while ((P + filler).length < 4000) filler += 'Customer shall act as a reference for Provider.\n\n';
  filler += `${'x'.repeat(4060 - (P + filler).length - 2)}\n\n`;
  const cases: [string, string, (t: string) => string][] = [
    [
      'a first nested item whose first line an edit leaves blank',
      `${P}- Provider shall waive the setup fee.\n  -     code text\n        code2\n- Customer pays.\n`,
      (t) => t.replace('  -     code text', '  -  '),
    ],
    [
      'a first item after a paragraph whose first line an edit leaves blank',
      '# Supply Agreement\n\nThis Agreement is between Acme Software, Inc. ("Supplier") ' +
        'and Globex Retail Ltd ("Buyer").\n\nThe Supplier shall:\n1.      provide the services; and\n' +
        '        maintain insurance.\n2.      Supplier grants Buyer a 10% discount on the Fees.\n',
      (t) => cut(t, 'provide the services; and'),
    ],
    [
      'a "+++" line typed into an item, closing TOML front matter',
      `+++\n${P}- Provider grants Customer a 10% discount on the Fees.\n- Customer shall act as a reference for Provider.\n`,
      (t) => t.replace(' on the Fees.', '\n+++\n on the Fees.'),
    ],
    [
      'an item after a flood of square brackets in an earlier chunk of the same batch',
      `${P}Notes ${'[a] '.repeat(110)}\n\nMore ${'[b] '.repeat(100)}\n\n` +
        `- Customer shall act as a reference for Provider.\n` +
        `- See [x](/u "Provider grants Customer a 10% discount on the Fees.") now.\n- Customer pays.\n`,
      (t) => typeAfter(t, '- S', 'e'),
    ],
    [
      'a line holding only a no-break space inside an item',
      `${P}${filler}- Provider shall waive the setup fee.\n- Customer pays.\n\nProvider grants Customer a 10% discount on the Fees.\n`,
      (t) => typeAfter(t, 'setup fee.', '\n\u00a0\nProvider grants Customer a 10% discount on the Fees'),
    ],
  ];
  for (const [name, text, edit] of cases) {
    it(`equals a full review: ${name}`, () => {
      const session = new ReviewSession();
      session.review(text);
      const edited = edit(text);
      assert.notEqual(edited, text);
      assert.deepEqual(session.review(edited), review(edited));
    });
  }
});
