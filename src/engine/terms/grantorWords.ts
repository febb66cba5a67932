/**
 * What the words around a match name as the party that grants it, or receives it, whoever the subject: the liable
 * party of a liability left uncapped, the party whose own negligence an indemnity covers, the party that treats
 * others as it treats the one it promises most-favoured terms.
 */
import type { ConcessionKind, PartyRef } from '../model.js';
import type { Cue } from '../lexicons/cue.js';
import type { Mention } from '../mentions.js';
import type { Candidate } from './types.js';
import { partStartOf } from './zones.js';
import { TRADED_FOR } from '../lexicons/language.js';

/** What the words around a match name as its grantor, for a most-favoured promise or a liability left uncapped. */
type GrantorNamed = { after: RegExp } | { before: RegExp };
const NAMES_GRANTOR: Partial<Record<ConcessionKind, GrantorNamed>> = {
  // "Users shall be treated at least as favorably … as Boxlot treats users of the Boxlot Site": who treats, grants.
  'price-protection': { after: /^\s+(?:treats|charges|offers|sells|provides|grants)\b/ },
  // "… shall not apply to any liability of Provider": the party whose liability it is takes the risk.
  risk: { before: /\b(?:liability|liabilities|obligations?|indemnit\w*) of (?:the )?$/i },
};

function grantorNamed(
  cue: Cue,
  text: string,
  offset: number,
  candidate: Candidate,
  mentions: readonly Mention[],
): string | undefined {
  const names = NAMES_GRANTOR[cue.kind as ConcessionKind];
  if (!names) return undefined;
  return mentions.find((m) => {
    const at = m.start - offset;
    if (m.party === 'both' || m.party === 'unknown' || at < candidate.start) return false;
    if ('after' in names)
      return at > candidate.start && names.after.test(text.slice(m.end - offset, m.end - offset + 12));
    return at <= candidate.end && names.before.test(text.slice(Math.max(0, at - 40), at));
  })?.party;
}

/** The grantor (`by`) or the recipient (`to`) the words name, if they name one. */
export function partyInWords(
  cue: Cue,
  text: string,
  offset: number,
  candidate: Candidate,
  subject: Mention | undefined,
  mentions: readonly Mention[],
): { by: PartyRef } | { to: PartyRef } | undefined {
  const possessor = nearestPossessive(mentions, offset, partStartOf(text, candidate.start), candidate.start);
  // "Solenne's liability … shall be uncapped": the liable party takes the risk.
  const liable =
    possessor &&
    /^(?:'s|’s)\s+(?:[\w-]+\s+){0,2}(?:liability|obligations?|indemnit)/i.test(
      text.slice(possessor.end - offset, possessor.end - offset + 40),
    );
  if (cue.kind === 'risk' && liable && possessor.party !== 'both') return { by: possessor.party };
  // "… including claims caused by your own negligence", "even where the negligence of Hospital … contributed": the party
  // whose own negligence is covered receives the cover.
  const covered =
    cue.kind === 'risk' &&
    mentions.find(
      (m) =>
        m.start - offset >= candidate.start &&
        m.end - offset <= candidate.end &&
        m.party !== 'both' &&
        (/^(?:['’]s)?\s+own\s+(?:[\w-]+\s+)?negligence\b/i.test(text.slice(m.end - offset, m.end - offset + 40)) ||
          /\bnegligence\s+of\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - offset - 30), m.start - offset))),
    );
  // The indemnifier's own negligence ("Customer shall indemnify …, including claims caused by Customer's own negligence")
  // covers no one else: read on as any other term.
  if (covered && covered.party !== subject?.party) return { to: covered.party };
  // "The failure of Excite@Home to deliver … shall not be deemed a breach": the party whose failure is excused receives.
  const excused =
    cue.kind === 'waiver' &&
    mentions.find(
      (m) =>
        m.start - offset >= candidate.start &&
        m.end - offset <= candidate.end &&
        m.party !== 'both' &&
        (/\b(?:failure|inability) (?:of|by) (?:the )?$/i.test(
          text.slice(Math.max(0, m.start - offset - 20), m.start - offset),
        ) ||
          (m.possessive && /^['’]s\s+(?:failure|inability)\b/i.test(text.slice(m.end - offset, m.end - offset + 14)))),
    );
  if (excused) return { to: excused.party };
  const namedGrantor = grantorNamed(cue, text, offset, candidate, mentions);
  return namedGrantor ? { by: namedGrantor } : undefined;
}

export function nearestPossessive(
  mentions: readonly Mention[],
  offset: number,
  from: number,
  to: number,
): Mention | undefined {
  let found: Mention | undefined;
  for (const m of mentions) {
    const rel = m.start - offset;
    if (m.possessive && rel >= from && rel < to && m.party !== 'both') found = m;
  }
  return found;
}

/** Tying words right before a party that acts: "in return for Customer posting …", "in exchange for Tenant signing …". */
const TRADED_ACT_BEFORE = new RegExp(`\\b${TRADED_FOR}\\s+(?:the\\s+)?$`, 'i');

/** A possessive's commitment: "Customer's commitment to", "Licensee's undertaking to". */
const COMMITMENT = /^(?:'s|’s)\s+(?:firm\s+)?(?:commitment|undertaking|covenant|promise)\s+to\b/i;
/** A party that another consents to or permits doing something: "consents to Consultant publishing". */
const CONSENTED_TO = /\b(?:(?:consents?|agrees?)\s+to|permits?|allows?|authori[sz]es?)\s+(?:the\s+)?$/i;

/** The subject wishes to use the other side's name or story: "we would welcome the chance to write it up as a case study". */
const WISHES_TO_USE =
  /^\s+(?:would|should)\s+(?:very much\s+)?(?:welcome|love|like|appreciate)\s+(?:the\s+(?:chance|opportunity)\s+)?to\s+(?:write|feature|publish|showcase|use|name|list|enter|announce|describe|profile|highlight|mention)\b/i;

/**
 * Who a give-back's words name as giving it, whoever the subject: the party whose commitment it is ("in exchange for
 * Customer's commitment to the full Renewal Term"), or, as receiving it, the party another lets act ("Client consents
 * to Consultant publishing one case study") or that wishes to act ("we would welcome the chance to feature you").
 */
export function benefitGiverNamed(
  text: string,
  offset: number,
  candidate: Candidate,
  subject: Mention | undefined,
  mentions: readonly Mention[],
): { giver?: string; receiver?: string } | undefined {
  const committer = mentions.find(
    (m) =>
      m.possessive &&
      m.party !== 'both' &&
      // Its possessive may open the match or come just before it.
      m.end - offset >= candidate.start - 3 &&
      m.end - offset < candidate.end &&
      COMMITMENT.test(text.slice(m.end - offset, Math.max(candidate.end, m.end - offset + 40))),
  );
  if (committer) return { giver: committer.party };
  // The party whose act the tying words name gives it: "in return for Pebbleshore co-authoring with Loomwork, and
  // publishing on its website, one joint customer case study".
  const actor = mentions.find(
    (m) =>
      m.party !== 'both' &&
      m.end - offset <= candidate.start &&
      TRADED_ACT_BEFORE.test(text.slice(Math.max(0, m.start - offset - 40), m.start - offset)) &&
      /^\s+(?:[\w-]+ly\s+)?[a-z][\w-]*ing\b/.test(text.slice(m.end - offset, m.end - offset + 30)) &&
      !/[.;]/.test(text.slice(m.end - offset, candidate.start)),
  );
  if (actor) return { giver: actor.party };
  if (
    subject &&
    subject.party !== 'both' &&
    (CONSENTED_TO.test(text.slice(Math.max(0, subject.start - offset - 30), subject.start - offset)) ||
      WISHES_TO_USE.test(text.slice(subject.end - offset, subject.end - offset + 80)))
  )
    return { receiver: subject.party };
  return undefined;
}
