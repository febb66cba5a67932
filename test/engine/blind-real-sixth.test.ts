import assert from 'node:assert/strict';
import { review } from '../../src/engine/index.js';
import {
  PREAMBLE,
  concessions,
  contract,
  itFinds,
  itReadsNothing,
  lines,
  suggestionTexts,
  termsOfClause,
} from '../helpers/contract.js';

// Issue 16: the classes of the sixth to eleventh sets of blind-labelled real exhibits (an underwriter's sponsorship, a
// software licence with maintenance, supply and manufacturing agreements, a content licence, a consulting letter, a
// maintenance contract), each with the near misses that bound it.
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

describe('the classes of the sixth to eleventh blind-labelled real sets', () => {
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
      // Goods that miss their specification replaced "at no additional cost" are the remedy, at its usual price.
      'If the Components do not meet the Component Specifications, Customer shall collect them at its own expense and replace them at no additional cost to Provider.',
      // Interest on late payment capped by the law; a suspension for non-payment; royalties due once paid.
      'Late payments are subject to an interest charge, at the lower rate of one and one-half percent (1.5%) per month, or the maximum legal rate.',
      'If any payment is not received by Provider on the due date, Provider has the right to suspend the Services until payment has been received.',
      'No royalties will be payable on sales by sub-distributors until such time as payment for them has been received by Customer.',
      // Limits on claims that give none up: a time bar, people sued personally, losses others cause.
      'Neither party shall bring any action against the other more than two (2) years after the cause of action arose.',
      'Customer shall not make any claim against any employee of Provider personally.',
      "Provider will not hold Customer responsible for any loss caused by any cardholder's fraud or misuse of a Card.",
      // How long a quotation stays open.
      'Prices quoted remain valid for 30 days from the date of the quotation.',
      // Real sets 18 and 19: an expense policy's ceiling, use for testing, an IP acknowledgment,
      // an order cancelled for late delivery.
      'Customer will pay all reasonable out of pocket expenses incurred by Provider in connection with such session, which expenses shall not exceed One Thousand Dollars ($1,000) per day.',
      'Customer shall not be required to pay any License Fees for exhibitions that are made for the purposes of quality assurance or testing.',
      'Customer acknowledges Provider’s proprietary rights in the Products, and Customer waives in favor of Provider all rights to the intellectual property relating to the Products.',
      'Customer may cancel any Order for Products that are not delivered within sixty (60) days after the delivery date specified therein.',
      // A morals clause: harm to the goodwill a name brings; a price compared with nothing.
      "If Customer engages an endorser whose public image would risk damaging the goodwill of Provider's name, Provider shall have the right to terminate this Agreement.",
      'The Fees are as low as the market allows.',
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
      // A claim given up by promising not to make it.
      [
        'C waiver',
        'Customer further agrees that it shall not hold Provider responsible nor bring any claims against Provider for any such deficiencies.',
      ],
      [
        'C waiver',
        'Customer will not make any claim against Provider related to tax liabilities on the payments under this Agreement.',
      ],
      // Prices held for a period; a fee holiday stays a waiver where no payment is awaited.
      ['C price-protection', 'The prices remain valid for the first 12 months.'],
      ['C waiver', 'No Licence Fee shall be payable for the first three months of the Term.'],
      // Parity of price with what others get stays most-favoured pricing.
      [
        'C price-protection',
        'If Provider grants any other licensee a lower royalty rate, then Provider shall also grant to Customer the same lower royalty rate.',
      ],
      // Most-favoured pricing put as "as low a rate … as" what others pay.
      [
        'C price-protection',
        'Customer agrees to sell to Provider such quantities of the products at as low a rate and on as good terms as Customer sells similar quantities to the general trade.',
      ],
      [
        'C price-protection',
        'Provider shall sell the Products to Customer at prices at least as low as those it charges any of its customers for like quantities.',
      ],
      // Guarding a brand is no ground where the exit needs none.
      [
        'C exit-flexibility',
        "Provider may terminate this Agreement at any time on 30 days' notice to protect the goodwill of its brand.",
      ],
      // Support at no charge beyond any defect stays free extra scope.
      [
        'C free-scope',
        'Provider will install the Software on up to ten additional workstations at no additional charge to Customer.',
      ],
    ],
    termsOf,
  );

  it('gives the claim up from the party that promises not to make it, whichever verb it promises with', () => {
    for (const promise of ['further agrees that it shall not hold', 'covenants that it will not hold'])
      assert.deepEqual(
        concessions(contract(`1. Customer ${promise} Provider responsible for any such deficiencies.`)),
        ['waiver Customer->Provider'],
        promise,
      );
  });

  it('reads a party named with its suffix punctuated otherwise as that party, as the subject after a condition', () => {
    const r = review(
      lines(
        'This Agreement is made among Kathy Ireland, Inc. ("KI Inc."), The Sterling/Winters Co. ("SW") and Diplomat Eyewear Group ("Diplomat").',
        '',
        '1. Promotion. If Diplomat should engage any other person to endorse its products, then KI, Inc. shall have the right to terminate this Agreement.',
      ),
    );
    assert.deepEqual(concessions(r), ['exit-flexibility Diplomat->KI Inc']);
  });

  it('names a claim given up and a price held in plain words in its drafts', () => {
    const drafts = [
      ...suggestionTexts(
        contract('1. Customer will not make any claim against Provider related to tax on the payments.'),
      ),
      ...suggestionTexts(contract('1. The prices remain valid for the first 12 months.')),
    ].join('\n');
    assert.match(drafts, /the release of claims in/);
    assert.match(drafts, /the price freeze in/);
    assert.doesNotMatch(drafts, /relief from payment|exemption from payment|the price terms/);
  });
});
