/** A drafted give-back for the client's commands (hover links, the report's buttons, Insert Give-Back…). */
import { chooseGiver, placements, planGiveBack, type Review } from '../engine/index.js';
import type { GiveBackDraft, GiveBackParams } from './protocol.js';

export function draftGiveBack(
  review: Review,
  { concession, kind, title, giver }: GiveBackParams,
): GiveBackDraft | null {
  const suggestions =
    review.findings.find((f) => f.concession === concession)?.suggestions?.filter((s) => s.kind === kind) ?? [];
  const suggestion = suggestions.find((s) => s.title === title) ?? suggestions[0];
  if (!suggestion) return null;
  const askParty = !!suggestion.askParty && review.parties.length > 0;
  const chosen = giver && review.parties.some((p) => p.id === giver);
  const template = chosen ? chooseGiver(review, concession, suggestion, giver) : suggestion.template;
  const insertion = planGiveBack(review, concession, { template }, placements(review, concession)[0]);
  return { template, askParty, ...(insertion ? { insertion } : {}) };
}
