/**
 * Drafted give-backs read as clauses of the contract they are for: each draft is read as a
 * lawyer would (test/helpers/draft-check.ts) on contracts in five drafting styles (US Section
 * numbering, UK clause numbering, a letter, an order-form table, parties the contract never
 * defines) and on plain-text SEC exhibits of the CUAD set, and what it says is checked against
 * the contract: its numbering, its name for itself, its defined terms, its voice and its figures.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  benefitKinds,
  chooseGiver,
  concessionKinds,
  planGiveBack,
  placements,
  applyInsertion,
  fillDefaults,
  review,
  type Concession,
  type Review,
  type Suggestion,
} from '../../src/engine/index.js';
import { checkReview, checkDraft } from '../helpers/draft-check.js';
import { lines } from '../helpers/contract.js';
import { fillPieces } from '../../src/engine/drafting/index.js';

const fixtures = join(__dirname, '..', 'fixtures', 'drafts');
const cuad = join(__dirname, '..', '..', '..', 'shared', 'eval', 'cuad');
const styles: Record<string, string> = {
  'US Section numbering': 'us-sections.md',
  'UK clause numbering': 'uk-clauses.md',
  'a letter in the first and second person': 'letter.md',
  'an order-form table': 'order-form-table.md',
  'parties the contract does not define': 'unnamed-parties.md',
};
/** Plain-text SEC exhibits (in code blocks or bare), numbered by Section, Article or bare numbers. */
const exhibits = [
  'OFGBANCORP-03-28-2007-EX-10-23-OUTSOURCING-AGREEMENT.md',
  'SFGFINANCIALCORP-05-12-2009-EX-10-1-SOFTWARE-LICENSE-AND-MAINTENANCE-AGREEMENT.md',
  'WaterNowInc-20191120-10-Q-EX-10-12-11900227-EX-10-12-Distributor-Agreement.md',
];

const reviewed = new Map<string, Review>();
function read(file: string, folder = fixtures): Review {
  let r = reviewed.get(file);
  if (!r) reviewed.set(file, (r = review(readFileSync(join(folder, file), 'utf8'))));
  return r;
}

/** Every draft of a review, with the concession it answers. */
function drafts(r: Review): { concession: Concession; suggestion: Suggestion }[] {
  return r.findings
    .filter((f) => f.ruleId === 'unreciprocated-concession')
    .flatMap((f) => {
      const concession = r.terms.find((t) => t.id === f.concession) as Concession;
      return (f.suggestions ?? []).map((suggestion) => ({ concession, suggestion }));
    });
}

function textsOf(file: string): string[] {
  return drafts(read(file)).map((d) => d.suggestion.text);
}

describe('drafts: a lawyer’s first read', () => {
  for (const [style, file] of Object.entries(styles)) {
    it(`pass on ${style}: no label of the tool's, only the contract's capitals, the recipient giving back, clauses that exist`, () => {
      const tally = checkReview(read(file));
      assert.ok(tally.warnings >= 3, `${file}: only ${tally.warnings} warnings`);
      assert.equal(tally.withDrafts, tally.warnings, `${file}: a warning without drafts`);
      assert.deepEqual(
        tally.failures.map(
          (f) => `${f.problems.map((p) => `${p.check}: ${p.detail}`).join('; ')} — ${f.suggestion.text}`,
        ),
        [],
      );
    });
  }

  for (const file of exhibits) {
    it(`pass on a plain-text SEC exhibit: ${file.slice(0, 40)}…`, function () {
      if (!existsSync(join(cuad, file))) this.skip();
      const tally = checkReview(read(file, cuad));
      assert.ok(tally.drafts > 0, `${file}: no drafts`);
      assert.deepEqual(
        tally.failures.map(
          (f) => `${f.problems.map((p) => `${p.check}: ${p.detail}`).join('; ')} — ${f.suggestion.text}`,
        ),
        [],
      );
    });
  }

  it('cover every kind of concession and of give-back, and the conditional form, across the styles', () => {
    const all = Object.values(styles).flatMap((file) => drafts(read(file)));
    assert.deepEqual(new Set(all.map((d) => d.concession.kind)), new Set(concessionKinds));
    assert.deepEqual(new Set(all.map((d) => d.suggestion.kind)), new Set(benefitKinds));
    assert.ok(all.some((d) => d.suggestion.form === 'condition'));
  });

  it('catch what a lawyer would send back', () => {
    const r = read('us-sections.md');
    const waiver = r.terms.find((t): t is Concession => t.type === 'concession' && t.kind === 'waiver')!;
    const problems = (draft: string) => checkDraft(r, waiver, draft).map((p) => p.check);
    assert.deepEqual(
      problems('In consideration of the easier exit in Section 3.2, Customer shall act as a reference for Provider.'),
      ['label'],
    );
    assert.deepEqual(
      problems(
        'In consideration of the waiver in Section 3.2, Customer shall act as a reference for Provider in each Fiscal Quarter.',
      ),
      ['capitals'],
    );
    assert.deepEqual(
      problems('In consideration of the waiver in Section 3.2, Provider shall act as a reference for Customer.'),
      ['giver'],
    );
    assert.deepEqual(
      problems('In consideration of the waiver in Section 12.4, Customer shall act as a reference for Provider.'),
      ['citation'],
    );
    assert.deepEqual(
      problems(
        'In consideration of the waiver in Section 3.2, Customer agrees that the term of this Lease is extended.',
      ),
      ['capitals', 'document'],
    );
    assert.deepEqual(
      problems(
        'In consideration of the waiver in Section 3.2, Customer shall act as a reference for Provider (each, a "Reference Call").',
      ),
      [],
    );
  });
});

describe('drafts: in the contract’s own words', () => {
  it('name the concession as the contract would, and cite its clause in the contract’s scheme', () => {
    const us = textsOf('us-sections.md');
    for (const name of [
      'the waiver of the one-time setup fee of USD 5,000 in Section 3.2',
      'the rates twenty-five percent (25%) below the list rates in Section 4.2',
      'the payment terms of ninety (90) days in Section 5.1',
      'the cap of three percent (3%) on increases to the Subscription Fees in Section 6.1',
      'the two (2) additional sandbox environments provided at no charge in Section 7.1',
      'the right to terminate this Agreement for convenience in Section 8.3',
      'the credit of USD 7,500 in Section 9.1',
    ]) {
      assert.ok(
        us.some((t) => t.includes(name)),
        name,
      );
    }
    const uk = textsOf('uk-clauses.md');
    assert.ok(uk.some((t) => t.includes('the waiver of the tooling charge of £18,000 in clause 4.1')));
    assert.ok(
      uk.every((t) => !/\bSection\b/i.test(t)),
      'a contract that numbers clauses cites clauses',
    );
    const letter = textsOf('letter.md');
    assert.ok(letter.some((t) => t.includes('the eight percent (8%) reduction in those rates in paragraph 1')));
    const table = textsOf('order-form-table.md');
    assert.ok(table.some((t) => t.includes('the twenty percent (20%) discount on the annual fee')));
    assert.ok(table.some((t) => t.includes('the onboarding workshop included at no charge')));
  });

  it('cite a section with its part’s letter where each lettered part numbers afresh', () => {
    const terms = review(
      lines(
        '# Terms of Service',
        '',
        'These Terms are between Acme Software, Inc. ("Provider") and the customer that accepts them ("Customer").',
        '',
        '## A. Account',
        '',
        '### 1. Registration',
        '',
        'Customer shall register one account.',
        '',
        '## B. Fees',
        '',
        '### 1. Payment',
        '',
        'Customer shall pay the Fees monthly.',
        '',
        '### 2. Setup',
        '',
        'Provider waives the setup fee of USD 5,000.',
      ),
    );
    const finding = terms.findings.find((f) => f.ruleId === 'unreciprocated-concession');
    assert.ok(finding?.suggestions?.length, 'a finding with drafts');
    assert.ok(
      finding.suggestions.some((s) => /section B\.2\b/i.test(s.text)),
      finding.suggestions.map((s) => s.text).join('\n'),
    );
    assert.ok(finding.suggestions.every((s) => !/section 2\b/i.test(s.text)));
  });

  it('ask in employment only for what is traded there: a commitment to stay, a condition, or words to fill', () => {
    const offer = review(
      lines(
        '# Offer of Employment',
        '',
        'This letter is between Acme Software, Inc. ("Company") and Jane Doe ("Employee").',
        '',
        '1. Salary. Company shall pay Employee a salary of USD 90,000 per year.',
        '',
        '2. Equipment. Company will provide Employee with a home-office allowance of USD 2,000 at no charge.',
      ),
    );
    const finding = offer.findings.find((f) => f.ruleId === 'unreciprocated-concession');
    assert.ok(finding?.suggestions?.length, 'a finding with drafts');
    const kinds = new Set(finding.suggestions.map((s) => s.kind));
    for (const kind of ['reference', 'testimonial', 'publicity', 'volume-commitment', 'prepayment', 'referral'])
      assert.ok(!kinds.has(kind as never), `${kind} asked in an offer letter`);
  });

  it('call the document and its defined terms what the contract calls them, and write out what it lacks', () => {
    const us = textsOf('us-sections.md').join('\n');
    for (const term of [
      'each Contract Year',
      'the Effective Date',
      'the Term',
      'the Services',
      'the Subscription Fees',
    ])
      assert.ok(us.includes(term), term);
    const uk = textsOf('uk-clauses.md').join('\n');
    assert.match(uk, /the Commencement Date/);
    assert.match(uk, /each twelve-month period from the Commencement Date/);
    assert.match(uk, /the term of this agreement/);
    assert.doesNotMatch(uk, /Contract Year|Effective Date|this Agreement/);
    const table = textsOf('order-form-table.md').join('\n');
    assert.match(table, /from the date of this Order Form/);
    assert.match(table, /the term of the MSA/);
    assert.doesNotMatch(table, /this Agreement/);
    const letter = textsOf('letter.md').join('\n');
    assert.match(letter, /the date of this letter/);
    assert.match(letter, /the term of the Agreement/);
  });

  it('have the recipient give back to the grantor, in a letter in its own first and second person', () => {
    const letter = textsOf('letter.md');
    // Pellworth ("we") writes; Tidewater ("you") gives the discount; so "we" give back, to "you".
    assert.ok(
      letter.some((t) =>
        t.startsWith('In consideration of the eight percent (8%) reduction in those rates in paragraph 1, we '),
      ),
    );
    assert.ok(letter.every((t) => !/\bPellworth (?:shall|will)\b/.test(t)));
    assert.ok(
      letter.some((t) => /\bwe commit to\b/.test(t)),
      'verbs agree with "we"',
    );
    const us = drafts(read('us-sections.md'));
    const claims = us.filter((d) => d.concession.kind === 'waiver' && /claim/.test(d.suggestion.text));
    assert.ok(
      claims.length && claims.every((d) => /, Provider (?:shall|agrees)/.test(d.suggestion.text)),
      'Customer waived the claim, so Provider gives back',
    );
    assert.ok(
      claims.every((d) => !['reference', 'testimonial', 'prepayment', 'volume-commitment'].includes(d.suggestion.kind)),
      'a paid party is not asked for what customers give',
    );
  });

  it('size the ask to the concession and choose it from what is traded for that kind', () => {
    const us = drafts(read('us-sections.md'));
    const of = (kind: string) => us.filter((d) => d.concession.kind === kind);
    // 25% off is worth two more years and four reference calls; a 3% cap, one year.
    assert.match(
      of('discount').find((d) => d.suggestion.kind === 'term-extension')!.suggestion.text,
      /extended by twenty-four \(24\) months/,
    );
    assert.match(
      of('discount').find((d) => d.suggestion.kind === 'reference')!.suggestion.text,
      /up to four \(4\) reference calls/,
    );
    assert.match(
      of('price-protection').find((d) => d.suggestion.kind === 'term-extension' && !d.suggestion.form)!.suggestion.text,
      /extended by twelve \(12\) months/,
    );
    // Software extras are not bought with more term, nor an exit with a reference.
    assert.ok(!of('free-scope').some((d) => d.suggestion.kind === 'term-extension'));
    assert.ok(!of('exit-flexibility').some((d) => ['reference', 'testimonial'].includes(d.suggestion.kind)));
    // The contract runs thirty-six months, but Customer may leave earlier (Section 8.3): a minimum term still buys something.
    const conditional = of('discount').find((d) => d.suggestion.form === 'condition')!.suggestion.text;
    assert.match(
      conditional,
      /^The rates twenty-five percent \(25%\) below the list rates in Section 4\.2 apply only if Customer commits to a minimum term of twenty-four \(24\) months from the Effective Date\.$/,
    );
    // Where the clause states the fee, the condition is on spending it.
    const table = drafts(read('order-form-table.md')).find(
      (d) => d.concession.kind === 'discount' && d.suggestion.form === 'condition',
    )!.suggestion.text;
    assert.match(
      table,
      /^The twenty percent \(20%\) discount on the annual fee in section 1 applies only while Customer commits to purchase not less than USD 96,000 of the services in each twelve-month period from the date of this Order Form\.$/,
    );
    assert.match(
      of('exit-flexibility').find((d) => d.suggestion.form === 'condition')!.suggestion.text,
      // The contract already runs thirty-six months: the exit waits out a lock-in, not a shorter "minimum term".
      /^Customer shall not exercise the right to terminate this Agreement for convenience in Section 8\.3 until twenty-four \(24\) months after the Effective Date\.$/,
    );
  });

  it('balance the concession they answer once inserted', () => {
    let checked = 0;
    for (const file of Object.values(styles)) {
      const before = read(file);
      for (const { concession, suggestion } of drafts(before)) {
        if (suggestion.kind === 'other') continue;
        const insertion = planGiveBack(before, concession.id, suggestion, placements(before, concession.id)[0])!;
        const after = review(applyInsertion(before.text, insertion));
        const shift = concession.start >= insertion.offset ? fillDefaults(insertion.text).length : 0;
        const same = after.terms.find(
          (t) => t.type === 'concession' && t.kind === concession.kind && t.start === concession.start + shift,
        );
        assert.equal(
          after.judgements.find((j) => j.concession === same?.id)?.status,
          'balanced',
          `${file}: ${suggestion.text}`,
        );
        checked++;
      }
    }
    assert.ok(checked > 80, `only ${checked} drafts checked`);
  });
});

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

describe('drafts: user templates', () => {
  it('keep {giver}, {receiver} and {concession}, and can use the contract’s words for the rest', () => {
    const template =
      'As consideration for {description} ({figure}, {clause}), {giver} {shall} host one site visit for {receiver}’s prospects in {eachYear} of {term}, under {document}.';
    const r = review(readFileSync(join(fixtures, 'us-sections.md'), 'utf8'), {
      templates: {
        reference: { title: 'Ask for a site visit', template },
        testimonial: {
          template: 'In consideration of {concession}, {giver} shall provide {receiver} with a case study.',
        },
      },
    });
    const finding = r.findings.find((f) => f.suggestions?.some((s) => s.text.includes('twenty-five percent')))!;
    const reference = finding.suggestions!.find((s) => s.kind === 'reference')!;
    assert.equal(reference.title, 'Ask for a site visit');
    assert.equal(
      reference.text,
      'As consideration for the rates twenty-five percent (25%) below the list rates (twenty-five percent (25%), Section 4.2), Customer shall host one site visit for Provider’s prospects in each Contract Year of the Term, under this Agreement.',
    );
    assert.equal(
      finding.suggestions!.find((s) => s.kind === 'testimonial')!.text,
      'In consideration of the rates twenty-five percent (25%) below the list rates in Section 4.2, Customer shall provide Provider with a case study.',
    );
  });
});

describe('drafts: sized to the term the contract runs', () => {
  const deal = (term: string, clause: string) =>
    review(
      lines(
        '# Alliance Agreement',
        '',
        'This Agreement is between Alpha Ltd ("Alpha") and Beta Ltd ("Beta").',
        '',
        `1. The initial term of this Agreement shall be ${term} from the Effective Date.`,
        '',
        `2. ${clause}`,
      ),
    );
  const texts = (r: Review, form?: 'condition') =>
    drafts(r)
      .filter((d) => d.suggestion.form === form)
      .map((d) => d.suggestion.text);
  const exit = 'Beta may terminate this Agreement at any time on thirty (30) days notice to Alpha.';

  it('hold an exit back for two years of an eight-year deal and half of a one-year deal, as a lock-in', () => {
    assert.match(
      texts(deal('eight (8) years', exit), 'condition')[0] ?? '',
      /^Beta shall not exercise the right to terminate this Agreement in section 2 until twenty-four \(24\) months after the date of this Agreement\.$/,
    );
    assert.match(
      texts(deal('twelve (12) months', exit), 'condition')[0] ?? '',
      /^Beta shall not exercise the right to terminate this Agreement in section 2 until six \(6\) months after the date/,
    );
  });

  it('ask for a minimum term where the contract states none', () => {
    const r = review(
      lines(
        '# Alliance Agreement',
        '',
        'This Agreement is between Alpha Ltd ("Alpha") and Beta Ltd ("Beta").',
        '',
        `1. ${exit}`,
      ),
    );
    assert.match(
      texts(r, 'condition')[0] ?? '',
      /^Beta commits to a minimum term of 12 months from the date of this Agreement and may exercise/,
    );
  });

  it('do not ask for a minimum term the contract already exceeds, unless the party may leave earlier', () => {
    const discount =
      'Alpha shall pay Beta the Fees, and Beta grants Alpha a discount of ten percent (10%) on the Fees.';
    assert.deepEqual(texts(deal('eight (8) years', discount), 'condition'), []);
    const mayLeave = deal(
      'eight (8) years',
      `${discount}\n\n3. Alpha may terminate this Agreement at any time on ninety (90) days notice to Beta.`,
    );
    assert.ok(
      texts(mayLeave, 'condition').some((t) =>
        /^The ten percent \(10%\) discount .* applies only if Alpha commits to a minimum term/.test(t),
      ),
      texts(mayLeave, 'condition').join('\n'),
    );
    assert.match(
      texts(deal('six (6) months', discount), 'condition')[0] ?? '',
      /only if Alpha commits to a minimum term of 12 months/,
    );
  });

  it('ask no spend or prepayment of a party the contract never shows paying', () => {
    const asks = drafts(deal('eight (8) years', exit)).map((d) => d.suggestion.kind);
    assert.ok(!asks.includes('prepayment') && !asks.includes('volume-commitment'), asks.join());
    assert.ok(asks.includes('other'), asks.join());
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
