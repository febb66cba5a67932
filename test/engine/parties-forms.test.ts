import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { concessions, lines } from '../helpers/contract.js';
import { parties } from '../helpers/parties.js';

// Parties the contract does not list in a preamble (issue 16): standard forms written from "we" to
// "you", a role word facing the one party found, names that act where none is defined.

describe('parties: a form written from "we" to "you" that defines neither', () => {
  const acts = 'You may cancel at any time. You agree to pay the fees. You must keep your password safe.';

  it('reads "between you and Octo (“we,” “us”)" and takes no "(a “Claim”)" for an alias', () => {
    const form = lines(
      'This is an agreement (“Terms”) between you and Octo (“we,” “us,” “our,” “Octo”). We may update the Service.',
      '',
      acts,
    );
    assert.deepEqual(
      parties(form).map((p) => p.aliases[0]),
      ['You', 'Octo'],
    );
    const dispute = lines(
      '# Event Terms',
      '',
      'Delaware law governs any dispute that might arise between you and Octo (a "Claim").',
      '',
      acts,
    );
    assert.ok(!parties(dispute).some((p) => p.aliases.includes('Claim')));
  });

  it('names the writer where it says who "we" is, and the reader where "you" acts as a party does', () => {
    const form = lines(
      '# Terms of Service',
      '',
      'We (the folks at Octo) make software. We may change these Terms. We will tell you. We may suspend accounts.',
      '',
      acts,
    );
    assert.deepEqual(
      parties(form).map((p) => p.aliases[0]),
      ['You', 'Octo'],
    );
    const said = lines(
      '# Terms of Service',
      '',
      'When we say “Company”, “we”, “our”, or “us” in this document, we are referring to Octo Labs, Inc.',
      '',
      acts,
    );
    assert.deepEqual(
      parties(said).map((p) => p.name),
      ['Octo Labs, Inc.', 'You'],
    );
    // A notice that never has the reader act names no party.
    assert.deepEqual(parties(lines('# Notice', '', 'You can read our blog. Prices are shown in dollars.')), []);
  });

  it('attributes what the reader gives up to the reader', () => {
    const form = lines(
      'This is an agreement between you and Octo (“we,” “us,” “Octo”). We may update the Service.',
      '',
      acts,
      '',
      'You waive any right of withdrawal for digital content.',
    );
    // The reader's right to cancel is given by the writer; the right the reader waives, by the reader.
    assert.deepEqual(concessions(review(form)), ['exit-flexibility Octo->You', 'waiver You->Octo']);
  });
});

describe('parties: a role word of no side facing the one party found', () => {
  it('takes "Company" acting as a party for the employer of an Employee', () => {
    const letter = lines(
      '# Employment Offer Letter',
      '',
      'Employee will join Company in the position listed in Cover Terms. Employee will report to the manager.',
      'Employee may work remotely.',
      '',
      'Company will pay the base salary. Company may establish reasonable schedules. Company will reimburse expenses.',
    );
    assert.deepEqual(parties(letter), [
      { name: 'Employee', aliases: ['Employee'], role: 'employee', side: 'payee' },
      { name: 'Company', aliases: ['Company'], role: 'employer', side: 'payer' },
    ]);
    // Named once only, it is a word of the text, not a party.
    const once = letter.replace('Company may establish reasonable schedules. Company will reimburse expenses.', '');
    assert.deepEqual(
      parties(once).map((p) => p.name),
      ['Employee'],
    );
  });
});

describe('parties: defined nowhere, named by what they do', () => {
  const acts = (a: string, b: string): string[] => [
    `${a} will manage the network. ${a} will provide the help desk. ${a} must report monthly.`,
    `${a} will keep spares. ${a} will train staff. ${a} must meet the service levels.`,
    `The ${b} will approve changes. ${b} may audit the work. ${b} will pay the Base Charge.`,
    `${b} will give access to its sites. The ${b} may request reports.`,
  ];

  it('takes the two names the text has act as parties do, and who is paid', () => {
    assert.deepEqual(parties(lines('# Network Management Outsourcing Agreement', '', ...acts('Datec', 'BSP'))), [
      { name: 'Datec', aliases: ['Datec'], role: 'provider', side: 'payee' },
      { name: 'BSP', aliases: ['BSP'], role: 'customer', side: 'payer' },
    ]);
  });

  it('takes none where a third name acts as often, or where the parties are defined', () => {
    const three = lines(
      '# Agreement',
      '',
      ...acts('Datec', 'BSP'),
      'Telikom will connect. Telikom will bill. Telikom may audit. Telikom will report. Telikom must comply.',
    );
    assert.deepEqual(parties(three), []);
    const defined = lines(
      'This Agreement is made between Octo Networks Ltd ("Octo") and Bank of Zed plc ("BZ").',
      '',
      ...acts('Datec', 'BSP'),
    );
    assert.deepEqual(
      parties(defined).map((p) => p.aliases[0]),
      ['Octo', 'BZ'],
    );
  });
});
