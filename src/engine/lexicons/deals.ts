/**
 * What each kind of deal trades in when one party gives something back. A software supplier asks its
 * customers for their names, their words and their time; a carrier or a manufacturer asks for volumes and
 * term; a landlord for term and rent paid on time; an employer, partners and investors for a longer
 * commitment, the concession made conditional, or consideration in their own words.
 */
import { CONDITION, minimumSpend, minimumTerm, type Ask, type Condition } from './drafts.js';
import type { ConcessionKind } from '../model.js';

/** The kinds of deal whose currency differs from a sale of services. */
export type Deal = 'employment' | 'partnership' | 'franchise' | 'channel' | 'lease' | 'goods' | 'services';

/** A software supplier's currency: what its customers lend it (their names, their words, their time). */
const CUSTOMER_ADVOCACY: Ask[] = ['testimonial', 'reference', 'publicity', 'feedback'];

/** Where goods are bought, a price or free scope is kept while the volumes are. */
const BY_VOLUME: Partial<Record<ConcessionKind, Condition>> = {
  discount: minimumSpend,
  'price-protection': minimumSpend,
  'payment-terms': minimumSpend,
  'free-scope': minimumSpend,
};

export interface Currency {
  /** Only these are asked (with consideration in the parties' own words). */
  only?: ReadonlySet<Ask>;
  /** Never asked in this kind of deal. */
  without?: ReadonlySet<Ask>;
  /** Asked of a paying party where the kind of concession does not already list them. */
  also?: Ask[];
  /** The conditional forms this kind of deal uses where a supplier's differs. */
  conditions?: Partial<Record<ConcessionKind, Condition>>;
}

export const currencies: Record<Deal, Currency> = {
  /** An employee stays longer; references to prospects, logos and volumes are no employee's to give. */
  employment: { only: new Set<Ask>(['term-extension', CONDITION, 'other']) },
  /** Partners and investors: free scope is kept for a minimum term, not for feedback. */
  partnership: {
    only: new Set<Ask>(['term-extension', CONDITION, 'other']),
    conditions: { 'free-scope': minimumTerm },
  },
  /** A franchisee buys a system, not products it could recommend or volumes it could commit to: it trades fees and term. */
  franchise: {
    without: new Set<Ask>([...CUSTOMER_ADVOCACY, 'exclusivity', 'referral', 'volume-commitment']),
    conditions: { 'free-scope': minimumTerm },
  },
  /** A distributor or reseller trades volumes, term, prepayment and exclusivity, not testimonials on what it resells. */
  channel: { without: new Set<Ask>(CUSTOMER_ADVOCACY), conditions: BY_VOLUME },
  /** A tenant buys space: term, rent in advance, rent paid on time. */
  lease: {
    without: new Set<Ask>([...CUSTOMER_ADVOCACY, 'volume-commitment', 'exclusivity', 'referral']),
    conditions: { 'free-scope': minimumTerm },
  },
  /** Goods, carriage and storage are bought by volume and term; a shipper lends no testimonials to a carrier. */
  goods: {
    without: new Set<Ask>([...CUSTOMER_ADVOCACY, 'referral']),
    also: ['volume-commitment'],
    conditions: BY_VOLUME,
  },
  services: {},
};

/**
 * Deal titles, in the order they are tried on the document's opening. A development or licence deal whose
 * title also names a sale ("Software License Agreement", "Supply and Development Agreement") is a sale.
 */
export const dealTitles: { deal: Deal; title: RegExp; unless?: RegExp }[] = [
  { deal: 'franchise', title: /\bfranchise\s+(?:[\w-]+\s+)?agreement\b/i },
  {
    deal: 'channel',
    title:
      /\b(?:distribut\w*|resell\w*|dealer(?:ship)?|sales agency|sales representative)\s+(?:[\w-]+\s+)?agreement\b/i,
  },
  {
    deal: 'partnership',
    title: new RegExp(
      '\\b((?:[\\w-]+\\s+){0,3})(?:research|development|collaboration|co-?promotion|promotion|sponsorship|' +
        'endorsement|partnership|joint venture|investment|(?:stock|share|securities|unit) purchase|licen[cs]e)' +
        // "Development and Option Agreement", "License & Supply Agreement" (its words after the kind are read too).
        '((?:\\s+(?:and|&)\\s+[\\w-]+){0,2})\\s+agreement\\b',
      'i',
    ),
    unless:
      /\b(?:software|saas|subscription|end[- ]user|hosting|cloud|services?|reseller|distribut\w*|supply|manufactur\w*|oem)\b/i,
  },
  { deal: 'lease', title: /\b(?:sub-?)?(?:lease|tenancy)\b(?!\s+(?:of\s+)?(?:equipment|vehicles?))/i },
  {
    deal: 'goods',
    title: new RegExp(
      '\\b(?:supply|purchas(?:e|ing)|procurement|manufactur\\w*|transport\\w*|freight|carriage|haulage|logistics|' +
        'shipping|warehous\\w*|throughput|terminal(?:ling)?|storage|pipeline|gathering|construction|sub-?contract|' +
        'equipment|rental|hire|materials?|goods)\\b[\\w\\s&,-]{0,40}?\\b(?:agreement|contract|amendment|variation|' +
        'order|addendum|terms)\\b',
      'i',
    ),
  },
];

/** The names parties go by in a sponsorship or an endorsement: "Sponsor", "Endorser". */
export const PARTNER_PARTY =
  /^(?:the\s+)?(?:sponsor|sponsee|endorser|athlete|talent|promoter|co-?promoter|collaborator)$/i;

/** The names parties go by in a sale of goods or carriage: "Shipper", "Carrier", "Purchaser". */
export const GOODS_PARTY = /^(?:the\s+)?(?:shipper|carrier|purchaser|manufacturer|consignee|transporter|haulier)$/i;

/** Roles that sell what the deal is about, whatever side the contract's words put them on. */
export const SELLING_ROLES: ReadonlySet<string> = new Set([
  'provider',
  'supplier',
  'vendor',
  'licensor',
  'landlord',
  'seller',
  'contractor',
  'consultant',
  'agency',
  'franchisor',
  'lender',
  'processor',
]);

/** Whether a party is the one paid: its side says so, or, where the contract puts it on none, its role sells. */
export function isPaid(party: { side?: string; role: string }): boolean {
  return party.side === 'payee' || (!party.side && SELLING_ROLES.has(party.role));
}
