/**
 * Who gives back, to whom, and how the contract names them: "Customer", "the Tenant", or "you"
 * and "us" in a letter. The party that received a concession gives back to the one that
 * conceded; where the contract does not say who that is, the likeliest party is named and the
 * editor asks (the draft says it is a guess).
 */
import type { Concession, Party, PartyRef, PartyRole, Side } from '../model.js';
import { plain, type DocumentStyle } from './style.js';

const speakers = new WeakMap<DocumentStyle, Map<string, Speaker>>();

/** A party as a drafted clause names it. */
export interface Speaker {
  /** "Customer", "the Tenant", "you", "we". */
  subject: string;
  /** "Customer", "the Tenant", "you", "us". */
  object: string;
  /** "Customer’s", "your", "our". */
  possessive: string;
  /** What the party is to the other: "customer", "tenant", "licensee". */
  role: string;
  /** Who the other party's business is with: "customers", "tenants". */
  clients: string;
  side?: Side;
  partyId?: string;
}

export interface Flow {
  giver: Speaker;
  receiver: Speaker;
  /** True when the contract does not say who received the concession: the giver is the likeliest party. */
  guessed: boolean;
}

export interface VoiceSource {
  text: string;
  parties: readonly Party[];
}

const PAYER_ROLES = new Set<PartyRole>([
  'customer',
  'buyer',
  'licensee',
  'tenant',
  'client',
  'franchisee',
  'borrower',
  'reseller',
  'distributor',
  'controller',
]);
/** Kinds whose recipient is the paying party by nature: money or work flows to whoever pays. */
const PAID_TO_PAYER = new Set(['discount', 'waiver', 'credit', 'payment-terms', 'price-protection', 'free-scope']);

/** The giver (the concession's recipient) and the receiver (its grantor), named as the contract names them. */
export function flowOf(source: VoiceSource, concession: Concession, style: DocumentStyle): Flow {
  const party = (ref: PartyRef): Party | undefined => source.parties.find((p) => p.id === ref);
  let giver = party(concession.to);
  let receiver = party(concession.by);
  const guessed = !giver;
  const span = plain(source.text.slice(concession.start, concession.end));
  if (!giver) giver = guessRecipient(source, concession, span, receiver);
  if (!receiver) receiver = source.parties.find((p) => p !== giver && p.id !== giver?.id);
  const named = (p: Party | undefined, fallback: string): Speaker =>
    p ? speaker(source, p, style) : (mentioned(source.text, fallback, style) ?? placeholder(fallback));
  const subject = giver
    ? undefined
    : subjectOf(span, concession.kind === 'exit-flexibility' || concession.kind === 'risk' ? 'recipient' : 'grantor');
  const grantorNames = receiver
    ? [receiver.name, ...receiver.aliases, ...receiver.pronouns]
    : subject?.role === 'grantor'
      ? [subject.name]
      : [];
  const giverName =
    subject?.role === 'recipient'
      ? subject.name
      : textualParty(style, PAID_TO_PAYER.has(concession.kind), grantorNames);
  return {
    giver: giver ? speaker(source, giver, style) : named(undefined, giverName ?? '[the other party]'),
    receiver: receiver
      ? speaker(source, receiver, style)
      : named(
          undefined,
          subject?.role === 'grantor'
            ? subject.name
            : (textualParty(style, !PAID_TO_PAYER.has(concession.kind), [giverName ?? '']) ?? '[the granting party]'),
        ),
    guessed,
  };
}

/** The party most likely to have received a concession the contract does not assign. */
function guessRecipient(
  source: VoiceSource,
  concession: Concession,
  span: string,
  grantor: Party | undefined,
): Party | undefined {
  const others = source.parties.filter((p) => p !== grantor);
  const byName = (name: string | undefined): Party | undefined =>
    name
      ? others.find(
          (p) =>
            [p.name, ...p.aliases].some((a) => a.toLowerCase() === name.replace(/^the /i, '').toLowerCase()) ||
            (/^(?:you|we)$/i.test(name) && p.pronouns.includes(name.toLowerCase())),
        )
      : undefined;
  const subject = subjectOf(
    span,
    concession.kind === 'exit-flexibility' || concession.kind === 'risk' ? 'recipient' : 'grantor',
  );
  if (subject?.role === 'recipient') {
    const found = byName(subject.name);
    if (found) return found;
  }
  const to = /\b(?:to|for) ((?:the )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2}|you|us)\b/.exec(span)?.[1];
  const found = byName(to);
  if (found) return found;
  const nonGrantor = subject?.role === 'grantor' ? others.filter((p) => p !== byName(subject.name)) : others;
  if (PAID_TO_PAYER.has(concession.kind)) {
    const payer = nonGrantor.find((p) => p.side === 'payer') ?? nonGrantor.find((p) => PAYER_ROLES.has(p.role));
    if (payer) return payer;
  }
  return nonGrantor[0];
}

const ROLE_WORDS = [
  'Customer',
  'Client',
  'Licensee',
  'Buyer',
  'Purchaser',
  'Tenant',
  'Lessee',
  'Subtenant',
  'Distributor',
  'Reseller',
  'Subscriber',
  'User',
  'Member',
  'Partner',
  'Franchisee',
  'Grower',
  'Sponsor',
  'Shipper',
  'Developer',
  'Publisher',
  'Company',
  'Contractor',
  'Consultant',
  'Supplier',
  'Vendor',
  'Provider',
  'Licensor',
  'Landlord',
  'Lessor',
  'Seller',
  'Manufacturer',
  'Agent',
  'Employee',
  'Owner',
];
const ROLE_SET = new Set(ROLE_WORDS);
const PAYING_WORDS = new Set([
  'Customer',
  'Client',
  'Licensee',
  'Buyer',
  'Purchaser',
  'Tenant',
  'Lessee',
  'Subtenant',
  'Distributor',
  'Reseller',
  'Subscriber',
  'User',
  'Member',
  'Franchisee',
  'Grower',
  'Sponsor',
  'Shipper',
  'Developer',
]);

const roleCountCache = new WeakMap<DocumentStyle, Map<string, number>>();

/** How often the contract writes each role word (as a name) and "you", counted once per document. */
function roleCounts(style: DocumentStyle): Map<string, number> {
  let counts = roleCountCache.get(style);
  if (!counts) {
    counts = new Map();
    for (const m of style.flat.matchAll(/\b(?:[A-Z][a-z]+|you|You)\b/g)) {
      const word = m[0] === 'You' ? 'you' : m[0];
      if (word === 'you' || (ROLE_SET.has(word) && style.namesInText.has(word)))
        counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    roleCountCache.set(style, counts);
  }
  return counts;
}

/**
 * A party the contract writes about without defining it ("Customer grants the rights …", "you"):
 * the role word it uses most, the paying side first when the concession pays one, but never the grantor.
 */
function textualParty(style: DocumentStyle, paying: boolean, grantor: readonly string[]): string | undefined {
  const taken = new Set(grantor.map((g) => g.toLowerCase().replace(/^the /, '')));
  const all = roleCounts(style);
  const counts = [...all].filter(([w]) => w !== 'you' && !taken.has(w.toLowerCase()));
  const you = taken.has('you') ? 0 : (all.get('you') ?? 0);
  const ranked = [...counts].sort(
    (a, b) => (paying ? Number(PAYING_WORDS.has(b[0])) - Number(PAYING_WORDS.has(a[0])) : 0) || b[1] - a[1],
  );
  if (you >= 5 && (!ranked.length || you >= ranked[0]![1])) return 'you';
  const best = ranked[0]?.[0];
  if (!best) return undefined;
  const withThe = style.flat.match(new RegExp(`\\b[Tt]he ${best}\\b`, 'g'))?.length ?? 0;
  return withThe * 2 > ranked[0]![1] ? `the ${best}` : best;
}

/** The subject of the concession's sentence and whether it receives ("X may terminate") or grants ("X waives") it. */
function subjectOf(
  span: string,
  role: 'recipient' | 'grantor',
): { name: string; role: 'recipient' | 'grantor' } | undefined {
  const m = new RegExp(
    '(?:^|[,;:]\\s+|\\b(?:that|and|then|if|where)\\s+)' +
      '((?:the )?[A-Z][\\w&.-]*(?: [A-Z][\\w&.-]*){0,2}|[Ww]e|[Yy]ou)\\s+(?:may|can|shall|will|is|are|has|have|' +
      'hereby|agrees?|waives?|releases?)\\b',
  ).exec(span);
  if (!m || /^(?:The|This|Such|Each|Any|All|No|If|In|On|Upon|During|Notwithstanding)$/.test(m[1]!)) return undefined;
  return { name: m[1]!.replace(/^(We|You)$/, (w) => w.toLowerCase()), role };
}

/** A party as the contract writes it: by pronoun where the contract mostly does, with "the" where it does. */
export function speaker(source: VoiceSource, party: Party, style: DocumentStyle): Speaker {
  let known = speakers.get(style);
  if (!known) speakers.set(style, (known = new Map()));
  let found = known.get(party.id);
  if (!found) known.set(party.id, (found = readSpeaker(source, party, style)));
  return found;
}

function readSpeaker(source: VoiceSource, party: Party, style: DocumentStyle): Speaker {
  // "Shipper." read with the full stop of its sentence is "Shipper".
  const defined = (party.aliases[0] ?? party.name).replace(/^([^.\s]+)\.$/, '$1');
  const flat = style.flat;
  const count = (re: RegExp): number => flat.match(re)?.length ?? 0;
  const alias = usualForm(flat, defined);
  const named = count(new RegExp(`\\b${escape(alias)}\\b`, 'g'));
  const role = ROLE_NOUNS[party.role] ?? 'customer';
  const clients = CLIENTS[party.role] ?? 'customers';
  const base = { role, clients, partyId: party.id, ...(party.side ? { side: party.side } : {}) };
  if (party.pronouns.includes('you') && count(/\byou\b/gi) >= named)
    return { subject: 'you', object: 'you', possessive: 'your', ...base };
  if (party.pronouns.includes('we') && count(/\b(?:we|us)\b/gi) >= named)
    return { subject: 'we', object: 'us', possessive: 'our', ...base };
  // "the Corio Services" names the services, not the party.
  const withThe = count(new RegExp(`\\b[Tt]he ${escape(alias)}\\b(?![ -]\\p{Lu})`, 'gu'));
  const name = withThe * 2 > named ? `the ${alias}` : alias;
  return { subject: name, object: name, possessive: possessive(name, style), ...base };
}

/** The way the contract mostly writes a party's alias: "Corio" where it was defined as ("CORIO"). */
function usualForm(flat: string, alias: string): string {
  const tally = new Map<string, number>();
  for (const [form] of flat.matchAll(new RegExp(`\\b${escape(alias)}\\b`, 'gi')))
    tally.set(form, (tally.get(form) ?? 0) + 1);
  let usual = alias;
  // Never to capitals from a name that has small letters: a disclaimer in capitals repeats "PROVIDER".
  const capitals = (form: string): boolean => form === form.toUpperCase();
  for (const [form, n] of tally)
    if (n > (tally.get(usual) ?? 0) && form !== form.toLowerCase() && (capitals(alias) || !capitals(form)))
      usual = form;
  return usual;
}

/** A name the contract uses for a party it never defines ("the Buyer"), or a pronoun. */
function mentioned(text: string, name: string, style: DocumentStyle): Speaker | undefined {
  if (/^\[/.test(name)) return undefined;
  if (name === 'we') return { subject: 'we', object: 'us', possessive: 'our', role: 'provider', clients: 'customers' };
  if (name === 'you')
    return { subject: 'you', object: 'you', possessive: 'your', role: 'customer', clients: 'customers' };
  if (!new RegExp(`\\b${escape(name.replace(/^the /i, ''))}\\b`).test(text)) return undefined;
  const written = name.replace(/^The /, 'the ');
  return {
    subject: written,
    object: written,
    possessive: possessive(written, style),
    role: 'customer',
    clients: 'customers',
  };
}

function placeholder(name: string): Speaker {
  return {
    subject: name,
    object: name,
    possessive: name.replace(/\]$/, '’s]'),
    role: 'customer',
    clients: 'customers',
  };
}

function possessive(name: string, style: DocumentStyle): string {
  return /s$/.test(name) ? `${name}${style.apostrophe}` : `${name}${style.apostrophe}s`;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ROLE_NOUNS: Partial<Record<PartyRole, string>> = {
  provider: 'provider',
  customer: 'customer',
  supplier: 'supplier',
  buyer: 'customer',
  vendor: 'vendor',
  reseller: 'reseller',
  licensor: 'licensor',
  licensee: 'licensee',
  landlord: 'landlord',
  tenant: 'tenant',
  agency: 'agency',
  client: 'client',
  franchisor: 'franchisor',
  franchisee: 'franchisee',
  contractor: 'contractor',
  consultant: 'consultant',
  partner: 'partner',
  distributor: 'distributor',
  lender: 'lender',
  borrower: 'borrower',
  processor: 'processor',
  controller: 'controller',
  seller: 'seller',
};

const CLIENTS: Partial<Record<PartyRole, string>> = {
  licensor: 'licensees',
  landlord: 'tenants',
  franchisor: 'franchisees',
  agency: 'clients',
  consultant: 'clients',
  contractor: 'clients',
  lender: 'borrowers',
};
