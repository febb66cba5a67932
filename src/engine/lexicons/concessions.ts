/**
 * Concessions: value or flexibility one party gives beyond the baseline deal (LABELS.md).
 * Earlier entries win where two phrases overlap, so the specific come before the general.
 */
import type { ConcessionKind } from '../model.js';
import type { Cue } from './cue.js';
import {
  dutyCost,
  licenceGrant,
  makingGood,
  meansOfPerformance,
  requesterPays,
  serviceItself,
  periodicAllowance,
  pricedElsewhere,
} from './baseline.js';
import { priceCues } from './prices.js';
import { exitCues } from './exits.js';
import { riskCues } from './risk.js';
import { waiverCues } from './waivers.js';

/** What is an extra when a party pays for it at its own cost. */
const EXTRAS = [
  'additional|extra|consignment|repaint\\w*|refurbish\\w*|renovat\\w*|improvements?|upgrade[sd]?',
  'new (?:signage|fit-?out|equipment)|in addition',
].join('|');

/** Costs that answer a duty or a failure, not extras. */
const REMEDIAL_COSTS = [
  'insurance|assist\\w*|co-?operat\\w*|compl(?:y|iance)|re-?perform',
  '(?:repair|replace|correct|remedy) (?:the |any |such )?(?:rejected|defective|non-?conforming|affected|faulty)',
  'remed(?:y|ies|ied)\\b|reject\\w*|defect\\w*|non-?conform\\w*|indemnif\\w*|defend|audit|collect|return|destroy',
  'recall|deliver the products|obligations|re-?(?:work|pick|pack|ship|deliver)|mis-?pick\\w*',
  // Taking equipment away and making good the site: "at its sole cost and expense remove the Bloom System … restoring the Site".
  'remov(?:e|al)|restor(?:e|ing|ation)|reinstat\\w*|make good|decommission\\w*',
].join('|');

export const concessionCues: Cue<ConcessionKind>[] = [
  // exit-flexibility: easier exit, shorter notice, reduced commitment
  ...exitCues,
  // payment-terms, price-protection, discount, credit (prices.ts)
  ...priceCues,
  // waiver (waivers.ts)
  ...waiverCues,
  // free-scope: extra users, hours, services at no cost
  {
    id: 'free-scope.no-charge',
    kind: 'free-scope',
    triggers: [
      'no charge',
      'no cost',
      'no additional',
      'no extra',
      'free of',
      'without additional',
      'without extra',
      'without charge',
      'without billing',
      'without invoicing',
      'without',
      'without having to pay',
      'without needing to pay',
      'without being required to pay',
      'complimentary',
      'free ',
    ],
    negative: true,
    countable: true,
    remedyProne: true,
    phrases: [
      '(?:at|for) no (?!greater|higher|more|less|lower)(?:[\\w-]+ ){0,2}(?:charge|cost|fee)',
      // "At the Company's expense and no additional charge to Allscripts, … the Company will provide …".
      '(?<=\\bexpense,? )and no (?:additional |extra )?(?:charge|cost|fee)',
      'free of (?:[\\w-]+ ){0,2}(?:charges?|costs?|fees?|rent)',
      'without (?:additional |extra |further |any )?(?:charge|cost)',
      // "up to four milk quality advisory visits to the Farm without charging the Farmer".
      // The other party not charged, not a price a reseller must charge its own buyers ("without charging its end users").
      'without charging (?!its\\b|their\\b|the applicable\\b|any\\b|end[- ]users\\b)(?:the )?[\\w&.-]+(?!\\s+(?:for|at least|the applicable)\\b)',
      // "McDATA will provide to Reseller without tuition fee, … the required educational courses". Not "exclusive of"
      // ("All prices are quoted without delivery charges"), nor a payer's duty ("pay … without set-off and without bank charges").
      '(?<!\\b(?:quoted|stated|priced|shown|expressed|listed|prices?|fees?|pay|pays|paid|payable|invoices?)\\b[^.;]{0,60})' +
        // "… available to the Licensee without any additional Licence Fee".
        // Not a prohibition, where the fee is required: "shall not install … without additional Licence Fees being agreed".
        '(?<!\\b(?:not|never|prohibited)\\b[^.;]{0,80})' +
        'without (?:any )?(?:additional |extra |further )?(?!termination|cancell?ation|early|exit|break|penalty)[\\w-]+ (?:fees?|charges?)' +
        '(?! (?:being|having been|first being) (?:agreed|paid))',
      // "Tidewater will also deliver quarterly refreshes of the Data … without payment of the Refresh Fee".
      // Not leaving without the price of leaving ("terminate … without payment of the Termination Fee"): that is the exit's.
      'without (?:any )?payment of (?:the |any )?(?!(?:[\\w-]+ )?(?:termination|cancell?ation|early|exit|break|penalty))(?:[\\w-]+ ){0,3}(?:{fee})',
      // A letter's "We normally sell this report at £2,400 a quarter, and you won't be charged for it".
      '(?<=\\b(?:normally|usually|ordinarily) (?:sell|charge|price|bill)[^.;]{0,100})(?:will|shall) not be (?:charged|invoiced|billed) for (?:it|them|this|these)\\b',
      // "may place up to 100 listings a month … without having to pay any listing fee".
      'without (?:having|needing|being required) to pay (?:any |a )?(?:[\\w-]+ ){0,2}(?:fees?|charges?)',
      // Not "complementary" misspelt: "to exploit the parties' complimentary capabilities".
      'complimentary(?! (?:capabilit|strength|skill|expertise|technolog|business|relationship|interest|resource|nature))',
      'free (?:upgrades?|support|training|seats|licen[cs]es|months?|hours|users)',
      // "provided … without billing the list price shown for it".
      'without (?:billing|invoicing) (?:the |any |its )?(?:[\\w-]+ ){0,3}(?:{fee})',
      // Work taken into the price: "From the Variation Date, the Contractor will perform them without any increase to the
      // Monthly Fee".
      '(?:perform|provide|carry out|undertake|deliver|supply)s? (?:them|it|these|those|the (?:additional|extra|further|new|following|added) ' +
        '(?:[\\w-]+ ){0,2}(?:services|works?|items|tasks))' +
        '(?: [^.;]{0,40}?)? (?:without (?:any )?|at no )(?:increase|adjustment|addition) (?:to|in) (?:the |its )?(?:[\\w-]+ )?(?:{fee})',
      // An order form's row: "Additional Named Users – Year 1 only, no charge".
      '(?:additional|extra|bonus) (?:[\\w-]+ ){0,3}(?:users|seats|licen[cs]es|hours|months|units|days)\\b[^.;|]{0,40}?,? no charge\\b',
    ],
    // "At no charge" is a concession where the thing is otherwise paid (LABELS.md). It is the service
    // itself where described as standard or part of the deal or as an allowance per period, a licence's own terms where rights are
    // granted, a remedy where it makes good a shortfall, and how costs fall where it rides on a duty.
    unless: new RegExp(
      [
        /\bno fees? (?:are|is) payable\b|\bliens?\b|\bencumbrances?\b/.source,
        // What a free item is worth restricted, not granted: "Complimentary rooms under Section 4.1 have no cash value".
        /\b(?:has|have) no (?:cash |monetary )?value\b/.source,
        // No charge for leaving is part of the exit (LABELS.md): "Sponsor may cancel this contract without charge by …".
        // Said of the exit itself, with no other party's act between ("… Provider will rebook it once at no charge").
        // Not a service named after the end: "the first 400 hours of Termination Assistance Services without charge".
        // "… may cancel confirmed Call-offs free of charge up to twenty (20) working days before …".
        /\b(?:cancel|terminat|withdraw|exit)\w*\b(?! assistance)(?:(?!\b(?:will|shall|may|must)\b)[^.;]){0,60}\b(?:(?:without|at no|for no) (?:any )?(?:charge|cost|fee|penalty)|free of (?:any )?(?:charges?|costs?))/
          .source,
        serviceItself.source,
        periodicAllowance.source,
        pricedElsewhere.source,
        licenceGrant.source,
        makingGood.source,
        dutyCost.source,
        meansOfPerformance.source,
      ].join('|'),
      'i',
    ),
  },
  {
    // "the Free Dwell Time … is extended from five (5) working days to twelve (12) working days".
    id: 'free-scope.free-allowance-extended',
    kind: 'free-scope',
    triggers: ['free'],
    phrases: [
      'free (?:[\\w-]+ ){0,2}(?:time|period|days|allowance|hours|minutes|storage|quota|usage)…… (?:is|are|shall be|will be) (?:extended|increased)',
      // The same, said by the party extending it: "Pacific Rim Drayage Co. will extend free storage to seven (7) calendar days".
      '(?:extends?|increases?|(?:shall|will) (?:extend|increase)) (?:the |its )?free (?:[\\w-]+ ){0,2}' +
        '(?:time|period|days|allowance|hours|minutes|storage|quota|usage)(?: (?:from|of) {num} (?:[\\w-]+ )?days)? to {num}',
    ],
  },
  {
    id: 'free-scope.free-time-longer',
    kind: 'free-scope',
    triggers: ['free'],
    longerThan: true,
    phrases: [
      // "Combined free time at destination will be fourteen (14) days per container, compared with seven (7)".
      'free (?:[\\w-]+ ){0,2}(?:time|period|days|allowance|storage)(?: [\\w-]+){0,3} (?:is|are|shall be|will be) {num} ' +
        '(?:calendar |working |business )?days…… (?:compared (?:with|to)|instead of|rather than|in place of) ' +
        '(?:the )?(?:standard |usual |normal )?{num} (?:calendar |working |business )?days',
    ],
  },
  {
    id: 'free-scope.not-charged',
    kind: 'free-scope',
    triggers: [
      'not be charged',
      'not be invoiced',
      'not be billed',
      'not charge for',
      'not invoice for',
      'not bill for',
      'not bill you',
      'not charge you',
      'be no charge',
      'be no fee',
      'be no cost',
      'be no additional',
    ],
    negative: true,
    // "If … an Assigned Employee's performance is unsatisfactory, Agency will not bill Client for those hours": a remedy.
    remedyProne: true,
    // Nor what the price already covers: "We will not charge for routine photocopying, … which are included in our hourly rates".
    unless: new RegExp(serviceItself.source, 'i'),
    phrases: [
      '(?:hours|seats|users|licen[cs]es|services|units|days|visits|workshops?|sessions?|training)… (?:will|shall) not be (?:charged|invoiced|billed)',
      // "There will be no charge for this initial training" (later training at list price).
      'there (?:will|shall) be no (?:additional |extra )?(?:charges?|fees?|costs?) for',
      // Also a letter's "… and we won't bill you for them". Not billing timed or billed elsewhere ("until the equipment is
      // installed", "separately"); a free while ("until the first renewal date") is still free.
      '(?:shall|will) not (?:charge|invoice|bill) (?:you |\\w+ )?for (?:the |any |a |its |their )?(?!(?:any )?(?:fees?|charges?|costs?)\\b)[\\w-]+' +
        '(?![^.;]{0,60}\\b(?:until (?:the |it |they )?(?:[\\w-]+ ){0,2}(?:is|are|has been|have been) (?:installed|delivered|' +
        'tested|accepted|live|available|commissioned)|now|separately|later)\\b)',
    ],
  },
  {
    id: 'free-scope.own-cost',
    kind: 'free-scope',
    triggers: ['cost', 'expense'],
    remedyProne: true,
    phrases: ["at (?:its|the [\\w-]+'s|[\\w-]+'s) (?:own |sole )?(?:cost|expense)(?: and expense)?"],
    // At its own cost is how a deal allocates costs; it is a concession when what is paid for is an extra.
    requires: new RegExp(`\\b(?:${EXTRAS})\\b`, 'i'),
    // Nor when it pays for what it asked for, or for the papers a duty needs; nor for what it may choose to take
    // ("Franchisee shall have the option to participate, at its sole cost and expense, in any additional training").
    unless: new RegExp(
      [
        `\\b(?:${REMEDIAL_COSTS})\\b`,
        requesterPays.source,
        dutyCost.source,
        // The chooser's own cost: not "Client may request … training days, at Supplier's own cost".
        '\\b(?:shall have the option to|may elect to|at its option|has the right to|is entitled to)\\b[^.;]{0,60}' +
          '\\bat (?:its|their) (?:own |sole )?(?:cost|expense)',
        // A cost split between the parties, by phase or by part: "(a) prior to the Closing Date shall be at Harpoon's
        // sole expense and (b) after the Closing Date shall be at AbbVie's sole expense".
        "\\bat (?:its|[\\w-]+['’]s) (?:own |sole )?(?:cost|expense)\\b[^.;]{0,250}?\\b(?:and|or|while|whereas)\\b[^.;]{0,200}?" +
          "\\bat (?:its|[\\w-]+['’]s|the other party['’]s) (?:own |sole )?(?:cost|expense)",
      ].join('|'),
      'i',
    ),
  },
  // risk: more liability, longer warranty (risk.ts)
  ...riskCues,
];
