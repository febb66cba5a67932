import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { concessions, lines } from '../helpers/contract.js';
import { parties } from '../helpers/parties.js';

describe('parties: from the preamble in its common forms', () => {
  it('reads `Name, a corporation ("Alias")` and `(the **Alias**)`', () => {
    const md =
      'This Agreement is made by and between Northgate Health System, a Massachusetts nonprofit corporation ' +
      '(the **Customer**), and Corvane Technology Partners, Inc., a Delaware corporation ("Provider").';
    assert.deepEqual(parties(md), [
      { name: 'Northgate Health System', aliases: ['Customer'], role: 'customer', side: 'payer' },
      { name: 'Corvane Technology Partners, Inc.', aliases: ['Provider'], role: 'provider', side: 'payee' },
    ]);
  });

  it('reads hereinafter, "the Agency" and bold names on their own lines', () => {
    const md = lines(
      '**Lumen Grid Software GmbH**, Friedrichstraße 112, Berlin (hereinafter "Licensor")',
      '',
      'and',
      '',
      '**Northlight AB** (company no. 5568), Stockholm ("the Licensee")',
    );
    assert.deepEqual(
      parties(md).map((p) => [p.name, p.aliases[0], p.role]),
      [
        ['Lumen Grid Software GmbH', 'Licensor', 'licensor'],
        ['Northlight AB', 'Licensee', 'licensee'],
      ],
    );
  });

  it('reads a parties table with a "Referred to as" column', () => {
    const md = lines(
      '| Party | Details | Referred to as |',
      '| --- | --- | --- |',
      '| Verdant Pack Ltd | Leicester | "Supplier" |',
      '| Orchard Foods Limited | Evesham | "Buyer" |',
    );
    assert.deepEqual(
      parties(md).map((p) => [p.name, p.aliases[0], p.side]),
      [
        ['Verdant Pack Ltd', 'Supplier', 'payee'],
        ['Orchard Foods Limited', 'Buyer', 'payer'],
      ],
    );
  });

  it('reads front matter parties as a list or a map and merges them with the preamble', () => {
    const list = lines(
      '---',
      'parties:',
      '  - name: Quillmark Software Ltd',
      '    defined_as: Vendor',
      '    role: provider',
      '  - name: Harrow Retail plc',
      '    defined_as: Client',
      '---',
      '',
      'Text.',
    );
    assert.deepEqual(
      parties(list).map((p) => [p.name, p.aliases[0], p.role]),
      [
        ['Quillmark Software Ltd', 'Vendor', 'provider'],
        ['Harrow Retail plc', 'Client', 'client'],
      ],
    );
    const map = lines(
      '---',
      'parties:',
      '  provider:',
      '    name: Nimbus Ledger, Inc.',
      '    defined_term: Nimbus',
      '---',
      '',
      'This Order Form is between Nimbus Ledger, Inc. ("Nimbus") and Fernhill Robotics Ltd ("Customer").',
    );
    const found = parties(map);
    assert.equal(found.length, 2);
    assert.deepEqual(found[0], { name: 'Nimbus Ledger, Inc.', aliases: ['Nimbus'], role: 'provider', side: 'payee' });
  });

  it('reads roles from a key/value row and pronouns from the definition', () => {
    const md = lines(
      '| Item | Agreed |',
      '| --- | --- |',
      '| **Licensor** | Parallax Geospatial Inc., a Delaware corporation ("Parallax") |',
      '| **Licensee** | Tessellate Mapping Pty Ltd ("Tessellate") |',
    );
    assert.deepEqual(
      parties(md).map((p) => [p.aliases, p.role]),
      [
        [['Parallax', 'Licensor'], 'licensor'],
        [['Tessellate', 'Licensee'], 'licensee'],
      ],
    );
    const r = review(
      'These Terms apply to plans ordered from Keelson Hosting B.V., a Dutch company (**"Keelson"**, ' +
        '"we", "us"), by the person named in the order (the **"Customer"**, "you").',
    );
    assert.deepEqual(
      r.parties.map((p) => [p.aliases[0], p.pronouns.sort()]),
      [
        ['Keelson', ['our', 'us', 'we']],
        ['Customer', ['you', 'your']],
      ],
    );
  });

  it('works out who is paid when the aliases are names, from who pays whom', () => {
    const md = lines(
      'This letter amends the agreement between Arbor Telematics Inc. ("Arbor") and Kestrel Freight Ltd ("Kestrel").',
      '',
      'Kestrel shall pay Arbor the fees. Arbor will invoice Kestrel monthly.',
    );
    assert.deepEqual(
      parties(md).map((p) => [p.aliases[0], p.side]),
      [
        ['Arbor', 'payee'],
        ['Kestrel', 'payer'],
      ],
    );
  });

  it('reads public bodies named with "The … of …" and no legal ending', () => {
    const md = lines(
      '**Between**',
      '',
      '(1) **Helixa Lab Systems Ltd**, whose registered office is at 3 Science Park Way, Cambridge ("Licensor"); and',
      '',
      '(2) **The University of Northmoor**, a chartered corporation, of Northmoor House (the "University").',
    );
    assert.deepEqual(
      parties(md).map((p) => [p.name, p.aliases[0]]),
      [
        ['Helixa Lab Systems Ltd', 'Licensor'],
        ['The University of Northmoor', 'University'],
      ],
    );
    // "The Company" is still a common noun, not a name.
    assert.deepEqual(
      parties('This Agreement is between The Company ("Provider") and Globex Retail Ltd ("Customer").').map(
        (p) => p.name,
      ),
      ['Provider', 'Globex Retail Ltd'],
    );
  });

  it('works out who is paid from who gives the credits, when nothing else says', () => {
    const md = lines(
      'This letter records the terms agreed between Brightwater Elevator Co. ("Brightwater") and Calloway Property Group, LLC ("Calloway").',
      '',
      '1. Brightwater will issue a one-time goodwill credit of $7,500 on the December invoice.',
      '',
      '2. The 2026 monthly maintenance rates will be held at the 2025 levels.',
    );
    const r = review(md);
    assert.deepEqual(
      r.parties.map((p) => [p.aliases[0], p.side, p.role]),
      [
        ['Brightwater', 'payee', 'provider'],
        ['Calloway', 'payer', 'customer'],
      ],
    );
    // The passive price hold is then granted by the party that is paid.
    assert.deepEqual(concessions(r), ['credit Brightwater->Calloway', 'price-protection Brightwater->Calloway']);
  });

  it('trusts a role word over wording about payments that run both ways', () => {
    const md = lines(
      'This Amendment is made between Meridian Purchasing Alliance, LLC ("GPO") and Vantrell Medical Supply, Inc. ("Supplier").',
      '',
      'Supplier shall pay the GPO an administrative fee of 3% of Net Sales.',
    );
    assert.deepEqual(
      parties(md).map((p) => [p.aliases[0], p.side]),
      [
        ['GPO', 'payer'],
        ['Supplier', 'payee'],
      ],
    );
  });

  it('tells a contractor from its subcontractor by who pays whom', () => {
    const md = lines(
      'This Change Order is issued under the Subcontract between Halvorsen Builders, ' +
        'Inc. ("Contractor") and Tri-County Mechanical LLC ("Subcontractor").',
      '',
      'Contractor shall pay the Change Order Price in four instalments.',
    );
    assert.deepEqual(
      parties(md).map((p) => [p.aliases[0], p.side]),
      [
        ['Contractor', 'payer'],
        ['Subcontractor', 'payee'],
      ],
    );
  });

  it("reads the deal's main flow past the commissions a supplier pays its distributor", () => {
    const md = lines(
      'This Agreement is between Harrow Catalog Co. ("Harrow") and Lumen Materials Corp. ("Lumen").',
      '',
      '1. Lumen shall invoice Harrow for the Products delivered to Harrow.',
      '',
      '2. Lumen shall pay Harrow a commission on referral sales. ' +
        'Lumen shall pay Harrow on a monthly basis for all such commissions. ' +
        'Lumen shall promptly pay Harrow for any shortfall in the commissions earned.',
    );
    assert.deepEqual(
      parties(md).map((p) => [p.aliases[0], p.side]),
      [
        ['Harrow', 'payer'],
        ['Lumen', 'payee'],
      ],
    );
  });

  it('leaves the sides open when the terms disagree', () => {
    const md = lines(
      'This letter is between Arbor Telematics Inc. ("Arbor") and Kestrel Freight Ltd ("Kestrel").',
      '',
      'Arbor will issue a credit of $500. Kestrel will issue a credit of $700.',
    );
    assert.deepEqual(
      parties(md).map((p) => p.side),
      [undefined, undefined],
    );
  });

  it('does not take the document itself or a background term for a party', () => {
    const md = lines(
      'This Amendment (the "Amendment") is made between Vantablue Software B.V. (the "Company") and Osterholm AG (the "Subscriber").',
      '',
      '## Background',
      '',
      'The Company and the Subscriber are parties to a Subscription Agreement (the "Agreement").',
    );
    assert.deepEqual(
      parties(md).map((p) => p.aliases[0]),
      ['Company', 'Subscriber'],
    );
  });
});
