/**
 * Give-backs: value that flows back to the party that conceded (LABELS.md).
 * Earlier entries win where two phrases overlap.
 */
import type { BenefitKind } from '../model.js';
import type { Cue } from './cue.js';
import { advocacyCues } from './advocacy.js';
import { CONCESSION_NOUNS, OPENS_TRADED_FOR_CONCESSION } from './language.js';
import { commitmentCues } from './commitments.js';
import { partnershipCues } from './partnership.js';
import { prepaymentCues } from './prepayment.js';

/** "In exchange for the rent abatement in Section 5, Tenant shall …": the obligation is traded for a concession. */
const TRADED_FOR_CONCESSION = new RegExp(
  '^\\s*(?:in exchange for|in consideration (?:of|for)|in return for|as consideration for) ' +
    `(?:[\\w’'-]+ ){0,4}${CONCESSION_NOUNS}\\b[^,;]{0,120}, ` +
    "(?:[\\w’'-]+ ){1,3}(?:shall|will|agrees?|undertakes?|must)\\b",
  'i',
);

/** Months of a commitment longer than a year: "thirty-six (36)", "24". */
const LONG_MONTHS =
  '(?:(?:eighteen|twenty-four|thirty|thirty-six|forty-eight|sixty|seventy-two)(?: \\((?:1[89]|[2-9]\\d)\\))?|1[89]|[2-9]\\d)';

export const benefitCues: Cue<BenefitKind>[] = [
  // volume-commitment (commitments.ts)
  ...commitmentCues,
  // prepayment: pays in advance, upfront, accelerated
  ...prepaymentCues,
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
    triggers: ['term', 'renew', 'extend', 'extension', 'year', 'commit', 'sponsor'],
    phrases: [
      // An option to extend taken up: "provided that the Buyer has … given written notice exercising the Call-Off Optional
      // Extension Period".
      'exercis(?:e|es|ing) (?:the |its |an? )?(?:[\\w-]+ ){0,3}(?:extension|renewal)(?: (?:period|option|term))?\\b',
      // "in exchange for Fenwick Hale signing a three-year renewal term": a longer term signed.
      '(?:signs?|signing|executes?|executing) (?:a |an |the )?(?:{num}[- ](?:year|month)|multi-year) (?:renewal )?(?:term|renewal|subscription|agreement|contract)\\b',
      // A sponsor's next season: "Tidewater shall serve as presenting sponsor of the 2026 edition of the Event".
      '(?:shall|will|agrees? to|commits? to) (?:serve|act|return|continue) as (?:the |a |an )?(?:[\\w-]+ ){0,2}sponsor ' +
        '(?:of|for) the (?:\\d\\d\\d\\d|next|following|subsequent) (?:edition|event|season|year|tournament|conference)',
      // A multi-year engagement: "you agree to engage us to provide the services in section 2 for three consecutive
      // financial years".
      // A firm engaged, not records kept ("retain all invoices and usage records for a period of six (6) years").
      '(?:agrees? to|commits? to|undertakes? to) (?:engage|retain|instruct) (?!(?:all|any|such|copies|records|its|their)\\b)' +
        '(?:us|you|(?:the )?[\\w&-]+)(?: (?:to (?:provide|perform|act|supply)|as)\\b[^.;]{0,80}?)? for ' +
        '(?:a (?:minimum )?(?:period|term) of )?{num} (?:consecutive |full )?(?:financial |contract |calendar )?(?:years|months)',
      // "conditional on Customer committing to the full 36-month Renewal Term".
      'commit(?:s|ting)? to (?:a |an |the |that )?(?:minimum |initial |further |fixed |full )?(?:[\\w()-]+ ){0,5}(?:term|period|years|months)',
      // The noun names a term, not a service level ("its commitment to the four-hour response period").
      'commitment to (?:a |an |the |that )?(?:minimum |initial |further |fixed |full )?(?:[\\w()-]+ ){0,4}(?:term|years|months)\\b',
      'agrees? that the (?:[\\w-]+ ){0,3}term… (?:shall|will) (?:be|run for|continue for) {num}',
      // "The Client agrees to renew for a further period of two years".
      '(?:commits? to|agrees? to) renew for (?:a |an )?(?:further|additional|new|subsequent|second) ' +
        '(?:period|term)',
      // A letter's "You have agreed to renew for twenty-four months, from March 1, 2025".
      '(?:commit(?:s|ted)?|agree(?:s|d)?) to renew(?:ing)? (?:[\\w-]+ ){0,3}for (?:a (?:further |additional )?(?:period|term) of |' +
        '(?:a |an )?(?:further|additional|another) )?{num} (?:months|years)',
      // "the Client undertakes to renew the present Agreement for one additional term of two (2) years": for a stated
      // time, and not at the other side's request (a tenant's option is the landlord's concession).
      'undertakes? to (?:renew|extend) (?:the (?:present )?|this |its )?(?:agreement|contract|lease|term|subscription)… ' +
        'for (?:a |one )?(?:further |additional )?(?:term |period )?(?:of )?{num} (?:years?|months?)' +
        '(?![^.;]{0,80}?\\b(?:if|where)\\b[^.;]{0,40}?\\brequests?\\b)',
      // "Subtenant agrees to extend the Sublease Term for twenty-four (24) months".
      '(?:commits? to|agrees? to|shall|will|hereby) (?:renew|extend)s? (?:the |this |its )?(?:(?:sublease|lease|contract|initial|subscription) )?' +
        '(?:term|subscription|agreement|lease|contract|support|services|licen[cs]e|engagement|order|msa|master (?:[\\w-]+ )?agreement)',
      // An option exercised now: "The Authority hereby exercises its option under Clause 4.2 of the Contract to extend the
      // Contract Period by twenty-four (24) months".
      '(?<!\\b(?:if|where|when|whenever|each time|once|should|in the event(?: that)?) (?:the )?[\\w&.-]+ )' +
        '(?:hereby )?exercises (?:its|the) (?:[\\w-]+ )?option (?:under [^,;]{1,60} )?to (?:extend|renew) (?:the )?(?:[\\w-]+ ){0,2}' +
        '(?:term|period|agreement|contract|lease)',
      // "The Contract Period, which would otherwise expire on 31 March 2025, is extended so that it now expires …".
      '(?<!payment )(?:term|subscription term|support term|initial term|lease term|contract period)(?![a-z])' +
        '(?: of the (?:lease|agreement))?… (?:is|are|shall be|will be)(?: hereby)? extended',
      'hereby extends (?:the )?(?:term|lease)',
      // An order form's operative present: "Harrowgate renews its Enterprise Platform subscription for thirty-six (36) months".
      // Not a renewal that may come ("If Customer renews its subscription for twelve (12) months, …").
      '(?<!\\b(?:if|where|unless|when|whenever|should|once|after|each time|in the event(?: that)?) (?:the )?[\\w&.-]+ )' +
        'renews (?:its |the |this )?(?:[\\w-]+ ){0,3}(?:subscriptions?|agreement|licen[cs]es?|lease|contract|term|services) for {num}',
      '(?:is|are|shall be|will be|hereby) renewed for (?:a (?:further |additional |new )?(?:term|period) of )?{num}',
      'terms? of (?:the |each |all )?(?:existing )?(?:[\\w-]+ ){0,3}' +
        '(?:orders?|subscriptions?|leases?|agreements?)(?: [\\w-]+){0,5} (?:is|are|shall be|will be) extended ' +
        '(?:so that|until|through|by)',
      '(?:sign|countersign|execute)s? (?:the |a )?renewal (?:order form|order|agreement|contract)',
      'extending the (?!(?:[\\w-]+ )?payment)(?:[\\w-]+ ){0,2}term',
      // Not an option to extend ("elects to extend the Initial Term by 24 months").
      '(?<!\\b(?:elects?|option|right|whether|wish(?:es)?|decides?|chooses?|may) to )(?<!\\bmay )extend' +
        '(?:s|ing)? the (?!(?:[\\w-]+ )?payment)(?:[\\w-]+ ){0,2}term(?: of (?:the|this) [\\w-]+| of (?:all|each|its|the) (?:[\\w-]+ ){0,2}' +
        // "extends the term of SOW-3 by twelve (12) months": a document named by its number.
        '(?:Services|Orders|Order Forms|subscriptions|licen[cs]es|Schedules|SOWs)| of (?:SOW|Order|Schedule|Statement of Work)' +
        '(?: No\\.?)?[- ]?[\\w.-]+)? by',
      // The deal's term, not how long a duty lasts ("obligations of confidentiality and non-use having a minimum term of").
      '(?<!\\b(?:obligations?|confidentiality|non-use|non-disclosure|covenants?)\\b[^.;]{0,40})minimum (?:[\\w-]+ )?term of',
      // "Because you've signed up for the full 18-month Term instead, we won't charge you the membership fee".
      '(?:signed up|subscribed|committed|signs up|subscribes|commits) (?:to|for) (?:the |a )?(?:full |whole |entire )?{num}[- ]months?[- ](?:term|subscription|membership)' +
        '(?![^.;]{0,40}\\bwith (?:our|its|their|a|an) )',
      // "In exchange for Buyer accepting an eighteen (18) year Delivery Term rather than the fifteen (15) years".
      '(?:accept(?:s|ing)?|agree(?:s|ing)? to) (?:an? |the )?{num}[- ](?:year|month)s?[- ](?:[\\w-]+ )?(?:term|lease|subscription)… ' +
        '(?:rather than|instead of|in place of)',
      // A term committed to: "in consideration of the 36-month committed Subscription Term", "Thirty-six (36) months
      // from the Go-Live Date, committed and non-cancellable".
      // Longer than the year any order form commits to, and not the baseline it starts with ("After the initial
      // 12-month committed subscription term, …").
      `(?<!\\b(?:after|following|initial|expiry of|end of) (?:the )?)${LONG_MONTHS}[- ]months? committed (?:[\\w-]+ ){0,2}term`,
      `${LONG_MONTHS} months(?: [^.;|]{0,60}?)?, committed and non-?cancell?able`,
      // "we commit to keep this engagement in place, and to pay the full retainer, for at least nine (9) months".
      // The engagement itself, not its team or its service levels ("keep the engagement team in place").
      'commit(?:s|ting)? to (?:keep|maintain|continue) (?:this|the|our|its) (?:engagement|agreement|arrangement|relationship|' +
        'subscription|contract)(?: in (?:place|force|effect))?(?=[,\\s]+(?:and|for)\\b)…… for (?:at least |a minimum of |not less than )?{num} (?:months|years)',
      // "Customer commits to maintain coverage on all seats in lines 1 and 2 for the full three-year coverage period".
      'commit(?:s|ting)? to (?:keep|maintain|continue) (?:the |its |their )?(?:coverage|support|maintenance|subscriptions?) ' +
        '(?:on|for) (?:all )?(?:the |its )?(?:[\\w-]+ ){0,3}(?:seats|licen[cs]es|users|modules|products)… ' +
        'for the (?:full|entire|whole) {num}[- ](?:year|month)',
      // "Provided you take the new lease for ten years rather than the five-year term".
      'take (?:the |a )?(?:new |renewal )?(?:lease|licen[cs]e|tenancy) for (?:a (?:term|period) of )?{num} years',
      // "committing Service 3 to a Term of 60 months".
      'commit(?:s|ting)? (?:[\\w-]+ ){1,3}to (?:a |an |the )?(?:[\\w-]+ )?term of {num}',
      // "commits to purchase the Platinum Package … for the Summit 2026": next period bought now.
      'commits? to (?:purchase|buy|renew|order|sponsor|book)…… (?:for|in) (?:the )?(?:[\\w-]+ ){0,6}' +
        '(?:20\\d\\d\\b|(?:next|following|subsequent) (?:year|season|term|event|period|contract year))',
      '(?:multi-?year|multiple-year) (?:commitment|term|renewal)',
    ],
    // Nor a term stretched by a delay or a force majeure event: mechanics, not a longer commitment.
    unless:
      /\brenews? automatically|automatic(?:ally)? renew|no (?:further )?option to extend|\b(?:period|duration|length) of (?:that|the|any|such) (?:delay|suspension|force majeure)|\bforce majeure\b|\bperiod equal to (?:the|that|any|such) (?:delay|suspension)/i,
  },
  {
    // An amendment that restates when the deal ends: "the initial term of this Agreement shall expire on 31 December
    // 2024", "This Agreement shall be effective through and including March 31, 2004". Amendments restate a term to
    // run longer; an original deal's own term is its baseline.
    id: 'term-extension.restated-end',
    kind: 'term-extension',
    triggers: [
      'expire',
      'effective through',
      'continue until',
      'remain in force until',
      'remain in effect until',
      'end on',
    ],
    inVariation: true,
    phrases: [
      '(?:initial )?term(?: of (?:this|the) (?:agreement|lease|licen[cs]e|contract))? (?:shall|will) (?:expire|end) on {date}',
      '(?:this|the) (?:agreement|lease|licen[cs]e|contract) (?:shall|will) (?:be effective|continue|remain in (?:full )?(?:force|effect))' +
        '(?: (?:and effect|in effect))? (?:through|until)(?: and including)? {date}',
    ],
  },
  // A lock-in: "Customer shall not exercise the right to terminate in Section 8.3 until twelve (12) months after the
  // Effective Date": a commitment to stay that long, whatever the exit.
  {
    id: 'term-extension.lock-in',
    kind: 'term-extension',
    triggers: [
      'exercise',
      'not terminate',
      'not end',
      'not cancel',
      'not to terminate',
      'not to end',
      'not to cancel',
      'break',
    ],
    negative: true,
    phrases: [
      // A break option given up commits its holder to the full term: "you agree to the deletion of the tenant's break option".
      // Carried out, not refused or kept ("has asked for the deletion …, which the Tenant has declined", "Nothing … shall
      // operate as a waiver of the Tenant's break option", "does not give up its break option").
      '(?:agrees? to|consents? to|accepts?) (?:the )?(?:deletion|removal|surrender|release|waiver) of (?:the |its |your |their )?' +
        "(?:[\\w-]+['’]s )?(?:[\\w-]+ )?(?:break (?:option|clause|right)s?|right to break|option to break)",
      '(?<!\\b(?:not|never|nothing)\\b[^.;]{0,30})(?:hereby )?(?:surrenders?|waives?|gives? up|releases?) (?:the |its |your |their )?' +
        "(?:[\\w-]+['’]s )?(?:[\\w-]+ )?(?:break (?:option|clause|right)s?|right to break)",
      // Deleted by the deed, not lapsing or forfeited ("Any break option not exercised … shall be waived", "… shall be
      // waived if any rent is … in arrears").
      '(?:break (?:option|clause|right)s?|right to break)(?: [^.;]{0,60}?)? (?:is|are|shall be|will be) ' +
        '(?:hereby (?:deleted|removed|surrendered|waived)|deleted|removed)(?![^.;]{0,80}?\\b(?:if|unless)\\b)',
      'shall not exercise (?:[^.;|]{0,80}?)(?:right|option)s? to (?:terminate|cancel|end|exit|withdraw)' +
        '… until {num} (?:calendar )?(?:months|years) after',
      // "The Client shall not terminate this Agreement for convenience before 31 December 2028".
      // "you will not end this engagement under paragraph 9.1 before 30 June 2028".
      // Not when an exit takes effect ("until the end of the cure period", "before the end of the notice period given").
      '(?:(?:shall|will|may|must) not|(?:agrees?|undertakes?) not to) (?:terminate|end|cancel) (?:this|the|our|your) (?:[\\w-]+ ){0,2}' +
        '(?:agreement|contract|subscription|lease|order|engagement|appointment|retainer)' +
        '(?: (?:under|pursuant to) (?:paragraph|clause|section|article) [\\w.()]+)?' +
        '(?: for (?:convenience|any reason))? (?:before|prior to|until) (?:the (?:end|expiry|expiration) of|' +
        '(?:\\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b|' +
        '\\d{1,2}[/.-]\\d|the (?:first|second|third|\\d+(?:st|nd|rd|th)) anniversary|{num} (?:calendar )?(?:months|years))' +
        '(?![^.;]{0,80}\\b(?:unless|except|cure period|notice period|billing period)\\b)',
    ],
  },
  // reference, testimonial, publicity, referral (advocacy.ts)
  ...advocacyCues,
  // exclusivity and feedback (partnership.ts)
  ...partnershipCues,
  // other: a fee paid in the tying words themselves ("In exchange for the fee cap in Section 5.2, the Company will pay the
  // Firm a success fee of $600,000 …").
  {
    id: 'other.success-fee',
    kind: 'other',
    triggers: ['success fee', 'bonus', 'incentive fee', 'completion fee'],
    phrases: [
      '(?:in exchange for|in consideration (?:of|for)|in return for) (?:[^.;]|\\.(?=\\d)){1,120}?, [\\w&-]+(?: [\\w&-]+)? (?:shall|will|agrees? to) pay ' +
        '(?:[\\w&-]+(?: [\\w&-]+)? )?(?:a |an )?(?:success|bonus|incentive|completion) (?:fee|payment|bonus)',
    ],
  },
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
  {
    // A scale of what is paid on cancelling, after the right: "The Hirer may cancel the booking by written notice … The
    // following sums will be payable, according to the date on which the notice is received:".
    id: 'other.cancellation-scale',
    kind: 'other',
    triggers: ['following'],
    prices: 'exit-flexibility',
    follows: /\b(?:cancel|terminat|withdraw)\w*/i,
    // A scale by when notice is given, not the fees of the deal ("The following fees shall be payable monthly in advance").
    phrases: [
      '(?:the )?following (?:sums|amounts|charges|fees|cancell?ation charges) (?:will|shall) be (?:payable|due)' +
        '(?=[^.;]{0,80}\\b(?:notice|cancell?ation|cancel\\w*|terminat\\w*))',
      // "in which case the Hirer shall pay the following cancellation charges as a genuine pre-estimate of the Venue Owner's loss".
      '(?:shall|will|must) pay (?:to [\\w&.-]+ )?the following (?:cancell?ation|termination) (?:charges|fees|sums|amounts)',
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
      'cancellation schedule',
    ],
    prices: 'exit-flexibility',
    phrases: [
      // "conditioned upon Tenant paying Landlord, together with its notice, a termination fee".
      'pa(?:y|ys|ying) (?:to )?(?:[\\w&.-]+(?:, [^,;]{1,40},)? )?(?:an? |the |any )?(?:applicable )?(?:early )?' +
        '(?:termination|cancellation|break|exit) (?:fees?|charges?|payments?)',
      '(?:subject to|upon|on|against) (?:the )?payment (?:by [\\w-]+ )?of (?:an? |the |any )?(?:applicable )?' +
        '(?:early )?(?:termination|cancellation|break|exit) (?:fees?|charges?|payments?)',
      // "The Hirer may cancel the Event … On cancellation the following Cancellation Charge is payable".
      // Not a fee handed back: "The applicable rebate of the Termination Fee shall become payable to Customer".
      // Not damages for a breach: "If Provider terminates … for Customer's uncured material breach, the Early Termination Fee is …".
      '(?<!(?:rebate|refund|repayment|portion|part) of (?:the |any |such )?)(?<!\\b(?:breach|default)\\b[^.;]{0,160})' +
        '(?:early )?(?:termination|cancellation|break|exit) ' +
        '(?:fees?|charges?|payments?)(?: [^.;]{0,60}?)? ' +
        '(?:is|are|shall be|will be|becomes?) (?:immediately )?(?:payable|due)',
      // "… for convenience …, provided Distributor … pays to WGT a lump-sum payment equal to fifty (50%) of …".
      '(?:provided|on condition|conditional(?: upon| on)?)(?: that)?…… pa(?:y|ys|ying) (?:to )?(?:[\\w&.-]+ )?' +
        '(?:an? |the )?(?:lump[- ]sum |one-time )?(?:payment|amount|sum) (?:equal to|of)',
      // The party that leaves pays: "If Janssen terminates this Agreement pursuant to this Section 8.1.10, then Janssen
      // shall, within [***] days …, pay Company an amount equal to $[***]".
      // Not payment for what was done or a refund of what was paid ("an amount equal to the Fees for Services
      // actually performed", "… the prepaid Fees for the unexpired portion").
      '(?:if|where|in the event(?: that)?) (?<leaver>[\\w&.-]+) terminates…… \\k<leaver> (?:shall|will|must)(?:, [^,;]{1,80},)? pay ' +
        '(?:to )?(?:[\\w&.-]+ )?(?:an? |the )?(?:amount|sum|payment|fee) (?:equal to|of)' +
        '(?![^.;]{0,80}?\\b(?:performed|rendered|accrued|earned|incurred|prepaid|unused|unexpired|refund\\w*|delivered)\\b)',
      // A scale of what is kept on cancelling: "Amounts paid in excess of the amount retained under the Cancellation Schedule".
      '(?:retained|forfeited) (?:under|in accordance with|pursuant to) the (?:[\\w-]+ )?Cancellation Schedule',
      // "… to terminate your employment with immediate effect and make a payment to you in lieu of salary".
      '(?:make|makes|making|pay|pays|paying) (?:to [\\w-]+ )?(?:an? |the )?payment (?:to [\\w-]+ )?in lieu of (?:notice|salary|the notice)',
    ],
  },
  // other: stock handed back priced by a restocking fee, as an exit is by its termination fee ("the Distributor may return
  // for credit unsold Products …, subject to a restocking fee of fifteen percent (15%) of the credited amount").
  {
    id: 'other.restocking-fee',
    kind: 'other',
    triggers: ['restocking'],
    prices: 'exit-flexibility',
    phrases: [
      '(?:subject to|against|on payment of|upon payment of) (?:a |the |any )?(?:applicable )?restocking (?:fees?|charges?)',
      '(?:pays?|paying|less) (?:to [\\w&.-]+ )?(?:a |the )?restocking (?:fees?|charges?)',
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
  // other: what was waived or paid is only deferred when the grantor may take it back ("The Investment Adviser shall
  // have the option to recover the full amount waived, paid or reimbursed"; fund agreements' fee recoupment).
  {
    // Security given as the condition of a concession: "conditional on: (a) the Tenant procuring that Brindle & Pike
    // Holdings Limited … enters into a deed of guarantee of the Tenant's obligations".
    id: 'other.guarantee',
    kind: 'other',
    triggers: ['guarantee', 'letter of credit', 'rent deposit', 'security deposit'],
    inCondition: true,
    phrases: [
      // Security for the obligations, not a minimum payment called an "Annual Guarantee".
      '(?:procur\\w*|provid\\w*|deliver\\w*|obtain\\w*|lodg\\w*)\\b[^.;]{0,160}?(?:(?:deed of |parent company |personal |' +
        "corporate |bank |performance )guarantee|guarantee of (?:the |its |their )?(?:[\\w&’'-]+ ){0,2}(?:obligations|performance|" +
        'liabilities)|letter of credit|rent deposit|security deposit)\\b',
    ],
  },
  {
    // A release given as the price of the other side's concession: "As consideration for the waiver of the Renewal Fee under
    // Section 2 and the royalty reduction under Section 3, the Franchisee … release and forever discharge the Franchisor".
    id: 'other.release-traded',
    kind: 'other',
    triggers: ['release', 'waive', 'discharge'],
    requires: OPENS_TRADED_FOR_CONCESSION,
    phrases: [
      '(?:hereby )?(?:releases?|waives?)(?:,? and (?:forever |fully |irrevocably )?discharges?)?(?= (?:and |from )?(?:the |its |any |all |[A-Z]))',
    ],
  },
  {
    id: 'other.recoupment',
    kind: 'other',
    triggers: ['recover', 'recoup', 'recapture', 'repaid', 'reimbursed'],
    subject: 'recipient',
    phrases: [
      '(?:(?:shall|will) have (?:the |an )?(?:option|right)s? to|(?:shall|will|is) be entitled to|may) ' +
        '(?:recover|recoup|recapture|be (?:repaid|reimbursed)(?: for)?) (?:from [\\w&.-]+(?: [\\w&.-]+)? )?' +
        '(?:the |any |all |such )?(?:full |total )?(?:[\\w-]+ )?(?:amounts?|portions?|fees?|expenses?)? ?' +
        '(?:(?:that |which )?it (?:has |had )?)?(?:so |previously |thus )?(?:waived|reduced|forgone|deferred|absorbed)\\b',
      // "any fees waived by the Adviser are subject to recoupment by the Adviser within three years".
      '(?:waived|reduced|forgone|absorbed)… (?:are|is|shall be|will be) subject to (?:recoupment|recapture|repayment|reimbursement) by',
    ],
  },
  {
    // The other side's duty to pay it back: "the Trust will repay the Adviser any fees it has waived within three years".
    id: 'other.repays-waived',
    kind: 'other',
    triggers: ['repay', 'reimburse'],
    phrases: [
      '(?:repay|reimburse)s? (?:to )?(?:the )?[\\w&.-]+ (?:for )?(?:any|all|the) (?:[\\w-]+ ){0,2}(?:fees?|amounts?|expenses?) ' +
        '(?:(?:that |which )?it (?:has |had )?)?(?:previously )?(?:waived|reduced|forgone|absorbed)\\b',
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
