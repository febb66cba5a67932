import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { concessions, lines } from '../helpers/contract.js';

const parties = (md: string) =>
  review(md).parties.map((p) => ({ name: p.name, aliases: p.aliases, role: p.role, side: p.side }));

describe('parties: from the preamble in its common forms', () => {
  it('reads `Name, a corporation ("Alias")` and `(the **Alias**)`', () => {
    const md =
      'This Agreement is made by and between Northgate Health System, a Massachusetts nonprofit corporation (the **Customer**), and Corvane Technology Partners, Inc., a Delaware corporation ("Provider").';
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
      'These Terms apply to plans ordered from Keelson Hosting B.V., a Dutch company (**"Keelson"**, "we", "us"), by the person named in the order (the **"Customer"**, "you").',
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
      'This Change Order is issued under the Subcontract between Halvorsen Builders, Inc. ("Contractor") and Tri-County Mechanical LLC ("Subcontractor").',
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
      '2. Lumen shall pay Harrow a commission on referral sales. Lumen shall pay Harrow on a monthly basis for all such commissions. Lumen shall promptly pay Harrow for any shortfall in the commissions earned.',
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

describe('parties: names that are and are not parties', () => {
  it('reads a medical centre as a legal person, and a document named in a recital as no party', () => {
    const md = lines(
      'This Renewal Agreement is entered into by and between Meridian Diagnostic Systems, Inc., a Minnesota corporation (hereinafter the "Lessor"), and St. Aldhelm Regional Medical Center, a Wisconsin nonprofit corporation (hereinafter the "Hospital").',
      '',
      'RECITALS',
      '',
      'Lessor and Hospital are parties to an Equipment Lease and Service Agreement dated March 1, 2020 (the "Original Agreement").',
    );
    assert.deepEqual(
      parties(md).map((p) => [p.name, p.aliases[0], p.side]),
      [
        ['Meridian Diagnostic Systems, Inc.', 'Lessor', 'payee'],
        ['St. Aldhelm Regional Medical Center', 'Hospital', 'payer'],
      ],
    );
  });
});

describe('parties: damaged front matter', () => {
  it('reviews a contract whose front matter gives a party a page-long defined term, without overflowing', () => {
    const long = 'Provider will not provide, transfer or sell anything. '.repeat(400);
    const md = lines(
      '---',
      'parties:',
      '  - name: Quillmark Software Ltd',
      `    defined_as: "${long}"`,
      '  - name: Acme Inc.',
      '    defined_as: Customer',
      '---',
      '',
      '1. Acme Inc. waives the setup fee.',
    );
    const r = review(md);
    assert.ok(r.parties.some((p) => p.aliases.includes('Customer')));
  });
});

describe('parties: two roles are not a firm', () => {
  it('reads "between Employee and Company" as no party named "Employee and Company", and keeps "Johnson and Company"', () => {
    const roles = lines(
      '# Offer Letter',
      '',
      'This offer letter is the entire agreement between Employee and Company about the offer.',
      '',
      'Employee will report to the Chief Executive Officer. Employee will be paid monthly. Employee will work remotely.',
    );
    assert.ok(!parties(roles).some((p) => p.name === 'Employee and Company'));
    const firm = lines(
      'This Agreement is made between Johnson and Company, a Delaware corporation ("Seller"), and Acme Inc. ("Buyer").',
    );
    assert.deepEqual(
      parties(firm).map((p) => p.name),
      ['Johnson and Company', 'Acme Inc.'],
    );
    const named = lines(
      'This Agreement is made between Consultant Company, a Delaware corporation ("Consultant"), and Acme Inc. ("Client").',
    );
    assert.deepEqual(
      parties(named).map((p) => p.name),
      ['Consultant Company', 'Acme Inc.'],
    );
  });
});

describe('parties: the reader of a form', () => {
  const form = lines(
    '# Program Terms',
    '',
    'This Agreement is a legal agreement between you (“you”) and Octo, Inc. (“Octo”, “we”, or “us”).',
    '',
    '1. Octo waives the program fee for your first year.',
  );

  it('is a party, named You, as the preamble says "between you and …"', () => {
    assert.deepEqual(
      parties(form).map((p) => p.aliases[0]),
      ['You', 'Octo'],
    );
  });

  it('takes the verbs and possessives that agree with You in messages', () => {
    const r = review(form);
    const message = r.findings.find((f) => f.ruleId === 'unreciprocated-concession')!.message;
    assert.match(message, /^Octo grants You a waiver .* and receives nothing in return\.$/);
    const reversed = review(
      form.replace('Octo waives the program fee for your first year.', 'You waive any claim against Octo.'),
    );
    const other = reversed.findings.find((f) => f.ruleId === 'unreciprocated-concession')!.message;
    assert.match(other, /^You grant Octo a waiver .* and receive nothing in return\.$/);
  });
});

describe('parties: the writer of a form that defines only its reader', () => {
  it('is the company the title names and the text has act, and no word of the title that does not act', () => {
    const form = lines(
      '---',
      'title: Octo Marketplace Developer Agreement',
      '---',
      '',
      '"Developer" or "You" means the company or individual who lists an application.',
      '',
      '1. Octo may include Developer Brand Features in its marketing.',
      '',
      '2. Octo will pay you within thirty days. Octo may remove any listing. Marketplace listings are reviewed.',
      '',
      '3. This Agreement will renew each year. This Agreement may be amended. This Agreement will bind successors. This Agreement shall be governed by Delaware law.',
    );
    assert.deepEqual(
      parties(form).map((p) => p.aliases[0]),
      ['Developer', 'Octo'],
    );
    const fewer = form.replace('Octo may remove any listing.', 'Listings may be removed.');
    assert.deepEqual(
      parties(fewer).map((p) => p.aliases[0]),
      ['Developer'],
    );
  });
});

describe('parties: the preamble read as a list of entries', () => {
  const names = (md: string) => review(md).parties.map((p) => [p.name, ...p.aliases]);

  it('ends a name at its legal form and leaves addresses and descriptions out', () => {
    const md =
      'This Supply Agreement is made as of March 3, 2021 by and between Quarrystone Tools, Inc., a Delaware corporation with offices at 100 Main Street, Suite 4, Springfield, IL 62701 ("Quarrystone"), and Borealis Data LLC, having its principal place of business at 9 Harbour Road, Leith EH6 6AA ("Borealis").';
    assert.deepEqual(names(md), [
      ['Quarrystone Tools, Inc.', 'Quarrystone'],
      ['Borealis Data LLC', 'Borealis'],
    ]);
  });

  it('reads names in capitals, wrapped across lines, and P.O. boxes in the description', () => {
    const md = lines(
      'THIS COLLABORATION AGREEMENT is entered into by and between FENWICK OPTICS',
      'CORPORATION, a Nevada corporation having an address at P.O. Box 4410, Reno, NV 89501 ("Fenwick"), and Marlowe',
      'Instruments, Inc., a company located at 8 Quay Street ("Marlowe").',
    );
    assert.deepEqual(names(md), [
      ['FENWICK OPTICS CORPORATION', 'Fenwick'],
      ['Marlowe Instruments, Inc.', 'Marlowe'],
    ]);
  });

  it('reads "BETWEEN: (1) … ; and (2) …" with sentences inside an entry', () => {
    const md = lines(
      'THIS AGREEMENT is dated 4 May 2023',
      '',
      'BETWEEN:',
      '',
      '(1) Harrowgate Analytics Limited, a company incorporated in England and Wales. Registered number 01234567, whose office is at 2 Mill Lane, York (the "Supplier"); and',
      '',
      '(2) Pellam Rail plc of 40 Station Road, Derby (the "Customer").',
    );
    assert.deepEqual(names(md), [
      ['Harrowgate Analytics Limited', 'Supplier'],
      ['Pellam Rail plc', 'Customer'],
    ]);
  });

  it('splits a title "… AGREEMENT BETWEEN X AND Y" in two, and joins it with the preamble that follows', () => {
    const md = lines(
      'MAINTENANCE AGREEMENT BETWEEN TALLOW SYSTEMS AND OSTREA S.A.',
      '',
      'This Agreement is entered into by and between Ostrea S.A. (hereinafter referred to as OSTREA) and Tallow Systems corporation (hereinafter referred to as TALLOW).',
    );
    assert.deepEqual(
      names(md).map((n) => n.slice(0, 2)),
      [
        ['Tallow Systems', 'TALLOW'],
        ['Ostrea S.A.', 'OSTREA'],
      ],
    );
  });

  it('reads "referred to in this Agreement as", a role in apposition, and a collective parenthesis', () => {
    const md =
      'THIS AGREEMENT made between Halyard Media, LLC, a Texas limited liability company, referred to in this Agreement as "Producer" or "Halyard", and its Sponsor, Crestline Oil, Inc., a Delaware corporation (collectively with its affiliates, the "Crestline Group"), referred to as "Sponsor".';
    assert.deepEqual(names(md), [
      ['Halyard Media, LLC', 'Producer', 'Halyard'],
      ['Crestline Oil, Inc.', 'Sponsor'],
    ]);
  });

  it('reads parties named as the subject of the first sentence', () => {
    const md = lines(
      'CONSULTING AGREEMENT',
      '',
      'Verity Labs, Inc., with a place of business at 1 Elm Court, Boston ("Verity") and Amsel Partners B.V. ("Consultant") agree to the terms of this Consulting Agreement.',
    );
    assert.deepEqual(names(md), [
      ['Verity Labs, Inc.', 'Verity'],
      ['Amsel Partners B.V.', 'Consultant'],
    ]);
  });

  it('reads numbered entries whose names are left blank ("(2) [-4] whose registered office is at …")', () => {
    const md = lines(
      'Between:',
      '',
      '(1)   [-1] whose registered office is at [-2] (CRN: [-3]) ("the Owner");',
      '',
      '(2)   [-4] whose registered office is at [-5] (CRN: [-6]) ("the Licensee"); and',
      '',
      '(3)   NCC ESCROW INTERNATIONAL LIMITED whose registered office is at Oxford House, Manchester (CRN:3081952) ("NCC").',
    );
    assert.deepEqual(
      parties(md).map((p) => p.aliases[0]),
      ['Owner', 'Licensee', 'NCC'],
    );
  });

  it('reads bulleted entries and a blank of a template left for the franchisee ("a [resident of]")', () => {
    const md =
      'THIS FRANCHISE AGREEMENT is made by and between: ● Octo Insurance Agency, LLC, a Delaware limited liability company, with its principal place of business at 1 Main St. ("we," "us," or "our"); and ● a [resident of] [corporation organized in] the state of and having offices at ("you" or the "Franchisee").';
    assert.deepEqual(
      review(md).parties.map((p) => [p.name, p.pronouns.slice(0, 1), p.side]),
      [
        ['Octo Insurance Agency, LLC', ['we'], 'payee'],
        ['Franchisee', ['you'], 'payer'],
      ],
    );
  });

  it('reads "Party A:" labels and an entry that stands for a party named in a schedule', () => {
    assert.deepEqual(
      names(
        lines(
          'Cooperation Agreement',
          '',
          'Party A: Jinhua Lumen Technology Co., Ltd. Address: 8 Wuyi Road',
          'Party B: Qiantang Freight Co., Ltd. Address: 2 Port Road',
          '',
          'Party A shall pay Party B the fees.',
        ),
      ),
      [
        ['Jinhua Lumen Technology Co., Ltd.', 'Party A'],
        ['Qiantang Freight Co., Ltd.', 'Party B'],
      ],
    );
    const md =
      'This Franchise Agreement is made between Copperleaf Grills Corporation, a Florida company ("CGC") and The party specified as the Franchisee in Schedule 1 (the "Franchisee").';
    assert.deepEqual(names(md), [
      ['Copperleaf Grills Corporation', 'CGC'],
      ['Franchisee', 'Franchisee'],
    ]);
  });

  it('takes no regulator, rulebook, recital or numbered heading for a party once the preamble has named them', () => {
    const md = lines(
      'This Outsourcing Agreement is made between Lakeshore Savings Bank ("Customer") and Arlen Processing Corporation ("Arlen").',
      '',
      'WHEREAS, Company wishes to outsource its processing.',
      '',
      '1.1 "FFIEC" means the Federal Financial Institutions Examination Council.',
      '',
      '1.2 Arlen shall comply with the operating rules of the National Automated Clearing House Association (the "NACHA Rules").',
      '',
      '9.4 Company Sick Pay ("SSP") is payable under the statutory scheme.',
    );
    assert.deepEqual(names(md), [
      ['Lakeshore Savings Bank', 'Customer'],
      ['Arlen Processing Corporation', 'Arlen'],
    ]);
  });
});
