/**
 * Concessions on what is paid: longer payment terms, price protection, discounts and credits
 * (LABELS.md). Earlier entries win where two phrases overlap, so the specific come before the general.
 */
import type { ConcessionKind } from '../model.js';
import type { Cue } from './cue.js';
import { priceProtectionCues } from './priceProtection.js';
import { creditCues } from './credits.js';
import { paymentTermCues } from './paymentTerms.js';

/**
 * A price table's column of what this deal charges: "Unit price this Order", "Offer price", "Special rate". Not a
 * reseller's or distributor's buy price, which is its margin, the deal itself.
 */
const ORDER_PRICE_COLUMN =
  /^(?!.*\b(?:reseller|distributor|dealer|partner|wholesale|buy|your)\b).*(?:\b(?:(?:this|the) (?:order|quote|proposal)|offer(?:ed)?|discounted|special|promotional|negotiated)\b[^|]{0,20}\b(?:price|rate|fee)s?\b|\b(?:price|rate|fee)s? (?:for |under |in )?(?:this|the) (?:order|quote|proposal)\b)/i;
/** The column of the price it is compared with: "Unit list price (annual)", "Standard rate"; not a retail price. */
const LIST_PRICE_COLUMN =
  /^(?!.*\b(?:retail|rrp|msrp|resale)\b).*\b(?:list|standard|catalog(?:ue)?|regular|published|rack)\b/i;

const PROPORTIONATELY = 'correspondingly|proportionately|proportionally|pro rata|pro-rata|equitably';

export const priceCues: Cue<ConcessionKind>[] = [
  // payment-terms: longer terms, deferral, instalments
  ...paymentTermCues,
  // price-protection: freeze, cap, no increase, most-favoured pricing (priceProtection.ts)
  ...priceProtectionCues,
  // discount
  {
    id: 'discount.percent-off',
    kind: 'discount',
    triggers: ['off', '%', 'per cent', 'percent', 'below'],
    // "for deliveries made more than ten days after the delivery date, a 5% discount": a late-delivery remedy.
    // Nor a reseller's standard margin, which is the deal (LABELS.md): "| Reseller Margin | 30% off the recommended retail
    // price |"; a further margin on top of it is a discount.
    unless:
      // Nor a price per order size, which the volume pays for: "6% off Price List for orders of 50–149 Units".
      /\b(?:for|on) (?:(?:each|any|all|individual) )?(?:orders?|purchases?|shipments?) of (?:at least |more than |over |in excess of )?\d[\d,]*(?:\s*[–-]\s*\d[\d,]*)? (?:[\w-]+ )?(?:units|MT|tonnes|tons|pieces|cases|pallets|items|licen[cs]es|seats)\b|\bdeliver(?:ed|ies|y) late\b|\blate[- ]deliver\w*|\bafter (?:the |such )?(?:applicable )?delivery date\b|^(?![^]*\b(?:further|additional|extra|increased|raised|improved|in addition to|rather than|instead of|in place of|special|launch|promotional|incentive)\b)[^]*\b(?:reseller|distributor|dealer|trade|wholesale) (?:margin|discount)\b/i,
    phrases: [
      '{pct} off',
      // A reduction in something priced, not in a measure of performance ("at least 8% reduction in empty miles").
      '(?:an? )?{pct} discount',
      '(?:an? )?{pct} reduction(?! in (?!(?:the |its |all |each |any |their |our |your )?(?:[\\w-]+ ){0,3}' +
        '(?:{fee}|rent|costs?|price lists?|invoices?|amounts?|sums?|payments?|minimums?)\\b))',
      // "discounted 10% from Standard Bill Rate".
      'discounted (?:by )?{pct} (?:from|off|on|against) (?:the |its )?(?:[\\w-]+ ){0,3}' +
        '(?:list|standard|published|normal|usual|prices?|rates?|fees?|charges?)',
      // A table of discounts granted: "the Airline shall grant the Corporate the following discounts off Published Fares".
      // Not a reseller's margin ("… off the List Price for Products purchased for resale"), which is the deal.
      '(?:grants?|gives?|offers?|extends?|allows?) (?:[\\w&-]+ ){0,3}(?:the following |these )?discounts? (?:off|on|from) ' +
        '(?:the |its |all )?(?:[\\w-]+ ){0,2}(?:{fee}|fares?|list)(?![^.;]{0,120}\\b(?:for resale|to resell|resale)\\b)',
      "{pct} below (?:the |its )?(?:[\\w-]+(?:'s|’s) )?(?:[\\w-]+ ){0,3}(?:list|standard|published|normal|usual|prices?|rates?|fees?|charges?)",
      // "will charge the Client 85% of the list price": a price set below the list (two digits: under 100%).
      '(?:charge|invoice|bill|price|sell)s? (?:[\\w-]+ ){0,3}(?:at )?\\d{1,2}(?:\\.\\d+)? ?(?:%|per ?cent|percent) of ' +
        "(?:the |its |[\\w-]+'s )?(?:then[- ]current )?(?:list|standard|published|full|rack|normal|usual) " +
        '(?:prices?|rates?|fees?|charges)',
    ],
  },
  {
    // | Item | List | Discount | … | over | Seats | $120 | 25% | … |: a figure under a "Discount" column.
    id: 'discount.column',
    kind: 'discount',
    triggers: [],
    column: /^\s*(?:[\w-]+\s+)?(?:discounts?|rebates?|reductions?)\s*(?:\(%\)|%)?\s*$/i,
    phrases: ['{pct}', '{money}'],
  },
  // | Item | Unit list price | Unit price this Order | … over | CX-AGT | $1,140.00 | $912.00 |: the row's price below its
  // list price is a discount, at nil something given for nothing.
  {
    id: 'discount.below-list',
    kind: 'discount',
    triggers: [],
    column: ORDER_PRICE_COLUMN,
    belowColumn: LIST_PRICE_COLUMN,
    phrases: ['{money}'],
  },
  {
    id: 'free-scope.listed-at-nil',
    kind: 'free-scope',
    triggers: [],
    column: ORDER_PRICE_COLUMN,
    belowColumn: LIST_PRICE_COLUMN,
    atNil: true,
    phrases: ['{money}'],
  },
  {
    // | Implementation (one-time) | $18,500.00 | waived | $0.00 |: a price table's cell that waives its row.
    id: 'waiver.cell',
    kind: 'waiver',
    triggers: [],
    column:
      /^\s*(?:[\w-]+\s+)?(?:adjustments?|discounts?|concessions?|credits?|notes?|comments?|price|fees?|charges?|amount|net(?:\s+[\w()-]+){0,3})\s*$/i,
    phrases: ['^\\s*(?:(?:fee|charge)s? )?waived\\b'],
  },
  {
    // "a royalty of three and one-half percent (3.5%) of Net Sales in place of five percent (5%)": a lower rate.
    id: 'discount.rate-in-place-of',
    kind: 'discount',
    triggers: ['in place of', 'instead of', 'rather than'],
    fewerThan: true,
    phrases: [
      '{pct}\\)?(?: of (?:[\\w-]+ ){0,2}[\\w-]+)? (?:in place of|instead of|rather than) (?:the )?(?:current |existing |standard )?{pct}',
      // "an indirect cost rate of 26% of modified total direct costs … in place of its standard … rate of 57%".
      // Or applied to a base: "an indirect cost rate of 20% to the Direct Costs in place of its standard industry rate of 46%".
      '{pct}\\)?(?: (?:of|to|on) [^.;]{0,80}?)? (?:in place of|instead of|rather than) (?:its |the |our |their )?' +
        '(?:current |existing |standard |normal |usual )?(?:[\\w-]+ ){0,4}(?:rates?|fees?|prices?|charges?) of {pct}',
      // "will bill senior hours at $185 per hour instead of our standard rate of $210 per hour".
      '{money}(?: (?:per|an?|each) [\\w-]+)? (?:in place of|instead of|rather than) (?:its |the |our |their |your )?' +
        '(?:current |existing |standard |normal |usual |list )?(?:[\\w-]+ ){0,3}(?:rates?|fees?|prices?|charges?) of {money}',
    ],
  },
  {
    // "Subscription Fees for Year 2 are $90,000 (list price $120,000)": a price set below the list it names.
    id: 'discount.below-list',
    kind: 'discount',
    triggers: ['list price', 'standard price', 'published price', 'regular price', 'usual price', 'normal price'],
    fewerThan: true,
    phrases: [
      '{money}(?:[^.;|]){0,40}?\\(?(?:against|versus|vs\\.?|compared (?:to|with)|from)? ?(?:a |the |its )?' +
        '(?:list|standard|published|regular|usual|normal) (?:price|rate|fee)s?(?: of| is| was)? {money}',
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
    // Rent set below the market: "Base Rent for the Extension Term shall be ninety-five percent (95%) of the
    // Prevailing Market Rent" (a figure under 100, in digits).
    id: 'discount.below-market',
    kind: 'discount',
    triggers: ['market'],
    phrases: [
      // A rent or rate set against the market's (not a fee that is a share of a value), from 50% to 99%.
      '(?:rent|rates?)… (?:shall|will) be (?:[\\w-]+ (?:and [\\w-]+ )?(?:per ?cent|percent) )?\\(?(?:[5-9]\\d(?:\\.\\d{1,2})?) ?%\\)? ' +
        'of (?:the )?(?:then[- ]?current |then[- ]?prevailing |prevailing |current )?(?:fair )?market (?:rent|rental|rates?)',
    ],
  },
  {
    id: 'discount.reduced',
    kind: 'discount',
    triggers: [
      'reduc',
      'lower',
      'discounted',
      'margin',
      'pass through',
      'passes through',
      'allowance',
      'introductory',
      'promotional',
    ],
    remedyProne: true,
    phrases: [
      '(?:total|lump sum|contract sum|contract value)(?! (?:aggregate )?liabilit)(?: [\\w.-]+){0,6} (?:is|are|shall be|will be) reduced by',
      '(?:share|percentage|portion) of (?:[\\w-]+ ){0,3}(?:income|revenues?|proceeds|{fee})… (?:is|are|shall be|will be) reduced',
      // Rebates passed on: "pass through to Advertiser one hundred percent (100%) of the Volume Rebates".
      'pass(?:es)? through (?:to [\\w&-]+ )?{pct} of (?:the |all |any )?(?:[\\w-]+ ){0,2}(?:rebates?|discounts?)',
      // A margin or discount on top of the standard: "an additional launch margin of five percentage points (5%)".
      // Granted, not charged: "Customer shall pay Provider an additional margin of 15% on third-party hardware" is a markup.
      '(?:grants?|gives?|allows?|offers?|entitled to|receives?) (?:[\\w&-]+ ){0,3}(?:an? )?(?:additional|extra|increased|higher) ' +
        '(?:[\\w-]+ ){0,2}(?:margins?|discounts?|rebates?) of (?:{pct}|[\\w-]+ percentage points?)',
      // Remedy-prone here: "the charges shall be reduced by 10% on the monthly fees" where a Service Level is missed.
      'reduced (?:by )?{pct} (?:from|off|on|against) (?:the |its )?(?:[\\w-]+ ){0,3}' +
        '(?:list|standard|published|normal|usual|prices?|rates?|fees?|charges?)',
      // A tax withheld at a treaty's reduced rate is tax law, not a price.
      // "Agency will apply an introductory markup of 1.33 in place of the light-industrial markup": granted now, not one
      // that has lapsed ("The introductory pricing that applied under pilot Order Form … expired").
      '(?:introductory|promotional|launch) (?:mark-?ups?|rates?|prices?|pricing) (?:of|at)\\b' +
        '(?![^.;]{0,60}\\b(?:expired|lapsed|ended|applied under)\\b)',
      '(?:reduced|lower|discounted|preferential|concessionary) (?:(?!withholding\\b|tax\\b)[\\w&-]+ ){0,2}' +
        '(?:{fee})(?![^.;]{0,60}\\b(?:tax|treaty|withholding))',
      // "The Development Fee for each of Restaurants No. 3 through No. 8 is reduced from …".
      '(?:{fee}|retainer|rent|contributions? (?:to|towards))(?:[^.;|,]|\\.(?=\\d)|(?<=\\bNos?)\\.){0,200}? ' +
        '(?:is|are|shall be|will be|be) reduced (?:by|to|from)',
      // "reduce the quarterly instalment of the management fee from €8,600 to €6,450".
      'reduce (?:the |its |your |our )?(?:[\\w-]+ ){0,3}(?:(?:instal(?:l)?ments?|portion|part|element) of (?:the |its |your |our )?' +
        // "reduce the Principal Rent payable for the Premises by 50%".
        '(?:[\\w-]+ ){0,2})?(?:{fee})(?: (?:payable|due|charged))?(?: (?:for|on|of|under) [^.;]{0,80}?)? (?:by|from|to)(?: {pct})?',
      // An amendment's "Section 5.2 is amended … by reducing the cost-per-page rates as follows:".
      'amended… by reducing (?:the |its )?(?:[\\w-]+ ){0,3}(?:{fee})',
      "(?:a |the )?reduction (?:of {pct}|from (?:the |its |\\w+'s )?(?:list|standard|published|normal|usual))",
      // "a reduction from the Fair Market Value price that Section 18 of the Lease would otherwise require".
      // Not credits "applied as a reduction from the monthly fees", nor a set-off from a price.
      'reduction from (?:the |its )?(?:fair market|market|list|standard|published|normal|usual)(?: [\\w-]+){0,3} ' +
        '(?:price|rate|fee|value)s?\\b',
      // "a reduced facilities and administrative (F&A) rate of 26%".
      'reduced (?:[\\w-]+ ){1,4}\\([\\w&-]{1,10}\\) (?:{fee}) of {pct}',
      '(?:a |the )?reduction of {pct}',
      // "for a fixed fee of $385,000, a reduction of $140,000 from Manufacturer's proposal dated January 17, 2025".
      "reduction of (?:{money}|{pct}) (?:from|off|on) (?:the |its |[\\w&-]+['’]s )?(?:original |initial |earlier )?" +
        '(?:proposal|quotation|quote|bid|tender|offer|list price|standard price)',
      // An allowance a seller pays its buyer: "the Co-op shall pay Hartwell a promotional allowance of $0.60 per carton".
      // Paid by sellers to the retailer; a distributor's co-op advertising contribution runs the other way.
      '(?:promotional|slotting) allowance of (?:{money}|{pct})',
      // "shall apply a reduction of £2,000 to each monthly invoice".
      // "Organizer grants Tidewater a reduction of Twenty-Five Thousand Dollars ($25,000) in the Sponsorship Fee".
      "(?:apply|applies|give|gives|grant|grants|allow|allows|offer|offers) (?:[\\w&.'’-]+ )?(?:a |an )?(?:reduction|deduction) of " +
        '(?:{money}|{pct}|[\\w -]{1,60}\\([$£€]?[\\d,.]+\\)) (?:to|on|from|off|in) (?:the |each |every |all |its |any )?(?:[\\w-]+ ){0,2}' +
        '(?:invoices?|{fee}|bills?)',
    ],
    // A fee that follows what is delivered ("correspondingly reduced at $5 per record") is a price
    // adjustment; prices "shown in Schedule A" are the deal's price list; a set-off is no discount.
    unless: new RegExp(
      [
        // A fee reduced by what the other side owes is a set-off: "reduce the next instalment of the Fees by the amount of
        // any Service Credits accrued".
        '\\bby the amount of (?:any|the|such|all)\\b',
        // A tier's lower price settled at the year's end is the price list at work.
        '\\btrue-?up\\b',
        // A cheaper source found, not a price cut: "In the event MSL can purchase the same parts … at lower costs, MSL will
        // identify those reduction opportunities to IBM".
        '\\b(?:can|could|is able to|are able to) (?:purchase|buy|obtain|source|procure)\\b[^.;]{0,160}?\\bat (?:a )?(?:lower|reduced) (?:costs?|prices?)\\b',
        // Interest "at the lower rate of 1.5% per month or the maximum legal rate": the law's ceiling, not a discount.
        '^(?![^]*\\b(?:instead of|rather than|in place of)\\b)[^]*\\binterest\\b[^.;]{0,80}?\\b(?:lower|lesser)\\b(?:[^.;]|\\.(?=\\d)){0,120}?\\b(?:maximum|highest)\\b',
        // The lower fee an MFN passes on is the MFN itself (LABELS.md: one price-protection).
        '\\bmost[- ]favou?red\\b[^.;]{0,300}\\b(?:that|such|the same|any such) (?:lower|reduced|better)\\b',
        '\\b(?:no|not) less than\\b[^.;]{0,120}\\b(?:discounted|reduced)\\b',
        `\\b(?:${PROPORTIONATELY}) (?:reduced|adjusted|decreased)`,
        '\\breduced (?:pro rata|proportionately|proportionally|correspondingly)\\b',
        '\\b(?:discounted|reduced) (?:[\\w-]+ ){0,2}(?:prices?|rates?|fees?) ' +
          '(?:shown|set (?:forth|out)|listed|specified|stated) in (?:the )?' +
          '(?:Schedule|Exhibit|Appendix|Annex|Attachment)',
        // A price netted against what is owed, assumed or already paid is a set-off, not a discount: "The purchase
        // price will be reduced by any liabilities … assumed by us and any amounts due to us from you".
        '\\breduced by (?:any|all|the amount of(?: any)?) [^.;]{0,80}?\\b(?:liabilit(?:y|ies)|debts?|amounts?|sums?|' +
          'proceeds|payments?)\\b[^.;]{0,60}?\\b(?:assumed|due|owed|owing|outstanding)\\b',
        // A price cut for scope taken out or work taken over is a repricing: "… to reflect the removal of the Analytics
        // Module", "… to reflect the Customer assuming responsibility for first-line support".
        '\\b(?:to reflect|because|following|as a result of|due to)\\b[^.;]{0,80}?\\b(?:remov(?:al|ed|es|ing)|delet(?:ion|ed|es|ing)|' +
          'descop\\w*|assum(?:es|ed|ing|ption)|transfer(?:red)?|' +
          'reduc(?:tion|ed) (?:in|of) (?:the )?(?:scope|services|volumes?|hours|headcount))\\b',
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
    // Nor one kept as it was: "The 4% volume discount on runs above 250,000 labels stays exactly as it is in the price list".
    unless:
      /\bdiscount(?:ed)? (?:rate|cash flow)\b|\b(?:stays?|remains?|continues?)\b[^.;]{0,20}?\b(?:exactly )?(?:as it is|as they are|unchanged|the same)\b/i,
  },
  {
    // An amendment's new price below the old: "the Monthly Base Charge … shall be the amount set out in Schedule C
    // (Charges) less eight percent (8%)". In an original deal a price list less a margin is the deal's own price.
    id: 'discount.less-percent',
    kind: 'discount',
    triggers: ['less'],
    inVariation: true,
    phrases: ['(?:{fee}|amounts?)(?: [^.;]{0,80}?)? less {pct}'],
    unless: /\b(?:tax|taxes|withholding|commission|margin)\b/i,
  },
  {
    id: 'discount.rebate',
    kind: 'discount',
    triggers: ['rebate'],
    noun: true,
    // A rebate paid when a target is missed is a remedy: "If MGL fails to achieve that target …, MGL will pay the KPI rebate".
    remedyProne: true,
    phrases: [
      // Not how the rebate already made is paid: "The Carrier will pay the rebate by credit note against … invoices".
      '(?:pay|grant|give|provide|receive|earn)s? (?!(?:the|such|each|any) rebates? (?:by|as|in the form of|within|no later than)\\b)… rebate',
      '(?:a |the )?(?:volume |loyalty |annual )?rebate (?:of|equal to)',
    ],
    // A tax refund passed on is the tax's, not a price.
    unless: /\b(?:GST|VAT|tax|taxes)\b/i,
  },
  {
    // As a verb: "the Operator shall rebate $150 for every Occupied Hour flown in the second Contract Year". Not one for
    // a failure ("for every hour of unavailability"), nor a refund or tax passed on, nor a pass-through to others.
    id: 'discount.rebate-verb',
    kind: 'discount',
    triggers: ['rebate'],
    remedyProne: true,
    phrases: ['(?:shall|will|agrees? to) rebate (?:to [\\w&.-]+ )?(?:{money}|{pct})'],
    unless:
      /\bunavailab|\brefund|\b(?:GST|VAT|tax|taxes)\b|\bcredits? it receives\b|\bto (?:its|their) (?:resellers|customers|dealers|sub-?distributors)\b/i,
  },
  // credit (credits.ts)
  ...creditCues,
];
