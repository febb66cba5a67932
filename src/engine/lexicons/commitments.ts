/**
 * Give-backs of volume: minimum purchase or spend, added seats or sites, and conditions on a threshold that are
 * worth something to the grantor (LABELS.md). Part of benefits.ts's list, in its place.
 */
import type { BenefitKind } from '../model.js';
import type { Cue } from './cue.js';

/** A commitment released, cut or already met: "Provider releases Customer from its commitment to …", "… has been satisfied". */
const COMMITMENT_UNDONE =
  "\\breleas\\w* [^.;]{0,40}\\bfrom (?:its|their|the|[\\w&.-]+['’]s) (?:[\\w-]+ )?(?:commitment|undertaking)|" +
  '\\b(?:commitment|undertaking)\\b[^.;]{0,120}\\b(?:is|are|shall be|will be|has been|have been) (?:hereby )?' +
  '(?:reduced|waived|released|deleted|satisfied|met|fulfilled|decreased|lowered)\\b';

export const commitmentCues: Cue<BenefitKind>[] = [
  {
    // The noun, given by the party it names: "in return for the engagement of the Depositor to occupy a minimum of
    // 1,800 pallet places", "Brand's commitment, which Brand hereby makes, to engage Creator for … not fewer than five".
    id: 'volume-commitment.noun',
    kind: 'volume-commitment',
    triggers: ['commitment', 'engagement', 'undertaking'],
    subject: 'named',
    unless: new RegExp(COMMITMENT_UNDONE, 'i'),
    phrases: [
      "(?:[\\w&-]+['’]s )?(?:commitment|engagement|undertaking)(?:, [^,;]{1,60},)? (?:of (?:the )?[\\w&-]+ )?to " +
        // Engaging the other party ("to engage Creator"), not staff for the work ("to engage … certified engineers").
        '(?:purchase|buy|order|occupy|spend|engage (?=[A-Z]))(?![^.;]{0,80}?\\bfrom (?:its|their) own\\b)…… ' +
        '(?:not less than|at least|a minimum of|no fewer than|not fewer than|no less than)',
      // "in return for your commitment to net bookings of not less than AUD 1.5 million in 2026".
      "(?:[\\w&-]+['’]s |your |its |their )?(?:commitment|undertaking) to (?:[\\w-]+ ){0,2}" +
        '(?:bookings|billings|revenues?|purchases|MRCs?|spend) of (?:not less than|at least|a minimum of|no less than)',
    ],
  },
  {
    // A seller's supply held as the price of a concession: "on condition that the Farmer supplies at least 18,000 kgMS of
    // Milk in each of June and July".
    id: 'volume-commitment.supplies',
    kind: 'volume-commitment',
    triggers: ['suppl', 'deliver', 'tender'],
    inCondition: true,
    // A quantity, not notice or a service level ("delivers at least 60 (sixty) days' prior written notice", "95% of Orders").
    phrases: [
      // A shipper's loads: "provided that Tamsin Home Goods, Inc. tenders to Pacific Rim Drayage Co. no fewer than 400 containers".
      "(?:supplies|delivers|tenders) (?:to (?:[\\w&.,'’-]+ ){1,4})?(?:at least|not less than|a minimum of|no less than|no fewer than|not fewer than) {num}" +
        "(?![\\s'’]*(?:\\([^)]{1,30}\\)[\\s'’]*)?(?:calendar |business |working )?(?:days?|weeks?|months?|hours?|%|per ?cent)\\b)",
    ],
  },
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
      'exceeding',
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
      'commit',
      'undertake',
      'source',
    ],
    phrases: [
      // "Sahyadri commits to a minimum aggregate spend under this Agreement of INR 60,00,00,000 over the first three Contract Years".
      '(?:commits?|committing|undertakes?) to (?:a |an )?minimum (?:aggregate |annual |total |yearly )?(?:spend|purchases?|revenues?|volumes?|billings?|order value)\\b',
      '(?:commits?|agrees?|undertakes?|guarantees?|shall|will|must) (?:to )?' +
        // "we'll commit to taking at least 1.4 million cases".
        '(?:purchase|buy|order|procure|spend|subscribe|install|license|tender|ship|route|allocate|lease|rent|award|' +
        '(?<=\\bcommit(?:s|ting)? to )tak(?:e|ing)|source|occupy|engag(?:e|ing)|call off|place (?:an? )?(?:(?!all\\b)[\\w-]+ ){0,2}(?:purchase )?orders?)…… ' +
        '(?:not less than|at least|a minimum of|no fewer than|not fewer than|' +
        'no less than)',
      // Resources beyond those required: "Asterion shall deploy not fewer than [***] additional full-time Sales Representatives".
      '(?:shall|will|agrees? to|commits? to|undertakes? to) (?:deploy|dedicate|assign|hire|employ|field) ' +
        '(?:not fewer than|no fewer than|at least|a minimum of|not less than) (?:{num}|{redacted}) additional' +
        // Not what a delay or an event calls for ("if the Project falls … behind", "within 48 hours of any … Notice").
        '(?![^.;]{0,120}?\\b(?:if|when|within \\d+ hours|behind|notice|fails?|delay\\w*)\\b)',
      // A discount held on a spend reached: "Subject to the Company's Annual Fees exceeding $3,000,000 in a calendar year".
      "subject to (?:the )?[\\w&-]+['’]s (?:[\\w-]+ ){0,2}(?:fees|spend|purchases|orders|billings)\\s+(?:exceeding|of at least|reaching) {money}",
      // A share of the work awarded: "Prime Contractor shall assign to Subcontractor not less than eighteen percent (18%) of
      // the total labor hours ordered under the Task Order".
      '(?:shall|will|agrees? to|commits? to|undertakes? to) (?:assign|award|allocate|route|subcontract) to [\\w&-]+(?: [\\w&-]+)? ' +
        '(?:not less than|at least|a minimum of|no less than) {pct} of (?:the |its |all )?(?:total )?(?:[\\w-]+ ){0,2}' +
        '(?:labou?r|hours|work|orders|spend|requirements|purchases|volumes?|business)\\b',
      // The whole of a volume: "Hartwell commits to purchase the full Band A Volume in each Season".
      // Committed, not a duty to accept what was ordered ("agrees to take the full quantity … specified in each … Order").
      '(?:commits?|undertakes?) to (?:purchase|buy|order) (?:the )?(?:full|entire|whole) (?:[\\w-]+ ){0,3}' +
        '(?:volume|requirements?|allocation|output)\\b',
      // "your instructing us on matters generating fees of at least $1,200,000 in each of calendar years 2025 and 2026".
      '(?:generating|generates?|yielding|producing) (?:[\\w-]+ ){0,2}' +
        '(?:fees|billings|revenues?|sales|business) of (?:at least|not less than|no less than|a minimum of)',
      // Not a permission ("to allow the Buyer to call off at least 500 units"), nor insurance, copies or stock kept.
      '(?<!\\b(?:allow|enable|permit)s? (?:the )?[\\w&.-]+ to )(?:maintain|purchase|order|buy|call off) ' +
        '(?:a minimum of|at least|not less than|no fewer than|not fewer than|no less than)' +
        '(?![^.;]{0,80}\\b(?:insurance|cover(?:age)?|cop(?:y|ies)|backups?|stock|inventory|capacity|reserves?)\\b)',
      // "Depositor shall hold and pay for no fewer than 1,200 Pallet Places per week".
      '(?:hold|reserve|take|book) and pay for (?:a minimum of|at least|not less than|no fewer than|no less than) {num}' +
        '(?![^.;]{0,80}\\b(?:with|from) (?:third[- ]part|its own|their own|other))',
      // "The Shipper guarantees a minimum of 400 loads per quarter".
      // Not what a seller guarantees to deliver ("a minimum of 13,000,000 impressions"): what is bought or tendered.
      '(?:guarantees?|commits? to|undertakes? to (?:provide|tender|ship|deliver)) (?:a minimum of|at least|not less than|' +
        'no fewer than) {num} (?:[\\w-]+ ){0,2}(?:loads|orders|units|shipments|purchases|containers|pallets|tons|' +
        'tonnes|barrels|seats|licen[cs]es|users|subscriptions)',
      // A share of spend held: "The Corporate shall ensure that the Airline's Market Share in each Review Period is not
      // less than sixty per cent (60%)".
      "(?:shall|will|must|agrees? to|undertakes? to) ensure that (?:the )?[\\w&-]+(?:'s|’s) (?:market share|share of " +
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
      // A spend committed: "Customer commits to billed MRCs of not less than forty-eight thousand dollars ($48,000) per month".
      '(?:commits?|undertakes?) to (?:[\\w-]+ ){0,3}(?:MRCs?|spend|billings?|bookings|revenues?|purchases|fees|charges|orders|volumes?)' +
        '(?: [\\w-]+){0,3} of (?:not less than|at least|no less than|a minimum of)',
      // A share of spend committed: "Hospital commits that Manufacturer's Implants will make up not less than seventy per
      // cent (70%) by value of Hospital's purchases".
      "(?:commits?|undertakes?|agrees?) that (?:[\\w&’'-]+ ){1,4}(?:will|shall) (?:make up|account for|represent|constitute) " +
        '(?:not less than|at least|no less than|a minimum of) {pct}',
      // A minimum paid whatever is sold is a minimum spend: "IntriCon will make minimum annual payments to Dynamic Hearing".
      '(?:shall|will|must|agrees? to|undertakes? to|commits? to) (?:make|pay) (?:to [\\w&-]+ )?(?:the |a |an )?' +
        '(?:guaranteed minimum (?:[\\w-]+ )?(?:payments?|royalt(?:y|ies)|fees?)|minimum (?:annual|monthly|quarterly|yearly) ' +
        '(?:payments?|royalt(?:y|ies)|fees?)|minimum royalt(?:y|ies))\\b',
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
      // "the Customer shall book not less than six hundred (600) TEU of ocean freight through the Forwarder".
      '(?:shall|will|must|commits? to|agrees? to|undertakes? to) book (?:not less than|at least|a minimum of|no fewer than) {num} ' +
        '(?:\\(\\d[\\d,]*\\) )?(?:TEU|FEU|containers?|(?:hotel |guest )?rooms?|room nights|nights|units|loads|pallets|seats|' +
        'desks|tickets|slots|delegates)\\b',
      // "the Customer commits to take its entire electricity requirement … not less than 380,000 kWh in each year".
      '(?:commits?|agrees?|undertakes?) to take (?:its|their) (?:entire|whole|full|total) (?:[\\w-]+ ){0,3}' +
        '(?:requirements?|needs|supply|consumption)…… (?:not less than|at least|a minimum of|no fewer than|no less than)',
      // "in return for the Hirer's commitment to book the Venue … at a hire fee of not less than £33,000".
      '(?:binding |firm )?commitment(?: [^.;]{0,40}?)? to (?:purchase|buy|order|take|book|reserve|lease|rent)…… ' +
        '(?:not less than|at least|a minimum of|no fewer than|no less than)',
      // A take-or-pay: what is not ordered is paid for all the same.
      // "in exchange for a commitment to transport (or pay for) those volumes": ship-or-pay, take-or-pay.
      '(?:commitments?|commits?|agrees?|undertakes?) to (?:transport|ship|purchase|buy|take|throughput|move) ' +
        '(?:[\\w-]+ ){0,3}\\(?or pay for\\b',
      '(?:take|ship|throughput|deliver)[- ]or[- ]pay (?:commitment|obligation|volumes?|basis)',
      // Seats kept, not staff or records kept: "Customer commits to keep no fewer than 1,400 Member Seats in force".
      'keep (?:in force )?(?:no fewer than|not fewer than|at least|not less than|a minimum of) {num} (?:[\\w-]+ ){0,2}' +
        '(?:seats|licen[cs]es|users|subscriptions)\\b',
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
      // "Customer orders six (6) additional 42U cabinets in Hall B".
      // Not what may be bought later at list ("If Customer orders additional modules, they will be charged at …"), nor
      // what the seller adds for nothing ("Provider will add two additional racks … at no charge").
      '(?<!\\b(?:if|where|should|when|whenever|in the event(?: that)?) (?:the )?[\\w&.-]+ )' +
        '(?:purchase|order|add|buy|license)s? (?:an? )?(?:{num} )?additional (?:[\\w-]+ )?(?:seats|users|licen[cs]es|units|' +
        'vehicles|sites|stores|cabinets|racks|cages|desks|locations|modules)' +
        '(?![^.;]{0,80}\\b(?:at no|free of|without) (?:additional |extra )?(?:charge|cost)\\b)',
      // "increase its Committed Volume to not less than 400 Gbps".
      '(?:increase|raise)s? (?:its |the |their )?(?:committed|minimum|contracted) (?:volume|spend|quantity|seats?) to ' +
        '(?:not less than|at least|a minimum of)',
      '(?:increase|raise)s? (?:its |the |their )?(?:annual |minimum |committed )?' +
        '(?:volume|purchase|order|spend|seat|capacity) (?:commitment|volumes?|quantit(?:y|ies))',
      '(?:add|adds|adding) (?:the )?(?:[\\w()-]+ ){1,8}to (?:the |this |its )?(?:[\\w-]+ ){0,3}' +
        '(?:agreement|order|subscription|contract|schedule|scope)',
    ],
    // A commitment made smaller is a concession (exits.ts), not one given: "The minimum volume commitment is reduced".
    // Nor is staffing one: "Distributor shall maintain at least two technically trained sales representatives".
    // Not a commitment given up or spent, nor a social-value target on spend with others ("not less than 25% by value
    // with SMEs").
    unless: new RegExp(
      `${COMMITMENT_UNDONE}|\\b(?:SMEs?|small (?:and medium|businesses)|Indigenous|minority|women-owned|` +
        'local suppliers?|social enterprises?)\\b|' +
        '\\b(?:commitment|minimum)\\b(?:[^.;]|\\.(?=\\d)){0,100}\\b(?:is|are|shall be|will be) (?:hereby )?(?:reduced|decreased|lowered|waived|' +
        '(?:brought|cut) from)\\b|' +
        '\\bunder no obligation to (?:place|order|purchase|call off)\\b|\\beach (?:call-off )?orders? shall\\b|' +
        '\\b(?:maintain|engage|assign|employ|dedicate) (?:a minimum of|at least|not less than|no fewer than|not fewer than) ' +
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
    triggers: [
      'exceed',
      'least',
      'more than',
      'above',
      'less than',
      'reach',
      'achiev',
      'attain',
      'minimum',
      'or more',
      'or greater',
    ],
    inCondition: true,
    phrases: [
      // No comma between: "a rebate of 2.5% of the net turnover, provided that the net turnover … reaches at least" is read
      // from the turnover the condition names.
      '(?:purchases?|orders?|spend|fees paid|payments|seats|volumes?|units|revenues?|sales|value|bookings|offtake|tonnage|turnover)(?:[^.;|,]|\\.(?=\\d)){0,80}? ' +
        // Not a pointer back: "our purchase of your assets, as described above".
        '(?:exceed|exceeds|exceeding|of at least|at least|not less than|more than|' +
        '(?<!\\b(?:described|set\\sforth|set\\sout|referred\\sto|mentioned|stated|provided|noted|as)\\s{1,3})above)',
      // A band of a table reached: "where the Client's Qualifying Throughput in a Contract Quarter reaches a band in the table below".
      '(?:purchases?|orders?|spend|volumes?|throughput|offtake|turnover|revenues?|sales)… (?:reaches|reach|exceeds|meets|falls within) ' +
        '(?:a |the |any )?(?:band|tier|level|threshold)s?\\b',
      // A tier reached: "where the Purchaser's Aggregate Offtake in a Contract Year is 600 MT or more".
      '(?:purchases?|orders?|spend|volumes?|units|bookings|offtake|tonnage|quantit(?:y|ies))(?: [^.;]{0,60}?)? ' +
        '(?:is|are|totals?|amounts? to|equals?) (?:{num}|[$£€]\\s?{num}|INR {num}) (?:[\\w-]+ ){0,2}or (?:more|greater|above|higher)\\b',
      // The use it keeps up, as a floor ("provided that the Customer's average monthly occupancy … is not less than 2,000
      // pallet positions"); use above a level is what overage charges price.
      '(?<=\\b(?:provided(?: that)?|on condition that|conditional (?:up)?on|so long as|as long as)\\b[^.;]{0,80})' +
        '(?:occupancy|usage|utili[sz]ation|throughput|consumption|shipments)… (?:is |are |remains? )?(?:of at least|at least|not less than)',
      '(?:enrol(?:l)?s?|subscribes?|renews?|commits?|purchases?|orders?) …… (?:for )?(?:a (?:period|term) of )?' +
        '(?:at least|not less than|a minimum of|no fewer than)',
      // A target the concession waits on: "conditioned on Customer reaching 500 active seats".
      '(?:reach(?:es|ing)?|achiev(?:e|es|ing)|attain(?:s|ing)?) (?:at least |a minimum of )?{num} (?:[\\w-]+ ){0,2}' +
        '(?:seats|users|licen[cs]es|units|orders|subscribers|customers|locations|stores)',
      // "The "Special Pricing" is contingent on a minimum order size of [***] users".
      '(?:conditioned|contingent|conditional) (?:up)?on (?:a |the )?minimum (?:order|purchase|volume|spend)(?: size| quantity| value)? of',
    ],
    // A cap on liability measured by payments is no spend: "Operator's aggregate liability … plus any payments … exceed".
    // Nor what a venue can hold ("If bookings exceed the Venue's capacity").
    unless: /\b(?:aggregate|total|cumulative|maximum)\s+(?:[\w-]+\s+){0,2}liabilit(?:y|ies)\b|\bcapacity\b/i,
  },
  {
    // A tier's own item under its lead-in: "where the Purchaser's Aggregate Offtake in a Contract Year is: … (ii) 600 MT or
    // more but less than 900 MT, the Seller shall grant …" (the lead-in makes the item a condition).
    id: 'volume-commitment.tier-item',
    kind: 'volume-commitment',
    triggers: ['or more', 'or greater', 'or above'],
    inCondition: true,
    leadIn:
      /\b(?:purchases?|orders?|offtake|volumes?|spend|quantit(?:y|ies)|sales|revenues?|turnover|units)\b[^.;]{0,80}\b(?:is|are|equals?|totals?|exceeds?|reaches)\s*:\s*$/i,
    phrases: ['^\\s*{num} (?:[\\w-]+ ){0,2}or (?:more|greater|above|higher)\\b'],
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
      // "If … Castellan signs Fernhill's Subscription Agreement for at least ten (10) depots": business of a stated size.
      "(?:signs?|executes?|enters? into) (?:a |an |the |[\\w&-]+['’]s )?(?:[\\w-]+ ){0,3}(?:agreement|contract|order(?: form)?)" +
        ' for (?:at least|not less than|a minimum of|no fewer than|{num} or more) (?:{num} )?(?:[\\w-]+ ){0,2}' +
        '(?:depots|sites|locations|stores|seats|users|licen[cs]es|units|years|months|branches|facilities)\\b',
      // "Provided the F&B Minimum is achieved": a target the other side's business must reach.
      '(?:the )?(?:[\\w&-]+ ){0,3}(?:minimum|target|commitment|threshold)s? (?:is|are|has been|have been) ' +
        '(?:achieved|met|reached|satisfied)',
    ],
  },
];
