/**
 * Waivers: a fee, a charge, a claim or a right given up (LABELS.md), not procedure ("waives trial by jury") nor
 * anti-waiver wording. Part of concessions.ts's list, in its place.
 */
import type { ConcessionKind } from '../model.js';
import type { Cue } from './cue.js';
import { proceduralWaiver } from './language.js';

/** What a waiver gives up when it is procedure, not value: a trial, an objection, a condition. */
const PROCEDURAL_RIGHTS = [
  'jury|trial|immunity|objection|venue|forum|inconvenient|defen[cs]e|notice of|presentment|breach',
  // Not a credit support given up ("waives the requirement for Buyer to post any letter of credit"); a bond for an
  // injunction stays procedure.
  'requirement(?!s? (?:for|that) [\\w&.-]+ (?:to )?(?:post|provide|deliver|lodge|maintain|furnish)[^.;]{0,40}?' +
    '\\b(?:letters? of credit|credit support|security deposit|deposit|(?:parent company )?guarantee|collateral)\\b)',
  'compliance|conditions?|provisions?|performance|claims? (?:resolved|heard)|means of recourse|recourse to (?:the )?courts?',
  'right to require \\S+ (?:first )?to (?:proceed|pursue|exhaust|marshal)',
].join('|');

/** Waivers that are no concession: moral rights, class actions, procedural rights, anti-waiver wording. */
const RIGHTS_NOT_VALUE = [
  '\\bmoral rights\\b',
  '\\bChapter IV of Part I of the Copyright',
  '\\brights? of (?:integrity|attribution|paternity)\\b',
  '\\bclass (?:action|arbitration)',
  // A duty to hand data back, put as a waiver: "hereby forever waives any and all right to, refuse to return Personal
  // Information to enforce any alleged payment obligation".
  '\\bwaive[sd]? (?:any and all |any |all )?rights? to,? (?:refuse to return|withhold|retain)\\b[^.;]{0,40}\\b(?:personal (?:information|data)|customer data|data)\\b',
  "\\bwaive[sd]? (?:(?:any|all|such|its|their|the|our|your|a party's) ){0,2}(?:rights? to (?:a |have )?)?" +
    `(?:${PROCEDURAL_RIGHTS})`,
  // Not the name of a defined term ("an amount (defined as "Expense Waiver")").
  '\\bwaiver\\b(?!["”])(?! of (?:the |all |any )?(?:[\\w-]+ ){0,3}(?:fees?|charges?|rent|interest|costs?))',
  '\\bnot (?:be deemed|constitute|operate as) (?:a )?waiver',
  // A licensee's acknowledgment of the other's IP: "Distributor waives in favor of Hydraspin all rights to the intellectual
  // property relating to the Products".
  '\\bwaive[sd]?\\b(?![^.;]{0,120}\\b(?:royalt\\w*|fees?|charges?|payments?|accrued|sums?)\\b)[^.;]{0,40}\\b(?:any |all )?rights?' +
    '(?:, title(?:,)? (?:or|and) interest)? (?:to|in)(?: and to)? (?:the |its |any )?(?:[\\w-]+ ){0,2}' +
    '(?:intellectual property|marks|trade ?marks|trade names|patents|copyrights)\\b',
  // An option that lapses unused ("shall be deemed to have waived its rights under this Section 2.1").
  '\\bdeemed to have (?:irrevocably )?waived (?:its|their|his|her|any|such|all) (?:[\\w-]+ ){0,2}(?:rights?|options?)\\b',
  // The buyer's side of a warranty disclaimer: "… EXCLUSIVE AND … DISTRIBUTOR HEREBY WAIVES, RELEASES AND DISCLAIMS".
  '\\bwaives?,? releases?,? and disclaims?\\b',
  // A claim lost by not raising it in time: "Claims … shall be waived by Columbia unless made within 30 days".
  '\\bwaived\\b[^.;]{0,60}\\bunless\\b[^.;]{0,40}\\b(?:made|given|notified|submitted|asserted|raised|presented|brought)\\b',
  // Who may waive, not a waiver: "No other employees of AEIS have authority to modify or waive any term".
  '\\bauthority to (?:[\\w-]+,? (?:or |and )?){0,3}waive\\b',
].join('|');

export const waiverCues: Cue<ConcessionKind>[] = [
  {
    id: 'waiver.no-late-fee',
    kind: 'waiver',
    triggers: ['late', 'interest', 'penalt'],
    subject: 'recipient',
    negative: true,
    phrases: [
      '(?:shall|will) not be liable (?:for|to pay) (?:any )?(?:late[- ]payment |default )?' +
        '(?:interest|late (?:payment )?(?:fees?|charges?)|penalt(?:y|ies))',
    ],
  },
  {
    id: 'waiver.no-termination-fee',
    kind: 'waiver',
    triggers: ['terminat', 'cancel', 'penalt'],
    negative: true,
    partOf: ['exit-flexibility'],
    phrases: [
      'without (?:paying |payment of )?(?:any )?(?:early[- ]termination |termination |cancellation )(?:fees?|charges?|penalt(?:y|ies))',
      'without (?:any )?penalt(?:y|ies)',
      '(?:with|and) no (?:early[- ]termination|termination|cancellation) (?:fees?|charges?|penalt(?:y|ies))',
      'no (?:early[- ])?termination (?:fee|charge|penalty) (?:shall|will) be (?:payable|charged|due)',
      '\\(early termination (?:charge|fee)\\) (?:will|shall) not apply',
    ],
    // What "cannot be cancelled without penalty" is paid for, not a penalty waived.
    unless: /\bcannot be (?:cancell?ed|terminated) without\b/i,
  },
  {
    id: 'waiver.no-fee',
    kind: 'waiver',
    triggers: ['no ', 'without'],
    negative: true,
    phrases: [
      '(?:with|and) no (?:late|reinstatement|set-?up|onboarding|standby|remobili[sz]ation|administration|admin) ' +
        '(?:fees?|charges?|penalt(?:y|ies)|interest)',
      'without (?:paying |payment of )?(?:any )?(?:late[- ]payment |reinstatement |set-?up )(?:fees?|charges?|penalt(?:y|ies)|interest)',
    ],
  },
  {
    // "the Tenant shall not be liable to pay the Basic Rent for the period of six months".
    id: 'waiver.not-liable-to-pay',
    kind: 'waiver',
    triggers: ['not be liable to pay'],
    subject: 'recipient',
    negative: true,
    remedyProne: true,
    phrases: ['(?:shall|will) not be liable to pay (?:the |any )?(?:[\\w-]+ ){0,3}{fee}'],
  },
  {
    id: 'waiver.not-charged',
    kind: 'waiver',
    triggers: [
      'not be charged',
      'not be invoiced',
      'not be billed',
      'not be payable',
      'not be chargeable',
      'not apply',
    ],
    negative: true,
    phrases: [
      '(?:travel|expenses?|{fee}|surcharges?|interest)(?:[^.;|]|\\.(?=\\d)){0,120}? (?:will|shall) not be ' +
        '(?:charged|invoiced|billed|payable|chargeable)',
      // "The onboarding fee will not apply to this Order Form".
      '(?:the |any |its )?(?:[\\w-]+ ){0,2}(?:{fee}|surcharges?)(?: of {money})? (?:will|shall) not apply\\b',
    ],
  },
  {
    // "Customer shall not be charged travel and living expenses for …": the party not charged receives it.
    id: 'waiver.party-not-charged',
    kind: 'waiver',
    triggers: ['not be charged', 'not be invoiced', 'not be billed'],
    subject: 'recipient',
    negative: true,
    phrases: [
      '(?:will|shall) not be (?:charged|invoiced|billed) (?:for )?(?:any |the )?(?:[\\w-]+ ){0,2}(?:travel|expenses|{fee})',
    ],
  },
  {
    id: 'waiver.not-required',
    kind: 'waiver',
    triggers: ['not be required to', 'not required to'],
    subject: 'recipient',
    negative: true,
    // "If this Agreement is terminated … due to Garman's default, … Sparkling shall not be required to pay any further fees".
    remedyProne: true,
    // What is made must be paid ("make Brand Development Fund contributions"), not said ("make claims about …").
    // Use that earns nothing: "… any License Fees for VOD exhibitions … made for the purposes of quality assurance or testing".
    unless: /\bfor (?:the )?purposes? of (?:quality assurance|testing)\b/i,
    phrases: [
      '(?:will|shall) not be required to (?:pay|contribute|reimburse|fund|' +
        'make (?:any )?(?:[\\w-]+ ){0,4}(?:payments?|contributions?|deposits?)\\b)',
    ],
  },
  {
    id: 'waiver.will-not-charge',
    kind: 'waiver',
    triggers: [
      'charge',
      'charging',
      'invoice',
      'bill',
      'levy',
      'impose',
      'reimbursement',
      'recover',
      'liquidated',
      'require',
      'abatement',
      'credit',
      'deduction',
      'late payment',
      'assess',
    ],
    negative: true,
    // A word an SEC filing redacts ("will not charge *** Run Fees") is still a word.
    phrases: [
      // "the Contractor shall not invoice the first four (4) call-outs outside regular hours"; "… and shall not charge the
      // Client therefor".
      "(?:shall not|will not|won['’]t) (?:invoice|charge|bill) (?:for )?the first {num} (?:[\\w-]+ ){0,3}(?:call-?outs|visits|hours|days|months|orders|units|sessions)",
      "(?:shall not|will not|won['’]t) (?:charge|invoice|bill) (?:the )?[\\w&.'’-]+(?: [\\w&.'’-]+)? therefor\\b(?![^.;]{0,80}\\b(?:until|before)\\b)",
      // A fee the paying side would keep: "will pay each invoice within two days without taking the QuickPay fee".
      "without (?:taking|collecting|retaining|keeping) (?:the |any |its |a )?(?:[\\w%()'’-]+ ){0,3}(?:fees?|charges?|commissions?)\\b" +
        '(?![^.;]{0,40}\\b(?:other than|except|save)\\b)',
      // "shall not render an invoice to the Client for the Block C mobilisation fee".
      "(?:shall|will) not (?:render|issue|raise|submit|send) (?:an |any )?invoices? (?:to (?:the )?[\\w&.'’-]+ )?for (?:the |any )?(?:[\\w-]+ ){0,4}(?:{fee})\\b" +
        // When it is billed is no waiver: "… until Customer has accepted the Milestone 2 Deliverables", "before the Go-Live Date".
        '(?![^.;]{0,120}\\b(?:until|before|unless|prior to)\\b)',
      // A fee not taken off what is credited or paid: "will issue full credit for them, without deducting the fifteen percent
      // (15%) restocking fee that Section 8.4 otherwise applies".
      // Not a payer's duty ("shall pay the invoice in full, without deducting any bank charges").
      '(?<!\\b(?:pay|pays|paid|payable|payments?|remit|remits|remitted|pass(?:es)? through|passed through|at cost)\\b[^.;]{0,120})without (?:deducting|applying|levying|charging) (?:the |any |its |a )?' +
        "(?:[\\w%()'’-]+ ){0,4}(?:fees?|charges?)\\b",
      // "the Contractor shall not levy liquidated damages for the first ten (10) Working Days of delay".
      // A remedy forgone: "The Principal will not apply any abatement under clause 7.2 in respect of the first two
      // months", "Manufacturer will not claim interest or compensation for late payment".
      // The verbs may run as a list: "shall not deduct, set off or otherwise recover from the Sub-Contractor any …".
      "(?:shall not|will not|won['’]t) (?:levy|claim|deduct|impose|apply|exercise)" +
        '(?:,? (?:or (?:otherwise )?)?(?:levy|claim|deduct|impose|apply|recover|set[- ]off))*' +
        "(?: from (?:the )?[\\w&.'’-]+)? " +
        '(?:any )?(?:liquidated damages|' +
        'abatements?|(?:late[- ]payment )?interest(?: or compensation)? (?:for|on) late payment)' +
        // Not the rule against double recovery ("for the same failure"), a procedure, a cap or the prevention principle
        // ("except by a pay less notice", "in excess of 10%", "for any delay caused by the Principal").
        '(?![^.;]{0,80}\\b(?:for the same|except|save|other than|unless|in excess of|caused by)\\b)',
      // A landlord's "Our client will not require you to remove the mezzanine meeting room": reinstatement waived.
      "(?:shall not|will not|won['’]t) require (?:you|[\\w-]+) to (?:remove|reinstate|restore|make good)",
      // A letter's "We normally charge a one-off onboarding fee of £1,200 … We won't be charging it on this occasion".
      "(?:shall not|will not|won['’]t) be (?:charging|invoicing|billing)(?: you)? (?:it|this|that)\\b(?! (?:until|before)\\b)",
      // A letter's contraction says it too: "We won't charge that fee".
      // "Provider shall not charge Customer any data egress or transfer fees".
      // Invoicing timed is no waiver: "shall not invoice the Customer for any Fees until the Go-Live Date".
      // Not charging yet is timing, not a waiver ("shall not charge expenses until Customer has approved …").
      "(?:shall not|will not|won['’]t) (?:charge|invoice|bill|levy|impose)(?![^.;]{0,80}?\\b(?:until|before)\\b) (?:(?:the )?[\\w-]+ )?(?:for |any |that |this )?" +
        // Not charged beyond a limit, nor unless approved ("unless approved in advance"): a rule on charging, not a waiver.
        // The fee may be named by its amount: "will not bill Customer the $18,000 implementation fee".
        '(?:(?:[\\w-]+|{redacted}|{money}) ){0,4}(?:fees?|charges?|surcharges?|costs?|interest|(?:travel )?time|mileage|expenses|' +
        // Items a price list charges by name: "The Venue will not charge corkage on up to 48 bottles".
        'corkage|storage|demurrage|detention|handling|postage|freight|carriage|overtime|set-?up|installation|levy|levies)' +
        "(?![^.;]{0,60}?\\b(?:except|other than|in excess of|included in|as part of|(?:its|[\\w&.-]+['’]s) own|responsibility|bears|" +
        // Nor a rate held under a ceiling, a formula's month, or a disputed amount ("shall not charge interest at a rate
        // exceeding the maximum permitted by law", "in any month in which the diesel price is below $3.50").
        'exceeding|above|maximum|permitted by|disput\\w*|in any (?:month|period|quarter|week) (?:in which|where|when)|its own|' +
        // Not charged twice or apart from where it is already priced ("… separately, because that fee is already reflected").
        'separately|twice|again|more than once|already (?:reflected|included|invoiced|paid)|' +
        'unless (?:pre-?)?(?:approved|authori[sz]ed|agreed))\\b)',
      // Something the contract charges for, not charged to the other party: "The Firm will not charge the Company for
      // Westlaw, Lexis or PACER research on Covered Matters".
      // Not for putting its own failure right ("… for any work carried out by it in connection with remedying a default").
      "(?:shall not|will not|won['’]t) charge (?:the )?[A-Z][\\w&-]* for\\b(?![^.;]{0,80}?\\b(?:until|before|unless|except|more than|" +
        'in excess of|remedy\\w*|default|defect\\w*|failure|included in|responsibility|' +
        'not (?:been )?(?:ordered|authori[sz]ed|approved|requested))\\b)',
      // "Publisher will not charge Author's royalty account for any author's alterations made in first-pass proofs".
      "(?:shall not|will not|won['’]t) charge (?:the )?[\\w&-]+['’]s (?:[\\w-]+ )?account (?:for|with)\\b" +
        '(?![^.;]{0,80}?\\b(?:unless|until|without|except)\\b)',
      // "Shipper shall not assess that chargeback against Carrier".
      '(?:shall|will) not (?:assess|levy|impose) (?:the |that |this |such |any )?(?:chargebacks?|back-?charges?|penalt(?:y|ies)|fines?) (?:against|on)' +
        '(?![^.;]{0,80}\\b(?:except|unless|until|directly|instead|refer)\\b)',
      // "The Carrier will not seek reimbursement of the fuel surcharge for the month of May".
      '(?:shall|will) not (?:seek|claim|demand|recover) (?:reimbursement|payment|recovery) (?:of|for) (?:the |any )?' +
        '(?:[\\w-]+ ){0,3}(?:{fee}|surcharges?|costs?|expenses)',
    ],
    // A limit on what a party charges the public protects them, not the other party ("shall not charge members of the
    // public any storage fee").
    unless:
      /\b(?:charge|bill|invoice) (?:members of the public|the public|(?:its |their |any )?(?:users|end[- ]users|consumers|patrons|visitors|members|passengers|residents))\b/i,
  },
  {
    // Rent or charges abated: a concession, unless it is the contract's remedy for a delay or failure.
    id: 'waiver.abated',
    kind: 'waiver',
    triggers: ['abate'],
    remedyProne: true,
    phrases: [
      '(?:is|are|shall be|will be|be|been|hereby) abated',
      // "Landlord shall abate the Base Rent for the months of January and February 2027".
      '(?:shall|will|agrees? to|hereby) abates? (?:the |all |any )?(?:[\\w-]+ ){0,2}(?:{fee})',
    ],
  },
  {
    // "Seller waives the requirement under Section 8.3 of the PPA for Buyer to increase its Letter of
    // Credit": a contractual requirement given up, unlike boilerplate "waives any requirement to post a bond".
    id: 'waiver.requirement',
    kind: 'waiver',
    triggers: ['waive'],
    phrases: [
      'waives? (?:the |its |any )?(?:[\\w-]+ ){0,2}(?:requirements?|conditions?|compliance with) ' +
        '(?:(?:in|under|of|set out in|contained in|with) )?(?:paragraph|section|clause|article|schedule)s? \\d+',
    ],
  },
  {
    id: 'waiver.waives',
    kind: 'waiver',
    triggers: [
      'waive',
      'forgo',
      'forego',
      'forgive',
      'forgave',
      'abate',
      'release',
      'withdraw',
      'write off',
      'writes off',
      'wrote off',
      'discharge',
      'written off',
    ],
    phrases: [
      'waives?',
      '(?:is|are|shall be|will be|be|been|hereby|has|have) (?:waived|forgiven|written off)',
      '(?:writes?|wrote) off',
      '(?:is|are|shall be|will be) (?:hereby )?(?:waived|abated) in full',
      'forgives?',
      // "agrees to forgo the set-up charge": a fee given up is waived.
      // Not "the foregoing": "forgoing" is the verb, "foregoing" the adjective.
      '(?<!\\b(?:requires?|obliges?|compels?|obligates?) [\\w&.-]+ to )(?:forgo(?:es|ing)?|forego(?:es)?) (?:the |its |any |all )?(?:[\\w-]+ ){0,3}(?:{fee}|surcharges?|interest|penalt(?:y|ies)|share|entitlement)',
      'releases? (?:the other(?: part(?:y|ies))?|each other|(?:the )?\\w+) from (?:any|all) (?:claims?|liability)',
      // "hereby discharges the Service Provider from liability for the Performance Deductions".
      // A party's own act ("hereby discharges"), not payment that settles a debt or a clause that keeps a guarantee.
      "(?:hereby|irrevocably|agrees? to) discharges? (?:the )?[\\w&.'’-]+(?: [\\w&.'’-]+)? from (?:any |all |its |their )?(?:liability|obligations?) (?:for|to pay|in respect of)",
      'releases? (?:the )?\\w+ from (?:its|their|the|any) (?:[\\w-]+ ){0,2}obligations?',
      'releases? (?:the )?\\w+ from (?:the |its |any |all )?(?:[\\w-]+ ){0,3}(?:damages|penalt(?:y|ies)|service credits)',
      // "The Provider releases the Customer from all interest and compensation for late payment accrued …".
      // Released by a party, not by a payment ("Payment of the Outstanding Amount in full releases the Customer …").
      '(?<!\\bpayments?\\b[^.;]{0,60})releases? (?:the )?\\w+ from (?:the |its |any |all )?(?:[\\w-]+ ){0,2}' +
        '(?:interest|late payment (?:charges|fees|compensation))',
      '(?:waives? and )?releases? (?:any|all) claims?',
      // "each Party … releases and forever discharges the other Party … from all Claims".
      // Not an indemnity's "indemnify, defend, release and discharge".
      '(?<!\\b(?:indemnify|defend)\\b[^.;]{0,40})releases?,? and (?:forever |fully |irrevocably )?(?:discharges?|acquits?)',
      // "all claims arising under the Agreement shall be mutually released"
      '(?:claims?|liabilit(?:y|ies))… (?:are|is|shall be|will be) (?:hereby )?(?:mutually |fully )?released',
      '(?:withdraws?|releases? [\\w-]+ from),? (?:and releases? [\\w-]+ from,? )?(?:the |its |any )?' +
        '(?:[\\w-]+ ){0,2}(?:backcharges?|claims?|notices? of (?:default|claim)|penalt(?:y|ies)|charges?|fees?|' +
        'invoices?)',
    ],
    unless: new RegExp(`${RIGHTS_NOT_VALUE}|${proceduralWaiver.source}`, 'i'),
  },
  {
    // A claim given up by a promise not to make it: "NeuroBo further agrees that it shall not hold Dong-A responsible
    // nor shall bring any claims … against Dong-A for any such deficiencies"; "you will not make any claim against the
    // Company … related to tax liabilities".
    id: 'waiver.no-claim',
    kind: 'waiver',
    triggers: ['claim', 'responsible', 'liable', 'action', 'recover', 'pursue'],
    subject: 'actor',
    negative: true,
    phrases: [
      '(?:(?:shall|will|must) not|(?:agrees?|undertakes?) not to) (?:hold [\\w&.-]+ (?:responsible|liable)|' +
        'pursue [\\w&.-]+ (?:for|in respect of)|' +
        '(?:make|bring|assert|file|pursue|institute|commence) (?:any |a )?(?:claims?|actions?|suits?|proceedings?)' +
        '(?: (?:or|nor) (?:actions?|suits?|proceedings?))?(?: whatsoever)? against|seek to recover from)',
      '(?:shall|will) have no (?:claims?|right of action) (?:whatsoever )?against',
    ],
    // What liability clauses say of every claim, not one given up: losses excluded or capped, time bars and notice,
    // forums, double or insured recovery, the sole remedy, claims against others' people or suppliers, a licence's
    // no-challenge, losses others cause, and carve-outs ("Nothing … means that Customer shall not bring any claim").
    unless: new RegExp(
      [
        '\\b(?:loss of (?:profits?|revenue|business|goodwill|data|opportunity)|indirect|consequential|special|punitive|exemplary)\\b',
        '\\b(?:in excess of|exceed\\w*|liability cap|cap on|sole (?:and exclusive )?remedy|exclusive remedy)\\b',
        "\\b(?:except|unless|other than|save (?:as|for|where)|without (?:[\\w&.-]+[’'']s )?(?:prior )?(?:written )?consent)\\b",
        '\\b(?:more than|later than|once|elapsed|after the expiry|after (?:the )?(?:expiration|lapse)|within)\\b',
        '\\b(?:courts?|forum|jurisdiction|arbitra\\w*|same loss|double recovery|insurance|insurers?|recovered)\\b',
        // Others' people and suppliers, not a party named by its role ("the Supplier", "the Sub-Contractor").
        "\\b(?:any|its|their|[\\w&.-]+['’]s) (?:[\\w-]+ )?(?:employees?|officers?|directors?|agents?|subcontractors?|sub-contractors?|" +
          'personnel|licensors?|suppliers?|hosting providers?|affiliates?)\\b|\\bescrow agent\\b',
        '\\b(?:personally|third part(?:y|ies)|validity|enforceability|fraud|wil(?:l)?ful)\\b',
        '\\b(?:caused by|resulting from|arising (?:from|out of)) (?:any |a |the )?(?:cardholders?|end[- ]users?|members of the public)\\b',
        '\\bnothing\\b',
      ].join('|'),
      'i',
    ),
  },
  {
    id: 'waiver.suspended-charge',
    kind: 'waiver',
    triggers: ['suspend'],
    // Rent suspended while hired equipment is broken down answers a failure.
    remedyProne: true,
    phrases: ['(?:{fee}|surcharges?|indexation|interest)… (?:is|are|shall be|will be) suspended'],
  },
  {
    id: 'waiver.fee-holiday',
    kind: 'waiver',
    triggers: ['holiday', 'rent-free', 'rent free'],
    noun: true,
    phrases: ['(?:fee|rent|subscription|licen[cs]e) holiday', 'rent[- ]free (?:period|months?)'],
  },
  {
    id: 'waiver.absorb',
    kind: 'waiver',
    triggers: ['absorb', 'bear its own', 'bear their own'],
    phrases: [
      'absorbs? (?:the |all |any )?(?:[\\w-]+ ){0,5}(?:costs?|expenses?|fees?|charges?|surcharges?)',
      'bears? (?:its|their) own (?:[\\w-]+ ){0,2}(?:costs|expenses)',
    ],
    // Each side paying its own way (to negotiate the deal, in a dispute) is the default, not a concession.
    unless: new RegExp(
      // A plain-text title's underline can fall between the words: "each ------------------ party shall bear".
      '\\b(?:each|either|both)(?: -{3,})? (?:of the )?part(?:y|ies)\\b[^.;]{0,40}\\bbears? (?:its|their) own\\b|' +
        '\\b(?:negotiation|preparation|execution) of (?:this|the) (?:agreement|contract)\\b|' +
        '\\b(?:mediation|arbitration|dispute|proceedings?|litigation)\\b',
      'i',
    ),
  },
  {
    // "No royalty shall accrue or be payable … for Units Shipped between July 1 and September 30".
    id: 'waiver.none-payable',
    kind: 'waiver',
    triggers: [
      'payable',
      'accrue',
      'due',
      'guarantee',
      'required to pay',
      'obliged to pay',
      'obligated to pay',
      'be applied',
    ],
    negative: true,
    grantedBy: 'payee',
    // "If termination results from BLI's uncured breach, then: … (b) no royalties shall be payable": a remedy.
    remedyProne: true,
    phrases: [
      'no (?:[\\w-]+ ){0,2}(?:{fee}|surcharges?|interest) (?:shall|will) (?:accrue or |accrue and )?(?:be )?(?:payable|due|accrue|charged)',
      // A fee named at length and not applied to whom it would be: "no Business Entity Start Up Service Fees will be applied
      // to new Business Entities electing the ULTD Pricing option".
      'no (?:[\\w-]+ ){0,5}(?:fees?|charges?) (?:shall|will) be (?:applied|levied|imposed|charged) (?:to|on|for)',
      // A fee holiday: "no Membership Fee is payable for the first calendar month of the Membership".
      // Not a service's allowance ("No additional Fee is payable for the first two (2) rounds of revisions").
      'no (?!additional|extra|further)(?:[\\w-]+ ){0,2}(?:{fee}) (?:is|are) (?:payable|due|charged) (?:for|in respect of|during) ' +
        '(?:the )?(?:first|initial|opening) (?:[\\w()-]+ ){0,2}(?:months?|years?|weeks?|quarters?|period|term)\\b',
      // "You are not required to pay to us a transfer fee … for the following transfers".
      '(?:is|are|shall|will) not (?:be )?(?:required|obliged|obligated) to pay (?:to [\\w&.-]+ )?(?:a|an|any|the) ' +
        '(?:[\\w-]+ ){0,2}(?:fees?|charges?|surcharges?|rent)\\b',
      // A licence's guaranteed minimum dropped: "There shall be no Individual Property Guarantee attributable to the Release".
      'there (?:shall|will) be no (?:[\\w-]+ ){0,2}(?:minimum|royalty|property|advance|annual) guarantee',
    ],
    // Payments that end with the term they price: "Upon Expiration of this Agreement: … (ii) no royalties shall be payable".
    // Nor a rule on how one pays ("No credit card surcharge will be payable on payments of less than $1,000"), nor on
    // when: "No royalties will be payable on the sales … until … payment … has been received by the paying party".
    unless:
      /\b(?:upon|after|following|on) (?:the )?(?:expiration|expiry|end) of (?:this Agreement|the (?:applicable )?(?:Royalty )?Term)\b|\bcredit card\b|\bcard surcharges?\b|\bfor (?:the )?purposes? of (?:quality assurance|testing)\b|\buntil\b[^.;]{0,160}?\b(?:payments?|proceeds|funds|monies|sums?|amounts?)\b[^.;]{0,60}?\b(?:has|have) been (?:received|collected)\b/i,
  },
];
