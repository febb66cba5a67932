/**
 * Why a lexicon match is not a term: a recital, a definition, a mention of a term made elsewhere,
 * a condition, a negation, a remedy, or the deal itself (LABELS.md).
 */
import type { Clause, DismissReason, Span } from '../model.js';
import {
  agreementToAgree,
  onMutualAgreement,
  brandingDeal,
  countedTowards,
  endorsementDeal,
  promotionDeal,
  variesADeal,
  exercisedRight,
  history,
  namedElsewhere,
  placedElsewhere,
  underOtherAgreement,
  pointsBack,
  replacedTerm,
  representation,
  statusLost,
  statusLostAfter,
  thirdPartyBeneficiary,
  voluntary,
} from '../lexicons/language.js';
import {
  afterTheEnd,
  atWill,
  followsHeadContract,
  licenceLost,
  beyondStandard,
  noCauseNeeded,
  remedy,
  remedyTitle,
  whileNotInDefault,
} from '../lexicons/remedies.js';
import {
  REPLACING,
  periodSetBefore,
  replacedDays,
  standardBefore,
  statedDays,
  statedFigures,
  statedLength,
} from './figures.js';
import { remedyWindow } from './remedyWindow.js';
import { ownTrigger, type SentenceMention } from './triggerParty.js';
import type { Candidate } from './types.js';
import { isNegated, negatedAcrossList, negatedEnumeration, negatedItem } from './negation.js';
import { insideDefinedTerm } from './titles.js';
import { partStartOf } from './zones.js';
import { baselineReason } from './baselineReason.js';
import { flat, titleOf } from './words.js';

/** Why a term set aside takes its parts with it: "may terminate … without penalty" on the other's failure is one remedy. */
export const SWALLOWING = new Set<string>(['remedy', 'negated', 'discretionary', 'condition']);

/** How much of the opening the document facts are read from: its title and preamble. */
const OPENING = 800;
/** How far into the raw text the opening may reach: a filing's blanks are collapsed before it is measured. */
export const OPENING_READ = OPENING * 8;

/** How much of the opening holds the title. */
const TITLE_SPAN = 300;

/** What the document's opening says about how to read each sentence (an incremental review compares them). */
export function documentFacts(text: string): DocumentFacts {
  // Measured in words read, not in characters: a filing's columns of spaces would push the title out.
  const opening = text.slice(0, OPENING_READ).replace(/\s+/g, ' ').slice(0, OPENING);
  // A brand deal is read from the title alone: a recital may name the franchise agreement a supply deal serves.
  return {
    varies: variesADeal.test(opening),
    endorsement: endorsementDeal.test(opening),
    branding: brandingDeal.test(opening.slice(0, TITLE_SPAN)),
    promotion: promotionDeal.test(opening.slice(0, TITLE_SPAN)),
  };
}

/** What the whole document says about how to read each sentence. */
export interface DocumentFacts {
  /** It varies an earlier deal (an amendment, a renewal, a side letter), where any departure is a give. */
  varies: boolean;
  /** It is an endorsement agreement. */
  endorsement: boolean;
  /** Its subject is a brand: a franchise, co-branding or trademark licence agreement. */
  branding: boolean;
  /** It buys promotion: what the paid party shows of the other is the deal (attribute.ts). */
  promotion: boolean;
}

export interface SentenceFacts {
  conditions: Span[];
  references: Span[];
  isDefinition: boolean;
  definedNouns: RegExp | undefined;
  /** Matches already accepted in the sentence, whose own words ("no charge") negate nothing else. */
  taken: readonly Span[];
  /** The clause is an item under a negated lead-in ("Licensee shall not:"). */
  negatedParent: boolean;
  /** The words of the lead-in the clause is an item of, when the sentence opens the item; else empty. */
  leadIn: string;
  /** The sentence is set in capitals (a disclaimer, a statute quoted, a heading). */
  capitals: boolean;
  /** The clause's text before the sentence (up to 1000 characters: blanked markup makes runs of blanks). */
  clauseBefore: string;
  /** The clause's text after the sentence (up to 300 characters). */
  clauseAfter: string;
  /** The words of the clause before, under the same parent (up to 300 characters): the rule a clause may depart from. */
  previousClause: string;
  /** The sentence with runs of blanks (wrapped lines, blanked markup) read as one space, for conditions that need no offsets. */
  flatText: string;
  /** The items of an enumeration the sentence opens and later sentences carry on ("(b) …; or (d) that are defective"), flat. */
  enumerationRest: string;
  /** The clause's first words, where a run-in title is ("9.3 LIMITATION OF LIABILITY."). */
  clauseHead: string;
  /** The title of the clause an untitled paragraph carries on ("Effects of Termination Based Upon … Force Majeure"). */
  parentTitle: string;
  /** The document is an endorsement agreement, which exists to buy the endorser's services. */
  endorsement: boolean;
  /** The document's subject is a brand (franchise, co-branding, trademark licence). */
  branding: boolean;
  /** The document varies an earlier deal (an amendment, a renewal, a side letter), where any departure is a give. */
  varies: boolean;
  /** The items a sentence ending in a colon opens: "may terminate immediately:" (a) on a breach, (b) on insolvency. */
  listedTriggers: readonly string[];
  /** The parties the sentence names, at offsets within it. */
  mentions: readonly SentenceMention[];
}

export const DEFINES = new RegExp(
  // A definition an amendment restates in quotes takes single quotes inside: ""'Discount' means …".
  '^\\s*(?:(?:and|or)\\s+)?(?:["“]?[\'‘][^\'’"”]{1,80}[\'’]|["“][^"”]{1,80}["”])' +
    '(?:\\s*(?:,|or|and)\\s*["“][^"”]{1,80}["”])*\\s+' +
    '(?:means|shall mean|has the meaning|have the meaning|is defined)|' +
    // Or a capitalised term unquoted: "Download is defined as retrieval of a full-text article, there will be no charge …".
    '^\\s*(?:(?:A|An|The)\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}\\s+(?:is|are|shall be) defined as\\b',
  'u',
);

/** Why a match is not a term, 'skip' when it is not even worth recording, or undefined. */
export function dismissal(
  candidate: Candidate,
  text: string,
  clause: Clause,
  facts: SentenceFacts,
): DismissReason | 'skip' | undefined {
  const { start, end } = candidate;
  return (
    cueSkips(candidate, text, facts) ??
    framing(candidate, text, clause, facts) ??
    negation(candidate, text, facts) ??
    scopeReason(candidate, text) ??
    baselineReason(candidate, clause, facts.flatText, flat(text.slice(start, end)), facts) ??
    // "… a 20% discount to its members": given to third parties, not to the other party.
    (candidate.type === 'concession' && thirdPartyBeneficiary.test(text.slice(end)) ? 'third-party' : undefined) ??
    remedyReason(candidate, text, clause, facts)
  );
}

/** Rights named by pointing back: what they are is said in the sentence before. */
const POINTER = /\b(?:these|such|those|the foregoing) rights\b/i;

/** 'skip' when the cue's own conditions fail: words it requires or excludes, figures that must rise or fall. */
function cueSkips({ cue, start, end }: Candidate, text: string, facts: SentenceFacts): 'skip' | undefined {
  if (cue.requires && !cue.requires.test(facts.flatText)) return 'skip';
  if (cue.inVariation && !facts.varies) return 'skip';
  if (cue.follows && !cue.follows.test(flat(facts.clauseBefore.slice(-300) + ' ' + text.slice(0, start))))
    return 'skip';
  // The items an enumeration carries on are read with it, unless one is given at will ("(i) for any reason").
  const rest = atWill.test(facts.flatText + facts.enumerationRest) ? '' : facts.enumerationRest;
  if (cue.unless && cue.unless.test(facts.flatText + rest)) return 'skip';
  // "You retain all moral rights … However, you waive these rights": a pointer reads its exclusions in the words before.
  if (cue.unless && POINTER.test(facts.flatText) && cue.unless.test(flat(facts.clauseBefore.slice(-300))))
    return 'skip';
  if (cue.leadIn && !cue.leadIn.test(facts.leadIn)) return 'skip';
  if (cue.otherObject && cue.otherObject.test(text.slice(end, end + 120))) return 'skip';
  const match = text.slice(start, end);
  if (cue.longerThan) {
    const [now, before] =
      cue.longerThan === 'standard before'
        ? [
            statedDays(match),
            standardBefore(facts.clauseBefore.slice(-300) + ' ' + text.slice(0, start)) ??
              periodSetBefore(facts.previousClause),
          ]
        : match
            .split(REPLACING)
            .map((part, i) =>
              i > 0 ? (replacedDays(part, text.slice(end, end + 24)) ?? statedLength(part)) : statedLength(part),
            );
    if (now === undefined || before === undefined || now <= before) return 'skip';
  }
  if (cue.fewerThan || cue.higherThan) {
    const [now, before] = statedFigures(match);
    if (now === undefined || before === undefined || (cue.fewerThan ? now >= before : now <= before)) return 'skip';
  }
  if (cue.minDays !== undefined) {
    const days = statedDays(match);
    const least = facts.varies ? cue.minDays : (cue.minDaysInOriginal ?? cue.minDays);
    if (days === undefined || days < least) return 'skip';
    // No longer than the rule the clause before sets: "7.1 … shall pay … within 45 days", "7.2 … may pay within 45 days".
    const rule = periodSetBefore(facts.previousClause);
    if (rule !== undefined && days <= rule) return 'skip';
  }
  const inCondition = facts.conditions.some((c) => c.start <= start && end <= c.end);
  if (cue.inCondition && !inCondition) return 'skip';
  return undefined;
}

/** The words that open a purpose, right before the match in its part. */
const PURPOSE = /^\W*(?:in order to|so as to|with a view to|for the purposes? of)\s*$/i;
const ASKED =
  /\b(?:(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|enquir(?:e|es|ed|ing)|inquir(?:e|es|ed|ing)|wonder(?:ed|ing)?) (?:whether|if)|(?:would|should)(?: also)? be grateful if|would (?:like|appreciate|welcome) (?:it )?if)\b/i;

/**
 * Capitalised words that run into the name of a document: "Exclusive Distribution Agreement". Not a
 * sentence in capitals that ends on "under this Agreement".
 */
const DOCUMENT_NAME =
  /^(?:\p{Lu}[\p{L}'’-]*\s+|(?:and|AND|&|of|OF)\s+){1,6}(?<!\b(?:THIS|This|THE|The|UNDER|Under|SUCH|Such|THAT|That)\s+)(?:Agreement|AGREEMENT|Contract|CONTRACT)\b/u;

/** The start of a law's, guide's or standard's title, in capitals up to where a match goes on with it. */
const NAMED_INSTRUMENT = new RegExp(
  '\\b(?:Guides?|Guidelines?|Act|Regulations?|Rules|Code|Directive|Standards?)' +
    "(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|on|of|for|the|and|in|to|Concerning|concerning)){0,8}\\s+$",
  'u',
);

/** A product's name just before a word: "GitHub Copilot ", not "The " nor "Each ". */
const PRODUCT_BEFORE =
  /(?<!\S)(?!(?:The|A|An|Any|Each|Every|This|That|These|Those|Such|Our|Your|Its|Their|All|No)\s)\p{Lu}[\p{L}\d-]*\s+$/u;

/** A sentence's opening phrase of time, up to its comma: "Prior to the release of any press release,", "Before issuing …,". */
const LEADING_OCCASION = /^\s*(?:prior to|before|following)\s(?:(?!\b(?:shall|will|may|must)\b)[^,;:]){1,200},/i;

/** An opening that sets the scene, up to its comma: "Although …,", "Because the go-live date had been allowed to slip …,". */
const CONCESSIVE_OPENING =
  /^\s*(?:although|though|even though|while|whilst|notwithstanding|because|since|given that)\b[^,;]{0,200},/i;

/** Words that grant nothing by where they stand: a recital, a definition, history, a pointer back, a condition's trigger. */
function framing(candidate: Candidate, text: string, clause: Clause, facts: SentenceFacts): DismissReason | undefined {
  const { cue, start, end } = candidate;
  const match = text.slice(start, end);
  if (clause.region === 'recitals') return 'recital';
  // Capitals set out disclaimers, statutes quoted in a rider and headings: no give-back is written so.
  if (candidate.type === 'benefit' && facts.capitals) return 'capitals';
  // "WHEREAS, North's name and likeness has commercial value …": a recital wherever the extraction put it.
  if (/^\W*(?:and\s+)?whereas\b/i.test(text)) return 'recital';
  // An extraction that runs the title into the recitals: "… AGREEMENT … WHEREAS, Rubicon desires to engage ISA as …".
  if (/\b(?:WHEREAS|Whereas),/.test(text.slice(0, start))) return 'recital';
  // A purpose states why, and grants nothing: "In order to lower the cost structure and increase the competitiveness".
  if (PURPOSE.test(text.slice(partStartOf(text, start), start))) return 'recital';
  // A question or a request grants nothing: "Could Hollin hold its 2026 prices for next year?", "to ask whether the
  // plates … could be waived" (the correspondence before the terms agreed).
  // A give-back asked for politely is still offered, at the other side's option ("We would be grateful if you would
  // consider acting as a reference"): read as optional, not set aside.
  if (
    candidate.type === 'concession' &&
    (/\?\W*$/.test(text) || ASKED.test(text.slice(partStartOf(text, start), start)))
  )
    return 'recital';
  if (facts.isDefinition) return 'definition';
  // "… in place of the thirty (30) days previously provided" names the old term being replaced, not history.
  // History in a concessive opening ("Although Customer had been offered net 30 …, Provider hereby waives …") sets the
  // scene; the grant after it stands.
  const partStart = partStartOf(text, start);
  const openingFound = CONCESSIVE_OPENING.exec(text.slice(partStart, start));
  // Only an opening a grant follows: not one cut at a comma inside the history itself.
  const opening =
    openingFound && /\b(?:shall|will|hereby|agrees?)\b/i.test(text.slice(partStart + openingFound[0].length, start))
      ? openingFound
      : null;
  const around = text.slice(partStart + (opening?.[0].length ?? 0), Math.min(text.length, end + 40));
  if (history.test(around.replace(replacedTerm, (m) => ' '.repeat(m.length)))) return 'recital';
  if (facts.references.some((r) => r.start <= start && end <= r.end && !madeInTyingWords(text.slice(r.start, r.end))))
    return 'reference';
  // "the Federal Trade Commission's Guidelines on Endorsements and Testimonials": the title of a law or guide.
  if (/^\p{Lu}/u.test(match) && NAMED_INSTRUMENT.test(text.slice(Math.max(0, start - 80), start))) return 'reference';
  // "THIS … EXCLUSIVE AGENCY AND MARKETING AGREEMENT by and between": the name of a document grants nothing.
  if (DOCUMENT_NAME.test(text.slice(start, start + 120))) return 'reference';
  // "For GitHub Copilot Free users": a plan's name, after the product's, prices nothing.
  if (
    /^Free\s+(?:users?|plans?|tiers?|accounts?)\b/.test(match) &&
    PRODUCT_BEFORE.test(text.slice(Math.max(0, start - 40), start))
  )
    return 'reference';
  // "During the period of that extended warranty": a term named again, not granted again.
  // "Such fees shall not exceed …" caps what "such" points at: the limit is new.
  if (!cue.capsWhatItNames && pointsBack.test(text.slice(Math.max(0, start - 40), start))) return 'reference';
  // "… revoking Customer's right to receive such rebate": the pointer inside the match names it again.
  if (cue.noun && /\b(?:such|said)\s+(?:[\w-]+\s+)?[\w-]+$/i.test(match)) return 'reference';
  if (cue.noun && facts.definedNouns && insideDefinedTerm(text, start, end, facts.definedNouns)) return 'reference';
  // "Prior to the release of any press release, the releasing party shall seek approval": the occasion, not a grant.
  const occasion = LEADING_OCCASION.exec(text);
  if (occasion && end <= occasion[0].length) return 'condition';
  // "If Arbor offers another customer a lower fee, …": a concession named in a condition is its trigger.
  // A trailing proviso ("…, provided that expenses are capped at 5%") is a term of its own.
  // A proviso split off after a semicolon ("; provided that Erchonia agrees that prices shall not be increased") stands alone.
  // So is one that binds ("provided that any increase … shall not exceed 2.5%, and any decrease … applied in full").
  const proviso = (c: Span): boolean =>
    (text.slice(c.end).trim().length <= 1 && (c.start > 0 || /^\s*provided\b/i.test(text))) ||
    (/^\W*provided,?\s+(?:however,?\s+)?that\b/i.test(text.slice(c.start, c.start + 40)) &&
      /\b(?:shall|will|must)\s+not\s+exceed\b/i.test(text.slice(c.start, c.end)));
  const leading = facts.conditions.find((c) => c.start <= start && end <= c.end && !proviso(c));
  // A cue read only in a condition ("if Customer elects to terminate …, it shall give notice") is not its trigger.
  if (candidate.type === 'concession' && leading && !cue.inCondition) return 'condition';
  return undefined;
}

/**
 * Tying words whose object is a commitment made there, not one made elsewhere: "In exchange for Customer's
 * commitment to the full 36-month Subscription Term" (but not "… commitment under Section 5.2").
 */
function madeInTyingWords(zone: string): boolean {
  return (
    /(?:'s|’s) (?:commitment|agreement|undertaking|promise) to\b/.test(zone) &&
    !/\b(?:Sections?|[Cc]lauses?|[Pp]aragraphs?|Articles?|Schedules?|Exhibits?|above|below|here(?:in|under|of))\b/.test(
      zone,
    )
  );
}

/** 'negated' when the sentence, its lead-in or its list denies what the match says. */
function negation({ cue, start, end }: Candidate, text: string, facts: SentenceFacts): DismissReason | undefined {
  if (isNegated(text, start, end, cue, facts.taken)) return 'negated';
  const withBefore = facts.clauseBefore + text;
  const at = facts.clauseBefore.length + start;
  if (!cue.negative && (facts.negatedParent || negatedItem(withBefore, at) || negatedAcrossList(text, start)))
    return 'negated';
  // A lead-in without a colon negates even a phrase worded negatively ("will not use … in a manner that could (b) require … free of charge").
  if (negatedEnumeration(withBefore, at)) return 'negated';
  return undefined;
}

/**
 * 'remedy' when the match is the standard answer to a failure. A phrase's own words ("at no
 * additional cost") do not make it more than the standard remedy; a raise in the phrase
 * ("credits … shall be doubled") does. Read in the term's own part of the sentence: "(i) at any
 * time on six months' notice, (ii) on a breach" holds two rights.
 */
function remedyReason(
  { cue, start, end }: Candidate,
  text: string,
  clause: Clause,
  facts: SentenceFacts,
): DismissReason | undefined {
  if (!cue.remedyProne) return undefined;
  const window = remedyWindow(text, start, end, facts.clauseBefore).replace(whileNotInDefault, ' ');
  if (cue.kind === 'exit-flexibility' && (followsHeadContract.test(window) || licenceLost.test(window)))
    return 'remedy';
  if (cue.kind === 'exit-flexibility' && noCauseNeeded.test(window) && !/\bfor cause\b/i.test(window)) return undefined;
  // The holder's own shortfall is a way out, not a remedy: "DIALOG may terminate … in the event that DIALOG fails to …".
  if (cue.kind === 'exit-flexibility' && ownTrigger(text, start, end, facts.mentions)) return undefined;
  const standard = !voluntary.test(text);
  if (
    standard &&
    remedy.test(window) &&
    !beyondStandard.test(cue.negative ? text.slice(0, start) + text.slice(end) : window)
  )
    return 'remedy';
  const title = titleOf(clause, facts.clauseHead);
  const titled = remedyTitle.test(title) || remedyTitle.test(facts.parentTitle);
  // "8.4 Effects of Termination … Franchisor shall have the right to suspend the performance": after the exit, not one.
  if (cue.kind === 'exit-flexibility' && [title, facts.clauseHead, facts.parentTitle].some((t) => afterTheEnd.test(t)))
    return 'remedy';
  if (standard && titled && !beyondStandard.test(window)) return 'remedy';
  // "Either party may terminate … immediately:" (a) on an uncured breach, (b) on insolvency: each item a failure, the exit a remedy.
  if (facts.listedTriggers.length && facts.listedTriggers.every((item) => remedy.test(item) && !atWill.test(item)))
    return 'remedy';
  return undefined;
}

/** What the words around a match make of it: a status lost, an agreement to agree, a right exercised, a representation, a name. */
function scopeReason({ type, start, end, cue }: Candidate, text: string): DismissReason | undefined {
  const partStart = partStartOf(text, start);
  const partBefore = flat(text.slice(partStart, start));
  // Before it ("ceases to be the exclusive supplier"), or after it: "the exclusive supplier rights granted pursuant to
  // this Article 2 shall become non-exclusive".
  if (statusLost.test(partBefore) || statusLostAfter.test(flat(text.slice(end, end + 200)))) return 'negated';
  if (agreementToAgree.test(partBefore) || onMutualAgreement.test(flat(text.slice(0, start)))) return 'discretionary';
  if (exercisedRight.test(partBefore) || countedTowards.test(partBefore)) return 'reference';
  if (type === 'benefit' && representation.test(flat(text.slice(partStart, end)))) return 'reference';
  const other = underOtherAgreement.exec(text.slice(start, end + 200));
  if (other && other.index <= end - start) return 'reference';
  // "Customer's right to receive the rebate … as provided under Section 5 may not be revoked": named, with no verb giving it.
  if (
    !/\b(?:shall|will|must|may|agrees?|hereby|grants?|is|are)\b/i.test(partBefore + text.slice(start, end)) &&
    (namedElsewhere.test(text.slice(end, end + 100)) ||
      (/\bthe\s*$/i.test(partBefore) && placedElsewhere.test(text.slice(end, end + 40))))
  )
    return 'reference';
  // The object of a preposition, placed in another clause: "… sits within the price hold in point 1".
  if (
    (cue.noun || !/\b(?:shall|will|may|must|agrees?|hereby)\b/i.test(text.slice(start, end))) &&
    /\b(?:within|under|per|of|from|with|by|beyond|outside)\s+the\s*$/i.test(partBefore) &&
    placedElsewhere.test(text.slice(end, end + 40))
  )
    return 'reference';
  // "… the Exclusive Agency and Marketing Agreement": a document's name, not a grant.
  if (
    /^(?:\s+(?:and|&)\s+[A-Z][\w-]*)*\s+Agreement\b/.test(text.slice(end, end + 60)) &&
    /^[A-Z]/.test(text.slice(start, end))
  )
    return 'reference';
  return undefined;
}
