/**
 * Give-backs: value that flows back to the party that conceded (LABELS.md).
 * Earlier entries win where two phrases overlap.
 */
import type { BenefitKind } from '../model.js';
import type { Cue } from './cue.js';
import { advocacyCues } from './advocacy.js';
import { commitmentCues } from './commitments.js';
import { partnershipCues } from './partnership.js';
import { prepaymentCues } from './prepayment.js';
import { pricedCues } from './priced.js';

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
      // A supply bought on for longer: "Ironbridge Castings Company shall purchase and receive the same 7x24 block … for an
      // extended Delivery Period from January 1, 2027 through December 31, 2028".
      '(?:shall|will|agrees? to|commits? to) (?:purchase|buy|take|receive|subscribe)\\b[^.;]{0,120}? for an? ' +
        '(?:extended|further|additional) (?:[\\w-]+ ){0,2}(?:term|period)\\b',
      // A renewal accepted for a stated term: "If you accept a renewal private offer for a further term of at least 24 months".
      '(?:accepts?|accepting|signs?|signing|enters? into|entering into) (?:a |an |the )?(?:[\\w-]+ ){0,3}(?:renewal|extension)\\b[^.;]{0,40}? ' +
        'for a (?:further |renewal |new )?(?:term|period) of (?:at least |not less than |a minimum of )?{num} (?:months|years)',
      // "The Client agrees to renew for a further period of two years".
      '(?:commits? to|agrees? to) renew for (?:a |an )?(?:further|additional|new|subsequent|second) ' +
        '(?:period|term)',
      // A letter's "You have agreed to renew for twenty-four months, from March 1, 2025".
      '(?:commit(?:s|ted)?|agree(?:s|d)?) to renew(?:ing)? (?:[\\w-]+ ){0,3}for (?:a (?:further |additional )?(?:period|term) of |' +
        '(?:a |an )?(?:further|additional|another) )?{num} (?:months|years)',
      // "You've agreed to renew for a two-year term (1 July 2025 to 30 June 2027) rather than the usual one year".
      '(?:commit(?:s|ted)?|agree(?:s|d)?) to renew(?:ing)? (?:[\\w-]+ ){0,3}for (?:a |an )?{num}[- ](?:year|month) (?:term|period|renewal)',
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
      // Promised unused: "the Tenant irrevocably agrees that it will not exercise the break option in clause 11 of the Lease".
      '(?:(?:shall|will|must) not|(?:agrees?|undertakes?) not to) exercise (?:the |its |your |their )?' +
        "(?:[\\w-]+['’]s )?(?:[\\w-]+ )?(?:break (?:option|clause|right)s?|right to break|option to break)",
      // Deleted by the deed, not lapsing or forfeited ("Any break option not exercised … shall be waived", "… shall be
      // waived if any rent is … in arrears").
      '(?:break (?:option|clause|right)s?|right to break)(?: [^.;]{0,60}?)? (?:is|are|shall be|will be) ' +
        '(?:hereby (?:deleted|removed|surrendered|waived)|deleted|removed)(?![^.;]{0,80}?\\b(?:if|unless)\\b)',
      'shall not exercise (?:[^.;|]{0,80}?)(?:right|option)s? to (?:terminate|cancel|end|exit|withdraw|suspend|reduce)' +
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
  // other: what prices an exit or a return, security and releases traded, anything stated as a concession's price
  // (priced.ts)
  ...pricedCues,
];
