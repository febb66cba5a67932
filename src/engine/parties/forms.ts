/**
 * Standard forms a company writes to its reader ("your participation in GitHub's Marketplace"):
 * where only the reader is defined, the writer is the other side. It is the company the title
 * names ("GitHub Marketplace Developer Agreement") that the text has act as a party does
 * ("GitHub may …", "GitHub will …").
 */
import type { Clause } from '../model.js';
import { roleOf } from '../lexicons/roles.js';
import type { Candidate } from './candidates.js';

/** How often the writer must act in the text before it is taken for a party. */
const ACTS_MIN = 3;

/** Words a title names the document by, never its writer: "This Agreement will …". */
const DOCUMENT_NOUN =
  /^(?:Agreement|Terms|Policy|Policies|Program|Programme|Services?|Marketplace|Conditions|Addendum|Schedule|Order|Licen[cs]e|Statement|Notice|Guidelines|Rules)$/;

/** The writer of a form whose one party found is its reader ("you"), when the title names it. */
export function formWriter(
  prose: string,
  clauses: readonly Clause[],
  frontMatter: string | undefined,
  known: readonly Candidate[],
): Candidate | undefined {
  const title = titleOf(prose, clauses, frontMatter);
  if (!title) return undefined;
  const taken = new Set(known.flatMap((c) => [c.name ?? '', ...c.aliases]).map((a) => a.toLowerCase()));
  let best: { name: string; acts: number } | undefined;
  for (const [word] of title.matchAll(/\b\p{Lu}[\p{L}\d&.-]*\p{L}/gu)) {
    if (taken.has(word.toLowerCase()) || roleOf(word) || DOCUMENT_NOUN.test(word)) continue;
    const acts = countActs(prose, word);
    if (acts >= ACTS_MIN && (!best || acts > best.acts)) best = { name: word, acts };
  }
  if (!best) return undefined;
  const speaksAsWe = countActs(prose, 'we') >= ACTS_MIN;
  return { name: best.name, aliases: [best.name], pronouns: speaksAsWe ? ['we', 'us', 'our'] : [], rank: 1 };
}

/** The document's title: front matter `title:`, its first heading, or its first line. */
function titleOf(prose: string, clauses: readonly Clause[], frontMatter: string | undefined): string | undefined {
  const fromFrontMatter = frontMatter && /^title:\s*["']?([^"'\n]{1,120})/m.exec(frontMatter)?.[1];
  if (fromFrontMatter) return fromFrontMatter;
  const heading = clauses.find((c) => c.kind === 'heading');
  if (heading) return prose.slice(heading.textStart, Math.min(heading.textEnd, heading.textStart + 120));
  return /^\s*([^\n]{1,120})/.exec(prose)?.[1];
}

/** How many times a name is the subject of a party's verb: "GitHub may", "GitHub will not". */
function countActs(prose: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const acts = new RegExp(
    // "GitHub may", not "This Agreement may": a name, not a noun after an article.
    `(?<!\\b(?:[Tt]his|[Tt]he|[Ss]uch|[Tt]hese|[Tt]hat|[Ee]ach|[Aa]ny)\\s+)\\b${escaped}\\s+(?:may|will|shall|must|can|reserves|agrees|is entitled|has the right|retains)\\b`,
    name === 'we' ? 'gi' : 'g',
  );
  let count = 0;
  for (acts.lastIndex = 0; acts.exec(prose) && count < ACTS_MIN + 50;) count++;
  return count;
}
