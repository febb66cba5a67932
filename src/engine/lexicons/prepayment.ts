/** Give-backs of kind prepayment: paying in advance, upfront, sooner than the contract's timing, or in one sum. */
import type { BenefitKind } from '../model.js';
import type { Cue } from './cue.js';
import { SWAPPED, WITHIN_DAYS } from './paymentTerms.js';

const GRANTED_RIGHTS = [
  'rights? (?:to (?:distribute|sell|market|manufacture|use|commerciali[sz]e|develop)|granted)',
  'licen[cs]es? (?:granted|to)',
  'appointment',
].join('|');

/** What trades billing in advance: "In exchange," for what the sentence before gave, or for a concession it names. */
const TRADED_BEFORE =
  '\\b(?:in exchange|in return)\\s*,[^.;]{0,200}|\\bin (?:exchange|return|consideration) (?:for|of) (?:the |this |that |such |its |our )?' +
  '(?:[\\w-]+ ){0,3}(?:waivers?|discounts?|reductions?|freezes?|credits?|concessions?|rebates?|relief|deferrals?|holidays?)\\b[^.;]{0,200}';

const BILLED_IN_ADVANCE = [
  // Unless a year is paid at once: "the Recurring Charges for the first Contract Year annually in advance, in a single payment".
  '(?:monthly|annually|quarterly|yearly) (?:or (?:monthly|annually|quarterly|yearly) )?in advance' +
    '(?![^.;]{0,60}\\b(?:rather than|instead of|in (?:a|one) single (?:up-?front )?payment(?!\\s+(?:per|each|every|for each)\\b)))',
  '(?<!otherwise be )(?:invoice[sd]?|billed|charged) [^.;]{0,60}in advance',
  // "a commercially reasonable rent (on a monthly basis in advance)".
  'on an? (?:monthly|quarterly|annual|yearly) basis,? in advance',
  'in advance,? (?:on|by) the (?:first|1st) (?:business |working )?day of (?:each|every|the) (?:calendar )?' +
    '(?:month|quarter|year|period)',
].join('|');

export const prepaymentCues: Cue<BenefitKind>[] = [
  {
    // Paying sooner, in an amendment's swapped words: "within thirty (30) days" replaced with "within ten (10) Working
    // Days", "monthly in arrears" replaced with "monthly in advance".
    id: 'prepayment.words-replaced',
    kind: 'prepayment',
    triggers: ['replac', 'substitut'],
    fewerThan: true,
    phrases: [
      `(?<=\\b(?:pay|paid|payment|invoic)\\w*[^.;]{0,200})${WITHIN_DAYS}${SWAPPED}["“]within {num} (?:[\\w-]+ ){0,2}days`,
    ],
  },
  {
    id: 'prepayment.advance-replaced',
    kind: 'prepayment',
    triggers: ['in advance'],
    phrases: [`["“](?:[\\w-]+ )?in arrears["”],? ${SWAPPED}["“](?:[\\w-]+ )?in advance`],
  },
  {
    // "provided that Customer pays the Year 1 subscription fees in full within 10 days of the Order Date":
    // paying at signing, sooner than the invoice terms, is what the condition buys.
    id: 'prepayment.early',
    kind: 'prepayment',
    triggers: [
      'order date',
      'effective date',
      'commencement date',
      'signature',
      'execution',
      'signing',
      'date of this',
    ],
    inCondition: true,
    phrases: [
      'pays?…… (?:in full )?(?:within|no later than) {num} (?:calendar |business |working )?days ' +
        // "after the Amendment Effective Date".
        '(?:of|after|from) (?:the )?(?:(?:[A-Z][\\w-]* ){1,2}(?=effective date|commencement date))?(?:order date|effective date|commencement date|execution|signature|signing|' +
        'date of (?:this|the) (?:agreement|order|amendment|letter|lease))',
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
    phrases: [
      '(?<!(?:fails?|failed|not) to )pays?…… (?:in full )?(?:within|no later than) {num} (?:calendar |business |working )?days',
    ],
  },
  {
    // The same, said of the invoices it buys: "a discount of one percent (1%) on the amount of any proper invoice that
    // Prime Contractor pays within ten (10) calendar days after receipt".
    id: 'prepayment.prompt-invoice',
    kind: 'prepayment',
    triggers: ['discount'],
    subject: 'named',
    requires: /\bdiscount\b/i,
    phrases: [
      // Early, not merely on time: within twenty days at most ("pays within ninety (90) days" buys nothing).
      '(?:invoices?|amounts?|sums?) (?:that|which) [\\w&-]+(?: [\\w&-]+)? pays? (?:in full )?within ' +
        '(?:(?:five|seven|ten|fourteen|fifteen|twenty)(?: \\(\\d{1,2}\\))?|[1-9]|1\\d|20) (?:calendar |business |working )?days',
    ],
  },
  {
    // An amendment that has royalties paid ahead: "Licensee shall pay to Licensor, as an advance (a "Royalty Advance") of
    // royalties anticipated to be paid hereunder …". In an original deal an advance against royalties is its economics.
    id: 'prepayment.royalty-advance',
    kind: 'prepayment',
    triggers: ['advance'],
    inVariation: true,
    phrases: [
      "pa(?:y|ys|ying)(?: to [\\w&.'’-]+(?: [\\w&.'’-]+)?)?,? as an advance (?:\\([^)]{0,60}\\) )?(?:of|against|on account of) " +
        '(?:the |any )?(?:[\\w-]+ ){0,2}(?:royalt(?:y|ies)|{fee})',
    ],
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
      'single remittance',
      'mobili',
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
      // What is paid ahead, not what is approved or notified ahead ("as long as we approved the extra time in advance").
      // Nor a payment waived before a condition that brings its own ("waives the requirement … to pay a rent deposit …, on
      // condition that the Tenant pays the Annual Rent … in advance"): the condition's payment is the one paid ahead.
      '(?:pay|pays|to pay)\\b(?!(?:(?!in advance)[^.;]){0,200}?\\b(?:on condition that|provided that)\\b)…… (?<!\\b(?:approved?|agreed|authori[sz]ed|notif(?:y|ied)|consent(?:ed)?|requested|' +
        'scheduled|booked|arranged|given)\\b[^.;]{0,40})(?:in advance|up-?front)',
      'in (?:a|one) single (?:up-?front |advance )?payment',
      'in a lump sum',
      '(?:single |one-off |lump-sum )?advance (?:payment|deposit)',
      // A building contract's mobilisation advance, paid (not repaid or recovered) by the party that buys the work.
      'pa(?:y|ys|ying) (?:[\\w&.-]+ )?(?:a |an |the )?mobili[sz]ation (?:advance|payment)',
      // "shall pay an advance of £20,000 against future invoices".
      // Or applied against each invoice: "The Company will pay us an advance of $60,000 on the first business day of each month
      // …, which we will apply against our invoice for that month".
      'pa(?:y|ys|ying) (?:us |you |[\\w&-]+ )?(?:an? )?advance of {money}(?:(?:[^.;]|\\.(?=\\d)){0,80}?\\bapply)? (?:against|towards|on account of) (?:the |its |any |our |your )?(?:future |later )?' +
        '(?:invoices?|fees|charges|{fee})',
      '(?:up-?front|advance) deposit',
      // "Brand will pay 50% of the Fee within five (5) business days after signature of this Agreement".
      'pay (?:{pct}|half) of (?:the )?(?:{fee}) (?:within|on|upon) (?:[\\w()-]+ ){0,6}(?:signature|signing|execution)',
      // "Notwithstanding the previous note, Client will pay the hero film fee of €27,500 in full on signature of this SOW".
      // Not what the deal's own terms require, nor a commission or a remedy paid ("the Delay Charges", "the Referral Fee").
      'pa(?:y|ys) (?:the )?(?!(?:[\\w-]+ )?(?:delay|damages|penalt|liquidated|late|referral|commission|finder))' +
        '(?:[\\w-]+ ){0,3}(?:{fee})(?: of {money})? in full (?:on|upon|at) (?:the )?(?:signature|signing|execution)',
      // Paid sooner than the contract's own timing: "pays the Agreed Variation Sum in full within fourteen (14) days …,
      // rather than through the next Interim Payment".
      'pa(?:y|ys) (?:the )?(?!(?:[\\w-]+ )?(?:delay|damages|penalt|liquidated|late|referral|commission|finder))' +
        '(?:[\\w-]+ ){0,3}(?:{fee}|sum|amount)(?: of {money})? in full within {num} (?:calendar |business |working )?days…… ' +
        '(?:rather than|instead of)',
      // All of it in one remittance by a date: "If the Hirer pays the Room Hire Charge and the Minimum F&B Spend in full, in a
      // single remittance received … on or before 30 September 2025".
      'pa(?:y|ys) (?:the )?(?:[\\w&-]+ ){0,4}(?:{fee}|spend)(?: and (?:the )?(?:[\\w&-]+ ){0,4}(?:{fee}|spend))? in full,? in ' +
        '(?:a|one) single (?:remittance|payment|transfer)' +
        // By a date, not days after an invoice or the work ("within thirty (30) days after the invoice date").
        '(?![^.;]{0,80}\\bafter\\b)(?=[^.;]{0,80}\\b(?:on or before|by|no later than) (?:\\d|the (?:Effective|Commencement|Start) Date|{date}))',
      // "you will lodge a rent deposit equal to six months' rent".
      '(?:lodge|pay|provide)s? (?:a |an )?(?:rent )?deposit (?:equal to|of) {num} months',
      'pays? the full (?:[\\w-]+ )?(?:fee|amount|price|contract value)(?: for (?:the |each )?[\\w-]+(?: [\\w-]+)?)? (?:at the time of|on|upon) ' +
        '(?:rebooking|booking|signature|signing|execution|order)',
      'pays? the full (?:annual |contract |licen[cs]e )?(?:fee|amount|price|contract value)',
      // "on condition that the Licensee pays the entire reduced fee for 2025 in one sum by 31 January 2025".
      '(?<!\\bfails? to )pa(?:y|ys) the (?:entire|whole|full) (?:[\\w-]+ ){0,2}(?:{fee})(?: for [\\w-]+(?: [\\w-]+)?)? in (?:one|a single) ' +
        '(?:sum|payment|instalment) (?:by|on or before|before) {date}',
      // "in consideration of Customer paying the first two (2) installments … in advance".
      '(?:consideration of|exchange for|return for|conditional (?:on|upon)|subject to) (?:the )?[\\w&.-]+ paying (?:the )?(?:[\\w()-]+ ){0,6}(?:instal(?:l)?ments?|{fee})…… in advance',
      // "Hartwell shall advance $250,000 to the Co-op … to be applied against the Co-op's invoices": not a loan, an
      // advance against royalties or a contribution.
      '(?:shall|will|agrees? to) advance {money} to…… (?:to be )?(?:applied|credited|set off) (?:against|towards|to)',
      // "Lessee shall pay two (2) Monthly Rent payments as advance rent on the Commencement Date".
      // More than the one period ahead every lease asks: "pay two (2) Monthly Rent payments as advance rent".
      'pa(?:y|ys|ying) (?:two|three|four|five|six|twelve|[2-9]|1[0-2])(?: \\(\\d{1,2}\\))? (?:[\\w-]+ ){0,3}as advance (?:rent|payments?|fees)',
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
        // Billing in advance is how a fee falls due, unless traded for a concession: "In exchange, the Client shall pay …
        // quarterly in advance"; not "In consideration of the Services, Customer shall pay the Fees annually in advance".
        `(?<!${TRADED_BEFORE})\\b(?:${BILLED_IN_ADVANCE})`,
      ].join('|'),
      'i',
    ),
  },
];
