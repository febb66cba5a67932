import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { by, lines } from '../helpers/contract.js';

// Issue 16: drafting written apart from the labelled sets (a renewal letter, a UK services agreement)
// read as a held-out reader would: who is who, what happened before, and the figures as written.
describe('parties: a UK definition in bold and a letter in the first and second person', () => {
  it('reads "(**the Supplier**)" as the alias, as "(the **Supplier**)" is', () => {
    const r = review(
      lines(
        '**PARTIES**',
        '',
        '(1) **Kestrel Facilities Management Limited**, whose registered office is at 22 Wharf Road, Reading (**the Supplier**); and',
        '',
        '(2) **Ashdown Leisure Group plc**, whose registered office is at 1 Market Place, Guildford (**the Client**).',
        '',
        '1. The Supplier shall provide forty additional reactive hours at no charge.',
      ),
    );
    assert.deepEqual(
      r.parties.map((p) => p.aliases),
      [['Supplier'], ['Client']],
    );
    const [hours] = r.terms;
    assert.equal(by(r, hours!), 'Supplier');
  });

  const letter = (body: string) =>
    review(
      lines(
        'This letter amends the Subscription Agreement dated July 1, 2022 between Pinecrest Software, Inc.',
        '("Pinecrest", "we" or "us") and Meridian Dental Partners, P.C. ("Meridian" or "you").',
        '',
        body,
      ),
    );

  it('tells who is paid from "your … fee", so a reduction is granted by the writer', () => {
    const r = letter('**2. Fee.** Your annual subscription fee will be reduced from $48,500 to $41,000.');
    assert.equal(r.parties.find((p) => p.aliases.includes('Meridian'))?.side, 'payer');
    assert.deepEqual(
      r.terms.map((t) => `${t.kind} ${by(r, t)}`),
      ['discount Pinecrest'],
    );
  });

  it('reads what a party did before, in the simple past, as history, and what it will do as a term', () => {
    const past = letter(
      'As you will recall, when you added two clinics in 2023 we applied a ten percent (10%) discount to your fees.',
    );
    assert.deepEqual(past.terms, []);
    const now = letter('**3. Fee.** We will apply a ten percent (10%) discount to your fees for the Renewal Term.');
    assert.deepEqual(
      now.terms.map((t) => t.kind),
      ['discount'],
    );
  });

  it('reads a price held at a stated figure as price protection', () => {
    const r = letter(
      '**4. Seats.** We will hold the price of each further seat at $420 per year for the Renewal Term.',
    );
    assert.deepEqual(
      r.terms.map((t) => t.kind),
      ['price-protection'],
    );
  });
});

describe('figures: an amount with thousands separators is read whole', () => {
  it('reads "$3,500" as 3,500 and not as 3', () => {
    const r = review(
      lines(
        'This Agreement is between Acme Inc. ("Supplier") and Beta LLC ("Customer").',
        '',
        '1. Supplier will apply a one-time credit of $3,500 to the July 2025 invoice.',
        '',
        '2. Supplier waives the tooling charge of £18,500 for the new dies.',
      ),
    );
    assert.deepEqual(
      r.terms.map((t) => t.value?.amount?.value),
      [3500, 18500],
    );
  });
});

describe('an order form: labelled parties, a price table, a lead-in that ties its items', () => {
  const ORDER = lines(
    '# Order Form No. BM-2025-0417',
    '',
    '**Provider:** Brightline Metrics, Inc., a Delaware corporation ("Brightline")',
    '**Customer:** Halvorsen Freight Co., a Minnesota corporation ("Customer")',
    '',
    'This Order Form is governed by the Master Subscription Agreement dated March 3, 2023 between Brightline and Customer (the "MSA").',
    '',
    '## Section 2. Fees',
    '',
    '| Item | List Price | Adjustment | Net Fees |',
    '| --- | --- | --- | --- |',
    '| Analytics Pro subscription | $144,000.00 | 25% off list | $108,000.00 |',
    '| Implementation (one-time) | $18,500.00 | waived | $0.00 |',
    '| Premium Support | $21,600.00 | none | $21,600.00 |',
    '',
  );

  it('names each party by the term its line defines, and no party by the name of the MSA', () => {
    const r = review(ORDER);
    assert.deepEqual(
      r.parties.map((p) => p.aliases),
      [['Brightline', 'Provider'], ['Customer']],
    );
  });

  it('reads "waived" in a price table as a waiver of its row, and "none" as nothing', () => {
    const r = review(ORDER);
    assert.deepEqual(
      r.terms.map((t) => `${t.kind} ${by(r, t)}`),
      ['discount Brightline', 'waiver Brightline'],
    );
  });

  it('ties the items of a lead-in that opens "In consideration of …" to what it names', () => {
    const tied = review(
      lines(
        ORDER,
        '## Section 5. Customer Reference Program',
        '',
        '5.1 In consideration of the Analytics Pro discount and the waived implementation fee in Section 2, Customer shall, during the Subscription Term:',
        '',
        '(a) serve as a reference for Brightline, taking up to four reference calls each year; and',
        '',
        "(b) permit Brightline to use Customer's name and logo in its customer lists.",
      ),
    );
    assert.deepEqual(
      tied.findings.filter((f) => f.ruleId === 'unreciprocated-concession'),
      [],
    );
  });
});

describe('a distribution agreement and a statement of work, as other drafters write them', () => {
  const DIST = lines(
    'This Distribution Agreement is made by and between **Valmont Coatings GmbH** ("Supplier") and **Ridgeway Industrial Supply, LLC** ("Distributor").',
    '',
    '(a) Supplier appoints Distributor as a distributor of the products listed in Exhibit A (the "Products") in the States of Ohio and Pennsylvania (the "Territory").',
    '',
  );
  const read = (...body: string[]) => {
    const r = review(lines(DIST, ...body));
    return { r, terms: r.terms.map((t) => `${t.kind} ${by(r, t)}`) };
  };

  it('names no party after what the deal is about or where it runs', () => {
    assert.deepEqual(
      read().r.parties.map((p) => p.aliases),
      [['Supplier'], ['Distributor']],
    );
  });

  it('reads a payment period extended in the active voice, and an initial order with a floor', () => {
    assert.deepEqual(
      read(
        '(c) For the Initial Stocking Order only, Supplier extends the payment period in paragraph (b) to ninety (90) days.',
      ).terms,
      ['payment-terms Supplier'],
    );
    assert.deepEqual(
      read('(e) Distributor shall place an initial purchase order for Products with a value of not less than $250,000.')
        .terms,
      ['volume-commitment Distributor'],
    );
  });

  it('reads no volume commitment in a duty to keep staff', () => {
    assert.deepEqual(
      read(
        '(a) Distributor shall maintain at least two technically trained sales representatives dedicated to the Products.',
      ).terms,
      [],
    );
  });

  it('reads instalments the payee agrees to accept, and the advance the payer pays for them', () => {
    assert.deepEqual(
      read(
        '(f) Supplier agrees to accept payment of the first order in three (3) equal monthly instalments, provided that Distributor pays the deposit in full in advance on signature.',
      ).terms,
      ['payment-terms Supplier', 'prepayment Distributor'],
    );
  });

  it('reads each party bearing its own costs as mutual, across a plain-text title’s underline', () => {
    assert.deepEqual(
      read(
        '10.4 Cost and Expenses.  Unless otherwise provided, each  ------------------  party shall bear its own costs and expenses.',
      ).terms,
      [],
    );
  });
});

describe('an employment agreement: an exit held each way, an exit paid for in lieu of notice', () => {
  const EMPLOYMENT = 'This Agreement is made between Bicycle Therapeutics plc (the "Company") and John Smith ("you").';
  const findings = (...body: string[]) =>
    review(lines(EMPLOYMENT, '', ...body)).findings.filter((f) => f.ruleId === 'unreciprocated-concession').length;

  it('reads "either you or the Company may terminate" as held by both', () => {
    assert.equal(
      findings(
        '11.1 Either you or the Company may terminate your employment by giving to the other not less than six months notice.',
      ),
      0,
    );
  });

  it('reads a payment in lieu of salary as the price of the exit it goes with', () => {
    assert.equal(
      findings(
        '11.2 The Company may terminate your employment with immediate effect and make a payment to you in lieu of salary for the notice period.',
      ),
      0,
    );
    assert.equal(findings('11.2 The Company may terminate your employment with immediate effect at any time.'), 1);
  });
});
