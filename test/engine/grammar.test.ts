/** The TextMate injection: valid, and scoping the contract words themes colour. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const grammar = JSON.parse(readFileSync(join(__dirname, '..', '..', 'syntaxes', 'reciprocity.injection.json'), 'utf8'));
const rule = (name: string): RegExp => new RegExp(grammar.repository[name].match, 'g');
const matches = (name: string, text: string): string[] =>
  [...text.matchAll(rule(name))].map((m) => (name === 'defined-term' ? m[2]! : m[0]));

describe('grammar: the Markdown injection', () => {
  it('is injected into Markdown and includes every repository rule', () => {
    assert.equal(grammar.scopeName, 'reciprocity.injection');
    assert.match(grammar.injectionSelector, /text\.html\.markdown/);
    assert.deepEqual(
      grammar.patterns.map((p: { include: string }) => p.include.slice(1)).sort(),
      Object.keys(grammar.repository).sort(),
    );
    for (const [name, entry] of Object.entries<{ name?: string; captures?: Record<string, { name: string }> }>(
      grammar.repository,
    )) {
      const scope = entry.name ?? Object.values(entry.captures ?? {})[0]?.name;
      assert.match(scope ?? '', /\.reciprocity$/, name);
    }
  });

  it('scopes clause numbers, references, defined terms, concessions, give-backs and figures', () => {
    const text =
      '4.2 Provider shall grant a discount of 15% (USD 9,000) for sixty (60) ' +
      'days, as set out in Section 7.1(a), in consideration of which ("Customer") ' +
      'shall act as a reference customer and may provide a testimonial.';
    assert.deepEqual(matches('clause-number', text), ['4.2']);
    assert.deepEqual(matches('cross-reference', text), ['Section 7.1(a)']);
    assert.deepEqual(matches('defined-term', text), ['Customer']);
    assert.deepEqual(matches('concession', text), ['discount']);
    assert.deepEqual(matches('give-back', text), ['act as a reference', 'testimonial']);
    assert.deepEqual(matches('tie', text), ['in consideration of']);
    assert.deepEqual(matches('optional', text), ['may']);
    assert.deepEqual(matches('binding', text), ['shall', 'shall']);
    assert.deepEqual(matches('amount', text), ['USD 9,000']);
    assert.deepEqual(matches('percentage', text), ['15%']);
    assert.deepEqual(matches('duration', text), ['sixty (60) days']);
  });
});
