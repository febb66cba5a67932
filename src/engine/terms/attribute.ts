/**
 * Terms, second pass: who grants each match the first pass kept (read.ts) and to whom, whether a
 * give-back binds, and which matches stand: a right to concede is no concession, a part goes with
 * the term it belongs to, a sentence holds one term of a kind unless its items are distinct. Run
 * with the parties as found, and again once the terms have shown who is paid.
 */
import type { Benefit, BenefitKind, Concession, ConcessionKind, Dismissed, Party, Term } from '../model.js';
import { callsOn, callsOnBefore, leftToChoice, needsConsent, optional, requires } from '../lexicons/language.js';
import { PERMITTED_USE, RECEIVING, benefitParties, concessionParties } from './grantor.js';
import type { Placed, Reading, SentenceReading } from './read.js';
import { SWALLOWING, documentFacts } from './setAside.js';
import type { Candidate, Detected, TermInput } from './types.js';
import { partStartOf, separateItems } from './zones.js';

/** What a payer's free supply must not name to be an input to the work: services and support given free are extra scope. */
const SCOPE_WORDS = /\b(?:services?|support|training|hours|licen[cs]es|seats|users|upgrades|consulting|maintenance)\b/i;
/**
 * The work a free supply is for, which must be said and names the services without giving any: "products to be used
 * in connection with the Services", "Study Drug … in quantities sufficient to complete the Study". Not the
 * recipient's own purposes: "1000 samples … free of charge to ENERGOUS for the purposes of evaluation and demonstration".
 */
const FOR_THE_WORK =
  /\b(?:(?:(?:to be )?used |for use )?(?:in connection with|for the purposes? of(?! (?:evaluation|demonstration|testing|marketing|promotion|resale|sale|evaluating|demonstrating)\b))|sufficient to (?:complete|perform|conduct|carry out)|(?:required|needed|necessary) (?:for|to perform|to complete))\b[^.;]*/i;

/** The terms of the sentences read, with `parties` granting them. Ids count from c1 and b1. */
export function attributeTerms(
  read: readonly SentenceReading[],
  input: TermInput,
  parties: readonly Party[],
): Detected {
  const withParties = { ...input, parties };
  // In a deal that buys promotion, the promotion the paid party gives is the deal, not a give-back.
  const promoter = documentFacts(input.text).promotion ? parties.find((p) => p.side === 'payee')?.id : undefined;
  // What the party that pays supplies free for the work it buys (study drug, products to use in the services) is no extra
  // scope: no price in the contract charges for it (LABELS.md). Only where the sentence says what work it is for.
  const payer = parties.find((p) => p.side === 'payer')?.id;
  const terms: Term[] = [];
  const dismissed: Dismissed[] = [];
  const byClause = new Map<number, Term[]>();
  for (const sentence of read) {
    const clause = input.sentences[sentence.index]!.clause;
    const earlier = byClause.get(clause) ?? [];
    for (const item of attributeSentence(withParties, sentence, earlier, promoter, payer)) {
      if ('reason' in item) dismissed.push(item);
      else {
        terms.push(item);
        earlier.push(item);
      }
    }
    byClause.set(clause, earlier);
  }
  let c = 0;
  let b = 0;
  for (const term of terms) term.id = term.type === 'concession' ? `c${++c}` : `b${++b}`;
  return { terms, dismissed };
}

/** The sentence's terms, in lexicon order, and what was set aside and why. */
function attributeSentence(
  input: TermInput,
  { text, readings }: SentenceReading,
  earlierInClause: readonly Term[],
  promoter: string | undefined,
  payer: string | undefined,
): (Term | Dismissed)[] {
  const results: (Term | Dismissed)[] = [];
  const accepted: Term[] = [];
  const dismissedAs = ({ candidate, span }: Reading, reason: Dismissed['reason']): Dismissed => ({
    ...span,
    type: candidate.type,
    kind: candidate.cue.kind,
    cue: candidate.cue.id,
    reason,
  });
  for (const [i, reading] of readings.entries()) {
    const { candidate, placed } = reading;
    const { cue } = candidate;
    if (!placed) {
      results.push(dismissedAs(reading, reading.reason!));
      continue;
    }
    // "No early termination fee shall be payable" belongs to the exit right it sits with.
    // A part of a term set aside (an exit on the other side's failure) goes with it.
    const setAside = results.filter((r) => 'reason' in r && SWALLOWING.has(r.reason));
    if (
      cue.partOf &&
      [...accepted, ...earlierInClause, ...setAside].some((t) => (cue.partOf as string[]).includes(t.kind))
    )
      continue;
    const same = accepted.find((t) => t.type === candidate.type && t.kind === cue.kind);
    // Distinct items of one kind in a sentence ("three places at no cost and an engineer, free of charge").
    const sameMatch = readings
      .slice(0, i)
      .reverse()
      .find(
        ({ candidate: c }) => c.type === candidate.type && c.cue.kind === cue.kind && c.end <= candidate.start,
      )?.candidate;
    if (same && !(cue.countable && sameMatch && separateItems(text, sameMatch.end, candidate.start))) continue;
    const { term, discretionary } = attribute(input, candidate, text, placed);
    // "The Servicer may waive late charges": a right to concede is not a concession.
    if (discretionary) {
      results.push(dismissedAs(reading, 'discretionary'));
      continue;
    }
    // Products the buyer supplies free to the promoter (apparel to wear, goods to show) are part of the price.
    const bought =
      term.type === 'benefit'
        ? term.kind === 'publicity' && term.by === promoter
        : term.kind === 'free-scope' && term.to === promoter;
    const suppliedForTheWork =
      term.type === 'concession' &&
      term.kind === 'free-scope' &&
      payer !== undefined &&
      term.by === payer &&
      FOR_THE_WORK.test(text) &&
      !SCOPE_WORDS.test(text.replace(FOR_THE_WORK, ' '));
    if ((promoter !== undefined && bought) || suppliedForTheWork || paidByRecipient(term, reading)) {
      results.push(dismissedAs(reading, 'baseline'));
      continue;
    }
    accepted.push(term);
    results.push(term);
  }
  return results;
}

/**
 * Work done "at SutroVax's sole expense" for SutroVax is paid for, whoever does it: the match names its recipient
 * as the one who bears the cost.
 */
function paidByRecipient(term: Term, { span, placed }: Reading): boolean {
  return (
    term.type === 'concession' &&
    term.kind === 'free-scope' &&
    placed!.usable.some((m) => m.possessive && m.party === term.to && m.start >= span.start && m.end <= span.end)
  );
}

/** The term a placed match makes with the parties: who grants it to whom, and whether it binds. */
function attribute(
  input: TermInput,
  candidate: Candidate,
  text: string,
  { term: span, value, subject, usable, inCondition }: Placed,
): { term: Term; discretionary: boolean } {
  const sentence = input.sentences[candidate.sentence]!;
  const { cue } = candidate;
  const base = {
    id: '',
    start: span.start,
    end: span.end,
    clause: sentence.clause,
    sentence: candidate.sentence,
    cue: cue.id,
    anchor: sentence.start + candidate.start,
    value,
  };
  if (candidate.type === 'concession') {
    const { by, to } = concessionParties(input, cue, text, sentence.start, candidate, subject, usable);
    const concession: Concession = { ...base, type: 'concession', kind: cue.kind as ConcessionKind, by, to };
    // A little past the match's start: its own "may" counts, and "may not" is no permission.
    const whole = subject
      ? text.slice(subject.end - sentence.start, candidate.start + 20)
      : text.slice(partStartOf(text, candidate.start), candidate.start + 20);
    // A proviso binds of its own: "Provider may increase the fee …, provided that such increase may not exceed 20%".
    const proviso = whole.search(/\bprovided,? (?:however,? )?that\b/i);
    const governing = proviso >= 0 ? whole.slice(proviso) : whole;
    // Only the grantor's own "may" makes it discretionary: "Subtenant may use … at no charge" is a grant.
    const discretionary =
      cue.subject !== 'recipient' &&
      (!subject || subject.party === by) &&
      /(?<!\bas )\bmay\b(?!\s+not)/.test(governing) &&
      !RECEIVING.test(governing) &&
      !(!subject && PERMITTED_USE.test(governing)) &&
      by !== 'both';
    return { term: concession, discretionary };
  }
  const { by, to, receiverSubject } = benefitParties(input, cue, text, sentence.start, candidate, subject, usable);
  const partStart = subject && !receiverSubject ? subject.end - sentence.start : partStartOf(text, candidate.start);
  // "You agree that we may identify Pellworth as a client": the permission is given, so it binds.
  const governing = text
    .slice(partStart, candidate.end)
    .replace(/(\b(?:agrees?|consents?|accepts?) that\b[^.;]{0,60}?\b)may\b/gi, '$1shall');
  // "Provider may identify Customer … and use Customer's logo": the receiver's "may" is the form a permission
  // takes, and it binds the party that gave it, unless it still waits on that party's consent. "Each party may
  // use the other's name" is a permission each gives.
  const permission = (receiverSubject || subject?.party === 'both') && cue.usePermission === true;
  const asked = permission ? governing.replace(/\bmay\b/i, 'shall') : governing;
  // Called on by the receiver ("Provider may require Customer to …", "may request that Customer participate"): a
  // requirement binds, a request does not.
  const lead = subject
    ? text.slice(partStartOf(text, subject.start - sentence.start), subject.start - sentence.start)
    : '';
  const calledThat = callsOnBefore.test(lead);
  const called = (receiverSubject && callsOn.test(governing)) || calledThat;
  const optionalForGiver = called
    ? !requires.test(calledThat ? lead : governing)
    : optional.test(asked) ||
      leftToChoice.test(text.slice(0, candidate.start)) ||
      // The consent it waits on may follow it: "… use Customer's name in its customer list with Customer's prior written consent".
      (permission && needsConsent.test(governing + text.slice(candidate.end).split(/;|\.\s/)[0]!)) ||
      (receiverSubject && !permission && /(?<!\bas )\bmay\b/.test(governing));
  // The price of a right binds whoever exercises it, however optional the right: "may terminate … and paying the termination charges".
  const binding = inCondition || cue.prices !== undefined || !optionalForGiver;
  const benefit: Benefit = {
    ...base,
    type: 'benefit',
    kind: cue.kind as BenefitKind,
    by,
    to,
    binding,
    condition: inCondition,
    ...(cue.prices ? { prices: cue.prices as ConcessionKind } : {}),
  };
  return { term: benefit, discretionary: false };
}
