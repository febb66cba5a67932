/**
 * Concessions: value or flexibility one party gives beyond the baseline deal (LABELS.md).
 * Earlier entries win where two phrases overlap, so the specific come before the general.
 */
import type { ConcessionKind } from '../model.js';
import type { Cue } from './cue.js';
import { dutyCost, licenceGrant, makingGood, proceduralWaiver, serviceItself } from './language.js';

export const concessionCues: Cue<ConcessionKind>[] = [
  // exit-flexibility: easier exit, shorter notice, reduced commitment
  {
    id: 'exit-flexibility.reduce-or-return', kind: 'exit-flexibility', triggers: ['reduce', 'return', 'withdraw', 'remove', 'delete', 'drop'],
    subject: 'recipient',
    phrases: [
      '(?:may|can|is entitled to|shall be entitled to)(?:, [^,;]{1,120},)? reduce (?:its |the |their )?(?:contracted |committed |minimum |subscribed |licensed )?(?:capacity|quantit(?:y|ies)|volumes?|seats|licen[cs]es|users|commitment|units|spend|power)',
      '(?:may|can|is entitled to|shall be entitled to)(?:, [^,;]{1,120},)? (?:withdraw|remove|delete|drop) (?:any |an |the |that |this |one or more )?(?:[\\w-]+ ){0,3}(?:destinations?|stud(?:y|ies)|sites?|modules?|services?|products?|locations?|premises|units|stores?|countries|territor(?:y|ies)|cages?|seats?|workstreams?) from (?:the |this )?(?:[\\w-]+ )?(?:agreement|order form|order|scope|sow|statement of work|schedule|contract|lease)',
      '(?:may|can|is entitled to|shall be entitled to)(?:, [^,;]{1,120},)? return (?:up to )?… (?:units|equipment|vehicles|items|products?|machines|devices|licen[cs]es|seats|inventory|stock)',
    ],
    // Returning what is defective or rejected is a remedy, not an exit.
    unless: /\bdefect|\bnon-?conform|\bdamaged\b|\breject|\brecall/i,
  },
  {
    id: 'exit-flexibility.reduced-commitment', kind: 'exit-flexibility', triggers: ['reduc', 'commit', 'minimum'],
    phrases: [
      '(?:committed|commitment|minimum) (?:[\\w-]+ ){0,2}(?:volume|seats?|users|commitment|quantity|count|purchase|spend)… (?:is|are|shall be|will be) reduced',
      'reduc(?:e|es|ed|tion of|tion in) (?:the |its |their )?(?:committed|minimum) (?:\\w+ )?(?:volume|commitment|seats|quantity|purchase|spend)',
    ],
  },
  {
    id: 'exit-flexibility.terminate', kind: 'exit-flexibility', triggers: ['terminat', 'cancel', 'end ', 'exit', 'suspend', 'withdraw', 'determin'],
    subject: 'recipient', remedyProne: true,
    phrases: [
      '(?:may|can|is entitled to|shall be entitled to|will be entitled to|(?:shall|will) have the (?:(?:absolute|sole|unilateral|unconditional) )?(?:right|option) to|has the (?:(?:absolute|sole|unilateral|unconditional) )?(?:right|option) to|have the (?:(?:absolute|sole|unilateral|unconditional) )?(?:right|option) to)(?: (?:also|further|additionally|likewise))?(?:,? at any time,?|, [^,;]{1,80},)?(?: (?:voluntarily|unilaterally))? (?:terminate|cancel|end|exit|withdraw from|withdraw (?:any|all|any or all|some) (?:of )?(?:the )?(?:services|products|programs?)|suspend (?:the |its |all )?(?:services|work|performance|deliveries|project|subscription|orders)|determine(?= (?:this |the )?(?:lease|underlease|sublease|tenancy|licen[cs]e)\\b))',
      '(?:shall|will) have (?:a|an|the) (?:one-time |unilateral |early )?(?:right|option)…… to (?:terminate|cancel|end|exit)',
      '(?:right|option) to (?:terminate|cancel|exit) (?:this|the) (?:agreement|lease|contract|order|subscription)[^.;|]{0,80}?(?:for convenience|without (?:cause|penalty))',
      '(?:may|can) elect to (?:terminate|cancel)',
      // "This Agreement shall terminate (a) at the option of any party, upon 90 days' notice"; "shall be terminable … by Licensor or Licensee upon sixty (60) days' written notice".
      'terminate(?:, [^,;]{1,40},)?(?: \\([a-z]\\))? at the option of (?:any|either|each) party',
      '(?:be )?terminable(?: [^,;]{0,40})? by [\\w&.-]+(?: or [\\w&.-]+)? (?:upon|on|with|by giving) (?:at least )?{num}',
      // A buyer's right to call off what it ordered: "Distributor may, at any time prior to shipment, cancel any or all Products on order".
      '(?:may|can)(?:, [^,;]{1,120},)? cancel (?:any|all|any or all|the|its) (?:[\\w-]+ ){0,3}(?:orders?|purchase orders?|products on order|shipments?)',
      // The passive names who may end it: "This Agreement may be terminated by WYZZ … at any time upon six months prior notice".
      '(?:may|can) be (?:terminated|cancell?ed)(?: (?:at any time|for any reason|for convenience|without (?:cause|(?:the payment of )?any penalty)),?)* by (?!mutual|written agreement|agreement|operation|virtue|reason|the mutual)[\\w.&-]+',
    ],
    // "may terminate only in accordance with Section 15": a limit on an existing right. "As the rules of
    // professional conduct provide, you may end …": a right the law gives anyway, not a concession.
    unless: /\bmay not\b|\bshall not (?:be entitled|have)\b|\bonly (?:in accordance with|as (?:provided|permitted|set out|described) (?:in|by|under))\b|\bas (?:the |applicable )?(?:rules|laws?|statutes?|regulations?|codes?)\b[^,;]{0,60}\b(?:provides?|permits?|requires?|allows?)\b/i,
  },
  {
    // "you are required to open a total of five (5) Units, rather than six (6) Units": a smaller commitment.
    id: 'exit-flexibility.fewer-than-before', kind: 'exit-flexibility', triggers: ['rather than', 'instead of', 'in place of'],
    subject: 'recipient', fewerThan: true,
    phrases: ['(?:required|obliged|obligated|committed) to (?:open|develop|build|purchase|buy|order|take|hire|launch|acquire|operate|maintain)…… {num}(?: [\\w-]+){0,3},? (?:rather than|instead of|in place of) {num}'],
  },
  {
    id: 'exit-flexibility.accept-surrender', kind: 'exit-flexibility', triggers: ['surrender', 'release'],
    phrases: ['(?:agrees? to |shall |will )?accept (?:the )?(?:early )?surrender', 'release (?:the )?\\w+ from (?:its|their) (?:minimum|purchase|volume) (?:commitment|obligations?)'],
  },
  // payment-terms: longer terms, deferral, instalments
  {
    id: 'payment-terms.instalments', kind: 'payment-terms', triggers: ['instal', 'payments'],
    subject: 'recipient',
    phrases: [
      '(?:may|can|is entitled to|shall be entitled to|will be permitted to)(?:, [^,;]{1,60},)? (?:be )?pa(?:y|id)…… in (?:{num} …|the following) instal(?:l)?ments', 'instal(?:l)?ment (?:plan|arrangement|basis)',
      // "payable by the Company in eight (8) equal payments to be made quarterly": one sum spread over time.
      '(?:payable|paid|pay)…… in {num} equal (?:monthly |quarterly |annual |semi-annual )?payments',
    ],
  },
  {
    // "… requires fees to be paid upfront; … the Committed Spend is invoiced in 36 equal monthly
    // instalments": instalments where the standard is to pay at once.
    id: 'payment-terms.instalments-instead', kind: 'payment-terms', triggers: ['instal'],
    phrases: ['(?:is|are|shall be|will be) (?:invoiced|billed|payable|paid) in {num} … instal(?:l)?ments'],
    requires: /\b(?:instead of|rather than|although|up-?front|lump sum|flexible)\b/i,
  },
  {
    // "payable within thirty (30) days of the invoice date instead of fifteen (15) days"
    id: 'payment-terms.longer-than-before', kind: 'payment-terms', triggers: ['instead of', 'rather than', 'in place of'],
    longerThan: true,
    phrases: ['(?:payable|due|paid|pay) (?:within |in )?{num}(?: …)? days… (?:instead of|rather than|in place of) (?:the )?{num}(?: \\(\\d+\\))? (?:[\\w-]+ )?days'],
  },
  {
    id: 'payment-terms.extended', kind: 'payment-terms', triggers: ['extend', 'push', 'defer', 'postpone', 'holiday', 'move', 'over time'],
    phrases: [
      '(?:period for payment|payment (?:terms?|period|date)|due dates?|time for payment)… (?:is|are|shall be|will be) (?:extended|deferred|postponed)',
      '(?:payment|invoices?|fees?|rent|amounts?)… (?:can|may|shall|will) be (?:pushed back|deferred|postponed)',
      '(?:payment|invoices?|fees?|rent|amounts?)…… (?:is|are) deferred (?:until|to)',
      '(?:move|push|defer|postpone)s? (?:the )?(?:[\\w-]+ ){0,4}payment (?:triggers?|milestones?|dates?)',
      'payment holiday', 'defer(?:ral of|red payment of) (?:the )?(?:payment|fees|rent|invoices?)',
      // "theglobe has agreed to extend credit terms to Boxlot by allowing Boxlot to pay over time".
      'extend(?:s|ed|ing)? (?:its |the )?credit terms', '(?:allow|permit)(?:s|ed|ing)? (?:[\\w&.-]+ ){1,3}to pay (?:[\\w-]+ ){0,3}over time',
    ],
  },
  {
    // "Buyer may defer payment of thirty percent (30%) of each Monthly Invoice … until December 15, 2025".
    id: 'payment-terms.may-defer', kind: 'payment-terms', triggers: ['defer', 'postpone', 'delay'],
    subject: 'recipient',
    phrases: ['(?:may|can|is entitled to|shall be entitled to|is permitted to|will be permitted to)(?:, [^,;]{1,60},)? (?:defer|postpone|delay) (?:the )?(?:payment|paying|settlement)'],
    // Holding back a disputed amount is the ordinary way of disputing it.
    unless: /\bdisput/i,
  },
  {
    id: 'payment-terms.long-period', kind: 'payment-terms', triggers: ['payable', 'pay ', 'net ', 'due', 'payment'],
    minDays: 45, minDaysInOriginal: 61,
    phrases: [
      '(?:payable|due|be paid) (?:within |in )?{num} (?:calendar |business |working )?days', 'net ?\\d{2,3}',
      // "shall pay each invoice no later than ninety (90) days after receipt of an invoice".
      '(?:pay|pays|paid|payable|due)(?: (?:each|all|any|the|such|its))?(?: [\\w-]+){0,3} (?:within|no later than|not later than) {num} (?:calendar |business |working )?days',
    ],
    unless: /\brebate\b|\bshall pay any\b/i,
  },
  {
    // Granted in so many words ("will accept payment within sixty (60) days"): a give wherever it stands.
    id: 'payment-terms.granted-period', kind: 'payment-terms', triggers: ['accept', 'receive', 'allow', 'give', 'grant'],
    minDays: 45,
    phrases: [
      '(?:accept|receive)s? payment (?:within|in) {num} (?:calendar |business |working )?days',
      '(?:allow|give|grant)s? (?:[\\w-]+ )?{num} (?:calendar |business |working )?days (?:to pay|for payment)',
    ],
  },
  {
    id: 'payment-terms.may-pay-later', kind: 'payment-terms', triggers: ['pay'],
    subject: 'recipient', minDays: 45,
    phrases: ['(?:may|can|is entitled to|shall be entitled to) pay… within {num} (?:calendar |business |working )?days'],
  },
  // price-protection: freeze, cap, no increase, most-favoured pricing
  {
    id: 'price-protection.no-increase', kind: 'price-protection', triggers: ['increase', 'exceed', 'indexation', 'escalat', 'adjust', 'uplift'],
    negative: true,
    phrases: [
      '(?:{fee}|list rates?|expenses|costs)… (?:shall|will|may) not (?:be )?increased?',
      '(?:shall|will|may) not increase (?:the |its |any )?(?:[\\w-]+ ){0,3}(?:{fee}|expenses)',
      '(?:increase|adjustment|escalation|uplift|indexation)s?(?:[^.;|]|\\.(?=\\d)){0,160}? (?:shall|will) not exceed',
      '(?:shall|will) not exceed… by more than',
      '(?:shall|will) not (?:apply|impose|charge|levy) (?:any |the )?(?:annual |scheduled |contractual )?(?:price |rate |fee |cpi |inflation(?:ary)? )?(?:indexation|escalation|adjustment|increase|uplift)',
      '(?:fees?|prices?|rates?|charges|rent)… will not increase',
      // "renew … with Sponsor Fees that do not exceed a 5 percent increase over the existing Sponsor Fees".
      '(?:{fee}) that (?:do|does|shall|will) not exceed (?:an? )?(?:[^.;|]){0,40}?increase',
    ],
    // A cap on liability or damages is about risk, not price.
    unless: /\bliabilit|\bdamages\b/i,
  },
  {
    id: 'price-protection.fixed', kind: 'price-protection', triggers: ['fixed', 'frozen', 'freeze', 'lock', 'unchanged', 'firm', 'hold', 'held', 'keep', 'capped', 'remain'],
    phrases: [
      '(?:{fee}|list rates?)… (?:shall|will) remain (?:fixed|firm|frozen|unchanged|constant)',
      // "Prices will remain in effect for the period of the initial 5 year term": prices held for a period.
      '(?:{fee}|list rates?)… (?:shall|will) remain (?:valid|in (?:full )?(?:force and )?effect) (?:for|until|through|throughout|during)',
      '(?:{fee}|list rates?)(?:[^.;|]|\\.(?=\\d)){0,120}? (?:are|is|shall be|will be) (?:fixed|frozen|held|locked|capped)(?: (?:at|until|for|through))?',
      '(?:hold|keep|freeze|lock)s? (?:the |its |our |your )?(?:[\\w-]+ ){0,5}(?:{fee})(?:[^.;|]|\\.(?=\\d)){0,80}? at (?:the )?(?:[\\w-]+ )?(?:levels?|rates?|amounts?|prices?)',
      '(?:{fee}|billed|charged|priced)(?:[^.;|]|\\.(?=\\d)){0,80}?, (?:fixed|frozen|locked|held) (?:for|until|through|throughout)',
      'price (?:freeze|lock|hold|guarantee)', '(?:freeze|lock) (?:the )?(?:{fee})',
    ],
  },
  {
    // "the fuel surcharge … will not exceed 38% of the linehaul charge": a ceiling on what is paid.
    id: 'price-protection.not-exceed', kind: 'price-protection', triggers: ['exceed'],
    negative: true,
    phrases: [
      '(?:{fee}|surcharges?|expenses)… (?:shall|will) not (?:exceed|be more than|be greater than)',
      // "charged at a blended hourly rate not exceeding $695".
      '(?:rates?|prices?|fees?|charges?) (?:not exceeding|not to exceed) {money}',
    ],
    // Costs held to a share of another amount ("Overhead costs … shall not exceed 10%") are how a cost-plus price is computed.
    unless: /\bliabilit|\bdamages\b|permitted by (?:applicable )?law|\busury|maximum (?:rate|amount) (?:permitted|allowed)|\b(?:costs?|overheads?)\b[^.;]{0,80}\bnot exceed [^.;]{0,30}(?:percent|per cent|%)/i,
  },
  {
    id: 'price-protection.cap', kind: 'price-protection', triggers: ['cap', 'limited to'],
    phrases: [
      'cap (?:the |its |all )?(?:{fee}|api fees|expenses)', '(?:expenses|{fee})… (?:are|is|shall be|will be) capped at', 'price cap',
      // "Renewal uplift capped at 7%", "price increases shall be limited to the lesser of CPI and 4%".
      '(?:increases?|uplifts?|escalations?|indexation|adjustments?)(?: (?:is|are|shall be|will be))? (?:capped|limited) (?:at|to) (?:{pct}|the (?:lesser|lower) of)',
    ],
  },
  {
    id: 'price-protection.most-favoured', kind: 'price-protection', triggers: ['favo', 'same fee', 'same price', 'same rate', 'same pricing', 'lower', 'lowest', 'mfn', 'shall also', 'will also', 'shall likewise', 'will likewise', 'uniformly applied', 'equally applied'],
    // Most-favoured terms compare what one party gets with what others get: "no less favourable to
    // Distributor than the prices at which Airspan sells … to other distributors", "shall not exceed the
    // lowest price … to any third party", "the full benefit of any lower prices … in any other agreement".
    phrases: [
      // What is most favoured is the treatment or the price: not "the most favorable shipment date".
      'most[- ]favou?r(?:ed|able)["”]? (?:nation|customer|licensee|pricing|prices?|terms|treatment|basis|rates?)', '\\bMFN\\b',
      '(?:offer|extend|provide|apply)s? (?:the )?same (?:fee|price|rate|pricing|terms)',
      // What is compared is money or terms: promoting products "no less favourably" is about effort, not price.
      '(?:{fee}|terms|conditions|treated|treatment)(?:[^.;|]){0,160}? no less favou?r(?:able|ably)(?:[^.;|]){0,200}? than',
      'no less favou?rable (?:{fee}|terms)',
      '(?:{fee}|terms|conditions|treated|treatment)(?:[^.;|]){0,160}? (?:(?:shall|will) not be|is not|are not) less favou?rable(?:[^.;|]){0,200}? than',
      '(?:{fee}|terms|conditions|treated|treatment)(?:[^.;|]){0,160}? at least as favou?rabl[ey]',
      'entitled to (?:that|the same|such) (?:lower|better|reduced|more favou?rable) (?:{fee}|terms)',
      // "any price changes … shall be uniformly applied to all distributors": parity with the others.
      '(?:{fee}|price (?:changes?|increases?))… (?:shall|will) be (?:uniformly|equally) applied (?:to|among|across) all (?:of (?:its|the) )?(?:distributors|customers|resellers|licensees|dealers|purchasers)',
      // "In the event that Licensor grants to another … provider the right … on an earlier date, then
      // Licensor shall also grant to Rogers the right …": what others get, given too (read within one sentence).
      '(?<=\\b(?:[Ii]f|[Ii]n the event(?: that)?|[Ss]hould)\\b[^;]{0,300}\\b(?:another|any other|any third part(?:y|ies))\\b[^;]{0,300})(?:shall|will) (?:also|likewise|then also) (?:grant|offer|extend|provide|make available|give|apply)',
      '(?:benefit|advantage) of (?:any and all |any |all |such )?(?:lower|better|more favou?rable) (?:{fee}|terms)',
    ],
    requires: /\b(?:than|other|others|another|any third part(?:y|ies)|MFN|most[- ]favou?r\w*|uniformly|equally|same (?:fee|price|rate|pricing|terms)|entitled to)\b/i,
  },
  {
    // "At no time shall any Product price exceed the lowest price … to any third party": the negation is the promise.
    id: 'price-protection.not-above-lowest', kind: 'price-protection', triggers: ['lowest'],
    negative: true,
    phrases: ['exceed (?:the )?lowest (?:{fee})'],
  },
  {
    // "charged to PFHOF at cost without markup": what is passed on is held to cost.
    id: 'price-protection.at-cost', kind: 'price-protection', triggers: ['at cost', 'mark-up', 'markup'],
    phrases: ['at (?:its |their )?(?:actual )?cost,? (?:without|with no|and without any) (?:any )?mark-?ups?'],
  },
  // discount
  {
    id: 'discount.percent-off', kind: 'discount', triggers: ['off', '%', 'per cent', 'percent', 'below'],
    phrases: ['{pct} off', '(?:an? )?{pct} (?:reduction|discount)', '{pct} below (?:the |its |[\\w-]+\'s )?(?:[\\w-]+ ){0,3}(?:list|standard|published|normal|usual|prices?|rates?|fees?|charges?)'],
  },
  {
    // "… so that the earned royalty … is reduced accordingly"; after a return of units it is part of that exit.
    id: 'discount.reduced-accordingly', kind: 'discount', triggers: ['reduced accordingly'], partOf: ['exit-flexibility'], remedyProne: true,
    phrases: ['(?:{fee}|retainer|rent)(?:[^.;|,]|\\.(?=\\d)){0,200}? (?:is|are|shall be|will be|be) reduced accordingly'],
  },
  {
    id: 'discount.reduced', kind: 'discount', triggers: ['reduc', 'lower', 'discounted'], remedyProne: true,
    phrases: [
      '(?:total|lump sum|contract sum|contract value)(?! (?:aggregate )?liabilit)(?: [\\w.-]+){0,6} (?:is|are|shall be|will be) reduced by',
      '(?:share|percentage|portion) of (?:[\\w-]+ ){0,3}(?:income|revenues?|proceeds|{fee})… (?:is|are|shall be|will be) reduced',
      '(?:reduced|lower|discounted|preferential|concessionary) (?:[\\w-]+ ){0,2}(?:{fee})(?![^.;]{0,60}\\b(?:tax|treaty|withholding))',
      '(?:{fee}|retainer|rent|contributions? (?:to|towards))(?:[^.;|,]|\\.(?=\\d)){0,200}? (?:is|are|shall be|will be|be) reduced (?:by|to|from)',
      'reduce (?:the |its |your |our )?(?:[\\w-]+ ){0,3}(?:{fee})(?: (?:for|on|of) [^.;]{0,80}?)? (?:by|from|to)',
      '(?:a |the )?reduction (?:of {pct}|from (?:the |its |\\w+\'s )?(?:list|standard|published|normal|usual))',
      '(?:a |the )?reduction of {pct}',
    ],
    // A fee that follows what is delivered ("correspondingly reduced at $5 per record") is a price
    // adjustment; prices "shown in Schedule A" are the deal's price list.
    unless: /\b(?:no|not) less than\b[^.;]{0,120}\b(?:discounted|reduced)\b|\b(?:correspondingly|proportionately|proportionally|pro rata|pro-rata|equitably) (?:reduced|adjusted|decreased)|\breduced (?:pro rata|proportionately|proportionally|correspondingly)\b|\b(?:discounted|reduced) (?:[\w-]+ ){0,2}(?:prices?|rates?|fees?) (?:shown|set (?:forth|out)|listed|specified|stated) in (?:the )?(?:Schedule|Exhibit|Appendix|Annex|Attachment)/i,
  },
  {
    // "The Reseller Discount for Enterprise Products is increased from 28% to 35%": a bigger discount.
    id: 'discount.increased', kind: 'discount', triggers: ['increase', 'raise'],
    phrases: ['(?:discounts?|rebates?)(?:[^.;|,]|\\.(?=\\d)){0,80}? (?:is|are|shall be|will be) (?:increased|raised) (?:from|to|by)'],
  },
  {
    id: 'discount.named', kind: 'discount', triggers: ['discount'], noun: true, remedyProne: true,
    phrases: [
      'discount(?:ed)? (?:of|equal to|by|at) (?:{pct}|{money})',
      '{pct}… discount',
      'discount (?:the )?… by {pct}',
      '(?:grants?|gives?|offers?|provides?|applies|apply|extends?) (?:to \\w+ )?(?:a|an|the) (?:[\\w-]+ ){0,3}discount',
    ],
    unless: /\bdiscount(?:ed)? (?:rate|cash flow)\b/i,
  },
  {
    id: 'discount.rebate', kind: 'discount', triggers: ['rebate'], noun: true,
    phrases: ['(?:pay|grant|give|provide|receive|earn)s? … rebate', '(?:a |the )?(?:volume |loyalty |annual )?rebate (?:of|equal to)'],
  },
  // credit
  {
    // Money towards the other side's costs: marketing funds, a fit-out contribution, an allowance.
    id: 'credit.allowance', kind: 'credit', triggers: ['development fund', 'co-op', 'cooperative', 'contribution', 'allowance'], noun: true,
    phrases: [
      '(?:marketing development|co-?op(?:erative)? (?:marketing|advertising)) funds?',
      '(?:fit-?out (?:contribution|allowance)|(?:tenant )?improvement allowance)',
      '(?:capital )?contribution(?:[”"*\\s]{0,6}\\))? (?:of [^.;]{0,120}?)?towards (?:the )?costs? of (?:the )?[\\w’\'-]+ (?:fitting-out|fit-?out|works|improvements?|relocation|migration)',
    ],
  },
  {
    id: 'credit.account', kind: 'credit', triggers: ['credit'], remedyProne: true,
    phrases: [
      'credit (?:the )?[\\w&]+(?:\'s)? (?:account )?with',
      'credit (?:an? )?(?:additional |extra |further |one-time |one-off )?{money}… to (?:the |its |their )?(?:[\\w&-]+(?:\'s|’s) )?(?:[\\w-]+ ){0,3}account',
      '(?:issue|grant|give|provide|apply)s? … (?:a |an )?(?:(?:one-time|one-off|goodwill|account|service|special|additional) ){0,3}credit (?:of|equal to|in the amount of)',
      '(?:entitled to|receives?|obtains?) (?:a |an )?(?:(?:one-time|one-off|goodwill|account|special|additional) ){0,3}credit (?:of|equal to|in the amount of)',
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
    id: 'credit.refund', kind: 'credit', triggers: ['refund'], remedyProne: true,
    phrases: ['(?:receive|obtain|be entitled to|issue|give|make)s? … (?:a |an )?(?:full |partial |pro[- ]rata |prorated |pro-rated )?refund', '(?:shall|will) refund (?:to \\w+ )?(?:any |all |the )?(?:prepaid|unused)'],
    // Returning fees not yet earned (for a period not received) is restitution, not a give.
    unless: /\bunearned\b|\bunexpired\b|\bunused portion\b/i,
  },
  // waiver
  {
    id: 'waiver.no-late-fee', kind: 'waiver', triggers: ['late', 'interest', 'penalt'],
    subject: 'recipient', negative: true,
    phrases: ['(?:shall|will) not be liable (?:for|to pay) (?:any )?(?:late[- ]payment |default )?(?:interest|late (?:payment )?(?:fees?|charges?)|penalt(?:y|ies))'],
  },
  {
    id: 'waiver.no-termination-fee', kind: 'waiver', triggers: ['terminat', 'cancel', 'penalt'],
    negative: true, partOf: ['exit-flexibility'],
    phrases: [
      'without (?:paying |payment of )?(?:any )?(?:early[- ]termination |termination |cancellation )(?:fees?|charges?|penalt(?:y|ies))',
      'without (?:any )?penalt(?:y|ies)',
      '(?:with|and) no (?:early[- ]termination|termination|cancellation) (?:fees?|charges?|penalt(?:y|ies))',
      'no (?:early[- ])?termination (?:fee|charge|penalty) (?:shall|will) be (?:payable|charged|due)',
      '\\(early termination (?:charge|fee)\\) (?:will|shall) not apply',
    ],
  },
  {
    id: 'waiver.no-fee', kind: 'waiver', triggers: ['no ', 'without'],
    negative: true,
    phrases: [
      '(?:with|and) no (?:late|reinstatement|set-?up|onboarding|standby|remobili[sz]ation|administration|admin) (?:fees?|charges?|penalt(?:y|ies)|interest)',
      'without (?:paying |payment of )?(?:any )?(?:late[- ]payment |reinstatement |set-?up )(?:fees?|charges?|penalt(?:y|ies)|interest)',
    ],
  },
  {
    // "the Tenant shall not be liable to pay the Basic Rent for the period of six months".
    id: 'waiver.not-liable-to-pay', kind: 'waiver', triggers: ['not be liable to pay'],
    subject: 'recipient', negative: true, remedyProne: true,
    phrases: ['(?:shall|will) not be liable to pay (?:the |any )?(?:[\\w-]+ ){0,3}{fee}'],
  },
  {
    id: 'waiver.not-charged', kind: 'waiver', triggers: ['not be charged', 'not be invoiced', 'not be billed', 'not be payable', 'not be chargeable'],
    negative: true,
    phrases: ['(?:travel|expenses?|{fee}|surcharges?|interest)(?:[^.;|]|\\.(?=\\d)){0,120}? (?:will|shall) not be (?:charged|invoiced|billed|payable|chargeable)'],
  },
  {
    // "Customer shall not be charged travel and living expenses for …": the party not charged receives it.
    id: 'waiver.party-not-charged', kind: 'waiver', triggers: ['not be charged', 'not be invoiced', 'not be billed'],
    subject: 'recipient', negative: true,
    phrases: ['(?:will|shall) not be (?:charged|invoiced|billed) (?:for )?(?:any |the )?(?:[\\w-]+ ){0,2}(?:travel|expenses|{fee})'],
  },
  {
    id: 'waiver.not-required', kind: 'waiver', triggers: ['not be required to', 'not required to'],
    subject: 'recipient', negative: true,
    phrases: ['(?:will|shall) not be required to (?:pay|make|contribute|reimburse|fund)'],
  },
  {
    id: 'waiver.will-not-charge', kind: 'waiver', triggers: ['charge', 'invoice', 'bill'],
    negative: true,
    phrases: ['(?:shall|will) not (?:charge|invoice|bill) (?:for |any )?(?:[\\w-]+ ){0,3}(?:fees?|charges?|costs?)'],
  },
  {
    // Rent or charges abated: a concession, unless it is the contract's remedy for a delay or failure.
    id: 'waiver.abated', kind: 'waiver', triggers: ['abate'], remedyProne: true,
    phrases: ['(?:is|are|shall be|will be|be|been|hereby) abated'],
  },
  {
    // "Seller waives the requirement under Section 8.3 of the PPA for Buyer to increase its Letter of
    // Credit": a contractual requirement given up, unlike boilerplate "waives any requirement to post a bond".
    id: 'waiver.requirement', kind: 'waiver', triggers: ['waive'],
    phrases: ['waives? (?:the |its |any )?(?:[\\w-]+ ){0,2}(?:requirements?|conditions?|compliance with) (?:(?:in|under|of|set out in|contained in|with) )?(?:paragraph|section|clause|article|schedule)s? \\d+'],
  },
  {
    id: 'waiver.waives', kind: 'waiver', triggers: ['waive', 'forgive', 'forgave', 'abate', 'release', 'withdraw', 'write off', 'writes off', 'wrote off', 'written off'],
    phrases: [
      'waives?',
      '(?:is|are|shall be|will be|be|been|hereby|has|have) (?:waived|forgiven|written off)',
      '(?:writes?|wrote) off',
      '(?:is|are|shall be|will be) (?:hereby )?(?:waived|abated) in full',
      'forgives?',
      'releases? (?:the other|each other|\\w+) from (?:any|all) (?:claims?|liability)',
      'releases? (?:the )?\\w+ from (?:its|their|the|any) (?:[\\w-]+ ){0,2}obligations?',
      'releases? (?:the )?\\w+ from (?:the |its |any |all )?(?:[\\w-]+ ){0,3}(?:damages|penalt(?:y|ies)|service credits)',
      '(?:waives? and )?releases? (?:any|all) claims?',
      '(?:withdraws?|releases? [\\w-]+ from),? (?:and releases? [\\w-]+ from,? )?(?:the |its |any )?(?:[\\w-]+ ){0,2}(?:backcharges?|claims?|notices? of (?:default|claim)|penalt(?:y|ies)|charges?|fees?|invoices?)',
    ],
    unless: new RegExp(`${/\bmoral rights\b|\bclass (?:action|arbitration)|\bwaive[sd]? (?:(?:any|its|their|the|our|your|a party's) )?(?:rights? to (?:a |have )?)?(?:jury|trial|immunity|objection|venue|forum|inconvenient|defen[cs]e|notice of|presentment|breach|requirement|compliance|conditions?|provisions?|performance|claims? (?:resolved|heard)|right to require \S+ (?:first )?to (?:proceed|pursue|exhaust|marshal))|\bwaiver\b(?! of (?:the |all |any )?(?:[\w-]+ ){0,3}(?:fees?|charges?|rent|interest|costs?))|\bnot (?:be deemed|constitute|operate as) (?:a )?waiver/.source}|${proceduralWaiver.source}`, 'i'),
  },
  {
    id: 'waiver.suspended-charge', kind: 'waiver', triggers: ['suspend'],
    phrases: ['(?:{fee}|surcharges?|indexation|interest)… (?:is|are|shall be|will be) suspended'],
  },
  {
    id: 'waiver.fee-holiday', kind: 'waiver', triggers: ['holiday', 'rent-free', 'rent free'], noun: true,
    phrases: ['(?:fee|rent|subscription|licen[cs]e) holiday', 'rent[- ]free (?:period|months?)'],
  },
  {
    id: 'waiver.absorb', kind: 'waiver', triggers: ['absorb', 'bear its own', 'bear their own'],
    phrases: ['absorbs? (?:the |all )?(?:[\\w-]+ ){0,5}(?:costs?|expenses?|fees?|charges?)', 'bears? (?:its|their) own (?:[\\w-]+ ){0,2}(?:costs|expenses)'],
  },
  // free-scope: extra users, hours, services at no cost
  {
    // "No royalty shall accrue or be payable … for Units Shipped between July 1 and September 30".
    id: 'waiver.none-payable', kind: 'waiver', triggers: ['payable', 'accrue', 'due'],
    negative: true,
    phrases: ['no (?:[\\w-]+ ){0,2}(?:{fee}|surcharges?|interest) (?:shall|will) (?:accrue or |accrue and )?(?:be )?(?:payable|due|accrue|charged)'],
  },
  {
    id: 'free-scope.no-charge', kind: 'free-scope', triggers: ['no charge', 'no cost', 'no additional', 'no extra', 'free of', 'without additional', 'without extra', 'without charge', 'complimentary', 'free '],
    negative: true, countable: true, remedyProne: true,
    phrases: [
      '(?:at|for) no (?!greater|higher|more|less|lower)(?:[\\w-]+ ){0,2}(?:charge|cost|fee)',
      'free of (?:[\\w-]+ ){0,2}(?:charges?|costs?|fees?|rent)',
      'without (?:additional |extra |further |any )?(?:charge|cost)',
      'complimentary',
      'free (?:upgrades?|support|training|seats|licen[cs]es|months?|hours|users)',
    ],
    // "At no charge" is a concession where the thing is otherwise paid (LABELS.md). It is the service
    // itself where described as standard or part of the deal, a licence's own terms where rights are
    // granted, a remedy where it makes good a shortfall, and how costs fall where it rides on a duty.
    unless: new RegExp([/\bno fees? (?:are|is) payable\b|\bliens?\b|\bencumbrances?\b/.source, serviceItself.source, licenceGrant.source, makingGood.source, dutyCost.source].join('|'), 'i'),
  },
  {
    // "the Free Dwell Time … is extended from five (5) working days to twelve (12) working days".
    id: 'free-scope.free-allowance-extended', kind: 'free-scope', triggers: ['free'],
    phrases: ['free (?:[\\w-]+ ){0,2}(?:time|period|days|allowance|hours|minutes|storage|quota|usage)…… (?:is|are|shall be|will be) (?:extended|increased)'],
  },
  {
    id: 'free-scope.not-charged', kind: 'free-scope', triggers: ['not be charged', 'not be invoiced', 'not be billed', 'not charge for', 'not invoice for', 'not bill for', 'be no charge', 'be no fee', 'be no cost', 'be no additional'],
    negative: true,
    phrases: [
      '(?:hours|seats|users|licen[cs]es|services|units|days|visits|workshops?|sessions?|training)… (?:will|shall) not be (?:charged|invoiced|billed)',
      // "There will be no charge for this initial training" (later training at list price).
      'there (?:will|shall) be no (?:additional |extra )?(?:charges?|fees?|costs?) for',
      '(?:shall|will) not (?:charge|invoice|bill) (?:you |\\w+ )?for (?:the |any |a |its |their )?(?!(?:any )?(?:fees?|charges?|costs?)\\b)[\\w-]+',
    ],
  },
  {
    id: 'free-scope.own-cost', kind: 'free-scope', triggers: ['cost', 'expense'], remedyProne: true,
    phrases: ['at (?:its|the [\\w-]+\'s|[\\w-]+\'s) (?:own |sole )?(?:cost|expense)(?: and expense)?'],
    // At its own cost is how a deal allocates costs; it is a concession when what is paid for is an extra.
    requires: /\b(?:additional|extra|consignment|repaint\w*|refurbish\w*|renovat\w*|improvements?|upgrade[sd]?|new (?:signage|fit-?out|equipment)|in addition)\b/i,
    unless: /\b(?:insurance|assist\w*|co-?operat\w*|compl(?:y|iance)|re-?perform|(?:repair|replace|correct|remedy) (?:the |any |such )?(?:rejected|defective|non-?conforming|affected|faulty)|remed(?:y|ies|ied)\b|reject\w*|defect\w*|non-?conform\w*|indemnif\w*|defend|audit|collect|return|destroy|recall|deliver the products|obligations|re-?(?:work|pick|pack|ship|deliver)|mis-?pick\w*)\b/i,
  },
  // risk: more liability, longer warranty
  {
    id: 'risk.uncapped', kind: 'risk', triggers: ['uncapped', 'unlimited', 'without limit', 'without any limit', 'without cap', 'no cap', 'not be subject to', 'not subject to'],
    negative: true,
    phrases: [
      '(?:liability|obligations?|indemnit\\w*)…… (?:shall be|is|will be|are|which shall be|which is) (?:uncapped|unlimited)',
      '(?:uncapped|unlimited) (?:liability|indemnit\\w*)',
      // "without any limit on the number of seats" is about quantity, not liability.
      'without (?:any )?(?:limit|cap)(?!ation)(?! (?:on|to|as to) (?:the )?(?:number|quantity|volume|usage|use)\\b)',
      // "Developer shall be fully liable, without limitation, for money damages".
      'liable,? without (?:any )?limitation',
      // "The Reseller's indemnity … shall not be subject to the limitation of liability in Section 12".
      '(?:liability|obligations?|indemnit\\w*)…… (?:shall|will|is|are) not (?:be )?subject to (?:the |any )?(?:(?:exclusions and )?limitations? (?:of|on) liability|(?:liability )?caps?|caps? on liability)',
    ],
  },
  {
    // An indemnity that reaches the other party's own negligence (LABELS.md): "REGARDLESS OF THE
    // NEGLIGENCE OF ANY OF THE INDEMNIFIED PARTIES", "even if caused by the concurrent negligence of Owner".
    id: 'risk.others-negligence', kind: 'risk', triggers: ['negligence'],
    phrases: [
      '(?:regardless of|irrespective of|notwithstanding) (?:the |any )?(?:sole |concurrent |joint |contributory |comparative |active or passive |partial )*negligence of (?:any of )?(?:the |any )?(?:[\\w-]+ ){0,2}(?:indemnified|indemnitees?|other part)',
      '(?:even if|including (?:where|when|if)) (?:caused|arising|resulting) (?:in whole or in part )?(?:by|from|out of) (?:the )?(?:sole |concurrent |joint |contributory )*negligence of (?:any of )?(?:the |any )?(?:[\\w-]+ ){0,2}(?:indemnified|indemnitees?|other part)',
    ],
  },
  {
    id: 'risk.higher-cap', kind: 'risk', triggers: ['times', '%', 'per cent', 'percent', 'cap', 'increase'],
    phrases: [
      '(?:liability|cap)…… (?:shall not exceed|is limited to|capped at|limited to) (?:{num} times|\\d+(?:\\.\\d+)? ?(?:x|times)|{pct})',
      '(?:increase|raise)s? (?:the )?(?:liability )?cap',
      '(?:liability|cap)(?:[^.;|]|\\.(?=\\d)){0,200}? (?:is|shall be|will be) increased',
      'higher (?:liability )?cap',
    ],
    requires: /\b(?:times|\d+(?:\.\d+)?\s?x\b|notwithstanding|increase[ds]?|raise|higher|(?:[2-9]\d\d|1[1-9]\d|one hundred and (?:fifty|twenty)|two hundred|three hundred)\s?(?:%|per ?cent|percent))/i,
  },
  {
    // "liability … is limited to £25.00 per kilogram … (instead of £10.00 per kilogram)": a higher limit.
    id: 'risk.higher-than-before', kind: 'risk', triggers: ['instead of', 'rather than', 'in place of'],
    higherThan: true,
    phrases: ['(?:liability|cap)…… (?:limited to|capped at|shall not exceed|not exceed) {money}…… \\(?(?:instead of|rather than|in place of) {money}'],
  },
  {
    // "… with HGF having no liability in relation to the project": one party released from all
    // liability for the venture, which the other then carries (LABELS.md).
    id: 'risk.no-liability-venture', kind: 'risk', triggers: ['no liability', 'no responsibility'],
    subject: 'recipient', negative: true,
    phrases: ['(?:having|has|have|shall have|will have|bears?|shall bear|to have) no (?:liability|responsibility)(?: whatsoever)? (?:in relation to|for|in respect of|arising (?:from|out of)|with respect to|under) (?:the|this|such) (?:project|venture|joint venture|collaboration)'],
  },
  {
    id: 'risk.extended-warranty', kind: 'risk', triggers: ['warrant', 'guarantee'],
    phrases: [
      // "warrants that the Software will perform … throughout the Term, rather than for the ninety (90) day period".
      'warrants?…… (?:throughout|for the (?:duration|life|remainder|whole) of) (?:the |this )?(?:[\\w-]+ )?(?:term|agreement|subscription|lease|licen[cs]e period),? (?:rather than|instead of|in place of)',
      '(?:warranty|guarantee)(?: period)?… (?:is|are|shall be|will be) extended',
      'extends? (?:the )?(?:warranty|guarantee)(?: period)?',
      'extended (?:warranty|guarantee)',
    ],
    // An extended-warranty programme sold to consumers is a product, not a risk one party takes.
    unless: /\bextended (?:warranty|service) (?:programs?|programmes?|plans?|contracts?|products?|business)\b/i,
  },
];
