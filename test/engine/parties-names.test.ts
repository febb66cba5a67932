import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { lines } from '../helpers/contract.js';
import { parties } from '../helpers/parties.js';

describe('parties: names that are and are not parties', () => {
  it('reads a medical centre as a legal person, and a document named in a recital as no party', () => {
    const md = lines(
      'This Renewal Agreement is entered into by and between Meridian Diagnostic Systems, ' +
        'Inc., a Minnesota corporation (hereinafter the "Lessor"), and St. ' +
        'Aldhelm Regional Medical Center, a Wisconsin nonprofit corporation (hereinafter the "Hospital").',
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
      '3. This Agreement will renew each year. This Agreement may be amended. ' +
        'This Agreement will bind successors. This Agreement shall be governed by Delaware law.',
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
