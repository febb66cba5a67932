/**
 * Waivers put as a charge not made: "shall not be liable for late payment interest", "will not charge the set-up fee",
 * "without taking the QuickPay fee". Part of waivers.ts's list, in its place (first: the specific before the general).
 */
import type { ConcessionKind } from '../model.js';
import type { Cue } from './cue.js';

export const notChargedCues: Cue<ConcessionKind>[] = [
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
    // Nor the other side's liabilities left with it ("Nexstar shall not be required to pay, discharge or perform any other
    // obligations or liabilities of WYZZ"), which is what was never taken on.
    unless:
      /\bfor (?:the )?purposes? of (?:quality assurance|testing)\b|\bpay,? (?:discharge|perform|assume|satisfy)\b|\b(?:obligations|liabilities) (?:or (?:obligations|liabilities) )?of\b/i,
    phrases: [
      // Reinstatement given up: "the Tenant is not required to remove the mezzanine floor and walk-in chiller".
      '(?:is|are|shall|will) not (?:be )?required to (?:remove|reinstate|restore|make good)\\b',
      '(?:will|shall) not be required to (?:pay|contribute|reimburse|fund|' +
        'make (?:any )?(?:[\\w-]+ ){0,4}(?:payments?|contributions?|deposits?)\\b)',
    ],
  },
  {
    id: 'waiver.costs-borne',
    kind: 'waiver',
    triggers: ['would otherwise be'],
    phrases: [
      // Costs taken on that the other side would bear: "Brightline will bear all special construction costs for Location 3 up
      // to $15,000.00, which would otherwise be billable to Customer".
      '(?:shall|will|agrees? to) (?:bear|absorb|cover) (?:all |the |any )?(?:[\\w-]+ ){0,3}(?:costs?|charges?|fees?|expenses)\\b' +
        '(?=(?:[^.;]|\\.(?=\\d)){0,120}\\b(?:which|that) would otherwise be (?:billable|chargeable|payable|charged|invoiced|borne) (?:to|by)\\b)',
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
        '(?:any )?(?:liquidated damages|(?:performance|service|KPI) deductions?|' +
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
        // Or its rate: "will not charge our 2% media-buying commission".
        '(?:(?:[\\w-]+|{redacted}|{money}|\\d+(?:\\.\\d+)?%) ){0,4}(?:fees?|charges?|surcharges?|costs?|commissions?|interest|(?:travel )?time|mileage|expenses|' +
        // Items a price list charges by name: "The Venue will not charge corkage on up to 48 bottles".
        'corkage|storage|demurrage|detention|handling|postage|freight|carriage|overtime|set-?up|installation|levy|levies)' +
        "(?![^.;]{0,60}?\\b(?:except|other than|in excess of|beyond|included in|as part of|(?:its|[\\w&.-]+['’]s) own|responsibility|bears|" +
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
      // Costs the contract lets one side recover, not recovered: "we will not recover from you, through the service charge
      // or otherwise, any part of the cost of the Works".
      "(?:shall|will) not recover(?: from (?:you|us|(?:the )?[\\w&.'’-]+))?(?:, [^,;.]{1,60},)? (?:any |all )?" +
        '(?:(?:part|portion|share) of )?(?:the )?(?:[\\w-]+ ){0,2}(?:costs?|expenses|charges?)\\b',
      // "The Carrier will not seek reimbursement of the fuel surcharge for the month of May".
      '(?:shall|will) not (?:seek|claim|demand|recover) (?:reimbursement|payment|recovery) (?:of|for) (?:the |any )?' +
        '(?:[\\w-]+ ){0,3}(?:{fee}|surcharges?|costs?|expenses)',
    ],
    // A limit on what a party charges the public protects them, not the other party ("shall not charge members of the
    // public any storage fee").
    // Nor hours past a cap, which are the cap itself: "Fenwick Row will not invoice any hours beyond the Fee Cap".
    unless:
      /\b(?:charge|bill|invoice) (?:members of the public|the public|(?:its |their |any )?(?:users|end[- ]users|consumers|patrons|visitors|members|passengers|residents))\b|\b(?:beyond|in excess of|above|over) (?:the |any )?(?:[\w-]+ )?(?:cap|budget|estimate|not-to-exceed amount)\b/i,
  },
];
