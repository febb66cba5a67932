/** Who grants a term and who receives it: the subject, a passive agent, a possessive, the payer and the payee. */
import type { Party, PartyRef, Span } from '../model.js';
import type { Cue } from '../lexicons/cue.js';
import { agentNouns, callsOn, mutualSubject, subjectFollowers } from '../lexicons/language.js';
import type { Mention } from '../mentions.js';
import type { Candidate, TermInput } from './types.js';
import { partStartOf } from './zones.js';
import { benefitGiverNamed, nearestPossessive, partyInWords } from './grantorWords.js';

/** Kinds about what the payer pays: always granted by the payee. */
export const PRICE_KINDS = new Set<string>(['discount', 'credit', 'payment-terms', 'price-protection', 'free-scope']);

/** Kinds paid for by the payer, so that a passive "is waived" is granted by the payee. */
export const PAID_KINDS = new Set<string>([
  'discount',
  'waiver',
  'credit',
  'payment-terms',
  'price-protection',
  'free-scope',
  'exit-flexibility',
  'risk',
]);

/** From a passive verb to its agent's name: "be terminated at any time by ". */
const PASSIVE_AGENT =
  /^[^.;]{0,20}?\b(?:be|been|is|are|was|were)\s+[a-z]+(?:ed|en|able)\b[^.;]{0,80}?\bby\s+(?:the\s+)?$/i;

/** The party that is the grammatical subject governing the match at `at` (sentence-relative). */
export function findSubject(
  text: string,
  offset: number,
  at: number,
  mentions: Mention[],
  conditions: Span[],
  partyCount: number,
): Mention | undefined {
  const condition = conditions.find((c) => c.start <= at && at < c.end);
  const partStart = condition ? condition.start : partStartOf(text, at);
  // A subject inside "if Tenant has extended …" does not govern the main clause after it.
  const usable = (rel: number): boolean =>
    condition !== undefined || !conditions.some((c) => c.start <= rel && rel < c.end);
  const nearest = (from: number, to: number): Mention | undefined => {
    let best: Mention | undefined;
    for (const mention of mentions) {
      const rel = mention.start - offset;
      if (rel < from || rel >= to || !usable(rel)) continue;
      // A name a template quotes ("PETER" may …) acts as the bare name does.
      const after = text.slice(mention.end - offset, mention.end - offset + 120).replace(/^["”]/, '');
      const isSubject = mention.possessive
        ? agentNouns.test(text.slice(mention.end - offset, mention.end - offset + 340))
        : subjectFollowers.test(after);
      if (isSubject) best = mention;
    }
    return best;
  };
  const own = nearest(partStart, at);
  // "X and Y shall …": both parties where there are two; with a guarantor or others beside them, the first named.
  if (own) {
    const joint = coordinated(text, offset, partStart, own, mentions);
    return (joint && (partyCount === 2 ? joint : mentions.find((m) => m.start === joint.start))) || own;
  }
  // The agent of a passive verb acts: "may be terminated by WYZZ" (a passive has no party before it).
  // So does an item of a passive lead-in that starts with its agent: "may be terminated: … (d) by either party upon notice".
  const agent = mentions.find(
    (m) =>
      m.start - offset > at &&
      (PASSIVE_AGENT.test(text.slice(at, m.start - offset)) ||
        /^by\s+(?:the\s+)?$/i.test(text.slice(at, m.start - offset)) ||
        // "This Agreement shall terminate (a) at the option of any party, upon 90 days' … notice".
        /^[^.;]{0,40}?\bat the (?:option|election) of\s+(?:the\s+)?$/i.test(text.slice(at, m.start - offset))),
  );
  // A party named inside a condition before it ("If a Change in Law makes it impracticable for the Provider to …") is not
  // the subject the agent would compete with.
  if (
    agent &&
    !mentions.some((m) => m.start - offset >= partStart && m.start - offset < at && usable(m.start - offset))
  )
    return agent;
  const lead = text.slice(partStart, at);
  // "…, and will introduce the Client": a verb phrase joined to the previous part shares its subject.
  if (
    /^\s*(?:and\s+|also\s+|in addition\s+|then\s+|further\s+)*(?:shall|will|may|must|agrees?|undertakes?|commits?)\b/i.test(
      lead,
    )
  ) {
    const shared = nearest(0, partStart);
    if (shared) return shared;
  }
  // "it shall …": the subject is the party last named before.
  const it = /\b(?:it|they)\s+(?:shall|will|may|must|also)\b/.exec(lead);
  if (it) {
    const earlier = mentions.filter(
      (m) => m.start - offset < partStart + it.index && !m.possessive && usable(m.start - offset),
    );
    if (earlier.length) return earlier[earlier.length - 1];
  }
  return undefined;
}

/**
 * "McDATA and Reseller may …", "Either Owner or Agent may …": a subject that opens its part and
 * names both parties of a two-party contract is both (not "… conducted by GitHub and Partner waives").
 */
function coordinated(
  text: string,
  offset: number,
  partStart: number,
  subject: Mention,
  mentions: Mention[],
): Mention | undefined {
  if (subject.party === 'both' || subject.party === 'unknown') return undefined;
  const first = mentions.find(
    (m) =>
      m.end <= subject.start &&
      !m.possessive &&
      m.party !== subject.party &&
      m.party !== 'both' &&
      /^["”]?\s*(?:and|or|nor|&)\s+(?:the\s+)?["“]?$/i.test(text.slice(m.end - offset, subject.start - offset)) &&
      /^[\s,]*(?:(?:both|either|each of|neither)\s+)?(?:the\s+)?["“]?$/i.test(text.slice(partStart, m.start - offset)),
  );
  return first ? { start: first.start, end: subject.end, party: 'both', possessive: false } : undefined;
}

/**
 * The party on the other side of `id`: the only other party; with three or more, the only other
 * one the sentence names ("Landlord shall provide Tenant with …"), or the only one on the other
 * side of the money.
 */
function otherParty(parties: readonly Party[], id: PartyRef, named: readonly Mention[] = []): PartyRef {
  if (id === 'both' || id === 'unknown') return id;
  const others = parties.filter((p) => p.id !== id);
  if (others.length === 1) return others[0]!.id;
  const inSentence = new Set(named.map((m) => m.party).filter((party) => party !== id && party !== 'both'));
  if (inSentence.size === 1) return [...inSentence][0]!;
  const side = parties.find((p) => p.id === id)?.side;
  const opposite = side ? others.filter((p) => p.side !== undefined && p.side !== side) : [];
  return opposite.length === 1 ? opposite[0]!.id : 'unknown';
}

function sideParty(parties: readonly Party[], side: 'payee' | 'payer'): PartyRef {
  const found = parties.filter((p) => p.side === side);
  return found.length === 1 ? found[0]!.id : 'unknown';
}

/** A payment named with its payer or payee, right before the party's name: "the fee payable by ", "no royalties shall be payable by ". */
const PAYMENT_NAMING = new RegExp(
  '\\b(?:fees?|charges?|prices?|rent|royalt(?:y|ies)|commissions?|amounts?|income|share|revenues?)\\s+' +
    '(?:(?:shall|will)\\s+be\\s+|(?:is|are)\\s+)?(?:payable|paid|due|owed)\\s+(by|to)\\s+(?:the\\s+)?$',
  'i',
);

/** The party a payment in the sentence names, and whether it pays (`by`) or is paid (`to`). */
function namedInPayment(
  text: string,
  offset: number,
  mentions: readonly Mention[],
): { party: string; way: 'by' | 'to'; both?: true } | undefined {
  for (const m of mentions) {
    if (m.party === 'both') continue;
    const way = PAYMENT_NAMING.exec(
      text.slice(Math.max(0, m.start - offset - 60), Math.max(0, m.start - offset)),
    )?.[1]?.toLowerCase();
    if (way !== 'by' && way !== 'to') continue;
    const next = mentions.find((n) => n.start > m.end && n.party !== m.party && n.party !== 'both');
    // Listed as payees, not the subject of the next clause ("… payable by Customer and Provider shall refund …").
    const listed =
      next &&
      /^\s*(?:,|,?\s*(?:or|and))\s*(?:the\s+)?$/i.test(text.slice(m.end - offset, next.start - offset)) &&
      !/^\s*(?:shall|will|may|must|having|agrees?|has|have|is|are)\b/i.test(text.slice(next.end - offset));
    return { party: m.party, way, ...(listed ? { both: true as const } : {}) };
  }
  return undefined;
}

/**
 * "Enrolled students may use the Software … at no additional fee": with no party as subject, a
 * permission to use is a grant, not the grantor's option.
 */
export const PERMITTED_USE = /\bmay (?:use|access|attend|keep|retain|store|park|occupy|continue to use)\b/i;

/** Receiving verbs between a subject and an actor phrase flip it: "Customer shall receive a discount". */
export const RECEIVING = new RegExp(
  '\\b(?:receives?|obtains?|(?:is|be|are) entitled to|(?:shall|will) have|enjoys?|benefits? from|gets?|' +
    '(?:is|be) (?:granted|given|offered|allowed))\\b',
  'i',
);

/**
 * The subject gives what it provides, offers or grants, whichever side of the money it is on:
 * "IBM shall continue to provide I/T Services to MSL at no cost", "DIALOG will provide 1000 samples
 * … free of charge to ENERGOUS" ("Customer shall be provided with" receives).
 */
const GIVING = new RegExp(
  '^(?:\\s*,[^,]{1,80},)?\\s+(?:(?:also|further|hereby|promptly)\\s+)*(?:(?:shall|will|must|agrees? to|undertakes? to)\\s+)?' +
    '(?:(?:also|further|promptly|immediately|automatically|continue to|make|then)\\s+)*' +
    '(?:provides?|offers?|grants?|gives?|extends?|supplies|supply|delivers?|furnish(?:es)?|makes? available)\\b',
  'i',
);

/** Words between a giving verb and a match that start another verb or a trade: the verb gives something else. */
const ANOTHER_VERB = new RegExp(
  '\\b(?:and|but|or)\\s+(?:shall|will|may|must|agrees?)\\b|\\b(?:shall|will|may|must)\\s+(?:apply|be|receive|get)\\b|' +
    '\\bin (?:exchange|return|consideration) (?:for|of)\\b',
  'i',
);

/** The party that provides, offers or grants the match: its subject, or the name last before it. */
function givingSubject(
  text: string,
  offset: number,
  candidate: Candidate,
  subject: Mention | undefined,
  mentions: readonly Mention[],
): string | undefined {
  const before = mentions.filter((m) => m.start - offset <= candidate.start && !m.possessive);
  // A match that opens the sentence before its main clause: "At the Company's expense and no additional charge to
  // Allscripts, … the Company will provide Allscripts with …" is given by the main clause's subject.
  const fronted =
    before.length === 0 && !subject && /^\W*(?:at|free of|without)\b[^,;]*$/i.test(text.slice(0, candidate.end));
  const after = fronted
    ? mentions.find(
        (m) =>
          m.start - offset > candidate.end &&
          !m.possessive &&
          GIVING.test(text.slice(m.end - offset, m.end - offset + 60)),
      )
    : undefined;
  if (after && after.party !== 'unknown' && after.party !== 'both') return after.party;
  const actor = subject ?? before[before.length - 1];
  if (!actor || actor.party === 'unknown' || actor.party === 'both') return undefined;
  // The verb must govern the match: not "shall provide forecasts and shall receive a discount", nor "provide
  // the forecasts … in exchange for a discount".
  const between = text.slice(actor.end - offset, candidate.start);
  if (ANOTHER_VERB.test(between) || RECEIVING.test(between)) return undefined;
  // What is given is a notice or a copy, not the term: "Customer shall promptly give Provider written notice if it
  // elects to take the early payment discount".
  if (/\b(?:notices?|details|cop(?:y|ies)|information|evidence|statements?|reports?)\b/i.test(between))
    return undefined;
  return GIVING.test(text.slice(actor.end - offset, candidate.end)) ? actor.party : undefined;
}

/** "X agree(s) that …" before the match, with no party named after "that": what is agreed has no party for subject. */
function agreedThat(
  text: string,
  offset: number,
  subject: Mention,
  candidate: Candidate,
  mentions: Mention[],
): boolean {
  const between = text.slice(subject.end - offset, candidate.start);
  const that = /\b(?:agrees?|acknowledges?|confirms?|understands?)(?: and (?:agrees?|acknowledges?))? that\b/i.exec(
    between,
  );
  if (!that) return false;
  const after = subject.end - offset + that.index + that[0].length;
  return !mentions.some((m) => m.start - offset >= after && m.start - offset < candidate.start);
}

export function concessionParties(
  input: TermInput,
  cue: Cue,
  text: string,
  offset: number,
  candidate: Candidate,
  subject: Mention | undefined,
  mentions: Mention[],
): { by: PartyRef; to: PartyRef } {
  const { parties } = input;
  const payee = sideParty(parties, 'payee');
  const paid = (PRICE_KINDS.has(cue.kind) || cue.grantedBy === 'payee') && payee !== 'unknown';
  // "The parties agree that the fees shall be reduced": both agree to what the party paid gives.
  if (subject?.party === 'both' && !(paid && agreedThat(text, offset, subject, candidate, mentions)))
    return { by: 'both', to: 'both' };
  // "a release (which will be a mutual release …)", "claims … shall be mutually released": each side gives it.
  const near = text.slice(Math.max(0, candidate.start - 120), candidate.end + 40);
  if (cue.kind === 'waiver' && /\bmutual(?:ly)? (?:general )?(?:releases?|waivers?|released|waived)\b/i.test(near))
    return { by: 'both', to: 'both' };
  const possessor = nearestPossessive(mentions, offset, partStartOf(text, candidate.start), candidate.start);
  const named = partyInWords(cue, text, offset, candidate, subject, mentions);
  if (named)
    return 'by' in named
      ? { by: named.by, to: otherParty(parties, named.by, mentions) }
      : { by: otherParty(parties, named.to, mentions), to: named.to };
  // "The administrative fee payable by Supplier … is reduced" concedes to Supplier; "the share …
  // payable to Institute … is reduced" is conceded by Institute, whatever the main payments.
  const inPayment =
    PAID_KINDS.has(cue.kind) && cue.kind !== 'credit' && !cue.id.includes('rebate')
      ? namedInPayment(text, offset, mentions)
      : undefined;
  // "no rent shall be due to WYZZ, Nexstar or any affiliate thereof": both payees named, each way alike.
  if (inPayment?.both) return { by: 'both', to: 'both' };
  if (inPayment)
    return inPayment.way === 'by'
      ? { by: otherParty(parties, inPayment.party, mentions), to: inPayment.party }
      : { by: inPayment.party, to: otherParty(parties, inPayment.party, mentions) };
  // Who holds its own prices still: "The Concessionaire shall not increase the prices" (to patrons, not to the one paid).
  if (
    cue.kind === 'price-protection' &&
    subject &&
    subject.party !== 'both' &&
    /^\s+(?:shall|will|must|agrees? to|undertakes? to) not (?:increase|raise)\b|^\s+(?:agrees?|undertakes?) not to (?:increase|raise)\b/i.test(
      text.slice(subject.end - offset, candidate.end),
    )
  )
    return { by: subject.party, to: otherParty(parties, subject.party, mentions) };
  const giver = givingSubject(text, offset, candidate, subject, mentions);
  if (giver) return { by: giver, to: otherParty(parties, giver, mentions) };
  // Time to pay is given to the party that pays later, whichever side it is on: "Provider may pay each Referral Fee
  // within sixty (60) days … rather than thirty (30) days".
  if (
    cue.subject === 'recipient' &&
    cue.kind === 'payment-terms' &&
    subject &&
    subject.party !== 'both' &&
    /^\s+(?:(?:may|shall|will|can|must|is entitled to|are entitled to)\s+)?pays?\b/i.test(
      text.slice(subject.end - offset),
    )
  )
    return { by: otherParty(parties, subject.party, mentions), to: subject.party };
  // A price, a discount, a credit, payment time and free extras are given by the party that is paid,
  // whoever the sentence's subject is ("Subtenant may use the furniture at no charge").
  if (paid) return { by: payee, to: otherParty(parties, payee, mentions) };
  if (subject) {
    const between =
      text.slice(subject.end - offset, candidate.start) + text.slice(candidate.start, candidate.start + 24);
    // "theglobe may place up to 100 listings … without having to pay any listing fee": the one let off paying receives.
    const exempt = /^without (?:having|needing|being required) to pay\b/i.test(
      text.slice(candidate.start, candidate.end),
    );
    const receives = cue.subject === 'recipient' || RECEIVING.test(between) || exempt;
    return receives
      ? { by: otherParty(parties, subject.party, mentions), to: subject.party }
      : { by: subject.party, to: otherParty(parties, subject.party, mentions) };
  }
  if (possessor && possessor.party !== 'both' && cue.subject === 'recipient')
    return { by: otherParty(parties, possessor.party, mentions), to: possessor.party };
  if (mutualSubject.test(text.slice(partStartOf(text, candidate.start), candidate.start)))
    return { by: 'both', to: 'both' };
  if (PAID_KINDS.has(cue.kind)) {
    const payee = sideParty(parties, 'payee');
    return { by: payee, to: payee === 'unknown' ? 'unknown' : otherParty(parties, payee, mentions) };
  }
  return { by: 'unknown', to: 'unknown' };
}

export function benefitParties(
  input: TermInput,
  cue: Cue,
  text: string,
  offset: number,
  candidate: Candidate,
  subject: Mention | undefined,
  mentions: Mention[],
): { by: PartyRef; to: PartyRef; receiverSubject: boolean } {
  const { parties } = input;
  if (subject?.party === 'both') return { by: 'both', to: 'both', receiverSubject: false };
  // The party a noun names as its maker, in its possessive or its "of X" ("Brand's commitment", "the engagement of
  // the Depositor"), not one it names otherwise ("an undertaking to purchase from Provider").
  const named =
    cue.subject === 'named'
      ? mentions.find(
          (m) =>
            m.start - offset >= candidate.start &&
            m.end - offset <= candidate.end &&
            m.party !== 'both' &&
            // … or the subject of a clause inside it ("any invoice that Customer pays within ten days").
            (m.possessive ||
              /\b(?:of |that |which )(?:the )?$/i.test(
                text.slice(Math.max(0, m.start - offset - 14), m.start - offset),
              )),
        )
      : undefined;
  if (named) return { by: named.party, to: otherParty(parties, named.party, mentions), receiverSubject: false };
  // "in exchange for Customer's commitment …" and "Client consents to Consultant publishing …" name who gives.
  const giving = benefitGiverNamed(text, offset, candidate, subject, mentions);
  if (giving)
    return giving.giver
      ? { by: giving.giver, to: otherParty(parties, giving.giver, mentions), receiverSubject: false }
      : { by: otherParty(parties, giving.receiver!, mentions), to: giving.receiver!, receiverSubject: true };
  if (subject) {
    const between = text.slice(subject.end - offset, candidate.start);
    // "Provider may name Customer as a client" takes Customer's name: Customer gives.
    const verbs = between.replace(/\bwith (?:the )?[^,;]{0,40}?(?:consent|approval|permission)\b/gi, ' ');
    const uses =
      cue.usePermission &&
      /\bmay\b/.test(verbs) &&
      !/\b(?:permit|allow|let|grant|agree|consent|authori[sz]e)/i.test(verbs);
    if (uses || cue.subject === 'recipient' || callsOn.test(verbs)) {
      const giver = mentions.find(
        (m) =>
          m.start - offset >= subject.end - offset &&
          m.start - offset < candidate.end &&
          m.party !== subject.party &&
          m.party !== 'both',
      );
      const by = giver?.party ?? otherParty(parties, subject.party, mentions);
      return { by, to: subject.party, receiverSubject: true };
    }
    return { by: subject.party, to: otherParty(parties, subject.party, mentions), receiverSubject: false };
  }
  const possessor =
    nearestPossessive(mentions, offset, partStartOf(text, candidate.start), candidate.start) ??
    mentions.find(
      (m) =>
        m.possessive && m.start - offset >= candidate.start && m.start - offset < candidate.end && m.party !== 'both',
    );
  if (possessor && possessor.party !== 'both')
    return { by: possessor.party, to: otherParty(parties, possessor.party, mentions), receiverSubject: false };
  const payer = sideParty(parties, 'payer');
  return {
    by: payer,
    to: payer === 'unknown' ? 'unknown' : otherParty(parties, payer, mentions),
    receiverSubject: false,
  };
}
