/**
 * Concessions on what is paid: longer payment terms, price protection, discounts and credits
 * (LABELS.md). Earlier entries win where two phrases overlap, so the specific come before the general.
 */
import type { ConcessionKind } from '../model.js';
import type { Cue } from './cue.js';

/** What a most-favoured clause promises once better terms are given elsewhere. */
const MFN_PROMISES = [
  '(?:has|shall have|will have) the right to (?:incorporate|substitute|adopt|receive|obtain)',
  '(?:shall|will) (?:amend|modify|adjust)(?:[^.;]){0,160}? (?:the same|equivalent|such)' +
    '(?: or (?:more|better) favou?rable)? (?:{fee}|terms|provisions)',
].join('|');

/** Words that compare a customer's terms with those given to others. */
const COMPARED_WITH_OTHERS = [
  'than|other|others|another|any third part(?:y|ies)|MFN|most[- ]favou?r\\w*|uniformly|equally',
  'same (?:fee|price|rate|pricing|terms)|entitled to|at least as favou?rabl\\w*',
].join('|');

const PROPORTIONATELY = 'correspondingly|proportionately|proportionally|pro rata|pro-rata|equitably';

export const priceCues: Cue<ConcessionKind>[] = [
  // payment-terms: longer terms, deferral, instalments
  {
    id: 'payment-terms.instalments',
    kind: 'payment-terms',
    triggers: ['instal', 'payments'],
    subject: 'recipient',
    phrases: [
      '(?:may|can|is entitled to|shall be entitled to|will be permitted to)(?:, [^,;]{1,60},)? ' +
        '(?:be )?pa(?:y|id)…… in (?:{num} …|the following) instal(?:l)?ments',
      'instal(?:l)?ment (?:plan|arrangement|basis)',
      // "payable by the Company in eight (8) equal payments to be made quarterly": one sum spread over time.
      '(?:payable|paid|pay)…… in {num} equal (?:monthly |quarterly |annual |semi-annual )?payments',
    ],
  },
  {
    // "… requires fees to be paid upfront; … the Committed Spend is invoiced in 36 equal monthly
    // instalments": instalments where the standard is to pay at once.
    id: 'payment-terms.instalments-instead',
    kind: 'payment-terms',
    triggers: ['instal'],
    phrases: ['(?:is|are|shall be|will be) (?:invoiced|billed|payable|paid) in {num} … instal(?:l)?ments'],
    requires: /\b(?:instead of|rather than|although|up-?front|lump sum|flexible)\b/i,
  },
  {
    // "payable within thirty (30) days of the invoice date instead of fifteen (15) days"
    id: 'payment-terms.longer-than-before',
    kind: 'payment-terms',
    triggers: ['instead of', 'rather than', 'in place of'],
    longerThan: true,
    phrases: [
      '(?:payable|due|paid|pay) (?:within |in )?{num}(?: …)? days… (?:instead of|rather than|in place of) ' +
        '(?:the )?{num}(?: \\(\\d+\\))? (?:[\\w-]+ )?days',
    ],
  },
  {
    id: 'payment-terms.extended',
    kind: 'payment-terms',
    triggers: ['extend', 'push', 'defer', 'postpone', 'holiday', 'move', 'over time'],
    phrases: [
      '(?:period for payment|payment (?:terms?|period|date)|due dates?|time for payment)… ' +
        '(?:is|are|shall be|will be) (?:extended|deferred|postponed)',
      '(?:payment|invoices?|fees?|rent|amounts?)… (?:can|may|shall|will) be (?:pushed back|deferred|postponed)',
      '(?:payment|invoices?|fees?|rent|amounts?)…… (?:is|are) deferred (?:until|to)',
      '(?:move|push|defer|postpone)s? (?:the )?(?:[\\w-]+ ){0,4}payment (?:triggers?|milestones?|dates?)',
      'payment holiday',
      'defer(?:ral of|red payment of) (?:the )?(?:payment|fees|rent|invoices?)',
      // "theglobe has agreed to extend credit terms to Boxlot by allowing Boxlot to pay over time".
      'extend(?:s|ed|ing)? (?:its |the )?credit terms',
      '(?:allow|permit)(?:s|ed|ing)? (?:[\\w&.-]+ ){1,3}to pay (?:[\\w-]+ ){0,3}over time',
    ],
  },
  {
    // "Buyer may defer payment of thirty percent (30%) of each Monthly Invoice … until December 15, 2025".
    id: 'payment-terms.may-defer',
    kind: 'payment-terms',
    triggers: ['defer', 'postpone', 'delay'],
    subject: 'recipient',
    phrases: [
      '(?:may|can|is entitled to|shall be entitled to|is permitted to|will be permitted to)(?:, [^,;]{1,60},)? ' +
        '(?:defer|postpone|delay) (?:the )?(?:payment|paying|settlement)',
    ],
    // Holding back a disputed amount is the ordinary way of disputing it.
    unless: /\bdisput/i,
  },
  {
    id: 'payment-terms.long-period',
    kind: 'payment-terms',
    triggers: ['payable', 'pay ', 'net ', 'due', 'payment'],
    minDays: 45,
    minDaysInOriginal: 61,
    phrases: [
      '(?:payable|due|be paid) (?:within |in )?{num} (?:calendar |business |working )?days',
      'net ?\\d{2,3}',
      // "shall pay each invoice no later than ninety (90) days after receipt of an invoice".
      '(?:pay|pays|paid|payable|due)(?: (?:each|all|any|the|such|its))?(?: [\\w-]+){0,3} ' +
        '(?:within|no later than|not later than) {num} (?:calendar |business |working )?days',
    ],
    unless: /\brebate\b|\bshall pay any\b/i,
  },
  {
    // Granted in so many words ("will accept payment within sixty (60) days"): a give wherever it stands.
    id: 'payment-terms.granted-period',
    kind: 'payment-terms',
    triggers: ['accept', 'receive', 'allow', 'give', 'grant'],
    minDays: 45,
    phrases: [
      '(?:accept|receive)s? payment (?:within|in) {num} (?:calendar |business |working )?days',
      '(?:allow|give|grant)s? (?:[\\w-]+ )?{num} (?:calendar |business |working )?days (?:to pay|for payment)',
    ],
  },
  {
    id: 'payment-terms.may-pay-later',
    kind: 'payment-terms',
    triggers: ['pay'],
    subject: 'recipient',
    minDays: 45,
    phrases: [
      '(?:may|can|is entitled to|shall be entitled to) pay… within {num} (?:calendar |business |working )?days',
    ],
  },
  // price-protection: freeze, cap, no increase, most-favoured pricing
  {
    id: 'price-protection.no-increase',
    kind: 'price-protection',
    triggers: ['increase', 'exceed', 'indexation', 'escalat', 'adjust', 'uplift'],
    negative: true,
    phrases: [
      '(?:{fee}|list rates?|expenses|costs)… (?:shall|will|may) not (?:be )?increased?',
      '(?:shall|will|may) not increase (?:the |its |any )?(?:[\\w-]+ ){0,3}(?:{fee}|expenses)',
      '(?:increase|adjustment|escalation|uplift|indexation)s?(?:[^.;|]|\\.(?=\\d)){0,160}? (?:shall|will) not exceed',
      '(?:shall|will) not exceed… by more than',
      '(?:shall|will) not (?:apply|impose|charge|levy) (?:any |the )?(?:annual |scheduled |contractual )?' +
        '(?:price |rate |fee |cpi |inflation(?:ary)? )?(?:indexation|escalation|adjustment|increase|uplift)',
      '(?:fees?|prices?|rates?|charges|rent)… will not increase',
      // "there will be no increases from the per unit pricing set forth in Schedule 5.2.1 for at least the first year".
      '(?:there (?:will|shall) be|with) no (?:price )?increases? (?:from|in|to|of) (?:the |its |any )?(?:[\\w-]+ ){0,4}(?:{fee})',
      // "renew … with Sponsor Fees that do not exceed a 5 percent increase over the existing Sponsor Fees".
      '(?:{fee}) that (?:do|does|shall|will) not exceed (?:an? )?(?:[^.;|]){0,40}?increase',
    ],
    // A cap on liability or damages is about risk, not price.
    unless: /\bliabilit|\bdamages\b/i,
  },
  {
    id: 'price-protection.fixed',
    kind: 'price-protection',
    triggers: ['fixed', 'frozen', 'freeze', 'lock', 'unchanged', 'firm', 'hold', 'held', 'keep', 'capped', 'remain'],
    phrases: [
      '(?:{fee}|list rates?)… (?:shall|will) remain (?:fixed|firm|frozen|unchanged|constant)',
      // "Prices will remain in effect for the period of the initial 5 year term": prices held for a period.
      '(?:{fee}|list rates?)… (?:shall|will) remain (?:valid|in (?:full )?(?:force and )?effect) (?:for|until|through|throughout|during)',
      '(?:{fee}|list rates?)(?:[^.;|]|\\.(?=\\d)){0,120}? (?:are|is|shall be|will be) ' +
        '(?:fixed|frozen|held|locked|capped)(?: (?:at|until|for|through))?',
      '(?:hold|keep|freeze|lock)s? (?:the |its |our |your )?(?:[\\w-]+ ){0,5}(?:{fee})' +
        '(?:[^.;|]|\\.(?=\\d)){0,80}? at (?:the )?(?:[\\w-]+ )?(?:levels?|rates?|amounts?|prices?)',
      '(?:{fee}|billed|charged|priced)(?:[^.;|]|\\.(?=\\d)){0,80}?, (?:fixed|frozen|locked|held) (?:for|until|through|throughout)',
      'price (?:freeze|lock|hold|guarantee)',
      '(?:freeze|lock) (?:the )?(?:{fee})',
    ],
  },
  {
    // "the fuel surcharge … will not exceed 38% of the linehaul charge": a ceiling on what is paid.
    id: 'price-protection.not-exceed',
    kind: 'price-protection',
    triggers: ['exceed'],
    negative: true,
    capsWhatItNames: true,
    phrases: [
      // Read from the fees a proviso caps, not from those of the main clause before it ("Provider may charge
      // fees …, provided that such fees shall not exceed …"): the proviso's own "shall" binds.
      '(?:{fee}|surcharges?|expenses)(?![^.;]{0,80}?\\bprovided\\b[^.;]{0,80}?\\bnot ' +
        '(?:exceed|be more than|be greater than))… (?:shall|will) not (?:exceed|be more than|be greater than)',
      // "charged at a blended hourly rate not exceeding $695".
      '(?:rates?|prices?|fees?|charges?) (?:not exceeding|not to exceed) {money}',
    ],
    // Costs held to a share of another amount ("Overhead costs … shall not exceed 10%") are how a cost-plus price is computed.
    // Nor a cap on what a party pays someone else ("pay the third party administrator an annual fee … not to exceed").
    unless: new RegExp(
      [
        '\\bliabilit|\\bdamages\\b|permitted by (?:applicable )?law|\\busury',
        'maximum (?:rate|amount) (?:permitted|allowed)',
        '\\b(?:costs?|overheads?)\\b[^.;]{0,80}\\bnot exceed [^.;]{0,30}(?:percent|per cent|%)',
        '\\bpay (?:the |a |any |such )?third[- ]part(?:y|ies)\\b',
      ].join('|'),
      'i',
    ),
  },
  {
    id: 'price-protection.cap',
    kind: 'price-protection',
    triggers: ['cap', 'limited to'],
    phrases: [
      'cap (?:the |its |all )?(?:{fee}|api fees|expenses)',
      '(?:expenses|{fee})… (?:are|is|shall be|will be) capped at',
      'price cap',
      // "Renewal uplift capped at 7%", "price increases shall be limited to the lesser of CPI and 4%".
      '(?:increases?|uplifts?|escalations?|indexation|adjustments?)(?: (?:is|are|shall be|will be))? ' +
        '(?:capped|limited) (?:at|to) (?:{pct}|the (?:lesser|lower) of)',
    ],
  },
  {
    id: 'price-protection.most-favoured',
    kind: 'price-protection',
    triggers: [
      'favo',
      'same fee',
      'same price',
      'same rate',
      'same pricing',
      'lower',
      'lowest',
      'mfn',
      'shall also',
      'will also',
      'shall likewise',
      'will likewise',
      'uniformly applied',
      'equally applied',
    ],
    // Most-favoured terms compare what one party gets with what others get: "no less favourable to
    // Distributor than the prices at which Airspan sells … to other distributors", "shall not exceed the
    // lowest price … to any third party", "the full benefit of any lower prices … in any other agreement".
    phrases: [
      // What is most favoured is the treatment or the price: not "the most favorable shipment date".
      'most[- ]favou?r(?:ed|able)["”]? (?:nation|customer|licensee|pricing|prices?|terms|treatment|basis|rates?)',
      // "the most favorable financial leasing scheme": the terms offered, named with words between.
      'most[- ]favou?rable (?:[\\w-]+ ){1,2}(?:schemes?|terms|pricing)',
      '\\bMFN\\b',
      '(?:offer|extend|provide|apply)s? (?:the )?same (?:fee|price|rate|pricing|terms)',
      // What is compared is money or terms: promoting products "no less favourably" is about effort, not price.
      '(?:{fee}|terms|conditions|treated|treatment)(?:[^.;|]){0,160}? no less favou?r(?:able|ably)(?:[^.;|]){0,200}? than',
      'no less favou?rable (?:{fee}|terms)',
      '(?:{fee}|terms|conditions|treated|treatment)(?:[^.;|]){0,160}? ' +
        '(?:(?:shall|will) not be|is not|are not) less favou?rable(?:[^.;|]){0,200}? than',
      '(?:{fee}|terms|conditions|treated|treatment)(?:[^.;|]){0,160}? at least as favou?rabl[ey]',
      'entitled to (?:that|the same|such) (?:lower|better|reduced|more favou?rable) (?:{fee}|terms)',
      // "any price changes … shall be uniformly applied to all distributors": parity with the others.
      '(?:{fee}|price (?:changes?|increases?))… (?:shall|will) be (?:uniformly|equally) applied ' +
        '(?:to|among|across) all (?:of (?:its|the) )?(?:distributors|customers|resellers|licensees|dealers|' +
        'purchasers)',
      // "In the event that Licensor grants to another … provider the right … on an earlier date, then
      // Licensor shall also grant to Rogers the right …": what others get, given too (read within one sentence).
      '(?<=\\b(?:[Ii]f|[Ii]n the event(?: that)?|[Ss]hould)\\b[^;]{0,300}\\b' +
        '(?:another|any other|any third part(?:y|ies))\\b[^;]{0,300})(?:shall|will) (?:also|likewise|then also) ' +
        '(?:grant|offer|extend|provide|make available|give|apply)',
      '(?:benefit|advantage) of (?:any and all |any |all |such )?(?:materially |substantially |significantly )?' +
        '(?:lower|better|more favou?rable) (?:{fee}|terms)',
      // "If Licensor enters into an agreement … on terms more favourable than those contained in this Agreement,
      // then Rogers has the right to incorporate … such terms": the consequent is the promise, the condition its trigger.
      `(?<=\\bmore favou?rable than\\b[^;]{0,400})(?:${MFN_PROMISES})`,
    ],
    requires: new RegExp(`\\b(?:${COMPARED_WITH_OTHERS})\\b`, 'i'),
  },
  {
    // "At no time shall any Product price exceed the lowest price … to any third party": the negation is the promise.
    id: 'price-protection.not-above-lowest',
    kind: 'price-protection',
    triggers: ['lowest'],
    negative: true,
    // "shall be no greater than the lowest of the (A) lowest price per unit charged … to any similarly situated customer".
    phrases: [
      'exceed (?:the )?lowest (?:{fee})',
      'be (?:no|not) (?:greater|higher|more) than (?:the )?lowest(?:[^.;|]){0,40}?(?:{fee})',
    ],
  },
  {
    // "charged to PFHOF at cost without markup": what is passed on is held to cost.
    id: 'price-protection.at-cost',
    kind: 'price-protection',
    triggers: ['at cost', 'mark-up', 'markup'],
    phrases: ['at (?:its |their )?(?:actual )?cost,? (?:without|with no|and without any) (?:any )?mark-?ups?'],
  },
  // discount
  {
    id: 'discount.percent-off',
    kind: 'discount',
    triggers: ['off', '%', 'per cent', 'percent', 'below'],
    // "for deliveries made more than ten days after the delivery date, a 5% discount": a late-delivery remedy.
    unless: /\bdeliver(?:ed|ies|y) late\b|\blate[- ]deliver\w*|\bafter (?:the |such )?(?:applicable )?delivery date\b/i,
    phrases: [
      '{pct} off',
      '(?:an? )?{pct} (?:reduction|discount)',
      "{pct} below (?:the |its |[\\w-]+'s )?(?:[\\w-]+ ){0,3}(?:list|standard|published|normal|usual|prices?|rates?|fees?|charges?)",
    ],
  },
  {
    // "… so that the earned royalty … is reduced accordingly"; after a return of units it is part of that exit.
    id: 'discount.reduced-accordingly',
    kind: 'discount',
    triggers: ['reduced accordingly'],
    partOf: ['exit-flexibility'],
    remedyProne: true,
    phrases: [
      '(?:{fee}|retainer|rent)(?:[^.;|,]|\\.(?=\\d)){0,200}? (?:is|are|shall be|will be|be) reduced accordingly',
    ],
  },
  {
    id: 'discount.reduced',
    kind: 'discount',
    triggers: ['reduc', 'lower', 'discounted'],
    remedyProne: true,
    phrases: [
      '(?:total|lump sum|contract sum|contract value)(?! (?:aggregate )?liabilit)(?: [\\w.-]+){0,6} (?:is|are|shall be|will be) reduced by',
      '(?:share|percentage|portion) of (?:[\\w-]+ ){0,3}(?:income|revenues?|proceeds|{fee})… (?:is|are|shall be|will be) reduced',
      // A tax withheld at a treaty's reduced rate is tax law, not a price.
      '(?:reduced|lower|discounted|preferential|concessionary) (?:(?!withholding\\b|tax\\b)[\\w-]+ ){0,2}' +
        '(?:{fee})(?![^.;]{0,60}\\b(?:tax|treaty|withholding))',
      '(?:{fee}|retainer|rent|contributions? (?:to|towards))(?:[^.;|,]|\\.(?=\\d)){0,200}? (?:is|are|shall be|will be|be) reduced (?:by|to|from)',
      'reduce (?:the |its |your |our )?(?:[\\w-]+ ){0,3}(?:{fee})(?: (?:for|on|of) [^.;]{0,80}?)? (?:by|from|to)',
      "(?:a |the )?reduction (?:of {pct}|from (?:the |its |\\w+'s )?(?:list|standard|published|normal|usual))",
      '(?:a |the )?reduction of {pct}',
    ],
    // A fee that follows what is delivered ("correspondingly reduced at $5 per record") is a price
    // adjustment; prices "shown in Schedule A" are the deal's price list; a set-off is no discount.
    unless: new RegExp(
      [
        '\\b(?:no|not) less than\\b[^.;]{0,120}\\b(?:discounted|reduced)\\b',
        `\\b(?:${PROPORTIONATELY}) (?:reduced|adjusted|decreased)`,
        '\\breduced (?:pro rata|proportionately|proportionally|correspondingly)\\b',
        '\\b(?:discounted|reduced) (?:[\\w-]+ ){0,2}(?:prices?|rates?|fees?) ' +
          '(?:shown|set (?:forth|out)|listed|specified|stated) in (?:the )?' +
          '(?:Schedule|Exhibit|Appendix|Annex|Attachment)',
        // A price netted against what is owed, assumed or already paid is a set-off, not a discount: "The purchase
        // price will be reduced by any liabilities … assumed by us and any amounts due to us from you".
        '\\breduced by (?:any|all|the amount of(?: any)?) [^.;]{0,80}?\\b(?:liabilit(?:y|ies)|debts?|amounts?|sums?|' +
          'proceeds|payments?)\\b[^.;]{0,60}?\\b(?:assumed|due|owed|owing|outstanding|(?:already |actually )?paid|' +
          'received|recovered)\\b',
      ].join('|'),
      'i',
    ),
  },
  {
    // "The Reseller Discount for Enterprise Products is increased from 28% to 35%": a bigger discount.
    id: 'discount.increased',
    kind: 'discount',
    triggers: ['increase', 'raise'],
    phrases: [
      '(?:discounts?|rebates?)(?:[^.;|,]|\\.(?=\\d)){0,80}? (?:is|are|shall be|will be) (?:increased|raised) (?:from|to|by)',
    ],
  },
  {
    id: 'discount.named',
    kind: 'discount',
    triggers: ['discount'],
    noun: true,
    remedyProne: true,
    phrases: [
      'discount(?:ed)? (?:of|equal to|by|at) (?:{pct}|{money})',
      '{pct}… discount',
      'discount (?:the )?… by {pct}',
      '(?:grants?|gives?|offers?|provides?|applies|apply|extends?) (?:to \\w+ )?(?:a|an|the) (?:[\\w-]+ ){0,3}discount',
      // "Customer shall be entitled to receive discounts on certain Services".
      'entitled to (?:receive )?(?:a |the )?(?:[\\w-]+ )?discounts? (?:on|off|from)',
    ],
    unless: /\bdiscount(?:ed)? (?:rate|cash flow)\b/i,
  },
  {
    id: 'discount.rebate',
    kind: 'discount',
    triggers: ['rebate'],
    noun: true,
    phrases: [
      '(?:pay|grant|give|provide|receive|earn)s? … rebate',
      '(?:a |the )?(?:volume |loyalty |annual )?rebate (?:of|equal to)',
    ],
  },
  // credit
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
      "credit (?:the )?[\\w&]+(?:'s)? (?:account )?with",
      'credit (?:an? )?(?:additional |extra |further |one-time |one-off )?{money}… to (?:the |its |their )?' +
        "(?:[\\w&-]+(?:'s|’s) )?(?:[\\w-]+ ){0,3}account",
      '(?:issue|grant|give|provide|apply)s? … (?:a |an )?' +
        '(?:(?:one-time|one-off|goodwill|account|service|special|additional) ){0,3}credit ' +
        '(?:of|equal to|in the amount of)',
      '(?:entitled to|receives?|obtains?) (?:a |an )?' +
        '(?:(?:one-time|one-off|goodwill|account|special|additional) ){0,3}credit (?:of|equal to|in the amount of)',
      '(?:service )?credits?… (?:are|is|shall be|will be) (?:doubled|tripled|increased)',
      '(?:service )?credits?… (?:shall|will) be calculated at (?:(?:{num}|double|triple)(?: and a half)? times|twice|double)',
      'service credits?… (?:is|are) increased',
      'credit (?:to )?(?:a |an |the |its |their )?(?:[\\w-]+ ){0,4}account',
      '(?:a |an )?(?:one-off |one-time |goodwill )?credit note',
    ],
    // Payment plumbing, not value: card programmes, crediting an account as instructed.
    unless: /\bcredit (?:and debit )?cards?\b|\bcard ?holders?\b|\bcredit (?:such |the )?accounts? pursuant to\b/i,
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
    // Returning fees not yet earned (for a period not received) is restitution, not a give.
    unless: /\bunearned\b|\bunexpired\b|\bunused portion\b/i,
  },
];
