import { PREAMBLE, itFinds, itReadsNothing, termsOfClause } from '../helpers/contract.js';

// Issue 16: the classes of the sixth to eighth sets of blind-labelled real exhibits (an underwriter's sponsorship, a
// software licence with maintenance, a supply agreement), each with the near misses that bound it.
const termsOf = (clause: string): string[] => termsOfClause(PREAMBLE, clause);

/** An exit whose listed grounds are all the other side's failings, with the last ground swapped in. */
const exitIf = (last: string): string =>
  [
    'Termination. Provider may, at its sole option, terminate this Agreement at any time before Closing by notice to Customer if:',
    '',
    '   (a) any representation or warranty made by Customer in this Agreement proves to have been untrue in any material respect;',
    '',
    '   (b) any inquiry or investigation is commenced by a securities regulator against Customer or its directors; or',
    '',
    `   (c) ${last}`,
  ].join('\n');

describe('the classes of the sixth to eighth blind-labelled real sets', () => {
  itReadsNothing(
    [
      // Grounds that are the other side's failings: untrue statements, an inquiry opened, a condition unmet.
      exitIf('any of the conditions in Section 5 is not satisfied.'),
      exitIf('Customer breaches any of its obligations under this Agreement.'),
      // Repair of what does not work as specified is the warranty's remedy, not free extra scope.
      'Should the Software not operate substantially in conformance with the Specifications, Provider will use its best efforts to repair the Software at no additional charge to Customer.',
      'If the Equipment does not perform in accordance with the Documentation, Provider shall correct it at no additional cost.',
      // A party unable to perform is still a failing.
      'If Provider cannot deliver the Goods within thirty (30) days of the delivery date, Customer may terminate this Agreement on notice.',
    ],
    termsOf,
  );
  itFinds(
    [
      // One ground at will among failings keeps the exit.
      ['C exit-flexibility', exitIf('Provider decides, for any reason, not to proceed with the offering.')],
      // The parties failing to agree on a price is no one's default: the exit is a business one, here both sides'.
      [
        'C exit-flexibility',
        'If the parties cannot mutually agree on an adjustment to the price, either party may terminate this Agreement for business reasons on not less than ninety (90) days prior written notice.',
      ],
      [
        'C exit-flexibility',
        'If the parties are unable to agree on the revised Fees within 60 days, Customer may terminate this Agreement on 30 days’ notice.',
      ],
      // Support at no charge beyond any defect stays free extra scope.
      [
        'C free-scope',
        'Provider will install the Software on up to ten additional workstations at no additional charge to Customer.',
      ],
    ],
    termsOf,
  );
});
