/**
 * Give-backs of kind other (LABELS.md): what prices an exit or a return (a termination or restocking fee, what the
 * leaving party forfeits), security and releases given for a concession, the grantor's right to take back what it
 * waived, and any obligation stated as a concession's price. Part of benefits.ts's list, in its place.
 */
import { benefitKinds, concessionKinds, type BenefitKind } from '../model.js';
import type { Cue } from './cue.js';
import { OPENS_TRADED_FOR_CONCESSION } from './language.js';

/** "In exchange for the rent abatement in Section 5, Tenant shall …": the obligation is traded for a concession. */
const TRADED_FOR_CONCESSION = new RegExp(
  `${OPENS_TRADED_FOR_CONCESSION.source}[^,;]{0,120}, (?:[\\w’'-]+ ){1,3}(?:shall|will|agrees?|undertakes?|must)\\b`,
  'i',
);

/** Security for a party's obligations given, not a minimum payment called an "Annual Guarantee". */
const SECURITY_GIVEN =
  '(?:procur\\w*|provid\\w*|deliver\\w*|obtain\\w*|lodg\\w*)\\b[^.;]{0,160}?(?:(?:deed of |parent company |personal |' +
  "corporate |bank |performance )guarant(?:ee|y)|guarant(?:ee|y) of (?:the |its |their )?(?:[\\w&’'-]+ ){0,2}(?:obligations|" +
  'performance|liabilities)|letter of credit|rent deposit|security deposit)\\b';

export const pricedCues: Cue<BenefitKind>[] = [
  // other: a fee paid in the tying words themselves ("In exchange for the fee cap in Section 5.2, the Company will pay the
  // Firm a success fee of $600,000 …").
  {
    id: 'other.success-fee',
    kind: 'other',
    triggers: ['success fee', 'bonus', 'incentive fee', 'completion fee'],
    phrases: [
      '(?:in exchange for|in consideration (?:of|for)|in return for) (?:[^.;]|\\.(?=\\d)){1,120}?, [\\w&-]+(?: [\\w&-]+)? (?:shall|will|agrees? to) pay ' +
        '(?:[\\w&-]+(?: [\\w&-]+)? )?(?:a |an )?(?:success|bonus|incentive|completion) (?:fee|payment|bonus)',
    ],
  },
  // other: a fee raised in the tying words ("In consideration of the liability position in paragraph 1, the Annual
  // Subscription Fee under the MSA is increased by nine per cent (9%)"): the payer pays more for the concession.
  {
    id: 'other.fee-raised',
    kind: 'other',
    triggers: ['increased', 'raised'],
    phrases: [
      // The fee raised is the give-back; the tying words before it name what it is for.
      '(?<=(?:in exchange for|in consideration (?:of|for)|in return for) (?:[^.;]|\\.(?=\\d)){1,120}?, )(?:the )?(?:[\\w-]+ ){0,3}' +
        '(?:fees?|charges?|price|rent|royalt(?:y|ies))(?: (?:under|for|of|payable) [^,.;]{1,60}?)? (?:is|are|shall be|will be) ' +
        '(?:increased|raised)',
    ],
  },
  // other: a condition that keeps something of value in place for the grantor.
  {
    // "applies only for so long as the Reseller employs at least six (6) engineers holding a current … certification".
    id: 'other.capability',
    kind: 'other',
    triggers: ['employ', 'maintain', 'retain', 'keep'],
    inCondition: true,
    phrases: [
      '(?:employs?|maintains?|retains?|keeps?) (?:at least|not less than|a minimum of|no fewer than) {num} ' +
        '(?:[\\w-]+ ){0,3}(?:engineers|employees|staff|technicians|specialists|personnel|professionals|' +
        'representatives)',
    ],
  },
  {
    // A scale of what is paid on cancelling, after the right: "The Hirer may cancel the booking by written notice … The
    // following sums will be payable, according to the date on which the notice is received:".
    id: 'other.cancellation-scale',
    kind: 'other',
    triggers: ['following'],
    prices: 'exit-flexibility',
    follows: /\b(?:cancel|terminat|withdraw)\w*/i,
    // A scale by when notice is given, not the fees of the deal ("The following fees shall be payable monthly in advance").
    phrases: [
      '(?:the )?following (?:sums|amounts|charges|fees|cancell?ation charges) (?:will|shall) be (?:payable|due)' +
        '(?=[^.;]{0,80}\\b(?:notice|cancell?ation|cancel\\w*|terminat\\w*))',
      // "in which case the Hirer shall pay the following cancellation charges as a genuine pre-estimate of the Venue Owner's loss".
      '(?:shall|will|must) pay (?:to [\\w&.-]+ )?the following (?:cancell?ation|termination) (?:charges|fees|sums|amounts)',
    ],
  },
  // other: an exit priced by a fee in its own clause ("provided that Customer pays M&I an early termination fee").
  {
    id: 'other.termination-fee',
    kind: 'other',
    triggers: [
      'termination fee',
      'termination charge',
      'termination payment',
      'cancellation fee',
      'cancellation charge',
      'break fee',
      'exit fee',
      'payment equal',
      'amount equal',
      'sum equal',
      'in lieu',
      'cancellation schedule',
    ],
    prices: 'exit-flexibility',
    phrases: [
      // "conditioned upon Tenant paying Landlord, together with its notice, a termination fee".
      'pa(?:y|ys|ying) (?:to )?(?:[\\w&.-]+(?:, [^,;]{1,40},)? )?(?:an? |the |any )?(?:applicable )?(?:early )?' +
        '(?:termination|cancellation|break|exit) (?:fees?|charges?|payments?)',
      '(?:subject to|upon|on|against) (?:the )?payment (?:by [\\w-]+ )?of (?:an? |the |any )?(?:applicable )?' +
        '(?:early )?(?:termination|cancellation|break|exit) (?:fees?|charges?|payments?)',
      // "The Hirer may cancel the Event … On cancellation the following Cancellation Charge is payable".
      // Not a fee handed back: "The applicable rebate of the Termination Fee shall become payable to Customer".
      // Not damages for a breach: "If Provider terminates … for Customer's uncured material breach, the Early Termination Fee is …".
      '(?<!(?:rebate|refund|repayment|portion|part) of (?:the |any |such )?)(?<!\\b(?:breach|default)\\b[^.;]{0,160})' +
        '(?:early )?(?:termination|cancellation|break|exit) ' +
        '(?:fees?|charges?|payments?)(?: [^.;]{0,60}?)? ' +
        '(?:is|are|shall be|will be|becomes?) (?:immediately )?(?:payable|due)',
      // "… for convenience …, provided Distributor … pays to WGT a lump-sum payment equal to fifty (50%) of …".
      '(?:provided|on condition|conditional(?: upon| on)?)(?: that)?…… pa(?:y|ys|ying) (?:to )?(?:[\\w&.-]+ )?' +
        '(?:an? |the )?(?:lump[- ]sum |one-time )?(?:payment|amount|sum) (?:equal to|of)',
      // The party that leaves pays: "If Janssen terminates this Agreement pursuant to this Section 8.1.10, then Janssen
      // shall, within [***] days …, pay Company an amount equal to $[***]".
      // Not payment for what was done or a refund of what was paid ("an amount equal to the Fees for Services
      // actually performed", "… the prepaid Fees for the unexpired portion").
      '(?:if|where|in the event(?: that)?) (?<leaver>[\\w&.-]+) terminates…… \\k<leaver> (?:shall|will|must)(?:, [^,;]{1,80},)? pay ' +
        '(?:to )?(?:[\\w&.-]+ )?(?:an? |the )?(?:amount|sum|payment|fee) (?:equal to|of)' +
        '(?![^.;]{0,80}?\\b(?:performed|rendered|accrued|earned|incurred|prepaid|unused|unexpired|refund\\w*|delivered)\\b)',
      // A scale of what is kept on cancelling: "Amounts paid in excess of the amount retained under the Cancellation Schedule".
      '(?:retained|forfeited) (?:under|in accordance with|pursuant to) the (?:[\\w-]+ )?Cancellation Schedule',
      // "… to terminate your employment with immediate effect and make a payment to you in lieu of salary".
      '(?:make|makes|making|pay|pays|paying) (?:to [\\w-]+ )?(?:an? |the )?payment (?:to [\\w-]+ )?in lieu of (?:notice|salary|the notice)',
    ],
  },
  // other: stock handed back priced by a restocking fee, as an exit is by its termination fee ("the Distributor may return
  // for credit unsold Products …, subject to a restocking fee of fifteen percent (15%) of the credited amount").
  {
    id: 'other.restocking-fee',
    kind: 'other',
    triggers: ['restocking'],
    prices: 'exit-flexibility',
    phrases: [
      '(?:subject to|against|on payment of|upon payment of) (?:a |the |any )?(?:applicable )?restocking (?:fees?|charges?)',
      '(?:pays?|paying|less) (?:to [\\w&.-]+ )?(?:a |the )?restocking (?:fees?|charges?)',
    ],
  },
  // other: an exit priced by what the leaving party loses ("Termination of the AMC by Reseller shall eliminate
  // any exclusivity of the Reseller"), as a termination fee prices it.
  {
    id: 'other.forfeit-on-exit',
    kind: 'other',
    triggers: ['eliminate', 'extinguish', 'forfeit', 'lose', 'revoke'],
    prices: 'exit-flexibility',
    phrases: [
      '(?:termination|cancell?ation|exercise)… (?:shall|will) (?:eliminate|extinguish|forfeit|revoke|end) ' +
        '(?:any |all |the |its |their )?(?:[\\w-]+ ){0,3}(?:exclusivity|exclusive rights?|discounts?|rebates?|' +
        'preferred (?:status|pricing))',
      '(?:shall|will) (?:forfeit|lose) (?:any |all |the |its |their )?(?:[\\w-]+ ){0,3}' +
        '(?:exclusivity|exclusive rights?|discounts?|rebates?|preferred (?:status|pricing))… ' +
        '(?:upon|on|if|in the event of) (?:such |any |its )?(?:termination|cancell?ation)',
    ],
  },
  // other: what was waived or paid is only deferred when the grantor may take it back ("The Investment Adviser shall
  // have the option to recover the full amount waived, paid or reimbursed"; fund agreements' fee recoupment).
  {
    // Security given as the condition of a concession: "conditional on: (a) the Tenant procuring that Brindle & Pike
    // Holdings Limited … enters into a deed of guarantee of the Tenant's obligations".
    id: 'other.guarantee',
    kind: 'other',
    triggers: ['guarantee', 'guaranty', 'letter of credit', 'rent deposit', 'security deposit'],
    inCondition: true,
    phrases: [SECURITY_GIVEN],
  },
  {
    // The same security given in the tying words: "In consideration of the reduced Development Fee under Section 2.1 …,
    // Developer shall cause Principal to execute and deliver to Franchisor … the Personal Guaranty".
    id: 'other.guarantee-traded',
    kind: 'other',
    triggers: ['guarantee', 'guaranty', 'letter of credit', 'rent deposit', 'security deposit'],
    requires: OPENS_TRADED_FOR_CONCESSION,
    phrases: [SECURITY_GIVEN],
  },
  {
    // Security named as the price after the concession, given by the side the concession goes to: "Bluestem waives the
    // requirement … to post a letter of credit …, in exchange for a guaranty of Ironbridge Castings Company's obligations".
    id: 'other.guarantee-in-exchange',
    kind: 'other',
    subject: 'recipient',
    triggers: ['guarantee', 'guaranty', 'letter of credit', 'rent deposit', 'security deposit'],
    phrases: [
      '(?:in exchange for|in return for|in consideration (?:of|for)) (?:the )?(?:delivery of |provision of )?(?:a |an )?' +
        "(?:(?:deed of |parent company |personal |corporate |bank |performance )guarant(?:ee|y)|guarant(?:ee|y) of (?:the |its |their )?(?:[\\w&’'.,-]+ ){0,4}(?:obligations|" +
        'performance|liabilities)|letter of credit|rent deposit|security deposit)\\b',
    ],
  },
  {
    // A release given as the price of the other side's concession: "As consideration for the waiver of the Renewal Fee under
    // Section 2 and the royalty reduction under Section 3, the Franchisee … release and forever discharge the Franchisor".
    id: 'other.release-traded',
    kind: 'other',
    triggers: ['release', 'waive', 'discharge'],
    requires: OPENS_TRADED_FOR_CONCESSION,
    phrases: [
      // "… accepts it in full and final settlement of, and releases Provider from, all claims".
      '(?:hereby )?(?:releases?|waives?)(?:,? and (?:forever |fully |irrevocably )?discharges?)?(?= (?:and |from )?(?:the |its |any |all |us\\b|you\\b|them\\b|[A-Z]))',
    ],
  },
  {
    id: 'other.recoupment',
    kind: 'other',
    triggers: ['recover', 'recoup', 'recapture', 'repaid', 'reimbursed'],
    subject: 'recipient',
    phrases: [
      '(?:(?:shall|will) have (?:the |an )?(?:option|right)s? to|(?:shall|will|is) be entitled to|may) ' +
        '(?:recover|recoup|recapture|be (?:repaid|reimbursed)(?: for)?) (?:from [\\w&.-]+(?: [\\w&.-]+)? )?' +
        '(?:the |any |all |such )?(?:full |total )?(?:[\\w-]+ )?(?:amounts?|portions?|fees?|expenses?)? ?' +
        '(?:(?:that |which )?it (?:has |had )?)?(?:so |previously |thus )?(?:waived|reduced|forgone|deferred|absorbed)\\b',
      // "any fees waived by the Adviser are subject to recoupment by the Adviser within three years".
      '(?:waived|reduced|forgone|absorbed)… (?:are|is|shall be|will be) subject to (?:recoupment|recapture|repayment|reimbursement) by',
    ],
  },
  {
    // The other side's duty to pay it back: "the Trust will repay the Adviser any fees it has waived within three years".
    id: 'other.repays-waived',
    kind: 'other',
    triggers: ['repay', 'reimburse'],
    phrases: [
      '(?:repay|reimburse)s? (?:to )?(?:the )?[\\w&.-]+ (?:for )?(?:any|all|the) (?:[\\w-]+ ){0,2}(?:fees?|amounts?|expenses?) ' +
        '(?:(?:that |which )?it (?:has |had )?)?(?:previously )?(?:waived|reduced|forgone|absorbed)\\b',
    ],
  },
  // other: any obligation stated as the price of a concession, when no entry above names it.
  {
    id: 'other.traded',
    kind: 'other',
    triggers: [
      'in exchange for',
      'in consideration of',
      'in consideration for',
      'in return for',
      'as consideration for',
    ],
    requires: TRADED_FOR_CONCESSION,
    phrases: ['(?:shall|will|agrees? to|agrees? that|undertakes? to|must)(?:, [^,;]{1,60},)? [\\w-]+'],
    // A sentence that names its own term, a concession or a give-back, is about that term.
    partOf: [...concessionKinds, ...benefitKinds.filter((kind) => kind !== 'other')],
  },
];
