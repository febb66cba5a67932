import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { contract, lines } from '../helpers/contract.js';

/** The kinds of give-back offered for the first unreciprocated concession. */
const asked = (...body: string[]): string[] =>
  contract(...body)
    .findings.find((f) => f.ruleId === 'unreciprocated-concession')!
    .suggestions!.map((s) => s.kind);

// A negotiator asks for what the deal can give (issue 17): months of fees paid ahead only where fees fall due by the month or year.
describe('drafts: the give-backs asked fit how the deal is paid', () => {
  const discount = 'Provider grants Customer a discount of ten percent (10%) on the Product Price.';

  it('asks no months of fees in advance where goods are bought per order or for a share of sales', () => {
    for (const pricing of [
      'Customer shall pay the Product Price for each Product ordered under a Purchase Order.',
      'Customer shall pay Provider a royalty of five percent (5%) of Net Sales, with a finance charge of 1% per month on late sums.',
      'Customer shall pay the Monthly Fees, a monthly program fee equal to five percent (5%) of Gross Room Revenue.',
      'Customer shall pay the monthly service charges, and Provider will obtain 70% of the remaining revenue.',
    ])
      assert.ok(!asked(pricing, '', discount).includes('prepayment'), pricing);
  });

  it('still asks for prepayment where fees fall due by the month or year, or rent is paid', () => {
    for (const pricing of [
      'Customer shall pay the monthly subscription fees set out in the Order Form.',
      'Customer shall pay fees of $5,000 per month for the Services.',
      'Customer shall pay the Rent quarterly in advance.',
    ])
      assert.ok(asked(pricing, '', discount).includes('prepayment'), pricing);
  });
});

describe('drafts: an employer and an employee trade in their own currency', () => {
  it('asks no reference calls or testimonials for an employee’s waiver of rights', () => {
    const r = review(
      lines(
        'This Employment Agreement is made between Acme Robotics, Inc. ("Employer") and Jane Doe ("Employee").',
        '',
        'Employee hereby waives any right to bring a claim against Employer arising from the relocation of her office.',
      ),
    );
    const finding = r.findings.find((f) => f.ruleId === 'unreciprocated-concession');
    assert.ok(finding?.suggestions?.length, 'a finding with drafts');
    const kinds = finding.suggestions.map((s) => s.kind);
    assert.ok(!kinds.some((k) => ['reference', 'testimonial', 'referral', 'publicity'].includes(k)), kinds.join());
  });
});

describe('drafts: a clause number the contract repeats is not cited', () => {
  it('cites the clause by its title where every heading reads “1.”, and by its number where numbers are unique', () => {
    const body = (n: [string, string, string]): string[] => [
      `${n[0]} Definitions`,
      '',
      'Words have their ordinary meaning.',
      '',
      `${n[1]} Training`,
      '',
      'Provider will provide the initial training for Customer at no additional cost.',
      '',
      `${n[2]} Fees`,
      '',
      'Customer shall pay the monthly fees.',
    ];
    const cites = (r: ReturnType<typeof contract>): string =>
      r.findings.find((f) => f.ruleId === 'unreciprocated-concession')!.suggestions![0]!.text;
    const restarted = cites(contract(...body(['1.', '1.', '1.'])));
    assert.doesNotMatch(restarted, /\bsection 1\b/i, restarted);
    assert.match(restarted, /Training/, restarted);
    assert.match(cites(contract(...body(['1.', '2.', '3.']))), /\bsection 2\b/i);
  });
});

describe('drafts: a licence’s words are no periodic charge', () => {
  it('asks no months of fees in advance for “may not rent”, interest per annum or quarterly royalty payments', () => {
    const pricing = [
      'Customer shall pay the Product Price for each Product ordered. Customer may not rent, lease or sublicense ' +
        'the Software. Late sums bear interest at 10% per annum. Quarterly royalty payments are due on sales.',
    ];
    assert.ok(
      !asked(...pricing, '', 'Provider grants Customer a discount of ten percent (10%).').includes('prepayment'),
    );
  });
});

describe('drafts: a title set as a line of its own', () => {
  it('cites an unnumbered paragraph by the title line over it, not by the heading further up', () => {
    const text = contract(
      'Agreement Summary',
      '-----------------',
      '',
      'Job Title',
      '',
      'Term; Termination',
      '',
      'Customer may terminate this Agreement at any time for convenience on ten (10) days notice.',
    );
    const drafts = text.findings.find((f) => f.ruleId === 'unreciprocated-concession')!.suggestions!;
    assert.ok(
      drafts.every((d) => /under .Term; Termination./.test(d.text) && !/Agreement Summary/.test(d.text)),
      drafts.map((d) => d.text).join('\n'),
    );
  });
});

// Two blind reads (issue 17): reference calls, testimonials and purchases asked in licences, sponsorships, investments.
describe('drafts: partners are not asked for a supplier’s currency', () => {
  const firstDrafts = (title: string, concession: string) => {
    const r = review(
      lines(
        `# ${title}`,
        '',
        'This Agreement is made between Acme Biologics, Inc. ("Licensor") and Globex Pharma Ltd ("Licensee").',
        '',
        '1. Licensee shall pay Licensor a royalty of five percent (5%) of Net Sales.',
        '',
        `2. ${concession}`,
      ),
    );
    const finding = r.findings.find((f) => f.ruleId === 'unreciprocated-concession');
    assert.ok(finding?.suggestions?.length, `${title}: a finding with drafts`);
    return finding.suggestions;
  };
  const supplierCurrency = [
    'reference',
    'testimonial',
    'referral',
    'publicity',
    'feedback',
    'volume-commitment',
    'exclusivity',
  ];

  it('asks a licence, a development deal or a sponsorship for a term, a condition or consideration', () => {
    for (const title of ['EXCLUSIVE LICENSE AGREEMENT', 'DEVELOPMENT AND OPTION AGREEMENT', 'Sponsorship Agreement'])
      for (const concession of [
        'Licensor shall provide the assay data to Licensee at no additional cost.',
        'Licensor hereby waives the annual maintenance fee for the first year.',
      ]) {
        const kinds = firstDrafts(title, concession).map((s) => s.kind);
        assert.ok(!kinds.some((k) => supplierCurrency.includes(k)), `${title}: ${kinds.join()}`);
        // Consideration in the parties' own words ("[describe what is given in return]") only where nothing else fits.
        assert.ok(kinds.length > 0 && (!kinds.includes('other') || kinds.length === 1), `${title}: ${kinds.join()}`);
      }
  });

  it('still asks a software licence’s customer for references and testimonials', () => {
    const kinds = firstDrafts(
      'SOFTWARE LICENSE AGREEMENT',
      'Licensor hereby waives the annual maintenance fee for the first year.',
    ).map((s) => s.kind);
    assert.ok(kinds.includes('reference') || kinds.includes('testimonial'), kinds.join());
  });
});

describe('drafts: a lock-in fits the term the contract states', () => {
  it('reads "remain valid for 1 year" as the term, and asks no minimum term as long as the contract', () => {
    const exitTexts = (term: string) =>
      contract(term, '', '2. Customer may terminate this Agreement at any time for convenience.')
        .findings.filter((f) => f.ruleId === 'unreciprocated-concession')
        .flatMap((f) => f.suggestions!.map((s) => s.text));
    const oneYear = exitTexts(
      '1. This Agreement shall come into force as of January 1, 2026 and remain valid for 1 year.',
    );
    assert.ok(oneYear.length && oneYear.every((t) => !/minimum term of 12 months/.test(t)), oneYear.join('\n'));
    const open = exitTexts('1. This Agreement starts on January 1, 2026.');
    assert.ok(
      open.some((t) => /minimum term of 12 months/.test(t)),
      open.join('\n'),
    );
  });
});

describe('drafts: a channel trades volumes and term, not a software supplier’s currency', () => {
  const asksIn = (title: string, parties: string) => {
    const r = review(
      lines(
        `# ${title}`,
        '',
        `This Agreement is made between ${parties}.`,
        '',
        '1. Buyer shall pay Seller the prices in Schedule A.',
        '',
        '2. Seller hereby waives the annual program fee for the first year.',
      ),
    );
    return r.findings.find((f) => f.ruleId === 'unreciprocated-concession')?.suggestions?.map((s) => s.kind) ?? [];
  };
  const advocacy = ['testimonial', 'reference', 'publicity', 'feedback'];

  it('asks a distributor or a franchisee for no testimonial, reference, logo or feedback, and a franchisee for no exclusivity', () => {
    const distributor = asksIn(
      'DISTRIBUTOR AGREEMENT',
      'Acme Coatings GmbH ("Seller") and Ridgeway Supply LLC ("Buyer")',
    );
    assert.ok(distributor.length && !distributor.some((k) => advocacy.includes(k)), distributor.join());
    const franchisee = asksIn('FRANCHISE AGREEMENT', 'Burger Co. ("Seller") and Poland Foods Sp. z o.o. ("Buyer")');
    assert.ok(
      franchisee.length && !franchisee.some((k) => [...advocacy, 'exclusivity'].includes(k)),
      franchisee.join(),
    );
  });

  it('still asks a software customer for a reference or a testimonial, and offers no placeholder beside them', () => {
    const customer = asksIn(
      'MASTER SUBSCRIPTION AGREEMENT',
      'Acme Software Inc. ("Seller") and Globex Retail Ltd ("Buyer")',
    );
    assert.ok(
      customer.some((k) => advocacy.includes(k)),
      customer.join(),
    );
    assert.ok(!customer.includes('other'), customer.join());
  });
});
