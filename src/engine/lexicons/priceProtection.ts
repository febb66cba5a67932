/**
 * Price protection (concession kind price-protection, LABELS.md): a price freeze, lock or cap,
 * "fees will not increase", most-favoured-customer pricing. Part of prices.ts's list, in its place.
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
  'same (?:fees?|prices?|rates?|pricing|terms)|comparable|similarly situated|entitled to|at least as favou?rabl\\w*',
  'general trade|(?:any|all) (?:of its )?(?:customers|purchasers|distributors|resellers|licensees|buyers)',
].join('|');

export const priceProtectionCues: Cue<ConcessionKind>[] = [
  {
    id: 'price-protection.no-increase',
    kind: 'price-protection',
    triggers: [
      'increase',
      'raise',
      'exceed',
      'indexation',
      'escalat',
      'adjust',
      'uplift',
      'rise',
      'go up',
      'more than',
      'surcharge',
      'rolled into',
      'absorb',
      'hold',
      'none of',
      'refrain',
      'included in',
      'passed through',
    ],
    negative: true,
    // A limit is new even on what a pointer names: "such increase may not exceed twenty percent (20%)".
    capsWhatItNames: true,
    phrases: [
      '(?:{fee}|list rates?|expenses|costs)… (?:shall|will|may|must) not (?:be )?(?:increased?|raised|adjusted|revised)',
      // "shall not increase the clearance, handling and haulage Rates".
      // Not a dispute raised: "shall not raise any dispute in relation to the Fees".
      '(?:shall|will|may|must) not (?:increase|raise) (?:the |its |any )?(?:(?!disputes?|quer(?:y|ies)|objections?|claims?)[\\w-]+,? ){0,5}' +
        '(?:{fee}|expenses)',
      // "shall not escalate the Armed Response Service portion of the Monthly Fee on 1 March 2026"; not a disagreement
      // escalated, nor indexation kept ("except in accordance with clause 7 (CPI Adjustment)").
      '(?:shall|will) not escalate (?:the |its |any )?(?:(?!disputes?|disagreements?|issues?|matters?|quer(?:y|ies)|complaints?)' +
        '[\\w-]+ ){0,4}(?:(?:portion|part|element) of (?:the |its )?(?:[\\w-]+ ){0,2})?(?:{fee})\\b(?! to\\b)' +
        '(?![^.;]{0,40}\\bexcept\\b)',
      // From the proviso that limits it, not the right it limits ("may increase the fee …, provided that such increase …").
      // A rise in price, not in what is used ("Any increase in Customer's monthly usage must not exceed 20%").
      '(?:increase|adjustment|escalation|uplift|indexation)s?' +
        "(?! (?:in|of|to) (?:the |its |any |[\\w&.-]+['’]s )?(?:[\\w-]+ ){0,2}(?:usage|volumes?|storage|allocation|quantit|consumption|capacity|headcount|scope|numbers?|users|seats)\\b)" +
        '(?:(?!\\bprovided\\b)[^.;|]|\\.(?=\\d)){0,160}? (?:shall|will|may|must) not exceed',
      '(?:shall|will) not exceed… by more than',
      // "The renewal price does not exceed the contract prices … by more than 4%"; not a quantity's tolerance.
      '(?:{fee})(?:[^.;|]|\\.(?=\\d)){0,100}? (?:does|do) not exceed… by more than',
      // "The Supplier shall ensure that no Price exceeds the Price in force on the Variation Date by more than 4%".
      '\\bno (?:[\\w-]+ )?(?:{fee}) exceeds (?:the |its )?(?:[\\w-]+ )?(?:{fee})… by more than {pct}',
      // "Forwarder will not bill Shipper more than $450 per FEU for BAF".
      '(?:shall|will|must) not (?:bill|charge|invoice) (?:[\\w-]+ ){0,3}more than {money}',
      // "on any extension of the Term the Day Rate shall not rise by more than four per cent (4%)".
      '(?:{fee})… (?:shall|will|may|must) not (?:rise|go up|be raised) by more than',
      // "no adjustment taking effect during the first two Contract Years shall increase any price by more than 2.5%".
      '(?:shall|will|may|must) not increase (?:any |the |its )?(?:[\\w-]+ ){0,2}(?:{fee}) by more than',
      '\\bno (?:[\\w-]+ ){0,10}(?:shall|will|may) increase (?:any |the |its )?(?:[\\w-]+ ){0,2}(?:{fee}) by more than',
      // "no annual adjustment of the Contract Price shall exceed three percent (3%)".
      '\\bno (?:[\\w-]+ ){0,2}(?:adjustment|increase|escalation|uplift)s? (?:of|to|in) (?:the |any )?(?:[\\w-]+ ){0,3}(?:{fee})' +
        '(?: [^.;]{0,40}?)? (?:shall|will|may|must) exceed {pct}',
      // "provided that no increase during the Initial Term shall exceed three per cent (3%)".
      // Over a period of the deal, not an order's or an allocation's ("No increase in the Customer's storage allocation
      // shall exceed 20%", "No increase in the Contract Sum arising from Variations may exceed 10%").
      // The adjustment named by the clause that provides it: "No adjustment under clause 2.1 may exceed 2.5% in any Licence Year".
      '\\bno (?:(?:annual|yearly|price|fee|rate|rent|such|further) ){0,2}(?:adjustment|increase|escalation|uplift)s? ' +
        '(?:(?:made|applied) )?(?:under|pursuant to|in accordance with) ' +
        '(?:Section|Clause|Article|Paragraph|section|clause|article|paragraph) \\d[\\w.()]* (?:shall|will|may|must) ' +
        '(?:exceed|be more than|be greater than) (?:{pct}|the (?:lesser|lower) of)',
      '\\bno (?:[\\w-]+ ){0,2}(?:adjustment|increase|escalation|uplift)s? (?:during|in|for) (?:the |any )?(?:first |initial )?' +
        '(?:[\\w-]+ )?(?:Term|term|Year|year|period|Period)(?: [^.;]{0,40}?)? (?:shall|will|may|must) exceed {pct}',
      '(?:(?:shall|will|must) not|(?:agrees?|undertakes?) not to) (?:apply|impose|charge|levy) (?:any |the )?(?:annual |scheduled |contractual )?' +
        '(?:price |rate |fee |cpi |inflation(?:ary)? )?(?:indexation|escalation|adjustment|increase|uplift)',
      '(?:fees?|prices?|rates?|charges|rent)… will not increase',
      // "none of our charges under the Agreement will increase before 1 April 2027", "shall refrain from any indexation of the Rates".
      '\\bnone of (?:the |our |its |your |their )?(?:{fee})… (?:will|shall) (?:increase|rise|be increased)(?![^.;]{0,60}\\bexcept\\b)',
      'refrain from (?:any )?(?:indexation|increase|escalation|uplift)s? (?:of|to|in) (?:the |its |our )?(?:[\\w-]+ )?(?:{fee})',
      // Cost rises taken on: "the Supplier shall absorb any upward movement in the steel price index during the first two
      // (2) calendar quarters".
      '(?<!\\bnot )absorbs? (?:any |all |the )?(?:upward movements?|increases?|rises?) in (?:the )?(?:[\\w-]+ ){0,3}(?:price|cost)s?(?: index)?' +
        '(?![^.;]{0,80}\\bpass(?:ed)? (?:it |them )?through\\b)',
      // A letter's "We'll hold Tidewater at its current HK$42,000 a month for the whole renewal term".
      'hold (?:[\\w&.-]+ ){1,2}at (?:its|their|your|the) (?:current|existing|present) {money}',
      // "The costs of any expansion shall not be rolled into the rates for the existing capacity".
      '(?:costs?|expenses)… (?:shall|will|may) not be (?:rolled|included|passed|built|factored) (?:into|in|through to) (?:the )?' +
        '(?:[\\w-]+ ){0,2}(?:{fee})',
      // "there will be no increases from the per unit pricing set forth in Schedule 5.2.1 for at least the first year".
      '(?:there (?:will|shall) be|with) no (?:price )?increases? (?:from|in|to|of) (?:the |its |any )?(?:[\\w-]+ ){0,4}(?:{fee})',
      // "renew … with Sponsor Fees that do not exceed a 5 percent increase over the existing Sponsor Fees".
      '(?:{fee}) that (?:do|does|shall|will) not exceed (?:an? )?(?:[^.;|]){0,40}?increase',
    ],
    // A cap on liability or damages is about risk, not price; a fixed price changed only by a variation is the deal.
    unless:
      /\bliabilit|\bdamages\b|\bexcept (?:by|through|under|pursuant to) (?:a |an )?(?:Variation|variation|Change Order|change order)|\b(?:arising|resulting) from (?:any )?(?:Variations?|variations?|Change Orders?|change orders?)\b|\b(?:responsibility|obligation|cost) under (?:Section|Clause|Article|section|clause|article|the)\b/i,
  },
  {
    // An upward change ruled out: "No Indexation shall be applied to the Fees for the first two Contract Years", "The
    // Fees shall not be subject to indexation", "No fuel surcharge shall be applied to flights operated between …".
    // Not an adjustment, which may go either way; not a surcharge's tolerance or a payment method's.
    id: 'price-protection.none-applied',
    kind: 'price-protection',
    triggers: ['indexation', 'escalat', 'increase', 'uplift', 'surcharge'],
    negative: true,
    remedyProne: true,
    phrases: [
      '\\bno (?:[\\w-]+ ){0,2}(?:indexation|escalation|increases?|uplifts?) (?:shall|will|may) (?:be )?(?:applied|made|apply) ' +
        '(?:to|in respect of|on) (?:the |any )?(?:[\\w-]+ ){0,3}(?:{fee})',
      '\\bno (?:fuel|bunker|energy|peak[- ]season|currency|congestion|seasonal|holiday) surcharges? (?:shall|will|may) (?:be )?' +
        '(?:applied|levied|charged|payable)',
      '(?:{fee})… (?:shall|will) not be subject to (?:any )?(?:indexation|escalation|increases?|uplifts?)',
    ],
    // Changed only by agreement or the contract's own mechanism, said of the price: "No increase shall be made to the
    // Charges unless agreed in writing", "… to the Fees without the Customer's prior written consent", "No escalation
    // shall apply to the Fees except as set out in Schedule 2". A hedge before it leaves the freeze ("Unless otherwise
    // agreed, no increase shall be applied to the Fees for the first twenty-four (24) months").
    unless: new RegExp(
      '\\b(?:fees?|charges?|prices?|rates?|rent)\\b[^.;]{0,60}\\b(?:unless|except|save|other than|without)\\b[^.;]{0,40}' +
        '\\b(?:agreed|agreement|consent|approval|set out|provided|specified|stated)\\b|\\bliabilit|\\bdamages\\b',
      'i',
    ),
  },
  {
    id: 'price-protection.fixed',
    kind: 'price-protection',
    triggers: [
      'guarantee',
      'honor',
      'honour',
      'fixed',
      'frozen',
      'freeze',
      'lock',
      'unchanged',
      'firm',
      'hold',
      'held',
      'keep',
      'capped',
      'remain',
      'revision',
      'stays at',
      'stay at',
      'not at',
      'same terms',
      'same pric',
      'same rate',
      'same fee',
    ],
    phrases: [
      '(?:{fee}|list rates?)… (?:shall|will) remain (?:fixed|firm|frozen|unchanged|constant)',
      // A letter's "the desk rate stays at S$780 for the entire Term".
      // The price paid for the deal, not a charge on leaving or a commission paid back.
      '(?<!\\b(?:termination|cancell?ation|referral|commission)\\b[^.;]{0,20})(?:{fee})… (?:stays?|remains?|will stay|will remain) at ' +
        '{money}(?: [^.;]{0,30}?)? (?:for|until|through|throughout) the (?:entire |whole |full |initial )?' +
        '(?:term|initial term|renewal term|contract year|{num} (?:months|years)|(?:renewal |renewed )?(?:period|retainer))\\b',
      // More bought at the contract's price: "Additional Units shall be charged at the annual unit fees in Table 1, and not at
      // Corvid's then-current list prices".
      // Not a surcharge or a list price ("at one and a half times the hourly rates …, and not at standard rates").
      '(?:shall|will) be (?:charged|invoiced|billed|priced) at ' +
        "(?:(?!\\b(?:times|premium|uplift|overtime|list|then[- ]current)\\b)[^.;%]){0,80}?,? (?:and )?not at (?:[\\w&-]+['’]s )?" +
        '(?:then[- ]current |standard |prevailing )?(?:list )?(?:prices?|rates?|fees?)',
      // "the Annual Contract Price for Contract Years 4 and 5 shall remain at the Contract Year 3 figure".
      '(?:{fee})… (?:shall|will) remain at the (?:[\\w-]+ ){0,2}(?:Year|year|Period|period) (?:\\d{1,2}|one|two|three|four|five) ' +
        '(?:figure|level|amount|rates?|prices?)',
      // "Carrier has agreed to hold the all-in rate of $4,050.00".
      '(?:agree[sd]? to|will|shall) hold (?!(?:the |its )?(?:quoted|booking|security|deposit)\\b)(?:the |its )?(?:[\\w-]+ ){0,3}(?:rate|price|fee)s? (?:of|at) {money}' +
        '(?![^.;]{0,80}\\b(?:days?|quot\\w*|security|deposit|lapses?|valid)\\b)',
      // A translated "Party A shall not request any revision of the unit prices set forth in Appendix 2".
      '(?:shall|will) not (?:request|seek|propose) (?:any )?(?:revision|increase|change|adjustment)s? (?:of|to|in) (?:the )?' +
        '(?:[\\w-]+ ){0,2}(?:{fee})',
      // "labor rates for Option Period 1 … shall remain at the Base Period rates, without escalation".
      // Not "without adjustment for the reduced scope", which favours the one paid.
      '(?:{fee}|list rates?)… (?:shall|will) remain at…,? without (?:any )?(?:escalation|increase|indexation)',
      // "Prices will remain in effect for the period of the initial 5 year term": prices held for a period.
      // "The prices remain valid for the first 12 months"; not how long a quotation stays open ("for 30 days").
      '(?<!\\b(?:quot\\w+|proposals?|tenders?|offers?)\\b[^.;]{0,60})(?![^.;]{0,60}\\b(?:quot\\w+|proposals?|tenders?)\\b)' +
        '(?:{fee}|list rates?)… (?:(?:shall|will) remain|remains?) ' +
        '(?:valid|in (?:full )?(?:force and )?effect) (?:for|until|through|throughout|during)' +
        '(?! (?:a period of )?{num} (?:calendar |business |working )?days)',
      // Not the pricing model: "Our fees are fixed lump sums for the scope described above".
      '(?:{fee}|list rates?)(?:[^.;|]|\\.(?=\\d)){0,120}? (?:are|is|shall be|will be) ' +
        '(?:fixed|frozen|held|locked|capped)(?! lump[- ]sums?\\b)(?: (?:at|until|for|through))?',
      '(?:hold|keep|freeze|lock)s? (?:the |its |our |your )?(?:[\\w-]+ ){0,5}(?:{fee})' +
        '(?:[^.;|]|\\.(?=\\d)){0,80}? at (?:{money}|(?:the )?(?:[\\w-]+ )?(?:levels?|rates?|amounts?|prices?))',
      '(?:{fee}|billed|charged|priced)(?:[^.;|]|\\.(?=\\d)){0,80}?, (?:fixed|frozen|locked|held) (?:for|until|through|throughout)',
      'price (?:freeze|lock|hold|guarantee)',
      // "Fennick will hold the Exhibit C rate card fixed through 31 October 2028".
      // "The Vendor shall hold the prices in the Price List firm, without escalation …, until the expiry".
      '(?:hold|keep)s? (?:the |its |our |your )?(?:[\\w-]+ ){0,4}(?:{fee}|rate cards?|price lists?) ' +
        // Not how long a quotation stays open ("hold the prices in its Quotation firm for ninety (90) days").
        '(?:(?:in|of|under|on) (?:the |its )?(?!(?:[\\w-]+ )?(?:quotation|quote|proposal|tender|offer)\\b)(?:[\\w-]+ ){0,3})?' +
        '(?:fixed|firm|unchanged|frozen)(?:,| (?:through|until|for|during|to|without))',
      // Held for a period or for the orders of one: "Hollin will hold the prices in price list HL-2026-B for all orders
      // delivered between 1 January and 31 December 2027", "we will hold our prices for 2027"; not a quotation kept open.
      '(?:hold|keep)s? (?:the |its |our |your )?(?:[\\w-]+ ){0,3}(?:{fee}|rate cards?|price lists?|pricing) ' +
        '(?:(?:in|of|under|on) (?:the |its )?(?!(?:[\\w-]+ )?(?:quotation|quote|proposal|tender|offer)\\b)(?:[\\w-]+ ){0,3})?' +
        '(?:for (?:all )?(?:orders|deliveries|purchases|shipments)|for (?:the (?:calendar |financial |fiscal )?year )?(?:19|20)\\d\\d|until|through|during|' +
        // "… for any additional curtain wall work added by change order through December 31, 2026".
        'for (?:any|all) (?:[\\w-]+ ){0,6}?(?:orders|deliveries|purchases|shipments|work|services)\\b[^.;]{0,80}?\\b(?:through|until)(?= (?:\\d|[A-Z])))\\b',
      '(?:freeze|lock) (?:the )?(?:{fee})',
      // A renewal at today's prices, said so: "shall automatically renew … on the same terms (including pricing terms)",
      // "renew at the same prices"; not the boilerplate "renew … on the same terms and conditions".
      '(?:renew|renews|renewed|renewal|extend|extends|extended)(?:[^.;]|\\.(?=\\d)){0,80}? (?:on|at|upon) the same ' +
        '(?:terms(?: and conditions)?,? \\(?including (?:the )?(?:pricing|prices?|rates?|fees?)|(?:prices?|rates?|fees?|pricing)\\b)',
      // "Provider guarantees the current per-seat price for any seats added during the Term".
      '(?:guarantees?|honou?rs?|locks? in|holds?) (?:the |its )?(?:current|existing|then-current|same) (?:[\\w-]+ ){0,2}' +
        '(?:prices?|pricing|rates?|fees?)',
    ],
    // A fixed price changed only by a variation is a fixed-price contract: the deal; so are "fixed prices" as a kind of price.
    // Nor prices that move all the same: indexed, replaced on notice, or surviving the end.
    unless:
      /\bare fixed prices\b(?! (?:for|until|through|during|throughout)\b)|\bexcept (?:by|through|under|pursuant to) (?:a |an )?(?:Variation|variation|Change Order|change order)|(?<!\bnot (?:be )?)\bsubject to (?:the )?(?:annual )?(?:indexation|index(?:ing)?|CPI|escalation|adjustments?)\b|\buntil replaced\b|\b(?:after|following) (?:the )?(?:termination|expiry|expiration)\b|\bremains? (?:obligated|liable) to pay\b[^.;]{0,80}\b(?:as )?(?:of|at|on|upon) the (?:date|time) of (?:the )?(?:termination|expiry|expiration)\b/i,
  },
  {
    // An earlier year's price kept: "renewals … will be invoiced to you at your 2025 buy price rather than the 2026 buy
    // price". The earlier year must come first: "at the 2026 list price rather than the 2025 list price" is the rise.
    id: 'price-protection.earlier-year',
    kind: 'price-protection',
    triggers: ['rather than', 'instead of'],
    fewerThan: true,
    phrases: [
      '(?:invoiced|charged|billed|priced) (?:to [\\w-]+ )?at (?:the |your |its |their |our )?(?:19|20)\\d\\d (?:[\\w-]+ )?' +
        '(?:prices?|rates?|fees?),? (?:rather than|instead of) (?:the |your |its )?(?:19|20)\\d\\d',
    ],
  },
  {
    // "the fuel surcharge … will not exceed 38% of the linehaul charge": a ceiling on what is paid.
    id: 'price-protection.not-exceed',
    kind: 'price-protection',
    triggers: ['exceed', 'maximum'],
    negative: true,
    capsWhatItNames: true,
    phrases: [
      // Read from the fees a proviso caps, not from those of the main clause before it ("Provider may charge
      // fees …, provided that such fees shall not exceed …"): the proviso's own "shall" binds.
      '(?:{fee}|surcharges?|expenses)(?![^.;]{0,80}?\\bprovided\\b[^.;]{0,80}?\\bnot ' +
        '(?:exceed|be more than|be greater than))… (?:shall|will) (?:not|in no event) (?:exceed|be more than|be greater than)',
      // "charged at a blended hourly rate not exceeding $695".
      '(?:rates?|prices?|fees?|charges?) (?:not exceeding|not to exceed) {money}',
      // "Channel Partner shall be charged a maximum rate of [***] per User ("Special Pricing")".
      '(?:charged|invoiced|billed|pay|pays) (?:at )?a maximum (?:rate|price|fee|charge) of',
      // An index-linked rise held to a ceiling: "Should the CPI increase exceed more than 10% in any given year the
      // maximum amount applied will be 10%".
      '(?:CPI|RPI|index|indexation|escalation|increase)…… (?:the )?maximum (?:amount|increase|adjustment|rate)(?: applied)? ' +
        '(?:will|shall) be {pct}',
    ],
    // Costs held to a share of another amount ("Overhead costs … shall not exceed 10%") are how a cost-plus price is computed.
    // Nor a cap on what a party pays someone else ("pay the third party administrator an annual fee … not to exceed").
    unless: new RegExp(
      [
        '\\bliabilit|\\bdamages\\b|permitted by (?:applicable )?law|\\busury',
        'maximum (?:rate|amount) (?:permitted|allowed)',
        '\\b(?:costs?|overheads?)\\b[^.;]{0,80}\\bnot exceed [^.;]{0,30}(?:percent|per cent|%)',
        '\\bpay (?:the |a |any |such )?third[- ]part(?:y|ies)\\b',
        // A rate set as a share of another or at cost ("The [*] rate shall not exceed [*]% of [*] rate", "Mechanical
        // rates will not exceed [**] percent of the then-current statutory rate", "will not exceed MSL's actual cost")
        // is how the price is computed; a surcharge or an increase held to a share is still protection.
        // Not a renewal held to the rates then in force ("shall not exceed 103% of the then-current rates").
        '^(?![^]*\\b(?:surcharges?|increases?|uplifts?|adjustments?|escalat\\w*)\\b)[^]*\\bnot exceed\\b[^.;]{0,40}?' +
          // The share may be redacted: "shall not exceed [***] of the Fully Burdened Manufacturing Costs".
          '(?:percent|per cent|%|\\[\\*+\\])\\)?\\s+of\\s+(?!(?:the\\s+)?(?:then[- ]current|current|prior|existing|preceding)\\s+(?:rates?|fees?|prices?|charges)\\b)' +
          '(?:the\\s+)?' +
          '(?:[\\w\\[\\]*-]+\\s+){0,3}(?:rates?|costs?)\\b',
        "\\bnot exceed (?:the |its |[\\w-]+['’]s )?actual (?:costs?|expenses?)\\b",
        // An expense policy's ceiling: "all reasonable out of pocket expenses incurred by Theismann … shall not exceed $1,000
        // per day unless Theismann receives prior written approval".
        '\\b(?:out[- ]of[- ]pocket|travel(?:l?ing)?|reimbursable)\\b[^.;]{0,40}\\bexpenses\\b',
      ].join('|'),
      'i',
    ),
  },
  {
    id: 'price-protection.cap',
    kind: 'price-protection',
    triggers: ['cap', 'limited to', 'no more than', 'not more than'],
    phrases: [
      // A letter's "Year 2 and Year 3 pricing will go up by no more than 3% a year".
      '(?:pricing|prices?|{fee})… (?:will|shall|may) (?:only )?(?:go up|increase|rise) (?:by )?(?:no|not) more than {pct}',
      '(?:pricing|prices?|{fee})… (?:will|shall|may) not (?:go up|increase|rise) (?:by )?more than {pct}',
      'cap (?:the |its |all )?(?:{fee}|api fees|expenses)',
      '(?:expenses|{fee})… (?:are|is|shall be|will be) capped at',
      'price cap',
      // "Renewal uplift capped at 7%", "price increases shall be limited to the lesser of CPI and 4%".
      '(?:increases?|uplifts?|escalations?|indexation|adjustments?)(?: (?:is|are|shall be|will be))? ' +
        '(?:capped|limited) (?:at|to) (?:{pct}|the (?:lesser|lower) of)',
      // "any annual increase to the power MRC in Line 2 is capped at three percent".
      '(?:increases?|uplifts?|escalations?|adjustments?) (?:to|in|of) (?:[^.;|]){1,60}? (?:is|are|shall be|will be) ' +
        '(?:capped|limited) (?:at|to) (?:{pct}|the (?:lesser|lower) of)',
      // The change named with who makes it and under what: "Any annual adjustment Provider makes to its fees under
      // Section 6.4 … will be limited to three percent (3%)".
      '(?:increases?|uplifts?|escalations?|adjustments?) (?:[^.;|]|\\.(?=\\d)){1,60}?\\b(?:{fee})\\b(?:[^.;|]|\\.(?=\\d)){0,80}? ' +
        '(?:is|are|shall be|will be) (?:capped|limited) (?:at|to) (?:{pct}|the (?:lesser|lower) of)',
    ],
    // A cap on credits, liability or damages is not on the price.
    unless: /\b(?:credits?|liabilit(?:y|ies)|damages)\b[^.;]{0,40}\b(?:capped|limited)\b/i,
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
      'as low',
      'higher fee',
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
      // Not a reference number ("MFN/WHS/2025/0387").
      '(?<![/\\w-])MFN(?![/\\w-])',
      '(?:offer|extend|provide|apply)s? (?:[\\w-]+ )?(?:the )?same (?:fees?|prices?|rates?|pricing|terms)',
      // What is compared is money or terms: promoting products "no less favourably" is about effort, not price.
      '(?:{fee}|terms|conditions|treated|treatment)(?:[^.;|]){0,160}? no less favou?r(?:able|ably)(?:[^.;|]){0,200}? than',
      'no less favou?rable (?:{fee}|terms)',
      // "at as low a rate and on as good terms as Diplomat sells similar quantities … to the general trade".
      // Not a price list's "available at as low as $4.00 per unit".
      'at (?:(?:a |the )?(?:{fee}) )?(?:at least )?as low (?:a |an )?(?:(?:{fee}) )?(?:and on as (?:good|favou?rable) terms )?as\\b' +
        '(?!\\s*(?:{money}|[$£€]|\\d))',
      '(?:{fee}|terms|conditions|treated|treatment)(?:[^.;|]){0,160}? ' +
        '(?:(?:shall|will) not be|is not|are not) less favou?rable(?:[^.;|]){0,200}? than',
      '(?:{fee}|terms|conditions|treated|treatment)(?:[^.;|]){0,160}? at least as favou?rabl[ey]',
      'entitled to (?:that|the same|such) (?:lower|better|reduced|more favou?rable) (?:{fee}|terms)',
      // Parity paid upward: "Licensee shall increase the License Fee payable to Licensor so that it equals that higher fee".
      '(?:increase|raise|adjust)s? (?:the |its )?(?:[\\w-]+ ){0,3}(?:{fee})… so that it (?:equals|matches|is equal to) ' +
        '(?:that|the|such) (?:higher|greater|more favou?rable) (?:{fee})',
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
    // A right to match a third party's offer ("on terms no less favourable than the proposal") is first refusal.
    // Parity in a shortage ("no less favorably than any other distributor … pro rata allocation") stays:
    // CUAD's lawyers mark it most-favoured treatment.
    unless: /\b(?:first refusal|right to match|third[- ]party (?:[\w-]+ )?(?:proposal|offer))\b/i,
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
    // Expenses passed on at cost are reimbursed, as they are by default: "disbursements, which are charged at cost".
    unless: /\b(?:disbursements?|expenses|out-of-pocket|travel)\b/i,
  },
];
