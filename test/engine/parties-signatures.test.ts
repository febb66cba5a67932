/** Parties read from the signature blocks and from a letter's voice. */
import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { concessions, lines } from '../helpers/contract.js';

const names = (md: string) => review(md).parties.map((p) => p.name);

describe('parties: signature blocks', () => {
  it('reads the signatories where the preamble leaves the parties to them', () => {
    const md = lines(
      'This Consortium Agreement is made between and among the Parties signatory hereto (each a "Party").',
      '',
      '1. Each Party shall bear its own costs.',
      '',
      'IN WITNESS WHEREOF the Parties have caused this Agreement to be signed.',
      '',
      'For and on behalf of Nordlys Telecom AS',
      '',
      '---------------------------',
      '',
      'For and on behalf of Cape Meridian Cable Limited',
      '',
      '---------------------------',
    );
    assert.deepEqual(names(md), ['Nordlys Telecom AS', 'Cape Meridian Cable Limited']);
  });

  it('takes the company above "By:", not the one that signs for it as general partner', () => {
    const md = lines(
      'JOINT FILING AGREEMENT',
      '',
      'The undersigned hereby agree to the joint filing of this statement.',
      '',
      'IN WITNESS WHEREOF, the undersigned hereby execute this Agreement.',
      '',
      'ALDER RIDGE CAPITAL LP',
      'By: Alder Ridge GP L.L.C., its general partner',
      'By: /s/ Jo Smith Name: Jo Smith Title: Manager',
      '',
      'BRISK HARBOUR HOLDINGS LLC',
      'By: /s/ Lee Park Name: Lee Park Title: President',
    );
    assert.deepEqual(names(md), ['ALDER RIDGE CAPITAL LP', 'BRISK HARBOUR HOLDINGS LLC']);
  });

  it('only confirms the parties a preamble has named: a guarantor signing below adds none', () => {
    const md = lines(
      'This Lease is made between Harbor Street LLC ("Landlord") and Quill Bakery Inc. ("Tenant").',
      '',
      '1. Tenant shall pay rent monthly.',
      '',
      'IN WITNESS WHEREOF, the parties have executed this Lease.',
      '',
      'HARBOR STREET LLC',
      'By: ________ Name: Title:',
      '',
      'QUILL BAKERY INC.',
      'By: ________ Name: Title:',
      '',
      'ACKNOWLEDGED: SILVERFERN HOLDINGS INC.',
      'By: ________',
    );
    assert.deepEqual(names(md), ['Harbor Street LLC', 'Quill Bakery Inc.']);
  });
});

describe("parties: a letter's voice", () => {
  it('gives "you" to the person greeted and "we" to the company that writes', () => {
    const md = lines(
      'Dear Maren Holt,',
      '',
      'We are pleased to offer you a position with Brightline Studio Ltd. (the "Company").',
      '',
      'We will waive the relocation fee of $2,000.',
      '',
      'Yours sincerely,',
      '',
      'For and on behalf of Brightline Studio Ltd.',
    );
    const r = review(md);
    assert.deepEqual(
      r.parties.map((p) => [p.name, p.pronouns.slice(0, 2)]),
      [
        ['Brightline Studio Ltd.', ['we', 'us']],
        ['Maren Holt', ['you', 'your']],
      ],
    );
    assert.deepEqual(concessions(r), ['waiver Company->Maren Holt']);
  });

  it('takes the addressee from the address block and the writer from the letterhead', () => {
    const md = lines(
      'TESSERA FREIGHT LLC',
      '12 Dock Road, Oakland, CA 94607',
      '',
      'Corvid Beverages Inc.',
      '400 Vine Street, Napa, CA 94559',
      'Attention: Sam Ruiz',
      '',
      'Dear Sam,',
      '',
      'This letter amends our Transportation Agreement dated 1 May 2022 between ' +
        'Tessera Freight LLC ("Tessera") and Corvid Beverages Inc. ("Corvid").',
      '',
      "You may terminate the lane rates on thirty days' notice, and we will credit your account with $500.",
    );
    const r = review(md);
    assert.deepEqual(
      r.parties.map((p) => [p.aliases[0], p.pronouns.includes('we'), p.pronouns.includes('you')]),
      [
        ['Tessera', true, false],
        ['Corvid', false, true],
      ],
    );
  });

  it('leaves "we" and "you" alone where the letter defines them itself', () => {
    const md = lines(
      'Dear Priya,',
      '',
      'In this letter "we" and "us" mean Oakum Software Ltd and "you" means Fenland District Council.',
      '',
      'We will reduce your annual fee by 10%.',
    );
    assert.deepEqual(
      review(md).parties.map((p) => [p.name, p.pronouns.sort()]),
      [
        ['Oakum Software Ltd', ['our', 'us', 'we']],
        ['Fenland District Council', ['you', 'your']],
      ],
    );
  });
});
