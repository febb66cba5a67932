/**
 * The terms a party is defined by where its name is given: `("Biocept")`, `(the "Company" or
 * "we")`, `(hereinafter called "MLX", or "Party")`, `('Distributor')`, `(hereinafter IntriCon)`,
 * `referred to in this Agreement as "Sponsor" or "Cano"`.
 */
import { notPartyTerms } from './lexicons/roles.js';

export interface AliasSpan {
  term: string;
  start: number;
  end: number;
}

const PRONOUN = /^(?:we|us|our|you|your)$/i;
const DOUBLE_QUOTED = /(?:["“]|'')([^"“”\n]{1,60}?)(?:["”]|'')/g;
const SINGLE_QUOTED = /(?:^|[\s(,])['‘]([^'‘’\n]{1,60}?)['’](?=[\s),;]|$)/g;
/** `(hereinafter IntriCon)`, `(hereinafter referred to as MORPHO)`: a definition without quotes. */
const UNQUOTED = /^\s*(?:the\s+)?(?:hereinafter|hereafter|HEREINAFTER|HEREAFTER|Hereinafter|Hereafter)\s+(?:(?:referred\s+to|called|defined|designated|known)\s+(?:as\s+)?)?(?:the\s+)?([\p{Lu}\d][\p{L}\d&.'’ -]{0,40}?)\s*$/u;
/** A parenthesis that names a group of parties, not one: `(collectively, the "Borrowers")`, `(each a "Party")`. */
const COLLECTIVE = /^\s*(?:collectively|together|each|both|individually|jointly|severally)\b/i;
/** `referred to in this Agreement as "Company" or "Boyd"`, `hereinafter "Licensor"`, outside parentheses. */
const CALLED = /\b(?:(?:hereinafter|hereafter|herein)\s+)?(?:referred\s+to|called|designated|known|defined)\s+(?:(?:herein|hereinafter|hereafter|in\s+this\s+(?:[Aa]greement|[Cc]ontract))\s+)?as\s+(?:the\s+)?(?=["“])|\b(?:hereinafter|hereafter)\s+(?=["“])/gi;
/** A date, a term, the document: defined in a preamble, never a party. */
const NOT_AN_ALIAS = /\b(?:date|agreement|contract|term|effective|amendment)\b/i;

/** The aliases and pronouns defined between `from` and `to`, outside nested parentheses. */
export function entryAliases(prose: string, from: number, to: number): { aliases: AliasSpan[]; pronouns: string[] } {
  const aliases: AliasSpan[] = [];
  const pronouns: string[] = [];
  const add = (raw: string, at: number): void => {
    const term = raw.replace(/\s+/g, ' ').replace(/^(?:the|The|THE)\s+/, '').replace(/[,.;:\s]+$/, '').trim();
    if (!term || notPartyTerms.test(term) || NOT_AN_ALIAS.test(term)) return;
    if (PRONOUN.test(term)) {
      if (!pronouns.includes(term.toLowerCase())) pronouns.push(term.toLowerCase());
      return;
    }
    if (!aliases.some((a) => a.term === term)) aliases.push({ term, start: at, end: at + raw.length });
  };
  for (const [start, end] of parentheses(prose, from, to)) {
    const inner = prose.slice(start, end);
    if (COLLECTIVE.test(inner)) continue;
    quotedIn(inner, start, add);
  }
  const text = prose.slice(from, to);
  for (const m of text.matchAll(CALLED)) {
    const at = m.index + m[0].length;
    // The quoted terms that follow: `"Company" or "Boyd"`.
    const list = /^(?:["“][^"“”\n]{1,60}["”](?:\s*,?\s*(?:or|and)?\s*(?:the\s+)?(?=["“]))?){1,4}/.exec(text.slice(at, at + 200));
    if (list) quotedIn(list[0], from + at, add);
  }
  return { aliases, pronouns };
}

function quotedIn(inner: string, offset: number, add: (raw: string, at: number) => void): void {
  let any = false;
  for (const q of inner.matchAll(DOUBLE_QUOTED)) {
    add(q[1]!, offset + q.index + 1);
    any = true;
  }
  if (any) return;
  for (const q of inner.matchAll(SINGLE_QUOTED)) {
    add(q[1]!, offset + q.index + q[0].indexOf(q[1]!));
    any = true;
  }
  if (any) return;
  const bare = UNQUOTED.exec(inner);
  if (bare) add(bare[1]!, offset + inner.indexOf(bare[1]!));
}

/** The insides of the outermost parentheses between `from` and `to`. */
function parentheses(prose: string, from: number, to: number): [number, number][] {
  const found: [number, number][] = [];
  let depth = 0;
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = prose[i];
    if (c === '(') {
      if (depth++ === 0) open = i + 1;
    } else if (c === ')' && depth > 0 && --depth === 0) {
      found.push([open, i]);
    }
  }
  return found;
}
