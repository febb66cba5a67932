import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { lines } from '../helpers/contract.js';

const names = (text: string): string[] => review(text).parties.map((p) => p.name);

// A template's sample values stand in quotes where names go (Accord Project forms): they are the parties.
describe('parties: names a template quotes', () => {
  it('reads "between "DAN" and "PETER"" as two parties, and gives the exit to the one that holds it', () => {
    const r = review(
      lines(
        'This Supply Sales Agreement is made on 04/02/2018 (the "Effective Date") between "DAN" and "PETER".',
        '',
        '1. "DAN" shall deliver the Products and "PETER" shall pay the price.',
        '',
        '2. "PETER" may, at no expense to itself, cancel part or all of a Purchase Order.',
      ),
    );
    assert.deepEqual(
      r.parties.map((p) => p.name),
      ['DAN', 'PETER'],
    );
    const exit = r.terms.find((t) => t.type === 'concession')!;
    assert.deepEqual([exit.by, exit.to], ['p1', 'p2']);
  });

  it('keeps quoted names with their definitions, and reads "X or Y may" as either of them', () => {
    const text = lines(
      'This AGREEMENT is entered into between "Acme Exports", a Delaware corporation ("Exporter"), and "Dan\'s ' +
        'Imports", a company organized under the laws of Sweden ("Importer"), with a place of business at ' +
        'Stockholm - SE114 55.',
      '',
      '1. Supply and Purchase of Products. "Acme Exports" shall supply the Widgets.',
      '',
      '2. The "Dan\'s Imports" or "Acme Exports" may, at no expense to itself, cancel a Purchase Order.',
    );
    assert.deepEqual(names(text), ['Acme Exports', "Dan's Imports"]);
    const exit = review(text).terms.find((t) => t.type === 'concession')!;
    assert.equal(exit.by, 'both');
  });

  it('still reads unquoted names and a postcode as they were', () => {
    assert.deepEqual(
      names('This Agreement is made between Acme Inc. ("Acme") of Stockholm SE114 55, and Beta Ltd ("Beta").'),
      ['Acme Inc.', 'Beta Ltd'],
    );
  });
});
