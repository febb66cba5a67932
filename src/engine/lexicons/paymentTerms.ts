/** Concessions of kind payment-terms: longer terms, deferral, instalments, a smaller deposit (LABELS.md). */
import type { ConcessionKind } from '../model.js';
import type { Cue } from './cue.js';

/** An amendment's "… shall be deleted and replaced with the words …". */
export const SWAPPED =
  '(?:(?:shall|will) be|is|are) (?:hereby )?(?:deleted and )?(?:replaced|substituted) (?:with|by) (?:the (?:words|phrase) )?';
/** A period to pay in quotes, as an amendment swaps it: ""within thirty (30) days of receipt of a Valid Invoice"". */
export const WITHIN_DAYS = '["“]within {num} (?:[\\w-]+ ){0,2}days[^"”]{0,80}["”],? ';

export const paymentTermCues: Cue<ConcessionKind>[] = [
  {
    id: 'payment-terms.instalments',
    kind: 'payment-terms',
    triggers: ['instal', 'payments'],
    subject: 'recipient',
    phrases: [
      '(?:may|can|is entitled to|shall be entitled to|will be permitted to)(?:, [^,;]{1,60},)?(?: instead)? ' +
        '(?:be )?pa(?:y|id)…… in (?:{num} …|the following) instal(?:l)?ments',
      'instal(?:l)?ment (?:plan|arrangement|basis)',
      // A letter's "For the first renewal year you may instead pay the invoice in two equal halves".
      '(?:may|can)(?: instead)? pay (?:the |each |this |that )?(?:[\\w-]+ )?(?:invoice|fees?|amount|balance)s? in (?:two|three|four|{num}) ' +
        '(?:equal )?(?:halves|thirds|instal(?:l)?ments|parts|payments)',
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
    phrases: [
      '(?:is|are|shall be|will be) (?:invoiced|billed|payable|paid) in {num} … instal(?:l)?ments',
      // A letter's "For this renewal we will instead bill the platform fee in four equal quarterly instalments".
      '(?:invoice|bill)s? (?:the |its |our |your )?(?:[\\w-]+ ){0,3}(?:{fee}) in {num} … instal(?:l)?ments',
    ],
    requires: /\b(?:instead|rather than|although|up-?front|lump sum|flexible|in advance)\b/i,
  },
  {
    // "payable within thirty (30) days of the invoice date instead of fifteen (15) days"
    id: 'payment-terms.longer-than-before',
    kind: 'payment-terms',
    // The party that pays later receives the time: "Participating Members may pay … within sixty (60) days".
    subject: 'recipient',
    triggers: ['instead of', 'rather than', 'in place of'],
    longerThan: true,
    phrases: [
      // "shall pay each invoice for freight and handling within sixty (60) days …, instead of the fourteen (14) days".
      "(?:payable|due|paid|pays?)(?: (?!days)[\\w'’-]+){0,6} (?:within |in )?{num}(?: …)? days… (?:instead of|rather than|in place of) " +
        '(?:the )?{num}(?: \\(\\d+\\))?(?: (?:[\\w-]+ )?days)?',
    ],
  },
  {
    // Correspondence moves the payer along: "You've agreed to move us from 45 days to 75 days from end of month".
    id: 'payment-terms.moved-from-to',
    kind: 'payment-terms',
    triggers: ['move', 'moving', 'take us', 'put us'],
    higherThan: true,
    phrases: [
      "(?:move|moves|moving|moved|take|takes|taking|put|puts|putting) (?:us|you|them|[\\w&.'’-]+) from {num} (?:[\\w-]+ )?days " +
        '(?:to|up to) {num} (?:[\\w-]+ )?days',
    ],
  },
  {
    // An amendment's words swapped in a payment clause: "the words "within thirty (30) days of receipt" shall be deleted
    // and replaced with the words "within sixty (60) days of receipt"", "monthly in advance" replaced with "monthly in
    // arrears". The new period must be the longer.
    id: 'payment-terms.words-replaced',
    kind: 'payment-terms',
    triggers: ['replac', 'substitut', 'inserting'],
    higherThan: true,
    phrases: [
      `(?<=\\b(?:pay|paid|payment|invoic)\\w*[^.;]{0,200})${WITHIN_DAYS}${SWAPPED}["“]within {num} (?:[\\w-]+ ){0,2}days`,
      // "is amended by deleting "30 days from the end of the month of invoice" and inserting "60 days from …"".
      'deleting ["“](?:within )?{num} (?:[\\w-]+ ){0,2}days[^"”]{0,80}?\\b(?:invoice|receipt|payment)[^"”]{0,40}["”],? ' +
        'and (?:inserting|substituting)(?: the (?:words|phrase))? ["“](?:within )?{num} (?:[\\w-]+ ){0,2}days',
    ],
  },
  {
    id: 'payment-terms.arrears-replaced',
    kind: 'payment-terms',
    triggers: ['in arrears'],
    phrases: [`["“](?:[\\w-]+ )?in advance["”],? ${SWAPPED}["“](?:[\\w-]+ )?in arrears`],
  },
  {
    // "Publisher's standard terms are net 30; for this IO, payment is due net 60 from the invoice date."
    id: 'payment-terms.longer-than-standard',
    kind: 'payment-terms',
    // The party that pays later receives the time: "Members may pay within ninety (90) days".
    subject: 'recipient',
    triggers: ['due', 'payable', 'paid', 'pay '],
    longerThan: 'standard before',
    // What the paid party pays back (a rebate, a reimbursement) is no longer time to pay it.
    unless: /\brebates?\b|\breimburs|\brefunds?\b/i,
    phrases: [
      '(?:due|payable|paid) (?:net ?{num}|(?:within |in )?{num} (?:calendar |business |working |banking )?days)',
      '(?:pay|pays) (?:each |all |any |the |such )?(?:[\\w-]+ ){0,3}within {num} (?:calendar |business |working |banking )?days',
    ],
  },
  {
    id: 'payment-terms.extended',
    kind: 'payment-terms',
    triggers: ['extend', 'push', 'defer', 'postpone', 'holiday', 'move', 'over time', 'not have to', 'not need to'],
    // A payment that follows what it pays for: "In the event that the Launch Date is delayed …, the April 1 payment … shall
    // be postponed".
    unless:
      /\b(?:launch|delivery|completion|go-live|commencement|acceptance|opening)(?: date)? (?:is|are|has been|have been) delayed\b/i,
    phrases: [
      '(?:period for payment|payment (?:terms?|period|date)|due dates?|time for payment)… ' +
        '(?:is|are|shall be|will be) (?:extended|deferred|postponed)',
      // "Supplier extends the payment period in paragraph (b) to ninety (90) days".
      'extends? (?:the )?(?:period for payment|payment (?:terms?|period|date)|due dates?|time for payment)',
      // The period named by its clause, a period to pay by what it runs from: "extends the period in clause 6.1 to ninety
      // days from the invoice date".
      'extends? the period (?:in|under|of) (?:clause|section|paragraph) [\\d.()a-z]+ to {num} (?:calendar |business )?days ' +
        '(?:from|after|of) (?:the )?(?:date of (?:the )?)?(?:invoice|receipt of (?:the )?invoice)',
      '(?:payment|invoices?|fees?|rent|amounts?)… (?:can|may|shall|will) be (?:pushed back|deferred|postponed)',
      '(?:payment|invoices?|fees?|rent|amounts?)…… (?:is|are) deferred (?:until|to)',
      '(?:move|push|defer|postpone)s? (?:the )?(?:[\\w-]+ ){0,4}payment (?:triggers?|milestones?|dates?)',
      'payment holiday',
      // A letter's "We will also allow you to defer payment of invoice BT-10517 until August 31, 2025".
      '(?:to |may |can )(?:defer|postpone) (?:the )?payment of (?:(?:the |an? |your |its |each )?invoices?|(?:the |its |your )?(?:[\\w-]+ ){0,2}(?:{fee}))',
      // "the Supplier does not have to make any capital repayments for the first six months".
      // Repayments put off, not payments already made or forgone ("because the Licence Fee … is paid in a single lump sum").
      '(?:does|do|shall|will) not (?:have|need) to (?:make|pay) any (?:[\\w-]+ )?(?:repayments?|instal(?:l)?ments?) ' +
        'for the first {num} (?:months|weeks|days)',
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
    // The paid party holding its own invoices back: "We will defer twenty percent (20%) of each Phase 2 installment,
    // without interest, until …".
    id: 'payment-terms.payee-defers',
    kind: 'payment-terms',
    triggers: ['defer'],
    grantedBy: 'payee',
    phrases: [
      // Or the months whose fees wait: "The Franchisor will defer payment of the Royalty Fees … for the months of March 2025".
      '(?:shall|will|agrees? to) defer (?:payment of )?(?:{pct}|(?:the |each |any )?(?:[\\w-]+ ){0,2}(?:instal(?:l)?ments?|invoices?|payments?|{fee}))' +
        '(?:[^.;]){0,80}?\\b(?:until|for the (?:months?|period) (?:of|from))\\b',
    ],
    // Not a payer's retention or a payment held to a milestone ("until Acceptance", "until … the performance bond").
    unless:
      /\bdisput|\bretention\b|\buntil\b[^.;]{0,60}\b(?:acceptance|accepted|delivered|delivery|completion|certificate|approval|bond|obtained)\b|\bparties\b/i,
  },
  {
    id: 'payment-terms.long-period',
    kind: 'payment-terms',
    triggers: ['payable', 'pay ', 'paid ', 'net ', 'due', 'payment'],
    minDays: 45,
    minDaysInOriginal: 61,
    phrases: [
      '(?:payable|due|be paid) (?:within |in )?{num} (?:calendar |business |working |banking )?days',
      'net ?\\d{2,3}',
      'net {num} (?:calendar |business |working |banking )?days',
      // "the final date for payment shall be 45 days after the due date".
      '(?:final )?date for payment (?:shall|will) be {num} (?:calendar |business |working |banking )?days after',
      // "the Price shall be paid by Distributor to Vendor within the earlier of: (1) one hundred eighty (180) calendar days".
      '(?:paid|payable|due)(?: [\\w-]+){0,6} within the (?:earlier|later) of:? (?:\\(\\w+\\) )?{num} ' +
        '(?:calendar |business |working |banking )?days',
      // "such payments shall be payable on the later of (i) sixty (60) days after the date of the applicable invoice": a
      // time to pay an invoice, not a deposit's return or a royalty's accounting cycle.
      '(?:paid|payable|due)(?: [\\w-]+){0,6} on the later of:? (?:\\(\\w+\\) )?{num} (?:calendar |business |working |banking )?days ' +
        '(?:after|following|from) (?:the )?(?:date of )?(?:the )?(?:applicable |relevant )?(?:invoice|receipt of (?:the )?invoice)',
      // "on net one hundred twenty (120) day terms".
      'net {num}(?:[- ]days?)? terms',
      // "shall pay each invoice no later than ninety (90) days after receipt of an invoice".
      '(?:pay|pays|paid|payable|due)(?: (?:each|all|any|the|such|its))?(?: [\\w-]+){0,3} ' +
        '(?:within|no later than|not later than) {num} (?:calendar |business |working |banking )?days',
      // An exception set off by commas: "shall pay each invoice, other than any amount disputed …, within sixty (60) days".
      '(?:pay|pays) (?:each|all|any|the|such) (?:[\\w-]+ ){0,2}invoices?, (?:[^.;]|\\.(?=\\d)){1,120}?, ' +
        '(?:within|no later than|not later than) {num} (?:calendar |business |working |banking )?days',
    ],
    // Nor a fee settled for each period, an accounting cycle: "payable quarterly within forty-five (45) days after the end
    // of each quarter" (a purchasing group's administrative fee, a royalty).
    unless:
      /\brebates?\b|\bshall pay any\b|\bdays (?:after|following|from) the (?:end|close) of (?:each|every|the|such) (?:calendar )?(?:month|quarter|year|period)\b/i,
  },
  {
    // "Consultant agrees to accept payment of the M2 fee in three (3) equal monthly instalments": granted by who accepts.
    id: 'payment-terms.instalments-accepted',
    kind: 'payment-terms',
    triggers: ['instal'],
    phrases: [
      '(?:accept|allow|permit)s? (?:payment of )?(?:the )?(?:[\\w-]+ ){0,4}in {num} (?:[\\w-]+ ){0,2}instal(?:l)?ments',
    ],
  },
  {
    // Granted in so many words ("will accept payment within sixty (60) days"): a give wherever it stands.
    id: 'payment-terms.granted-period',
    kind: 'payment-terms',
    triggers: ['accept', 'receive', 'allow', 'give', 'grant', 'invoice'],
    minDays: 45,
    // Days to dispute or query an invoice are no time to pay it.
    unless: /\bto (?:dispute|object|query|contest|notify|raise)\b/i,
    phrases: [
      '(?:accept|receive)s? payment (?:within|in) {num} (?:calendar |business |working |banking )?days',
      // A letter's "For the launch order only, you'll have 90 days from invoice".
      '(?:ha(?:ve|s)|get|gets) {num} (?:calendar |business |working |banking )?days (?:from|after|of) (?:the )?(?:date of )?' +
        '(?:the |each |an? )?(?:invoice|receipt of (?:the )?invoice)',
      '(?:allow|give|grant)s? (?:[\\w-]+ )?{num} (?:calendar |business |working |banking )?days (?:to pay|for payment)',
      // An exception to the standard: "Invoices are payable within thirty (30) days …, except that Client may pay the M3
      // invoice up to sixty (60) days after receipt".
      '(?:may|can) pay (?:the |each |this |that )?(?:[\\w-]+ ){0,2}invoices? (?:up to |within )?{num} (?:calendar |business |working )?days ' +
        '(?:after|from|of) (?:the )?(?:date of )?(?:receipt|invoice|issue)',
    ],
  },
  {
    // "The Venue's standard deposit is 30% of the Hire Fee. For this booking, the deposit payable on signature is reduced
    // to 15%": less paid ahead.
    id: 'payment-terms.deposit-reduced',
    kind: 'payment-terms',
    triggers: ['deposit'],
    phrases: [
      // To a new figure, not by what is drawn from it ("reduced by any amounts the Landlord applies towards unpaid Rent").
      '(?:deposit|advance payment|down ?payment)(?: [\\w-]+){0,4} (?:is|are|shall be|will be) (?:hereby )?reduced ' +
        '(?:to|from|by (?:{pct}|{money}))',
      'reduces? (?:the |its |your )?(?:[\\w-]+ )?(?:deposit|advance payment|down ?payment) (?:to|from|by (?:{pct}|{money}))',
    ],
  },
  {
    id: 'payment-terms.may-pay-later',
    kind: 'payment-terms',
    triggers: ['pay', 'paid', 'settle'],
    subject: 'recipient',
    minDays: 45,
    phrases: [
      // Not a method of payment ("may make payment by EFT or by cheque, and must in any event pay within 45 days").
      '(?:may|can|is entitled to|shall be entitled to) (?:pay|settle|make payment|be (?:paid|settled))(?: (?:(?!\\b(?:by|and|must|shall)\\b)[^.;]){1,80}?)? ' +
        'within {num} (?:calendar |business |working |banking )?days',
    ],
    // What the paid party pays back (service credits, a refund) is no time to pay for the deal.
    unless: /\bservice credits?\b|\brefunds?\b|\brebates?\b|\breimburse|\bcredit notes?\b|\bdisput/i,
  },
];
