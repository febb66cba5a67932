/** Drafted give-backs: who gives them back, and the parties named as the contract names them. */
import assert from 'node:assert/strict';
import { chooseGiver, review, type Review } from '../../src/engine/index.js';
import { lines, suggestionTexts } from '../helpers/contract.js';
import { read, drafts, textsOf } from '../helpers/drafts.js';
import { fillPieces } from '../../src/engine/drafting/index.js';

describe('drafts: when the contract does not say who received the concession', () => {
  const md = lines(
    'This Agreement is made between Acme Software, Inc. ("Provider"), Globex Retail Ltd ("Customer") and Initech LLC ("Reseller").',
    '',
    '1. The setup fee is waived.',
  );

  it('still come, naming the likeliest party, and say so', () => {
    const r = review(md);
    const suggestions = r.findings[0]!.suggestions!;
    assert.ok(suggestions.length >= 3);
    assert.ok(suggestions.every((s) => s.askParty && /\{\{giver\|Customer\}\}/.test(s.template)));
    assert.match(
      suggestions[0]!.text,
      /^In consideration of the waiver of the setup fee in section 1, Customer shall /,
    );
  });

  it('redraft with the party a person chooses giving back', () => {
    const r = review(md);
    const reseller = r.parties.find((p) => p.aliases.includes('Reseller'))!;
    const redrafted = chooseGiver(r, 'c1', r.findings[0]!.suggestions![0]!, reseller.id);
    assert.match(
      redrafted,
      /^In consideration of the waiver of the setup fee in section 1, Reseller shall act as a reference for Provider/,
    );
    assert.doesNotMatch(redrafted, /\{\{(?:giver|receiver)/);
  });

  it('conjugate for "you" when the guessed giver is the reader of terms written to "you"', () => {
    const r = review(
      lines(
        '# Terms of Service',
        '',
        'You can stop using our Services at any time, or, if you use a Paid Service, you can cancel at any time.',
      ),
    );
    const suggestions = r.findings.flatMap((f) => f.suggestions ?? []);
    const texts = suggestions.map((s) => s.text);
    assert.ok(
      texts.some((t) => /^You shall commit to a minimum term/.test(t)),
      texts.join('\n'),
    );
    assert.ok(!texts.some((t) => /\b[Yy]ou commits\b/.test(t)));
    // Whatever name the user types over the guessed giver, the verb still agrees with it.
    const typed = suggestions.filter((s) => s.askParty).map((s) => s.template.replace(/\{\{giver\|[^}]*\}\}/g, 'Acme'));
    assert.ok(typed.length > 0);
    for (const t of typed) assert.doesNotMatch(t, /\bAcme (?:commit|agree|provide|act|give|pay|serve|grant)\b/, t);
  });

  it("keep the present after a condition's opening word, capitalised or not", () => {
    const you = { giver: '{{giver|you}}' };
    assert.equal(
      fillPieces('If {giver} provides feedback, it applies.', you, String),
      'If {{giver|you}} provide feedback, it applies.',
    );
    assert.equal(
      fillPieces('It applies while {giver} provides feedback.', you, String),
      'It applies while {{giver|you}} provide feedback.',
    );
    assert.equal(
      fillPieces('Then {giver} provides feedback.', you, String),
      'Then {{giver|you}} shall provide feedback.',
    );
  });

  it('name the party the contract writes about when it defines none, or leave a placeholder to fill', () => {
    const texts = textsOf('unnamed-parties.md');
    assert.ok(texts.some((t) => t.startsWith('The Buyer commits to a minimum term')));
    assert.ok(texts.some((t) => /waiver of the delivery charge .*, the Buyer /.test(t)));
    const none = review(lines('# Terms', '', '1. All fees are waived for the first month.')).findings[0]!;
    assert.ok(none.suggestions!.length > 0);
    assert.ok(none.suggestions!.every((s) => s.text.includes('[the other party]')));
  });
});

describe('drafts: in the terms of an online service', () => {
  const terms = (...body: string[]): Review =>
    review(
      lines(
        '# Terms of Service',
        '',
        'These Terms govern your use of our Services. This is an agreement between you and Octo (“we,” “us,” “Octo”).',
        '',
        'You may not resell our products. You agree to keep your password safe. You must be 18 or older.',
        '',
        ...body,
      ),
    );
  const kinds = (r: Review): string[] =>
    r.findings.flatMap((f) => f.suggestions ?? []).map((s) => `${s.kind}${s.form ? ' condition' : ''}`);

  it('take the company offering "our Services" for the seller and its reader for the buyer', () => {
    assert.deepEqual(
      terms().parties.map((p) => [p.aliases[0], p.role, p.side]),
      [
        ['You', 'customer', 'payer'],
        ['Octo', 'provider', 'payee'],
      ],
    );
  });

  it('ask the seller who received a waiver of rights for consideration, not a testimonial about its own product', () => {
    const r = terms('You hereby waive any right of withdrawal for digital content.');
    assert.deepEqual(kinds(r), ['other']);
    // In the form's own voice: its writer is "we".
    assert.match(r.findings[0]!.suggestions![0]!.text, /^In consideration of .*, we (?:shall|will) give you /);
  });

  it('ask for no longer term where the terms run without one, and still where a contract states its term', () => {
    const open = terms('We will provide up to ten (10) additional user accounts free of charge.');
    assert.ok(kinds(open).length > 0);
    assert.ok(!kinds(open).includes('term-extension'), kinds(open).join(', '));
    const us = drafts(read('us-sections.md'));
    assert.ok(us.some((d) => d.suggestion.kind === 'term-extension'));
  });
});

describe('drafts: names as the contract writes them', () => {
  it('keep a party name written in lower case at the start of a draft', () => {
    const r = review(
      lines(
        '# Co-Branding Agreement',
        '',
        'This Agreement is between theglobe.com, Inc. ("theglobe") and The Boxlot Company ("Boxlot").',
        '',
        '1. theglobe may terminate this Agreement at any time on thirty (30) days notice to Boxlot.',
      ),
    );
    const condition = drafts(r).find((d) => d.suggestion.form === 'condition')?.suggestion.text ?? '';
    assert.match(condition, /^theglobe commits to a minimum term of /);
  });
});

describe('drafts: a party named as the contract mostly writes it', () => {
  it('writes "Corio" where the alias was defined in capitals ("CORIO") and the text writes Corio', () => {
    const r = review(
      lines(
        'This Agreement is made between Corio Inc. ("CORIO") and Commerce One, Inc. ("COMMERCE ONE").',
        '',
        '1. Corio shall host the Software. Commerce One shall license the Software to Corio. Corio shall pay the fees.',
        '',
        '2. Commerce One shall provide the Corio Services training at no additional cost to Corio.',
      ),
    );
    const texts = suggestionTexts(r);
    assert.ok(texts.length > 0);
    for (const text of texts) {
      assert.doesNotMatch(text, /\bthe (?:CORIO|Corio|COMMERCE ONE|Commerce One)\b/, text);
      assert.match(text, /\bCorio (?:shall|gives|permits)\b/, text);
    }
  });
});
