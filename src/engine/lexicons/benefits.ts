/**
 * Give-backs: value that flows back to the party that conceded (LABELS.md).
 * Earlier entries win where two phrases overlap.
 */
import type { BenefitKind } from '../model.js';
import type { Cue } from './cue.js';
import { advocacyCues } from './advocacy.js';
import { partnershipCues } from './partnership.js';

/** What a concession is called when a give-back is traded for it: "in exchange for the waiver in Section 7(b)". */
const CONCESSION_NOUN_LIST = [
  'waivers?|discounts?|reductions?|credits?|rebates?|abatements?|relief|concessions?|rate (?:hold|freeze)',
  'price (?:hold|freeze)|freeze|deferrals?|forbearance|(?:extended|longer) payment terms',
  'instal(?:l)?ment (?:arrangement|plan)s?|instal(?:l)?ments|payment plans?|(?:extended |longer )?warrant(?:y|ies)',
  'releases?|free [\\w-]+',
].join('|');
const CONCESSION_NOUNS = `(?:${CONCESSION_NOUN_LIST})`;
/** "In exchange for the rent abatement in Section 5, Tenant shall …": the obligation is traded for a concession. */
const TRADED_FOR_CONCESSION = new RegExp(
  '^\\s*(?:in exchange for|in consideration (?:of|for)|in return for|as consideration for) ' +
    `(?:[\\w’'-]+ ){0,4}${CONCESSION_NOUNS}\\b[^,;]{0,120}, ` +
    "(?:[\\w’'-]+ ){1,3}(?:shall|will|agrees?|undertakes?|must)\\b",
  'i',
);

const GRANTED_RIGHTS = [
  'rights? (?:to (?:distribute|sell|market|manufacture|use|commerciali[sz]e|develop)|granted)',
  'licen[cs]es? (?:granted|to)',
  'appointment',
].join('|');

const BILLED_IN_ADVANCE = [
  '(?:monthly|annually|quarterly|yearly) (?:or (?:monthly|annually|quarterly|yearly) )?in advance' +
    '(?![^.;]{0,60}\\b(?:rather than|instead of))',
  '(?<!otherwise be )(?:invoice[sd]?|billed|charged) [^.;]{0,60}in advance',
  'in advance,? (?:on|by) the (?:first|1st) (?:business |working )?day of (?:each|every|the) (?:calendar )?' +
    '(?:month|quarter|year|period)',
].join('|');

export const benefitCues: Cue<BenefitKind>[] = [
  // volume-commitment: minimum purchase or spend, added seats; and conditions that are worth something
  {
    id: 'volume-commitment.commit',
    kind: 'volume-commitment',
    triggers: [
      'purchase',
      'buy',
      'order',
      'book',
      'reserve',
      'hire',
      'guarantee',
      'procure',
      'spend',
      'subscribe',
      'install',
      'minimum',
      'least',
      'fewer',
      'less than',
      'add',
      'increase',
      'raise',
      'lease of',
      'licence of',
      'license of',
      'shortfall',
      'market share',
      'share of',
      'or pay',
      'or-pay',
    ],
    phrases: [
      '(?:commits?|agrees?|undertakes?|guarantees?|shall|will|must) (?:to )?' +
        '(?:purchase|buy|order|procure|spend|subscribe|install|license|tender|ship|route|allocate|lease|rent|award|' +
        'occupy|engag(?:e|ing)|place (?:an? )?(?:(?!all\\b)[\\w-]+ ){0,2}(?:purchase )?orders?)…… ' +
        '(?:not less than|at least|a minimum of|no fewer than|not fewer than|' +
        'no less than)',
      // "your instructing us on matters generating fees of at least $1,200,000 in each of calendar years 2025 and 2026".
      '(?:generating|generates?|yielding|producing) (?:[\\w-]+ ){0,2}' +
        '(?:fees|billings|revenues?|sales|business) of (?:at least|not less than|no less than|a minimum of)',
      '(?:maintain|purchase|order|buy) (?:a minimum of|at least|not less than|no fewer than)',
      // "The Shipper guarantees a minimum of 400 loads per quarter".
      // Not what a seller guarantees to deliver ("a minimum of 13,000,000 impressions"): what is bought or tendered.
      '(?:guarantees?|commits? to|undertakes? to (?:provide|tender|ship|deliver)) (?:a minimum of|at least|not less than|' +
        'no fewer than) {num} (?:[\\w-]+ ){0,2}(?:loads|orders|units|shipments|purchases|containers|pallets|tons|' +
        'tonnes|barrels|seats|licen[cs]es|users|subscriptions)',
      // A share of spend held: "The Corporate shall ensure that the Airline's Market Share in each Review Period is not
      // less than sixty per cent (60%)".
      "(?:shall|will|must|agrees? to|undertakes? to) ensure that (?:the )?(?:[\\w&-]+(?:'s|’s) )?(?:market share|share of " +
        '(?:its |their )?(?:[\\w-]+ )?(?:spend|purchases|travel|volume|business|requirements))(?: [^.;]{0,60}?)? (?:is|are|shall be|will be) ' +
        '(?:not less than|at least|no less than|a minimum of)',
      // "Distributor will make Gross Purchases in an amount at least equal to the … Guaranteed Minimum Purchase amounts".
      '(?:shall|will|must|agrees? to|undertakes? to) make (?:[\\w-]+ ){0,2}purchases (?:in an amount |of )?' +
        '(?:at least|not less than|no less than|a minimum of)',
      // Growth promised in numbers: "agrees to sign up a minimum of 10 new WatchGuard resellers", "an obligation to
      // set up at least 6 (six) Smaaash Centres".
      '(?:shall|will|must|agrees? to|undertakes? to|commits? to|obligation to)… (?:sign up|recruit|enrol|open|set up|' +
        'establish) (?:at least|a minimum of|not less than|no fewer than) {num}(?: \\([\\w-]+\\))? (?:new )?(?:[\\w-]+ ){0,3}' +
        '(?:resellers|dealers|customers|accounts|subscribers|members|centres|centers|stores|outlets|restaurants|' +
        'locations|franchises)',
      'minimum (?:annual |monthly |quarterly )?(?:purchase|spend|order|volume|revenue) (?:commitment|obligation|of)',
      // A minimum paid whatever is sold is a minimum spend: "IntriCon will make minimum annual payments to Dynamic Hearing".
      '(?:shall|will|must|agrees? to|undertakes? to|commits? to) (?:make|pay) (?:to [\\w&-]+ )?(?:the |a |an )?' +
        '(?:guaranteed )?minimum (?:annual |monthly |quarterly |yearly )?(?:payments?|royalt(?:y|ies)|fees?)\\b',
      // "the Minimum Annual Royalty under Section 4.3 … is increased from US$250,000 to US$400,000".
      '(?:minimum|guaranteed) (?:[\\w-]+ ){0,2}(?:royalt(?:y|ies)|purchases?|spend|fees?|payments?)… ' +
        '(?:is|are|shall be|will be) (?:hereby )?(?:increased|raised)',
      // "The Organizer guarantees a minimum food and beverage revenue of US$45,000".
      '(?:guarantees?|commits? to|undertakes? to (?:generate|achieve)) (?:a )?minimum (?:[\\w&-]+ ){0,4}' +
        '(?:revenue|spend|purchases?|volume|billings?|turnover) of',
      // "A minimum of a $250,000.00 purchase order must be received by Company by the first of each month".
      'minimum of (?:an? )?{money} (?:purchase orders?|orders?|purchases?)(?: [^.;]{0,40}?)? (?:must|shall|will) be ' +
        '(?:received|placed|issued|submitted|made)',
      // "The Supply Forecast will be a binding commitment on the Purchaser's behalf to purchase … at least 85%".
      // "the Customer commits to take its entire electricity requirement … not less than 380,000 kWh in each year".
      '(?:commits?|agrees?|undertakes?) to take…… (?:not less than|at least|a minimum of|no fewer than|no less than)',
      // "in return for the Hirer's commitment to book the Venue … at a hire fee of not less than £33,000".
      '(?:binding |firm )?commitment(?: [^.;]{0,40}?)? to (?:purchase|buy|order|take|book|reserve|hire|lease|rent)…… ' +
        '(?:not less than|at least|a minimum of|no fewer than|no less than)',
      // A take-or-pay: what is not ordered is paid for all the same.
      // "in exchange for a commitment to transport (or pay for) those volumes": ship-or-pay, take-or-pay.
      '(?:commitments?|commits?|agrees?|undertakes?) to (?:transport|ship|purchase|buy|take|throughput|move) ' +
        '(?:[\\w-]+ ){0,3}\\(?or pay for\\b',
      '(?:take|ship|throughput|deliver)[- ]or[- ]pay (?:commitment|obligation|volumes?|basis)',
      '(?:shall|will|must|agrees? to) pay (?:to )?(?:[\\w-]+ )?(?:a sum equal to |an amount equal to )?the (?:amount of (?:the |such )?)?shortfall',
      '(?:meet|achieve|satisfy|attain)s? (?:the |its )?minimum (?:annual |monthly |quarterly )?' +
        '(?:performance|purchase|sales|order|volume) (?:goals|targets|requirements|quotas|commitments|levels)',
      'commits? to (?:a |an )?(?:total |minimum |aggregate |annual )?' +
        '(?:contract value|spend|purchases?|volume|revenue|order value) of ' +
        '(?:not less than|at least|a minimum of|no less than)',
      '(?:execute|sign|place|enter into)s?(?:, [^,;]{1,60},)? (?:a |an )?(?:new |additional |further )?' +
        '(?:service order|order form|order|purchase order|statement of work|sow) for (?:a |an )?' +
        '(?:new|additional|further)',
      // "… the Tenant will consider in good faith taking a lease of all or part of it" (the floor that becomes free).
      'tak(?:es?|ing) (?:a |an )?(?:lease|licen[cs]e|sublease) of (?:all or (?:any )?part of )?' +
        '(?:it\\b|them\\b|(?:the )?(?:additional|further|extra|expansion|new|vacant) ' +
        '(?:premises|space|floors?|units?))',
      '(?:commits? to|agrees? to|shall|will|must) pay (?:[\\w-]+ )?(?:{fee}|revenues?)… of (?:not less than|at least|a minimum of|no less than)',
      '(?:purchase|order|add|buy|license)s? (?:an? )?(?:{num} )?additional (?:seats|users|licen[cs]es|units|vehicles|sites|stores)',
      '(?:increase|raise)s? (?:its |the |their )?(?:annual |minimum |committed )?' +
        '(?:volume|purchase|order|spend|seat|capacity) (?:commitment|volumes?|quantit(?:y|ies))',
      '(?:add|adds|adding) (?:the )?(?:[\\w()-]+ ){1,8}to (?:the |this |its )?(?:[\\w-]+ ){0,3}' +
        '(?:agreement|order|subscription|contract|schedule|scope)',
    ],
    // A commitment made smaller is a concession (exits.ts), not one given: "The minimum volume commitment is reduced".
    // Nor is staffing one: "Distributor shall maintain at least two technically trained sales representatives".
    unless: new RegExp(
      '\\b(?:commitment|minimum)\\b[^.;]{0,60}\\b(?:is|are|shall be|will be) (?:hereby )?(?:reduced|decreased|lowered|waived)\\b|' +
        '\\b(?:maintain|engage|assign|employ|dedicate) (?:a minimum of|at least|not less than|no fewer than) ' +
        '(?:[\\w()-]+ ){0,4}(?:representatives|employees|' +
        'staff|personnel|engineers|technicians|salespeople|sales ?persons|people)\\b',
      'i',
    ),
  },
  {
    // "Provided that the Client instructs the Contractor to provide the Services at the three branches …"
    id: 'volume-commitment.more-sites',
    kind: 'volume-commitment',
    triggers: ['branches', 'sites', 'locations', 'premises', 'stores', 'facilities', 'buildings', 'offices'],
    phrases: [
      '(?:instructs?|engages?|appoints?|requires?|orders?) (?:the )?[\\w-]+… to ' +
        '(?:provide|perform|supply|deliver) (?:the )?(?:services|products|work) (?:at|for|to|in) (?:the |an? )?' +
        '(?:{num} |additional |further |new )(?:[\\w-]+ ){0,2}(?:branches|sites|locations|premises|stores|' +
        'facilities|buildings|offices)',
    ],
  },
  {
    id: 'volume-commitment.threshold',
    kind: 'volume-commitment',
    triggers: ['exceed', 'least', 'more than', 'above', 'less than', 'reach', 'achiev', 'attain', 'minimum'],
    inCondition: true,
    phrases: [
      '(?:purchases?|orders?|spend|fees paid|payments|seats|volumes?|units|revenues?|sales|value)… ' +
        // Not a pointer back: "our purchase of your assets, as described above".
        '(?:exceed|exceeds|exceeding|of at least|at least|not less than|more than|' +
        '(?<!\\b(?:described|set\\sforth|set\\sout|referred\\sto|mentioned|stated|provided|noted|as)\\s{1,3})above)',
      '(?:enrol(?:l)?s?|subscribes?|renews?|commits?|purchases?|orders?) …… (?:for )?(?:a (?:period|term) of )?' +
        '(?:at least|not less than|a minimum of|no fewer than)',
      // A target the concession waits on: "conditioned on Customer reaching 500 active seats".
      '(?:reach(?:es|ing)?|achiev(?:e|es|ing)|attain(?:s|ing)?) (?:at least |a minimum of )?{num} (?:[\\w-]+ ){0,2}' +
        '(?:seats|users|licen[cs]es|units|orders|subscribers|customers|locations|stores)',
      // "The "Special Pricing" is contingent on a minimum order size of [***] users".
      '(?:conditioned|contingent|conditional) (?:up)?on (?:a |the )?minimum (?:order|purchase|volume|spend)(?: size| quantity| value)? of',
    ],
    // A cap on liability measured by payments is no spend: "Operator's aggregate liability … plus any payments … exceed".
    unless: /\b(?:aggregate|total|cumulative|maximum)\s+(?:[\w-]+\s+){0,2}liabilit(?:y|ies)\b/i,
  },
  {
    id: 'volume-commitment.further-order',
    kind: 'volume-commitment',
    triggers: ['execute', 'confirm', 'sign', 'place', 'enter', 'achieved', 'is met', 'are met', 'reached', 'satisfied'],
    inCondition: true,
    // A service level met is the supplier's performance, not business the other side brings.
    unless: /\b(?:service levels?|uptime|availability|kpis?|response times?)\b/i,
    phrases: [
      '(?:execute|executes|sign|signs|enter into|enters into) (?:a |an |the )?(?:new |further |additional )?' +
        '(?:statement of work|sow|order(?: form)?|renewal|purchase order)',
      'confirms? (?:the |its )?… (?:rollout|roll-out|expansion|order|purchase|phase \\d)',
      'places? (?:an? )?(?:orders?|purchase orders?)',
      // "If the Organizer signs a group sales agreement with the Hotel for the 2026 Congress": business to come.
      '(?:signs?|executes?|enters? into) (?:a |an )?(?:[\\w-]+ ){0,3}(?:agreement|contract|booking|order)' +
        '(?: with (?:the )?[\\w-]+)? for (?:the |its )?(?:\\d\\d\\d\\d|next|following|subsequent|future)\\b',
      // "Provided the F&B Minimum is achieved": a target the other side's business must reach.
      '(?:the )?(?:[\\w&-]+ ){0,3}(?:minimum|target|commitment|threshold)s? (?:is|are|has been|have been) ' +
        '(?:achieved|met|reached|satisfied)',
    ],
  },
  // prepayment: pays in advance, upfront, accelerated
  {
    // "provided that Customer pays the Year 1 subscription fees in full within 10 days of the Order Date":
    // paying at signing, sooner than the invoice terms, is what the condition buys.
    id: 'prepayment.early',
    kind: 'prepayment',
    triggers: ['order date', 'effective date', 'signature', 'execution', 'signing', 'date of this'],
    inCondition: true,
    phrases: [
      'pays?…… (?:in full )?(?:within|no later than) {num} (?:calendar |business |working )?days ' +
        '(?:of|after|from) (?:the )?(?:order date|effective date|execution|signature|signing|' +
        'date of (?:this|the) (?:agreement|order|amendment))',
    ],
  },
  {
    // Payment sooner than due, which a cash discount pays for: "If the Client pays within fourteen (14) days of
    // receipt of the invoice, it shall be entitled to deduct a cash discount of 2 %".
    id: 'prepayment.prompt',
    kind: 'prepayment',
    triggers: ['discount'],
    inCondition: true,
    requires: /\b(?:cash|early[- ]payment|prompt[- ]payment|settlement) discount\b|\bdeduct (?:a |an )?discount\b/i,
    phrases: ['pays?…… (?:in full )?(?:within|no later than) {num} (?:calendar |business |working )?days'],
  },
  {
    id: 'prepayment.advance',
    kind: 'prepayment',
    triggers: [
      'advance',
      'prepa',
      'pre-pa',
      'pre-purchase',
      'upfront',
      'up-front',
      'single payment',
      'lump sum',
      'pays the full',
      'deposit equal',
      'deposit of',
      'after signature',
      'after signing',
      'after execution',
    ],
    phrases: [
      // Not an adjective of a sales channel: "customer pre-purchase inquiries".
      '(?:prepays?|prepayment of|pre-pays?|pre-purchases?)(?!\\s+(?:inquir|questions?|support|sales|emails?|calls?))',
      '(?:pay|pays|to pay)\\b…… (?:in advance|up-?front)',
      'in (?:a|one) single (?:up-?front |advance )?payment',
      'in a lump sum',
      '(?:single |one-off |lump-sum )?advance (?:payment|deposit)',
      // "shall pay an advance of £20,000 against future invoices".
      'pa(?:y|ys|ying) (?:an? )?advance of {money} (?:against|towards|on account of) (?:the |its |any )?(?:future |later )?' +
        '(?:invoices|fees|charges|{fee})',
      '(?:up-?front|advance) deposit',
      // "Brand will pay 50% of the Fee within five (5) business days after signature of this Agreement".
      'pay (?:{pct}|half) of (?:the )?(?:{fee}) (?:within|on|upon) (?:[\\w()-]+ ){0,6}(?:signature|signing|execution)',
      // "you will lodge a rent deposit equal to six months' rent".
      '(?:lodge|pay|provide)s? (?:a |an )?(?:rent )?deposit (?:equal to|of) {num} months',
      'pays? the full (?:annual |contract |licen[cs]e )?(?:fee|amount|price|contract value)',
    ],
    // A payment "in consideration for the exclusive right to distribute" is the price of the rights granted.
    // Rent or fees due each period in advance are ordinary timing, not a prepayment; so is a subscription
    // billed "on a pre-pay basis", or paid "in advance to keep using the Service"; nor is an account named in advance.
    unless: new RegExp(
      [
        '\\bon a pre-?pa(?:y|id|yment) basis\\b',
        '\\bin advance (?:in order )?to (?:keep|continue) (?:using|accessing|to use|to access)\\b',
        // "AbbVie shall pay Harpoon an upfront, non-refundable … amount": the fee the deal sets, not fees paid early.
        '\\ban? up-?front,?\\s+(?:(?:non-?refundable|non-?creditable|one-time),?\\s+(?:and\\s+)?){0,3}' +
          '(?:payment|fee|amount|sum|license fee|licence fee)\\b',
        // "into an account designated by SIGA in writing in advance of such payment": the notice is in advance.
        '\\b(?:designated|notified|specified|identified)\\s(?:by\\s[\\w-]+\\s)?(?:in writing\\s)?in advance\\b',
        '\\bin consideration (?:for|of) (?:the |such )?(?:exclusive |non-exclusive )?' + `(?:${GRANTED_RIGHTS})\\b`,
        `\\b(?:${BILLED_IN_ADVANCE})`,
      ].join('|'),
      'i',
    ),
  },
  // term-extension: longer term, renewal or multi-year commitment at the new rate
  {
    // A longer term taken than the one first proposed: "You have agreed to take a term of seven years in place of
    // the five-year term proposed in the heads of terms".
    id: 'term-extension.longer-than-proposed',
    kind: 'term-extension',
    triggers: ['in place of', 'instead of', 'rather than'],
    higherThan: true,
    phrases: [
      '(?:tak(?:e|es|ing)|accept(?:s|ing)?|commit(?:s|ting)? to|agree(?:s|ing)? to) (?:a |the )?(?:lease |underlease |licen[cs]e )?' +
        'term of {num} (?:years?|months?)(?: [^.;]{0,40}?)? (?:in place of|instead of|rather than) (?:the |a |its )?' +
        '(?:[\\w-]+ ){0,3}(?:term|period|lease)',
    ],
  },
  {
    id: 'term-extension.commit',
    kind: 'term-extension',
    triggers: ['term', 'renew', 'extend', 'year', 'commit'],
    phrases: [
      // A multi-year engagement: "you agree to engage us to provide the services in section 2 for three consecutive
      // financial years".
      '(?:agrees? to|commits? to|undertakes? to) (?:engage|retain|instruct) (?:us|[\\w&-]+)(?: [^.;]{0,80}?)? for ' +
        '(?:a (?:minimum )?(?:period|term) of )?{num} (?:consecutive |full )?(?:financial |contract |calendar )?(?:years|months)',
      // "conditional on Customer committing to the full 36-month Renewal Term".
      'commit(?:s|ting|ment)? to (?:a |an |the |that )?(?:minimum |initial |further |fixed |full )?(?:[\\w()-]+ ){0,5}(?:term|period|years|months)',
      'agrees? that the (?:[\\w-]+ ){0,3}term… (?:shall|will) (?:be|run for|continue for) {num}',
      // "The Client agrees to renew for a further period of two years".
      '(?:commits? to|agrees? to) renew for (?:a |an )?(?:further|additional|new|subsequent|second) ' +
        '(?:period|term)',
      '(?:commits? to|agrees? to|shall|will|hereby) (?:renew|extend)s? (?:the |this |its )?' +
        '(?:term|subscription|agreement|lease|contract|support|services|licen[cs]e|engagement|order|msa|master (?:[\\w-]+ )?agreement)',
      '(?<!payment )(?:term|subscription term|support term|initial term|lease term)(?![a-z])' +
        '(?: of the (?:lease|agreement))?… (?:is|are|shall be|will be)(?: hereby)? extended',
      'hereby extends (?:the )?(?:term|lease)',
      '(?:is|are|shall be|will be|hereby) renewed for (?:a (?:further |additional |new )?(?:term|period) of )?{num}',
      'terms? of (?:the |each |all )?(?:existing )?(?:[\\w-]+ ){0,3}' +
        '(?:orders?|subscriptions?|leases?|agreements?)(?: [\\w-]+){0,5} (?:is|are|shall be|will be) extended ' +
        '(?:so that|until|through|by)',
      '(?:sign|countersign|execute)s? (?:the |a )?renewal (?:order form|order|agreement|contract)',
      'extending the (?!(?:[\\w-]+ )?payment)(?:[\\w-]+ ){0,2}term',
      // Not an option to extend ("elects to extend the Initial Term by 24 months").
      '(?<!\\b(?:elects?|option|right|whether|wish(?:es)?|decides?|chooses?|may) to )(?<!\\bmay )extend' +
        '(?:s|ing)? the (?!(?:[\\w-]+ )?payment)(?:[\\w-]+ ){0,2}term(?: of (?:the|this) [\\w-]+)? by',
      'minimum (?:[\\w-]+ )?term of',
      // "Provided you take the new lease for ten years rather than the five-year term".
      'take (?:the |a )?(?:new |renewal )?(?:lease|licen[cs]e|tenancy) for (?:a (?:term|period) of )?{num} years',
      // "committing Service 3 to a Term of 60 months".
      'commit(?:s|ting)? (?:[\\w-]+ ){1,3}to (?:a |an |the )?(?:[\\w-]+ )?term of {num}',
      // "commits to purchase the Platinum Package … for the Summit 2026": next period bought now.
      'commits? to (?:purchase|buy|renew|order|sponsor|book)…… (?:for|in) (?:the )?(?:[\\w-]+ ){0,6}' +
        '(?:20\\d\\d\\b|(?:next|following|subsequent) (?:year|season|term|event|period|contract year))',
      '(?:multi-?year|multiple-year) (?:commitment|term|renewal)',
    ],
    unless: /\brenews? automatically|automatic(?:ally)? renew|no (?:further )?option to extend/i,
  },
  // A lock-in: "Customer shall not exercise the right to terminate in Section 8.3 until twelve (12) months after the
  // Effective Date": a commitment to stay that long, whatever the exit.
  {
    id: 'term-extension.lock-in',
    kind: 'term-extension',
    triggers: ['exercise', 'not terminate'],
    negative: true,
    phrases: [
      'shall not exercise (?:[^.;|]{0,80}?)(?:right|option)s? to (?:terminate|cancel|end|exit|withdraw)' +
        '… until {num} (?:calendar )?(?:months|years) after',
      // "The Client shall not terminate this Agreement for convenience before 31 December 2028".
      '(?:shall|will) not terminate (?:this|the) (?:[\\w-]+ ){0,2}(?:agreement|contract|subscription|lease|order)' +
        '(?: for (?:convenience|any reason))? (?:before|prior to|until) (?:the (?:end|expiry|expiration) of|' +
        '(?:\\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b|' +
        '\\d{1,2}[/.-]\\d|the (?:first|second|third|\\d+(?:st|nd|rd|th)) anniversary|{num} (?:calendar )?(?:months|years))',
    ],
  },
  // reference, testimonial, publicity, referral (advocacy.ts)
  ...advocacyCues,
  // exclusivity and feedback (partnership.ts)
  ...partnershipCues,
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
    ],
    prices: 'exit-flexibility',
    phrases: [
      'pa(?:y|ys|ying) (?:to )?(?:[\\w&.-]+ )?(?:an? |the |any )?(?:applicable )?(?:early )?' +
        '(?:termination|cancellation|break|exit) (?:fees?|charges?|payments?)',
      '(?:subject to|upon|on|against) (?:the )?payment (?:by [\\w-]+ )?of (?:an? |the |any )?(?:applicable )?' +
        '(?:early )?(?:termination|cancellation|break|exit) (?:fees?|charges?|payments?)',
      // "The Hirer may cancel the Event … On cancellation the following Cancellation Charge is payable".
      // Not a fee handed back: "The applicable rebate of the Termination Fee shall become payable to Customer".
      '(?<!(?:rebate|refund|repayment|portion|part) of (?:the |any |such )?)(?:early )?(?:termination|cancellation|break|exit) ' +
        '(?:fees?|charges?|payments?)(?: [^.;]{0,60}?)? ' +
        '(?:is|are|shall be|will be|becomes?) (?:immediately )?(?:payable|due)',
      // "… for convenience …, provided Distributor … pays to WGT a lump-sum payment equal to fifty (50%) of …".
      '(?:provided|on condition|conditional(?: upon| on)?)(?: that)?…… pa(?:y|ys|ying) (?:to )?(?:[\\w&.-]+ )?' +
        '(?:an? |the )?(?:lump[- ]sum |one-time )?(?:payment|amount|sum) (?:equal to|of)',
      // "… to terminate your employment with immediate effect and make a payment to you in lieu of salary".
      '(?:make|makes|making|pay|pays|paying) (?:to [\\w-]+ )?(?:an? |the )?payment (?:to [\\w-]+ )?in lieu of (?:notice|salary|the notice)',
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
    partOf: [
      'discount',
      'waiver',
      'credit',
      'payment-terms',
      'price-protection',
      'free-scope',
      'exit-flexibility',
      'risk',
      'term-extension',
      'reference',
      'testimonial',
      'publicity',
      'volume-commitment',
      'prepayment',
      'referral',
      'exclusivity',
      'feedback',
    ],
  },
];
