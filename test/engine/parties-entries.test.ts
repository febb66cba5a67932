import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { lines } from '../helpers/contract.js';
import { parties } from '../helpers/parties.js';

describe('parties: the preamble read as a list of entries', () => {
  const names = (md: string) => review(md).parties.map((p) => [p.name, ...p.aliases]);

  it('ends a name at its legal form and leaves addresses and descriptions out', () => {
    const md =
      'This Supply Agreement is made as of March 3, 2021 by and between Quarrystone Tools, ' +
      'Inc., a Delaware corporation with offices at 100 Main Street, Suite 4, ' +
      'Springfield, IL 62701 ("Quarrystone"), and Borealis Data LLC, ' +
      'having its principal place of business at 9 Harbour Road, Leith EH6 6AA ("Borealis").';
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
      '(1) Harrowgate Analytics Limited, a company incorporated in England and Wales. ' +
        'Registered number 01234567, whose office is at 2 Mill Lane, York (the "Supplier"); and',
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
      'This Agreement is entered into by and between Ostrea S.A. (hereinafter referred to as OSTREA) ' +
        'and Tallow Systems corporation (hereinafter referred to as TALLOW).',
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
      'THIS AGREEMENT made between Halyard Media, LLC, a Texas limited liability company, ' +
      'referred to in this Agreement as "Producer" or "Halyard", and its Sponsor, Crestline Oil, Inc., ' +
      'a Delaware corporation (collectively with its affiliates, the "Crestline Group"), referred to as "Sponsor".';
    assert.deepEqual(names(md), [
      ['Halyard Media, LLC', 'Producer', 'Halyard'],
      ['Crestline Oil, Inc.', 'Sponsor'],
    ]);
  });

  it('reads parties named as the subject of the first sentence', () => {
    const md = lines(
      'CONSULTING AGREEMENT',
      '',
      'Verity Labs, Inc., with a place of business at 1 Elm Court, Boston ("Verity") ' +
        'and Amsel Partners B.V. ("Consultant") agree to the terms of this Consulting Agreement.',
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
      'THIS FRANCHISE AGREEMENT is made by and between: ● Octo Insurance Agency, ' +
      'LLC, a Delaware limited liability company, with its principal place of business at 1 Main St. ' +
      '("we," "us," or "our"); and ● a [resident of] [corporation organized in] the ' +
      'state of and having offices at ("you" or the "Franchisee").';
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
      'This Franchise Agreement is made between Copperleaf Grills Corporation, a Florida company ("CGC") ' +
      'and The party specified as the Franchisee in Schedule 1 (the "Franchisee").';
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

  it('reads "…, a Pfizer company, and Delaware corporation" as a description, and "and Beta Corp." as a party', () => {
    const described = lines(
      'This Agreement is entered into by and between Acme Labs, Inc., a Delaware corporation ("Acme"), and Meridian ' +
        'Medical, Inc., a Pfizer company, and Delaware corporation having an address at 6350 Stevens Road ("MMT").',
    );
    assert.deepEqual(names(described), [
      ['Acme Labs, Inc.', 'Acme'],
      ['Meridian Medical, Inc.', 'MMT'],
    ]);
    const two = lines(
      'This Agreement is entered into by and between Acme Labs, Inc., a Pfizer company, and Beta Corp., a Delaware ' +
        'corporation.',
    );
    assert.deepEqual(
      names(two).map(([name]) => name),
      ['Acme Labs, Inc.', 'Beta Corp.'],
    );
  });
});
