/**
 * Waivers: a fee, a charge, a claim or a right given up (LABELS.md), not procedure ("waives trial by jury") nor
 * anti-waiver wording. Part of concessions.ts's list, in its place.
 */
import type { ConcessionKind } from '../model.js';
import type { Cue } from './cue.js';
import { OPENS_TRADED_FOR_CONCESSION, proceduralWaiver } from './language.js';
import { notChargedCues } from './notCharged.js';

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
  // A charge not made (notCharged.ts).
  ...notChargedCues,
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
    // Nor force majeure, which excuses whichever party it strikes ("unavoidable events release the Parties from their
    // performance obligations").
    // Nor a guarantor's debts put behind the guaranteed ones ("are hereby waived and postponed in favor of and subordinated to").
    unless: new RegExp(
      // Nor a release given as the price of the other side's concession (other.release-traded).
      `${RIGHTS_NOT_VALUE}|${proceduralWaiver.source}|\\bforce majeure\\b|\\bunforeseeable\\b|\\bsubordinat\\w*|${OPENS_TRADED_FOR_CONCESSION.source}`,
      'i',
    ),
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
    // A shortfall excused: "The failure of Excite@Home to deliver at least [***] records shall not be deemed a breach of this
    // Agreement": the other side gives up its remedy. Not force majeure, nor forecasts, which bind no one.
    id: 'waiver.not-a-breach',
    kind: 'waiver',
    triggers: ['breach', 'default'],
    negative: true,
    phrases: [
      "(?:(?:failure|inability) (?:of (?:the )?[\\w&@.'’-]+ |by (?:the )?[\\w&@.'’-]+ )?|[\\w&@.-]+['’]s (?:failure|inability) )" +
        // A quantity the deal counts on, not an errand ("to forward these emails", "to send courtesy copies").
        'to (?:deliver|achieve|meet|reach|purchase|buy|order|sell|generate|supply|provide) (?:at least|a minimum|the minimum|' +
        'not less than|no fewer than|the (?:minimum|target|quota)|\\*+|\\[\\*+\\]|{num})[^.;]{0,160}? ' +
        '(?:shall|will) not (?:be deemed (?:to (?:be|constitute) )?|constitute |' +
        'be (?:considered|treated as) )(?:a |an )?(?:material )?(?:breach|default)',
    ],
    unless:
      /\bforce majeure\b|\bbeyond (?:its|their|the) (?:reasonable )?control\b|\bacts? of God\b|\bforecasts?\b|\bnon-?binding\b/i,
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
    // Interest that does not run over time given to pay is part of that time: "… within ninety (90) days … instead of the period
    // stated in Clause 8.2, and no interest shall accrue during that extended period".
    partOf: ['payment-terms'],
    remedyProne: true,
    phrases: [
      // Two fees at once: "no Royalties or Service Fees will be payable to ENERGOUS … in connection with any Sale … of sample Products".
      'no (?:[\\w-]+ ){0,2}(?:{fee}|surcharges?|interest)(?: (?:or|and|nor) (?:[\\w-]+ ){0,2}(?:{fee}))? (?:shall|will) ' +
        '(?:accrue or |accrue and )?(?:be )?(?:payable|due|accrue|charged)',
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
