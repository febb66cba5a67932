/**
 * Drafted give-backs read as clauses of the contract they are for: each draft is read as a
 * lawyer would (test/helpers/draft-check.ts) on contracts in five drafting styles (US Section
 * numbering, UK clause numbering, a letter, an order-form table, parties the contract never
 * defines) and on plain-text SEC exhibits of the CUAD set, and what it says is checked against
 * the contract: its numbering, its name for itself, its defined terms, its voice and its figures.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  benefitKinds,
  concessionKinds,
  planGiveBack,
  placements,
  applyInsertion,
  fillDefaults,
  review,
  type Concession,
} from '../../src/engine/index.js';
import { checkReview, checkDraft } from '../helpers/draft-check.js';
import { lines, suggestionTexts } from '../helpers/contract.js';
import { read, drafts, textsOf } from '../helpers/drafts.js';

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
  'ON2TECHNOLOGIES-INC-11-17-2006-EX-10-3-SUPPORT-AND-MAINTENANCE-AGREEMENT.md',
  'EuromediaHoldingsCorp-20070215-10SB12G-EX-10-B-01-525118-EX-10-B-01-Content-License-Agreem.md',
];

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
    // "Other" is an early termination fee here; its placeholder ("[describe what is given in return]") is offered only
    // where nothing that can be pasted fits.
    assert.deepEqual(new Set(all.map((d) => d.suggestion.kind)), new Set(benefitKinds));
    assert.deepEqual(
      all.filter((d) => d.suggestion.text.includes('[describe')).map((d) => d.suggestion.text),
      [],
    );
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

  it('catch a no-op and a contradiction a lawyer would strike', () => {
    const r = review(
      lines(
        'This Agreement is made between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").',
        '',
        '1. The initial term of this Agreement is thirty-six (36) months from the Effective Date.',
        '',
        '2. Provider waives the setup fee.',
        '',
        "3. Customer may end this Agreement on the first anniversary by ninety (90) days' notice, without payment of any termination fee.",
      ),
    );
    const of = (kind: string) => r.terms.find((t): t is Concession => t.type === 'concession' && t.kind === kind)!;
    const problems = (kind: string, draft: string) => checkDraft(r, of(kind), draft).map((p) => p.check);
    assert.deepEqual(
      problems(
        'waiver',
        'The waiver of the setup fee in section 2 applies only if Customer commits to a minimum term of twelve (12) months from the date of this Agreement.',
      ),
      ['proportion'],
    );
    assert.deepEqual(
      problems(
        'exit-flexibility',
        'If the right to end this Agreement in section 3 is exercised, Customer shall pay Provider an early termination fee of $10,000.',
      ),
      ['conflict'],
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
        '2. Equipment. Company waives the USD 2,000 deposit for the laptop it provides to Employee.',
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
      new RegExp(
        String.raw`^The rates twenty-five percent \(25%\) below the list rates in Section 4\.2 apply only if ` +
          String.raw`Customer commits to a minimum term of twenty-four \(24\) months from the Effective Date\.$`,
      ),
    );
    // Where the clause states the fee, the condition is on spending it.
    const table = drafts(read('order-form-table.md')).find(
      (d) => d.concession.kind === 'discount' && d.suggestion.form === 'condition',
    )!.suggestion.text;
    assert.match(
      table,
      new RegExp(
        String.raw`^The twenty percent \(20%\) discount on the annual fee in section 1 applies ` +
          String.raw`only while Customer commits to purchase not less than USD 96,000 of the ` +
          String.raw`services in each twelve-month period from the date of this Order Form\.$`,
      ),
    );
    assert.match(
      of('exit-flexibility').find((d) => d.suggestion.form === 'condition')!.suggestion.text,
      // The contract already runs thirty-six months: the exit waits out a lock-in, not a shorter "minimum term".
      new RegExp(
        String.raw`^Customer shall not exercise the right to terminate this Agreement for convenience ` +
          String.raw`in Section 8\.3 until twenty-four \(24\) months after the Effective Date\.$`,
      ),
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

describe('drafts: a cap whose figure is not a number', () => {
  it('names the cap without a stray comma where no figure follows', () => {
    const r = review(
      lines(
        'This Agreement is made between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").',
        '',
        '6.1 All the aforementioned price changes will not exceed, on a percentage term basis, any increase in the US retail selling price.',
      ),
    );
    const texts = r.findings.flatMap((f) => f.suggestions?.map((s) => s.text) ?? []);
    assert.ok(texts.length > 0);
    assert.ok(
      texts.every((t) => !/ of ,/.test(t)),
      texts.join('\n'),
    );
  });
});

describe('drafts: a number cited where only its top level repeats', () => {
  it('cites section 4.5.3 though another clause is also numbered 4, and no heading', () => {
    const r = review(
      lines(
        'This Agreement is made between Acme Biologics, Inc. ("Licensor") and Globex Pharma Ltd ("Licensee").',
        '',
        '4. Development.',
        '',
        '4.5.3 Technology Transfer. Licensor shall provide two additional engineers at no charge to Licensee during 2026.',
        '',
        '5. Term. This Agreement runs for three years.',
        '',
        '4. Miscellaneous. Notices shall be in writing.',
      ),
    );
    const texts = r.findings.flatMap((f) => f.suggestions?.map((s) => s.text) ?? []);
    assert.ok(
      texts.some((t) => /section 4\.5\.3/i.test(t)),
      texts.join('\n'),
    );
    assert.ok(
      texts.every((t) => !/under “Technology Transfer”|under "Technology Transfer"/.test(t)),
      texts.join('\n'),
    );
  });
});

describe('drafts: a price protection named in plain words', () => {
  it('names a freeze and a most-favoured promise for what they are, never "the pricing commitment"', () => {
    const namesOf = (clause: string) =>
      review(
        lines(
          'This Agreement is made between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").',
          '',
          `5. ${clause}`,
        ),
      ).findings.flatMap((f) => f.suggestions?.map((s) => s.text) ?? []);
    const frozen = namesOf('Provider shall keep the Exhibit C rates fixed through 31 October 2028.');
    assert.ok(frozen.length > 0 && frozen.every((t) => !/pricing commitment/.test(t)), frozen.join('\n'));
    const favoured = namesOf('Provider shall offer Customer the same prices as it offers any other customer.');
    assert.ok(favoured.length > 0 && favoured.every((t) => !/pricing commitment/.test(t)), favoured.join('\n'));
  });
});

describe('drafts: a clause of an exhibit cited with its exhibit', () => {
  it('cites "paragraph 2 of Exhibit A", not the body\'s Section 2', () => {
    const r = review(
      lines(
        'This Agreement is made between Acme Software, Inc. ("Provider") and Globex Retail Ltd ("Customer").',
        '',
        '1. Services. Provider shall provide the services set out in Exhibit A.',
        '',
        '2. Fees. Customer shall pay the fees set out in Exhibit A.',
        '',
        'Exhibit A',
        '',
        '1. Hosting. Provider shall host the Software for a monthly fee of $4,000.',
        '',
        '2. Training. Provider shall provide two days of on-site training at no additional charge.',
      ),
    );
    const texts = suggestionTexts(r);
    assert.ok(texts.length > 0);
    for (const text of texts) {
      assert.match(text, /paragraph 2 of Exhibit A/, text);
      assert.doesNotMatch(text, /Section 2\b/, text);
    }
  });
});

describe('drafts: an exit that already waits out the Initial Term', () => {
  it('asks for longer notice, not a lock-in it already has, and cites no SEC exhibit number', () => {
    const r = review(
      lines(
        'EXHIBIT 10.06',
        '',
        'This Agreement is made between WatchGuard Technologies, Inc. ("WGT") and European Micro Plc ("Distributor").',
        '',
        '5.2 Termination by WGT. WGT may terminate this Agreement by giving Distributor written notice at any time after the expiration of the Initial Term.',
      ),
    );
    const texts = suggestionTexts(r);
    assert.ok(
      texts.some((t) => /not less than .* days' written notice/.test(t)),
      texts.join('\n'),
    );
    for (const text of texts) {
      assert.doesNotMatch(text, /minimum term|lock-in|until .* months after/i, text);
      assert.doesNotMatch(text, /Exhibit 10/, text);
    }
  });
});

describe('drafts: an exit whose lead-in lists breaches and one notice at will', () => {
  it('cite the item at will, so as not to hold back the remedies', () => {
    const r = review(
      lines(
        'This Agreement is made between WatchGuard Technologies, Inc. ("WGT") and European Micro Plc ("Distributor").',
        '',
        '5.2 Termination by WGT. Upon the occurrence of any of the following, WGT may terminate the Term by giving Distributor written notice of such termination for:',
        '',
        '(a) any failure of Distributor to pay any amount when due;',
        '',
        '(b) the insolvency of Distributor; or',
        '',
        "(c) WGT giving Distributor ninety (90) days' advance written notice of termination.",
      ),
    );
    const texts = suggestionTexts(r);
    assert.ok(texts.length > 0);
    for (const text of texts) assert.match(text, /5\.2\(c\)/, text);
  });
});
