/**
 * Contracts that define no party anywhere (a PDF's cover pages lost, an outsourcing schedule filed
 * alone): the parties are the names the text has act as parties do, "Datec will …", "BSP shall …".
 * Two names that each act often, and far more than any other, are the two sides.
 */
import { roleOf } from '../lexicons/roles.js';
import type { Candidate } from './candidates.js';

/** How often a name must act to be taken for a party. */
const ACTS_MIN = 5;
/** The second side must act at least this share as often as the first: a third party acts now and then. */
const SHARE_MIN = 0.2;
/** A third name acting at least this share as often as the second makes the sides uncertain. */
const THIRD_MAX = 0.5;

/** Words that open a clause before its subject: "If Datec shall …", "Upon request, BSP will …". */
const OPENING = ['The', 'If', 'When', 'Where', 'Upon', 'Unless', 'Should', 'Once', 'Until', 'While', 'After', 'Before'];

/** A capitalised name of one or two words ("The BSP" is BSP) as the subject of a party's modal or promise. */
const ACTOR = new RegExp(
  String.raw`(?<![\p{L}\d&'’.-])(?:(?:${OPENING.join('|')})\s+)?` +
    String.raw`(\p{Lu}[\p{L}\d&'’-]*(?:\s\p{Lu}[\p{L}\d&'’-]*)?)` +
    String.raw`\s+(?:shall|will|must|may|agrees|undertakes|warrants)\b`,
  'gu',
);

/** Words that open a sentence or name a thing, never a party: "This Agreement will", "Each Party shall". */
const NOT_A_NAME = new RegExp(
  `^(?:${[
    'This|That|These|Those|Each|Either|Neither|Both|Such|Any|All|No|None|Nothing|It|They|We|You|He|She|There',
    'Notices?|Payments?|Agreement|Party|Parties|Services?|Section|Clause|Schedule|Exhibit|Annex|Appendix|Term',
    'Fees?|Charges?|Invoices?|Prices?',
    'January|February|March|April|May|June|July|August|September|October|November|December',
  ].join('|')})\\b`,
);

/** The two names that act as the contract's parties, where no party is defined; none when it cannot be told. */
export function actingParties(prose: string): Candidate[] {
  const counts = new Map<string, number>();
  for (const [, name] of prose.matchAll(ACTOR)) {
    if (NOT_A_NAME.test(name!) || roleOf(name!)) continue;
    counts.set(name!, (counts.get(name!) ?? 0) + 1);
  }
  const [first, second, third] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || !second || second[1] < ACTS_MIN || second[1] < first[1] * SHARE_MIN) return [];
  if (third && third[1] >= second[1] * THIRD_MAX) return [];
  return [first, second].map(([name]) => ({ name, aliases: [name], pronouns: [] }));
}
