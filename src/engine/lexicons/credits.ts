/**
 * Credits (concession kind credit): account credits and credit notes, credits raised beyond the standard, refunds
 * beyond what is owed (LABELS.md). Part of prices.ts's list, in its place.
 */
import type { ConcessionKind } from '../model.js';
import type { Cue } from './cue.js';
import { SWAPPED } from './paymentTerms.js';

/**
 * Relief from a tax authority, which a party only helps the other obtain: "a refund of or credit for such withholding
 * tax", "a reduction or refund of such withheld amounts", "a refund of these undue Indirect Taxes".
 */
export const TAX_RELIEF =
  '\\b(?:refunds?|credits?|reductions?) (?:of|for|in respect of|with respect to) (?:or (?:refunds?|credits?) (?:of|for) )?' +
  '(?:[\\w-]+ ){0,4}(?:tax(?:es)?|withh[eo]ld (?:amounts?|sums?|taxes))\\b|\\btax (?:refunds?|credits?)\\b';

/** Words of the service levels' own scale, by severity or for a failure repeated: no credit raised beyond the standard. */
const OWN_SCALE = '\\b(?:consecutive|repeat\\w*|subsequent|severity|priority)\\b';

export const creditCues: Cue<ConcessionKind>[] = [
  {
    // Money towards the other side's costs: marketing funds, a fit-out contribution, an allowance.
    id: 'credit.allowance',
    kind: 'credit',
    triggers: ['development fund', 'co-op', 'cooperative', 'contribution', 'allowance'],
    noun: true,
    phrases: [
      '(?:marketing development|co-?op(?:erative)? (?:marketing|advertising)) funds?',
      '(?:fit-?out (?:contribution|allowance)|(?:tenant )?improvement allowance)',
      '(?:capital )?contribution(?:[”"*\\s]{0,6}\\))? (?:of [^.;]{0,120}?)?towards (?:the )?costs? of ' +
        "(?:the )?[\\w’'-]+ (?:fitting-out|fit-?out|works|improvements?|relocation|migration)",
    ],
  },
  {
    id: 'credit.account',
    kind: 'credit',
    triggers: ['credit'],
    remedyProne: true,
    phrases: [
      // The verb, not a defined term ("the applicable Credit Period with respect to such Prepaid Transportation Credits").
      "credit (?:the )?(?!(?:period|term|limit|line|facility|note|memo)s?\\b)[\\w&]+(?:'s)? (?:account )?with",
      'credit (?:an? )?(?:additional |extra |further |one-time |one-off )?{money}… to (?:the |its |their )?' +
        "(?:[\\w&-]+(?:'s|’s) )?(?:[\\w-]+ ){0,3}account",
      '(?:issue|grant|give|provide|apply)s? … (?:a |an )?' +
        '(?:(?:one-time|one-off|goodwill|account|service|special|additional) ){0,3}credit ' +
        '(?:of|equal to|in the amount of)',
      // An amount credited against what is owed: "we'll credit the £1,200 against your December invoice" (a defect's
      // credit is a remedy and set aside as one).
      "(?:shall|will|['’]ll) credit (?:the )?{money} (?:against|to|towards|on) (?:the |its |your |our |their |[\\w&-]+(?:'s|’s) )?" +
        '(?:[\\w-]+ ){0,2}(?:invoices?|account|fees?|charges?|rent)\\b',
      '(?:entitled to|receives?|obtains?) (?:a |an )?' +
        '(?:(?:one-time|one-off|goodwill|account|special|additional) ){0,3}credit (?:of|equal to|in the amount of)',
      '(?:service )?credits?… (?:are|is|shall be|will be) (?:doubled|tripled|increased)',
      // "for the first Contract Year only, the Service Credit Cap shall be raised to fifteen per cent (15%)".
      'service credit (?:cap|limit|ceiling)… (?:is|shall be|will be) (?:raised|increased)',
      // "the maximum amount at risk for service credits under Schedule 5 of the MSA is raised from 10% to 15%".
      '(?:cap|limit|ceiling|maximum|at risk)(?: [^.;|]{0,40}?)? (?:for|on|of) (?:the )?service credits?… ' +
        '(?:(?:is|are|shall be|will be) (?:hereby )?(?:raised|increased)|(?:will|shall) (?:rise|increase) (?:from|to|by))',
      // "the Service Credit percentage in paragraph 2.1 shall be 4% rather than 2%".
      'service credits?(?: percentages?| rates?)?… (?:is|are|shall be|will be) {pct} (?:rather than|instead of|in place of) {pct}',

      '(?:service )?credits?… (?:shall|will) be calculated at (?:(?:{num}|double|triple)(?: and a half)? times|twice|double)',
      // "Service Credits for failure of the Power Availability service level shall be twice the percentages shown in Schedule 2".
      // Against the standard, not the SLA's own scale ("twice the Service Credits for a Severity 2 failure").
      // The failure they answer may be named at length: "the Service Credits payable for any failure to meet the Network
      // Availability objective at the Toronto (151 Front Street West) point of interconnection shall be twice the amounts".
      'service credits?…… (?:shall|will) be (?:twice|double|triple|(?:{num}|two|three) times) the(?!\\s+service credits?\\b)',
      'service credits?… (?:is|are) increased',
      // "the Service Credit applicable to each Critical Service Level Failure listed in Table 2 of Schedule 2.2 … shall be
      // increased from two and a half per cent (2.5%) to five per cent (5%)".
      'service credits?…… (?:is|are|shall be|will be) (?:hereby )?increased from [^;]{1,60}? to [^;]{0,40}?{pct}',
      // Credits multiplied for a while: "During the first six (6) months after the Cutover Date, Supplier will pay twice the
      // Service Credits shown", "… will pay Service Credits at twice the rates set out in Schedule 6".
      `(?<!${OWN_SCALE}[^.;]{0,120})(?:pay|issue|credit|apply)s? (?:(?:twice|double|triple|(?:two|three|{num}) times) the ` +
        `(?:applicable )?service credits?|(?:the )?service credits? (?:under [^,;]{1,30} )?at (?:twice|double|triple|` +
        `(?:two|three|{num}) times) the)(?![^.;]{0,80}${OWN_SCALE})`,
      'credit (?:to )?(?:a |an |the |its |their )?(?:[\\w-]+ ){0,4}account',
      // "will credit £3,000 against the Client's next invoice".
      "credit {money} (?:against|towards|to|on) (?:the |its |their )?(?:[\\w&-]+(?:'s|’s) )?(?:next |following |first )?" +
        '(?:invoices?|bills?|{fee})',
      '(?:a |an )?(?:one-off |one-time |goodwill )?credit note',
      // A credit named for what it is: "A one-time credit of US$40,000 against the Contract Year 1 fee".
      // Granted now, not one repaid or received before ("shall repay any migration credit of $15,000 received under …").
      '(?<!\\b(?:repay|return|refund|reimburse)s?\\b[^.;]{0,20})(?:a |an )?(?:one-time|one-off|goodwill|migration|signing|' +
        'transition|welcome) credit of {money}(?![^.;]{0,40}\\breceived\\b)',
      // An order form's row: "| Goodwill credit against first annual invoice | … | ($10,000.00) |".
      '(?<!\\b(?:repay|return|refund|reimburse|pay back|claw back)s?\\b[^.;]{0,20})(?:one-time|one-off|goodwill|migration|signing|transition|welcome) ' +
        'credit (?:against|towards|on|off) (?:the |its |their |your )?(?:[\\w-]+ ){0,3}(?:invoices?|bills?|fees?)\\b',
    ],
    // Payment plumbing, not value: card programmes, crediting an account as instructed, a tax authority's credit.
    unless: new RegExp(
      // Nor a true-up of tiered prices at the year's end ("a true-up credit note … where a lower Tier Price applies").
      // Nor what a replacement brought in, passed on in mitigation ("will credit the Hirer with any hire fee received
      // from a replacement booking").
      `\\bcredit (?:and debit )?cards?\\b|\\bcard ?holders?\\b|\\bcredit (?:such |the )?accounts? pursuant to\\b|\\btrue-?up\\b|${TAX_RELIEF}|` +
        '\\b(?:received|recovered|obtained) from (?:a |any |the )?(?:replacement|substitute|re-?let(?:ting)?|new) (?:booking|hirer|tenant|customer|buyer|purchaser)' +
        // Nor a cap that moves with the fees ("The Service Credit Cap is increased in proportion to any increase in the Monthly Fees").
        '|\\b(?:in (?:proportion|line) (?:to|with)|to reflect) (?:any )?(?:increase|rise|change)s? in (?:the )?(?:[\\w-]+ )?(?:fees|charges)\\b' +
        // The form something owed is paid in: "Rebates are calculated … and issued as a credit note against future purchases".
        // "Any rebate shall be settled by the Seller issuing a credit note", "Any such deduction shall be reflected by the
        // Seller in a credit note".
        // A full stop of a number cited ("The rebate under Art. 5 (2) shall be settled by credit note") ends nothing.
        '|\\b(?:rebates?|commissions?|royalt(?:y|ies)|refunds?|incentives?|deductions?|discounts?)\\b(?:[^.;]|\\.(?= ?\\d)){0,100}' +
        '\\b(?:issued|paid|settled|given|made|reflected|recorded|effected)(?: by (?:the )?[\\w&-]+)?' +
        ' (?:as|by|by way of|in the form of|in|through|via)(?: (?:the )?[\\w&-]+ issuing)? (?:an? )?credit(?: notes?)?\\b' +
        // "MSL shall issue a credit note for any rebate", "… a credit note for that amount" (the fee just waived); a form's
        // checklist ("Finance notified of credit note [ ]").
        // "The Supplier waives that Shortfall Charge in full and will issue a credit note for it".
        '|\\bcredit notes? (?:for|in respect of) (?:any|the|each|such|all|that|this) (?:rebates?|discounts?|deductions?|amount|sum)\\b' +
        '|\\bwaives?\\b[^.;]{0,120}\\bcredit notes? (?:for|in respect of) (?:it|them|that|the same|the amount waived)\\b' +
        '|\\[ ?\\]' +
        // A credit granted elsewhere, named by where: "The credit note under sub-paragraph (a) is not transferable".
        '|\\b(?:the|such|that|this) credit(?: note)? (?:under|referred to in|described in|issued under|granted under) ' +
        '(?:sub-?)?(?:paragraph|clause|section|article)\\b' +
        // The difference a lower price makes, credited back: how a most-favoured price reaches units already invoiced.
        '|\\bcredit\\b[^.;]{0,60}\\b(?:with|for|of|in the amount of) the (?:price )?difference\\b' +
        // "The Carrier will pay the rebate by credit note against the Shipper's open invoices".
        '|\\b(?:pay|issue|settle)s? (?:the|any|such|each) (?:rebates?|commissions?|refunds?|incentives?) ' +
        '(?:as|by|by way of|in the form of) (?:an? )?credit(?: notes?)?\\b',
      'i',
    ),
  },
  {
    // An amendment's words swapped in the service credits: "the words "five per cent (5%) of the Monthly Charges" shall be
    // deleted and replaced with the words "ten per cent (10%) of the Monthly Charges"". Only a higher share is a give.
    id: 'credit.words-replaced',
    kind: 'credit',
    triggers: ['replac', 'substitut'],
    higherThan: true,
    phrases: [
      `(?<=\\bservice credits?\\b[^.;]{0,200})["“][^"”]{0,40}(?:per cent|percent|%)[^"”]{0,60}["”],? ${SWAPPED}` +
        '["“][^"”]{0,40}(?:per cent|percent|%)',
    ],
  },
  {
    id: 'credit.refund',
    kind: 'credit',
    triggers: ['refund'],
    remedyProne: true,
    phrases: [
      '(?:receive|obtain|be entitled to|issue|give|make)s? … (?:a |an )?(?:full |partial |pro[- ]rata |prorated |pro-rated )?refund',
      '(?:shall|will) refund (?:to \\w+ )?(?:any |all |the )?(?:prepaid|unused)',
    ],
    // Returning fees not yet earned (for a period not received) is restitution, not a give; a tax refund is the state's.
    unless: new RegExp(`\\bunearned\\b|\\bunexpired\\b|\\bunused portion\\b|${TAX_RELIEF}`, 'i'),
  },
];
