/**
 * Give-back clauses a negotiator would propose, and which fit which concession.
 * `{giver}` is the party that received the concession and now gives back, `{receiver}` the party
 * that conceded, `{concession}` names it ("the 15% discount in Section 4.2").
 * `{{name|default}}` marks what a person must choose.
 */
import type { BenefitKind, ConcessionKind } from '../model.js';

export interface Draft {
  title: string;
  template: string;
}

export const drafts: Record<BenefitKind, Draft> = {
  reference: {
    title: 'Ask for a reference',
    template: 'In consideration of {concession}, {giver} shall act as a reference customer for {receiver}, including taking part in up to {{calls|two (2)}} reference calls with prospective customers of {receiver} in each {{period|Contract Year}}.',
  },
  testimonial: {
    title: 'Ask for a testimonial or case study',
    template: 'In consideration of {concession}, {giver} shall provide {receiver} with a written testimonial and take part in {{count|one (1)}} case study about its use of the services within {{days|ninety (90)}} days, which {receiver} may publish in its marketing materials.',
  },
  'term-extension': {
    title: 'Ask for a term extension at the new rate',
    template: 'In consideration of {concession}, {giver} agrees that the term of this Agreement is extended by {{months|twelve (12)}} months, at the fees that apply after {concession}.',
  },
  publicity: {
    title: 'Ask for logo and name use in marketing',
    template: 'In consideration of {concession}, {giver} permits {receiver} to use {giver}’s name and logo in its customer lists, website and marketing materials for {{period|the term of this Agreement}}.',
  },
  prepayment: {
    title: 'Ask for prepayment',
    template: 'In consideration of {concession}, {giver} shall pay the fees for the first {{months|twelve (12)}} months in advance within {{days|fifteen (15)}} days of the date of this Agreement.',
  },
  'volume-commitment': {
    title: 'Ask for a volume commitment',
    template: 'In consideration of {concession}, {giver} commits to purchase not less than {{volume|the minimum volume}} in each {{period|Contract Year}}.',
  },
  referral: {
    title: 'Ask for referrals',
    template: 'In consideration of {concession}, {giver} shall introduce {receiver} to at least {{count|two (2)}} prospective customers in each {{period|Contract Year}}.',
  },
  feedback: {
    title: 'Ask for product feedback',
    template: 'In consideration of {concession}, {giver} shall take part in {receiver}’s customer advisory board and provide structured product feedback at least {{frequency|once per calendar quarter}}.',
  },
  exclusivity: {
    title: 'Ask for preferred-supplier status',
    template: 'In consideration of {concession}, {giver} appoints {receiver} as its preferred supplier of {{scope|the services}} for {{period|the term of this Agreement}}.',
  },
  other: {
    title: 'Ask for consideration',
    template: 'In consideration of {concession}, {giver} shall {{obligation|describe what is given in return}}.',
  },
};

/**
 * The give-backs that fit each concession, best first. Reference, testimonial and a term
 * extension fit every concession; the others where a negotiator would reach for them.
 */
export const fitting: Record<ConcessionKind, BenefitKind[]> = {
  discount: ['term-extension', 'volume-commitment', 'prepayment', 'reference', 'testimonial'],
  waiver: ['reference', 'testimonial', 'term-extension', 'prepayment', 'publicity'],
  credit: ['reference', 'testimonial', 'term-extension', 'publicity'],
  'payment-terms': ['term-extension', 'volume-commitment', 'reference', 'testimonial'],
  'price-protection': ['term-extension', 'volume-commitment', 'prepayment', 'reference', 'testimonial'],
  'free-scope': ['testimonial', 'reference', 'feedback', 'publicity', 'term-extension'],
  'exit-flexibility': ['prepayment', 'reference', 'testimonial', 'term-extension', 'referral'],
  risk: ['reference', 'testimonial', 'term-extension', 'publicity'],
};
