import assert from 'node:assert/strict';
import { whoGivesWhom } from '../../src/engine/describe.js';
import type { Party } from '../../src/engine/model.js';

const parties: Party[] = [
  { id: 'p1', name: 'Acme Software, Inc.', aliases: ['Provider'], pronouns: [], role: 'party' },
  { id: 'p2', name: 'Globex Retail Ltd', aliases: ['Customer'], pronouns: [], role: 'party' },
];

// What a hover says of who gives what to whom (issue 16: never "a party gives a party").
describe('who gives whom', () => {
  it('names both parties when the contract tells them', () => {
    assert.equal(whoGivesWhom(parties, 'p1', 'p2'), 'Provider gives Customer');
  });

  it('says a mutual term is given by each party to the other', () => {
    assert.equal(whoGivesWhom(parties, 'both', 'both'), 'Each party gives the other');
  });

  it('says plainly which side could not be told, and names the parties to choose from', () => {
    assert.equal(
      whoGivesWhom(parties, 'unknown', 'p2'),
      'Customer receives it; who grants it could not be told (the contract names Provider and Customer)',
    );
    assert.equal(
      whoGivesWhom(parties, 'p1', 'unknown'),
      'Provider gives it; who receives it could not be told (the contract names Provider and Customer)',
    );
    assert.equal(
      whoGivesWhom([], 'unknown', 'unknown'),
      'Who gives it and who receives it could not be told (the contract names no party)',
    );
  });
});
