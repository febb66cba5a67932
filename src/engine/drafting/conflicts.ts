/**
 * What in the contract an ask would contradict as drafted: a clause that bars using the other
 * party's name without its consent. A give-back that grants that use (a reference, a testimonial,
 * logo use) is the consent, so the draft says "notwithstanding" that clause, as a lawyer would.
 * Read once per review.
 */
import type { Clause, Sentence } from '../model.js';
import type { Ask } from '../lexicons/drafts.js';

/** The asks that use a party's name, and so meet a bar on using it. */
const USES_NAME: ReadonlySet<Ask> = new Set<Ask>(['reference', 'testimonial', 'publicity']);

/**
 * A bar on using or naming the other party without its consent: "Neither party shall use the name,
 * trademarks or logos of the other party … without the prior written consent of the other",
 * "shall not refer to the other party in any customer list … without its consent".
 */
const NAME_BAR = new RegExp(
  '\\b(?:(?:shall|will|may|must) not|neither (?:party|of them)\\b[^.;]{0,60}?\\b(?:shall|will|may))\\b[^.;]{0,160}?' +
    // A name or mark used, or the other party referred to; not its Confidential Information.
    '\\b(?:(?:use|mention|list|identify|display)\\b[^.;]{0,80}?\\b(?:names?|trade ?marks?|logos?|marks)\\b|refer to the other)' +
    '[^.;]{0,320}?\\b(?:without|except with|unless (?:it has )?(?:first )?(?:obtained|received))\\b[^.;]{0,60}?' +
    '\\b(?:consent|approval|permission)\\b',
  'i',
);

const barsBy = new WeakMap<readonly Sentence[], Clause | null>();

/** The clause that bars using a party's name without consent, if the contract has one. */
function nameBar(text: string, clauses: readonly Clause[], sentences: readonly Sentence[]): Clause | undefined {
  let found = barsBy.get(sentences);
  if (found === undefined) {
    const sentence = sentences.find((s) => NAME_BAR.test(text.slice(s.start, s.end).replace(/\s+/g, ' ')));
    found = sentence ? clauses[sentence.clause]! : null;
    barsBy.set(sentences, found);
  }
  return found ?? undefined;
}

/** The clause an ask would contradict unless it says "notwithstanding" it. */
export function barredBy(
  ask: Ask,
  source: { text: string; clauses: readonly Clause[]; sentences: readonly Sentence[] },
): Clause | undefined {
  return USES_NAME.has(ask) ? nameBar(source.text, source.clauses, source.sentences) : undefined;
}
