import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import { by, lines } from '../helpers/contract.js';

// Issue 16: classes three blind negotiators found on CUAD exhibits no session had read (2026-12-07),
// each seen in two or more contracts. Every test keeps the real term next to the one set right.
const PREAMBLE = 'This Agreement is made between Medialinx Interactive, L.P. ("MLX") and HealthCentral Inc. ("HCI").';
const benefits = (body: string) => {
  const r = review(lines(PREAMBLE, '', body));
  return r.terms
    .filter((t) => t.type === 'benefit')
    .map((t) => `${t.kind} ${by(r, t)} ${t.binding ? 'binding' : 'optional'}`);
};

describe('exclusivity: given to the party that holds the exclusive place or the first right', () => {
  it('reads "HCI shall be the exclusive … partner" as given by MLX', () => {
    assert.deepEqual(
      benefits('1. During the Term, HCI shall be the exclusive health content partner in the health section.'),
      ['exclusivity MLX binding'],
    );
  });

  it('reads "serve, as MLX\'s exclusive agent" as given by MLX, whose agent it is', () => {
    assert.deepEqual(
      benefits("1. MLX hereby appoints HCI, and HCI hereby agrees to serve, as MLX's exclusive agent in Canada."),
      ['exclusivity MLX binding'],
    );
  });

  it('reads "reserves the right of first refusal" as held by the subject and "will grant … a right" as given by it', () => {
    assert.deepEqual(benefits('1. HCI reserves the right of first refusal to purchase any tooling.'), [
      'exclusivity MLX binding',
    ]);
    assert.deepEqual(benefits('1. HCI will grant MLX a right of first refusal to include new products.'), [
      'exclusivity HCI binding',
    ]);
  });

  it('keeps a covenant bound by "as may be provided in any Schedule", which leaves no choice', () => {
    assert.deepEqual(
      benefits(
        "1. Except as may be provided in any Schedule, HCI agrees that MLX shall be HCI's sole and exclusive provider of all Services.",
      ),
      ['exclusivity HCI binding'],
    );
  });

  it('reads no give-back in the name of the document', () => {
    assert.deepEqual(
      benefits('THIS SECOND AMENDED AND RESTATED EXCLUSIVE AGENCY AND MARKETING AGREEMENT by and between MLX and HCI.'),
      [],
    );
  });
});

describe('exits: each side’s right on notice, a venture’s members, a role left', () => {
  const exits = (...body: string[]) => {
    const r = review(lines(PREAMBLE, '', ...body));
    const unbalanced = new Set(
      r.findings.filter((f) => f.ruleId === 'unreciprocated-concession').map((f) => f.concession),
    );
    return r.terms
      .filter((t) => t.kind === 'exit-flexibility')
      .map((t) => `${by(r, t)}${unbalanced.has(t.id) ? ' unreciprocated' : ''}`);
  };

  it('reads two rights to end on the same notice, naming no ground, as one mutual exit', () => {
    assert.deepEqual(
      exits(
        '11.5 (a) Subject to 11.1, HCI may terminate this Agreement upon three (3) months written notice to MLX, and such termination shall not be considered a breach of this Agreement.',
        '',
        '(b) Subject to 11.1, MLX may terminate this Agreement upon three (3) months written notice to HCI.',
      ),
      ['MLX', 'HCI'],
    );
  });

  it('leaves the exit on the shorter notice conceded, "6 (six) months" against "24 (twenty four) months"', () => {
    assert.deepEqual(
      exits(
        '10.1 HCI may terminate this Agreement at any time, by 6 (six) months prior notice in writing.',
        '',
        '10.2 MLX may terminate this Agreement by no less than 24 (twenty four) months notice given in writing by MLX to HCI.',
      ),
      ['MLX unreciprocated', 'HCI'],
    );
  });

  it('reads an exit on the other side selling a significant portion of its assets as a remedy', () => {
    assert.deepEqual(
      exits(
        '11.3 MLX may terminate this Agreement immediately by written notice to HCI if HCI:',
        '',
        '(a) enters into any form of insolvency or administration; or',
        '',
        '(b) sells a significant portion of its assets or undertaking.',
      ),
      [],
    );
  });

  it('reads "Any Participant" as each party, and leaving a position as no exit', () => {
    assert.deepEqual(
      exits('1. Any Participant will have the right to voluntarily withdraw from the Joint Venture at any time.'),
      ['both'],
    );
    assert.deepEqual(
      exits('1. A Tax Matters Participant can voluntarily withdraw from the position of Tax Matters Participant.'),
      [],
    );
  });
});

describe('give-backs: sole sourcing, a minimum order, a guarantee to purchase; and no ask for one already given', () => {
  const DISTRIBUTION = 'This Agreement is made between Lime Energy Co ("Company") and Power Dist Inc. ("Distributor").';
  const read = (...body: string[]) => review(lines(DISTRIBUTION, '', ...body));

  it('reads each as the distributor’s give-back to the company', () => {
    const r = read(
      '1. The Distributor shall not order or purchase Products from any source other than the Company.',
      '',
      '2. A minimum of a $250,000.00 purchase order must be received by Company by the first of each month.',
      '',
      '3. In consideration of the above pricing, Distributor guarantees to purchase from Company a minimum of ten thousand (10,000) units.',
    );
    assert.deepEqual(
      r.terms.map((t) => `${t.kind} ${by(r, t)}`),
      ['exclusivity Distributor', 'volume-commitment Distributor', 'volume-commitment Distributor'],
    );
  });

  it('does not ask the distributor for a minimum it already commits to, and asks for one where it does not', () => {
    // A condition on the commitment already given asks nothing new: only the consideration forms are counted.
    const asks = (r: ReturnType<typeof read>) =>
      r.findings
        .find((f) => f.ruleId === 'unreciprocated-concession')
        ?.suggestions?.filter((s) => s.form !== 'condition')
        .map((s) => s.kind) ?? [];
    const discount = '9. Company grants Distributor an additional discount of 10% on all Products during 2027.';
    const without = asks(read(discount));
    assert.ok(without.includes('volume-commitment'), without.join(', '));
    const withMinimum = asks(
      read(
        '1. Distributor guarantees to purchase from Company a minimum of ten thousand (10,000) units.',
        '',
        discount,
      ),
    );
    assert.ok(withMinimum.length > 0 && !withMinimum.includes('volume-commitment'), withMinimum.join(', '));
  });
});

describe('promotion deals: what the paid party shows is what is bought', () => {
  const SPONSORSHIP = lines(
    '# SPONSORSHIP AGREEMENT',
    '',
    'This Sponsorship Agreement is made between Excite, Inc. ("Excite") and NetGrocer, Inc. ("NetGrocer").',
    '',
    '1. NetGrocer shall pay Excite a sponsorship fee of $100,000 per quarter.',
    '',
  );
  const read = (...body: string[]) => {
    const r = review(lines(SPONSORSHIP, ...body));
    return r.terms.map((t) => `${t.type} ${t.kind} ${by(r, t)}`);
  };

  it('reads the links the paid party displays as the deal, and the payer’s own promotion as a give-back', () => {
    assert.deepEqual(read('2. Excite will display a link to the NetGrocer Site on its shopping channel.'), []);
    assert.deepEqual(read('2. NetGrocer will display a link to the Excite Site on its home page.'), [
      'benefit publicity NetGrocer',
    ]);
  });

  // What the paying side furnishes for the work it buys is charged nowhere in the contract, so no extra scope (LABELS.md:
  // "at no charge" counts where the thing is otherwise paid); services it gives free stay extra scope.
  it('reads products supplied free to the paid party as part of the price, in a promotion deal and out of one', () => {
    const free =
      '2. NetGrocer shall furnish Excite, at no cost, with sufficient products to be used in connection with the Services.';
    assert.deepEqual(read(free), []);
    const supply = review(
      lines(
        'This Agreement is made between Excite, Inc. ("Excite") and NetGrocer, Inc. ("NetGrocer").',
        '',
        '1. NetGrocer shall pay Excite the fees.',
        '',
        free,
      ),
    );
    assert.deepEqual(
      supply.terms.map((t) => t.kind),
      [],
    );
    const services = review(
      lines(
        'This Agreement is made between Excite, Inc. ("Excite") and NetGrocer, Inc. ("NetGrocer").',
        '',
        '1. NetGrocer shall pay Excite the fees.',
        '',
        '2. NetGrocer shall furnish Excite, at no cost, with two days of on-site support services.',
      ),
    );
    assert.deepEqual(
      services.terms.map((t) => t.kind),
      ['free-scope'],
    );
  });

  it('reads a right held back from everyone but the other side as exclusivity', () => {
    assert.deepEqual(
      read('2. Excite agrees that the Endorsement will not be granted to anyone other than NetGrocer.'),
      ['benefit exclusivity Excite'],
    );
  });
});

describe('exits: remedies worded as insolvency events, a floor not met, a right "with cause"', () => {
  const exitsOf = (...body: string[]) =>
    review(lines(PREAMBLE, '', ...body))
      .terms.filter((t) => t.kind === 'exit-flexibility')
      .map((t) => t.cue);

  it('reads items wrapped with runs of blanks, an assignment for the benefit of creditors among them, as remedies', () => {
    assert.deepEqual(
      exitsOf(
        '(b) This Agreement may be terminated by a Party immediately, without notice:',
        '',
        '     (i)     upon the institution against the other Party of insolvency              proceedings;',
        '',
        '     (ii)    upon the other Party making an assignment for the benefit of              creditors; or',
        '',
        "     (iii)   upon the other Party's dissolution;",
      ),
      [],
    );
    assert.equal(
      exitsOf(
        '(b) This Agreement may be terminated by MLX immediately, without notice:',
        '',
        '(i) upon the first anniversary;',
      ).length,
      1,
    );
  });

  it('reads an exit when a count falls below a floor, or "with cause", as a remedy, and one on notice alone as an exit', () => {
    assert.deepEqual(
      exitsOf(
        '(c) If the average number of Sales Representatives is less than twenty-five (25) over any 45-day period, MLX will have the right to terminate this Agreement by giving thirty (30) days notice.',
      ),
      [],
    );
    assert.deepEqual(
      exitsOf(
        "(i) MLX may, at MLX's sole discretion, terminate all rights granted to HCI, with cause immediately upon written notice to HCI.",
      ),
      [],
    );
    assert.equal(
      exitsOf('(d) MLX will have the right to terminate this Agreement by giving thirty (30) days notice.').length,
      1,
    );
  });
});

describe('price protection: a rate set as a share of another, or at cost, is how the price is computed', () => {
  const kinds = (clause: string) => review(lines(PREAMBLE, '', `1. ${clause}`)).terms.map((t) => t.kind);

  it('reads no protection in a ratio to another rate or a ceiling at actual cost', () => {
    assert.deepEqual(
      kinds('The premium rate shall not exceed one hundred and ten percent (110%) of the standard rate.'),
      [],
    );
    assert.deepEqual(
      kinds('Mechanical rates will not exceed 75 percent (75%) of the then-current statutory rate.'),
      [],
    );
    assert.deepEqual(
      kinds("Premium cost for Parts is the quoted premium (which will not exceed MLX's actual cost)."),
      [],
    );
  });

  it('still reads a surcharge held to a share, and a rate held to a figure, as protection', () => {
    assert.deepEqual(kinds('The fuel surcharge will not exceed 38% of the linehaul charge during 2027.'), [
      'price-protection',
    ]);
    assert.deepEqual(kinds('Work will be charged at a blended hourly rate not exceeding $695.'), ['price-protection']);
  });
});

describe('a licence: samples for quality control, and an exit when quality is not restored', () => {
  const LICENCE =
    'This Trademark License Agreement is made between Arconic Inc. ("Licensor") and Howmet Corp. ("Licensee").';
  const kinds = (...body: string[]) => review(lines(LICENCE, '', ...body)).terms.map((t) => t.kind);

  it('reads samples submitted at no cost to the licensor as the licence’s duty, and free samples to try as free scope', () => {
    assert.deepEqual(kinds('1. Each year Licensee shall submit samples to Licensor, at no cost to Licensor.'), []);
    assert.deepEqual(
      kinds('1. Licensor will provide 1000 samples of each Product free of charge to Licensee for evaluation.'),
      ['free-scope'],
    );
  });

  it('reads an exit on quality not restored as a remedy', () => {
    assert.deepEqual(
      kinds(
        '1. In the event that Licensee has not taken appropriate steps to restore such quality within 120 days after notification by Licensor, Licensor shall have the right to terminate this Agreement.',
      ),
      [],
    );
  });
});

describe('restraint: press releases consulted on, logistics, recitals and market knowledge held', () => {
  const benefitsOf = (...body: string[]) =>
    review(lines(PREAMBLE, '', ...body))
      .terms.filter((t) => t.type === 'benefit')
      .map((t) => t.kind);

  it('reads no give-back where nothing is given', () => {
    for (const clause of [
      '1. HCI shall consult with MLX with regard to the terms of all proposed press releases.',
      '1. HCI shall be free to issue a press release announcing the option exercise.',
      "1. Copies of each party's logo can be obtained from the other party's marketing department.",
      '1. MLX shall pay for all hardware, software and domain names related to the MLX website.',
      '1. HCI possesses knowledge and market information relating to the Territory.',
      'STRATEGIC ALLIANCE AGREEMENT WHEREAS, MLX desires to engage HCI as its exclusive agent in the United States.',
    ])
      assert.deepEqual(benefitsOf(clause), [], clause);
  });

  it('still reads a press release issued or joined in, and market information shared', () => {
    assert.deepEqual(benefitsOf('1. HCI agrees to issue a joint press release prepared by MLX.'), ['publicity']);
    assert.deepEqual(benefitsOf('1. HCI shall participate in one joint press release announcing the deal.'), [
      'publicity',
    ]);
    assert.deepEqual(benefitsOf('1. HCI will share quarterly market information with MLX.'), ['feedback']);
  });
});

describe('exits and costs: a suit or challenge defended against; extras a party may take at its own cost', () => {
  const kindsOf = (...body: string[]) => review(lines(PREAMBLE, '', ...body)).terms.map((t) => t.kind);

  it('reads an exit on the other side asserting a claim or challenging validity as a remedy', () => {
    assert.deepEqual(
      kindsOf(
        '(b) Should HCI assert against MLX a claim based on its Patents, MLX shall, at its option, have the right to terminate the license granted by MLX hereunder.',
      ),
      [],
    );
    assert.deepEqual(
      kindsOf(
        '15.2.4 MLX may terminate this Agreement immediately upon written notice to HCI, if HCI challenges the validity of any Licensed Patent.',
      ),
      [],
    );
  });

  it('reads an extra a party may choose to take at its own cost as no concession, and one it gives as one', () => {
    assert.deepEqual(
      kindsOf(
        '1. HCI shall have the option to participate, at its sole cost and expense, in any additional training programs offered by MLX.',
      ),
      [],
    );
    assert.deepEqual(kindsOf('1. MLX will provide two additional engineers at its own cost during the rollout.'), [
      'free-scope',
    ]);
  });
});
