/**
 * Role words a contract uses for its parties, and which side of the money each stands on.
 * The payee sells (and so is the one who grants a fee reduction); the payer buys.
 */
import type { PartyRole, Side } from '../model.js';

export interface RoleEntry {
  role: PartyRole;
  side?: Side;
}

export const roleWords: Record<string, RoleEntry> = {
  provider: { role: 'provider', side: 'payee' },
  'service provider': { role: 'provider', side: 'payee' },
  supplier: { role: 'supplier', side: 'payee' },
  vendor: { role: 'vendor', side: 'payee' },
  seller: { role: 'seller', side: 'payee' },
  licensor: { role: 'licensor', side: 'payee' },
  landlord: { role: 'landlord', side: 'payee' },
  sublandlord: { role: 'landlord', side: 'payee' },
  sublessor: { role: 'landlord', side: 'payee' },
  subtenant: { role: 'tenant', side: 'payer' },
  sublessee: { role: 'tenant', side: 'payer' },
  'service recipient': { role: 'customer', side: 'payer' },
  subcontractor: { role: 'contractor', side: 'payee' },
  lessor: { role: 'landlord', side: 'payee' },
  // An advertising agency is paid; a government agency pays (weakSides).
  agency: { role: 'agency', side: 'payee' },
  contractor: { role: 'contractor', side: 'payee' },
  consultant: { role: 'consultant', side: 'payee' },
  franchisor: { role: 'franchisor', side: 'payee' },
  lender: { role: 'lender', side: 'payee' },
  processor: { role: 'processor', side: 'payee' },
  // Freight: the haulier or forwarder is paid to move what the shipper tenders. Not "carrier", which may be an insurer or
  // an airline paying its agents.
  haulier: { role: 'provider', side: 'payee' },
  forwarder: { role: 'provider', side: 'payee' },
  shipper: { role: 'customer', side: 'payer' },
  manufacturer: { role: 'supplier', side: 'payee' },
  developer: { role: 'provider', side: 'payee' },
  // The employee sells work; the employer pays for it.
  employee: { role: 'employee', side: 'payee' },
  executive: { role: 'employee', side: 'payee' },
  employer: { role: 'employer', side: 'payer' },
  company: { role: 'party' },
  customer: { role: 'customer', side: 'payer' },
  client: { role: 'client', side: 'payer' },
  buyer: { role: 'buyer', side: 'payer' },
  purchaser: { role: 'buyer', side: 'payer' },
  subscriber: { role: 'customer', side: 'payer' },
  licensee: { role: 'licensee', side: 'payer' },
  tenant: { role: 'tenant', side: 'payer' },
  lessee: { role: 'tenant', side: 'payer' },
  reseller: { role: 'reseller', side: 'payer' },
  distributor: { role: 'distributor', side: 'payer' },
  franchisee: { role: 'franchisee', side: 'payer' },
  borrower: { role: 'borrower', side: 'payer' },
  controller: { role: 'controller', side: 'payer' },
  partner: { role: 'partner' },
  sponsor: { role: 'customer', side: 'payer' },
  member: { role: 'customer', side: 'payer' },
};

/** The role facing another across the deal: a party named by a word of no side ("Company") facing an Employee employs. */
export const counterpartRole: Partial<Record<PartyRole, PartyRole>> = {
  employee: 'employer',
  employer: 'employee',
  tenant: 'landlord',
  landlord: 'tenant',
  licensee: 'licensor',
  licensor: 'licensee',
  buyer: 'seller',
  seller: 'buyer',
  borrower: 'lender',
  lender: 'borrower',
  franchisee: 'franchisor',
  franchisor: 'franchisee',
};

/** A defined term that names someone, role or not: "(the "Remarketing Agent")", "(the "Lender")". */
export const namesSomeone =
  /\b(?:agents?|trustees?|brokers?|underwriters?|representatives?|persons?|part(?:y|ies)|banks?|lenders?)$/i;

/** Roles whose side a word does not settle: facing a party whose role says the same side, they take the other. */
export const weakSides = new Set(['agency']);

/** The role a defined term names, if it is a role word ("Service Provider" → provider). */
export function roleOf(term: string): RoleEntry | undefined {
  const key = term
    .toLowerCase()
    .replace(/^the\s+/, '')
    .trim();
  return roleWords[key] ?? roleWords[key.split(/\s+/).pop() ?? ''];
}

const DOCUMENT_NOUNS =
  'agreement|amendment|contract|lease|head ?lease|underlease|sublease|licen[cs]e|deed|order form|side letter|schedule|exhibit|appendix|' +
  // A trade's confirmation, an order or a quote: "Transaction Confirmation No. BPM-IC-0419 (the "Confirmation")".
  'confirmation|purchase order|statement of work|quotation|quote|proposal';
const NOT_PARTY_WORDS = [
  'part(?:y|ies)|disclos(?:ing|er)\\b.*|receiv(?:ing|er|ing party)\\b.*|recipient|affiliates?|representatives?',
  'indemnif(?:ying|ied) party|both parties',
  // What a deal is about or where it runs: "Pennsylvania (the "Territory")", "listed in Exhibit A (the "Products")".
  'territor(?:y|ies)|region|field|products?|goods|services|deliverables|premises|property|software|equipment',
  // A tender's lot ("Surgical Drapes, Gowns and Wound Closure (the "Category")"), and a group's members.
  'categor(?:y|ies)|lots?|(?:participating\\s+)?members',
  `(?:the\\s+)?(?:[\\w-]+\\s+){0,3}(?:${DOCUMENT_NOUNS})`,
  // A lawsuit named after its parties: "Tessaract Biologics, Inc. v. Vantrex Pharma Corp. (the "Vantrex Litigation")".
  '(?:the\\s+)?(?:[\\w-]+\\s+){0,3}(?:litigation|lawsuit|suit|action|arbitration|proceedings?|dispute|claim|matter|case)',
  // A deal named after the company it buys: "… of Polar Route Logistics, LLC (the "Transaction")".
  '(?:the\\s+)?(?:[\\w-]+\\s+){0,2}(?:transaction|acquisition|merger|engagement|project|deal|closing)',
].join('|');

/**
 * Words that make a defined term a collective or a generic participant, never one party; and names of
 * documents ("the Original Agreement", "the Prior Lease"), which are never a party whatever precedes them.
 */
export const notPartyTerms = new RegExp(`^(?:${NOT_PARTY_WORDS})$`, 'i');

/**
 * The legal forms a company's name ends with ("Inc.", "GmbH", "Pty Ltd"), written as a lawyer
 * writes them; each is also matched in capitals ("CORPORATION"), as names are in title blocks.
 */
const LEGAL_FORMS = [
  'Inc',
  'Incorporated',
  'Corp',
  'Corporation',
  'Co',
  'Company',
  'LLC',
  'L\\.L\\.C',
  'Ltd',
  'Limited',
  'plc',
  'LLP',
  'L\\.L\\.P',
  'LP',
  'L\\.P',
  'LLLP',
  'PLLC',
  'GmbH',
  // A German non-profit company: "Klinikum Mittelrhein gGmbH".
  'gGmbH',
  'AG',
  'KG',
  'KGaA',
  'AB',
  'AS',
  'A/S',
  'ASA',
  'ApS',
  'Oy',
  'Oyj',
  'SA',
  'S\\.A',
  'SpA',
  'S\\.p\\.A',
  'SAS',
  'S\\.A\\.S',
  'SARL',
  'S\\.à\\sr\\.l',
  'Srl',
  'S\\.r\\.l',
  'S\\.L',
  'B\\.V',
  'BV',
  'N\\.V',
  'NV',
  'SE',
  'K\\.K',
  'KK',
  'N\\.A',
  'Pty(?:\\.)?\\s{1,3}Ltd',
  'Pte(?:\\.)?\\s{1,3}Ltd',
  'Sdn(?:\\.)?\\s{1,3}Bhd',
  'Bhd',
  'Ltda',
  'a\\.s',
  'A\\.S',
  's\\.r\\.o',
  'ILP',
];
/**
 * Words that name an institution rather than a legal form ("… Group", "University of …"): a name
 * ending with one is a legal person's, though the name may go on ("Reinsurance Group of America, Inc.").
 */
const BODY_WORDS = [
  'Group',
  'Holdings',
  'Trust',
  'Foundation',
  'University',
  'Institute',
  'Hospital',
  'College',
  'Society',
  'Clinic',
  'Clinics',
  'Authority',
  'Council',
  'Bank',
  'Bancorp',
  '(?:Medical|Health|Cancer)\\sCent(?:er|re)',
  'Partners',
  'Association',
  'Fund',
  'Portfolios',
];
/** Each word and the word in capitals (the escapes of its pattern, `\\s`, left as they are). */
const withCapitals = (words: readonly string[]): string[] => [
  ...new Set(words.flatMap((w) => [w, w.replace(/\\.|\p{Ll}/gu, (c) => (c.length > 1 ? c : c.toUpperCase()))])),
];

/** A legal form, as a regular expression source; its full stop is optional. */
export const legalFormGroup = `(?:${withCapitals(LEGAL_FORMS).join('|')})\\b\\.?`;
/** Legal forms and institution words: a name that ends with one is a party's name, not a defined thing. */
export const suffixGroup = `(?:${withCapitals([...LEGAL_FORMS, ...BODY_WORDS]).join('|')})\\b\\.?`;

/** Legal-entity endings. A name that ends with one is a party's name, not a defined thing. */
export const entitySuffix = new RegExp(`(?:^|[\\s,])${suffixGroup}$`);

const PUBLIC_BODIES = [
  'University|College|Regents|Trustees|Council|City|County|State|Commonwealth|Borough|Province|Ministry|Government',
  'Republic|Institute|Hospital|Authority|Port|District',
].join('|');

/** Public bodies named "… of …", with no legal ending: "The University of Northmoor", "City of Reno". */
const institution = new RegExp(
  `^(?:The\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+)*(?:${PUBLIC_BODIES})\\s+of\\s+(?:the\\s+)?\\p{Lu}`,
  'u',
);

/** Whether a name is a legal person's: it ends like a company or names a public body. */
export function isEntityName(name: string): boolean {
  return entitySuffix.test(name) || institution.test(name);
}

const INSTITUTION_NOUNS = [
  'University|College|Regents|Trustees|Board|Council|City|Town|County|State|Commonwealth|Borough|Province|Ministry',
  'Department|Government|Republic|Kingdom|Institute|Hospital|Authority|Port|District|Bank|Group|Society|Association',
  'Federation|Chamber|Museum|School|Church|Company|Corporation|Bancorp|Trust|Fund|Office|Agency|Commission|Bureau',
  'Center|Centre',
].join('|');

/** Words after which "of" goes on with the name: "Bank of America", "People's Government of Fenyi County". */
export const institutionBefore = new RegExp(`^(?:${INSTITUTION_NOUNS})$`, 'i');
