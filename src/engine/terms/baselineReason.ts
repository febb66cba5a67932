/** The deal itself, which no term departs from: a match set aside as the baseline (part of setAside.ts's reasons). */
import type { Clause, DismissReason } from '../model.js';
import { accountClosure, endsWithPaidPeriod, exclusiveDistribution, productBranding } from '../lexicons/language.js';
import { endUserExit, offeredToOthers, serviceItself } from '../lexicons/baseline.js';
import type { SentenceFacts } from './setAside.js';
import type { Candidate } from './types.js';
import { flat, titleOf } from './words.js';

/** The deal itself, which no term departs from (LABELS.md: "the deal's own economics are the baseline"). */
export function baselineReason(
  { cue }: Candidate,
  clause: Clause,
  sentence: string,
  match: string,
  facts: SentenceFacts,
): DismissReason | undefined {
  // A party's marks licensed or used to market the goods the deal is about.
  if (cue.kind === 'publicity' && productBranding.test(sentence)) return 'baseline';
  // Where the deal is about a brand, showing and using the marks is the deal (franchise signage, co-branded pages).
  if (cue.id === 'publicity.name-logo' && facts.branding) return 'baseline';
  if (cue.kind === 'exit-flexibility' && (accountClosure.test(sentence) || endsWithPaidPeriod.test(sentence)))
    return 'baseline';
  // A discount in what a promotion offers its audience prices nothing between the parties.
  if (cue.kind === 'discount' && offeredToOthers.test(sentence)) return 'baseline';
  if (cue.kind === 'exit-flexibility' && endUserExit.test(sentence)) return 'baseline';
  // A cap inside a limitation of liability caps liability, not a price.
  if (cue.kind === 'price-protection' && /\bliabilit(?:y|ies)\b/i.test(titleOf(clause, facts.clauseHead)))
    return 'baseline';
  // What an endorsement buys: the endorser's testimonials and name, with products for the endorser's use.
  if (facts.endorsement && (cue.kind === 'testimonial' || cue.kind === 'free-scope' || cue.kind === 'publicity'))
    return 'baseline';
  // Appointing an exclusive distributor is what a distribution agreement does; an amendment that
  // makes a distributor exclusive gives something new.
  if (cue.kind === 'exclusivity' && !facts.varies && exclusiveDistribution.test(match)) return 'baseline';
  // "These materials shall be provided at no cost": what they point back to is the service itself.
  if (
    cue.kind === 'free-scope' &&
    /^\s*(?:these|such|the foregoing|all such)\b/i.test(sentence) &&
    serviceItself.test(flat(facts.clauseBefore).toLowerCase())
  )
    return 'baseline';
  // "… free of charge. Such education forms part of the product support priced into the Contract Prices."
  const next = flat(facts.clauseAfter).split(/(?<=[.;])\s/)[0] ?? '';
  if (
    cue.kind === 'free-scope' &&
    /^\s*(?:such|this|these|that|the|both|they|it|which)\b/i.test(next) &&
    serviceItself.test(next.toLowerCase())
  )
    return 'baseline';
  return undefined;
}
