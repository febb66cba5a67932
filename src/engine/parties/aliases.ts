/**
 * The terms a party is defined by where its name is given: `("Biocept")`, `(the "Company" or
 * "we")`, `(hereinafter called "MLX", or "Party")`, `('Distributor')`, `(hereinafter IntriCon)`,
 * `referred to in this Agreement as "Sponsor" or "Cano"`.
 */
import { notPartyTerms, roleOf } from '../lexicons/roles.js';
import { charsOf, trimWhere } from '../trim.js';
import { readName, type NameSpan } from '../names.js';

export interface AliasSpan {
  term: string;
  start: number;
  end: number;
}

const PRONOUN = /^(?:we|us|our|you|your)$/i;
const TERM_END = charsOf(',.;:\\s');
const DOUBLE_QUOTED = /(?:["“]|'')([^"“”\n]{1,60}?)(?:["”]|'')/g;
const SINGLE_QUOTED = /(?:^|[\s(,])['‘]([^'‘’\n]{1,60}?)['’](?=[\s),;]|$)/g;
/** `(hereinafter IntriCon)`, `(hereinafter referred to as MORPHO)`: a definition without quotes. */
const UNQUOTED = new RegExp(
  '^\\s*(?:the\\s+)?(?:hereinafter|hereafter|HEREINAFTER|HEREAFTER|Hereinafter|Hereafter)\\s+' +
    '(?:(?:referred\\s+to|called|defined|designated|known)\\s+(?:as\\s+)?)?(?:the\\s+)?' +
    "([\\p{Lu}\\d][\\p{L}\\d&.'’ -]{0,40}?)\\s*$",
  'u',
);
const ACRONYM = /^\s*(\p{Lu}[\p{Lu}\d&.-]*(?:\s\p{Lu}[\p{Lu}\d&.-]*){0,2})\s*$/u;
/** `(**Licensor**)`: a role word alone in a party entry's parenthesis, as Australian and English drafting defines it. */
const ROLE_ALONE = /^\s*(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\s*$/u;
/** A parenthesis that names a group of parties, not one: `(collectively, the "Borrowers")`, `(each a "Party")`. */
const COLLECTIVE = /^\s*(?:collectively|together|each|both|individually|jointly|severally)\b/i;
/** `(a "Claim")`: a parenthesis that names one of a kind (a dispute, an affiliate), never a party. */
const ONE_OF_A_KIND = /^\s*an?\s+["“']/i;
/** `referred to in this Agreement as "Company" or "Boyd"`, `hereinafter "Licensor"`, outside parentheses. */
const CALLED = new RegExp(
  [
    '\\b(?:(?:hereinafter|hereafter|herein)\\s+)?(?:referred\\s+to|called|designated|known|defined)\\s+(?:simply\\s+|merely\\s+)?' +
      '(?:(?:herein|hereinafter|hereafter|in\\s+this\\s+(?:[Aa]greement|[Cc]ontract))\\s+)?as\\s+(?:the\\s+)?' +
      '(?=["“])',
    '\\b(?:hereinafter|hereafter)\\s+(?=["“])',
  ].join('|'),
  'gi',
);
/** A series or fund a party contracts for: "Securian Funds Trust (the "Trust"), …, on behalf of the Trust's Advantus
 * Money Market Fund (the "Fund")" — the party acts through that name too. */
const ACTS_FOR = /\bon behalf of\b[^()"“”;]{1,120}?\(\s*(?:the\s+)?(["“][^"“”\n]{1,40}["”])\s*\)/;
/** A date, a term, the document (by the short names documents go by: "the MSA"): defined in a preamble, never a party. */
const NOT_AN_ALIAS =
  /\b(?:date|agreement|contract|term|effective|amendment)\b|^(?:MSAs?|SOWs?|NDA|DPA|SLA|EULA|BAA|MOU|LOI|PSA|MSSA)$/i;

/** The aliases and pronouns defined between `from` and `to`, outside nested parentheses. */
export function entryAliases(
  prose: string,
  from: number,
  to: number,
  named = true,
): { aliases: AliasSpan[]; pronouns: string[] } {
  const aliases: AliasSpan[] = [];
  const pronouns: string[] = [];
  /** Adds a term the entry is defined by; whether it is one (a date or the document is not). */
  const add = (raw: string, at: number): boolean => {
    // Emphasis inside the quotes is blanked in the prose: `"**the Service Provider**"` leaves blanks before "the".
    const term = trimWhere(
      raw
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^(?:the|The|THE)\s+/, ''),
      TERM_END,
      'end',
    ).trim();
    if (!term || notPartyTerms.test(term) || NOT_AN_ALIAS.test(term)) return false;
    if (PRONOUN.test(term)) {
      if (!pronouns.includes(term.toLowerCase())) pronouns.push(term.toLowerCase());
      return true;
    }
    if (!aliases.some((a) => a.term === term)) aliases.push({ term, start: at, end: at + raw.length });
    return true;
  };
  // The first parenthesis that defines a term defines the party; a later one defines something else
  // ("Kestrel Freight Ltd ("Kestrel") (as amended, the "MSA")", "a company of the PRC ("PRC")").
  for (const [start, end] of parentheses(prose, from, to)) {
    const inner = prose.slice(start, end);
    // "(collectively, the "Borrowers")" names a group; unless the entry has no name of its own ("The parties specified as …").
    if ((named && COLLECTIVE.test(inner)) || ONE_OF_A_KIND.test(inner)) continue;
    // An acronym of the name just before it, further into the entry, defines that body, not the party: "… registered with
    // the Federal Motor Carrier Safety Administration ("FMCSA") as a property broker".
    const quotedCapitals = /^\s*["“]([A-Z]{2,8})["”]\s*$/.exec(inner)?.[1];
    if (start - from > 3 && quotedCapitals && initialsBefore(prose, start - 1, quotedCapitals)) continue;
    if (quotedIn(inner, start, add)) break;
    // "USA Managed Care Organization (USA MCO)": capitals right after the name are its short form.
    const acronym = start - from <= 3 ? ACRONYM.exec(inner) : null;
    if (acronym && add(acronym[1]!, start + inner.indexOf(acronym[1]!))) break;
    const role = named ? ROLE_ALONE.exec(inner) : null;
    if (role && roleOf(role[1]!) && add(role[1]!, start + inner.indexOf(role[1]!))) break;
  }
  const text = prose.slice(from, to);
  const actsFor = aliases.length ? ACTS_FOR.exec(text) : null;
  if (actsFor) quotedIn(actsFor[1]!, from + actsFor.index + actsFor[0].indexOf(actsFor[1]!), add);
  for (const m of text.matchAll(CALLED)) {
    const at = m.index + m[0].length;
    // The quoted terms that follow: `"Company" or "Boyd"`.
    const list = /^(?:["“][^"“”\n]{1,60}["”](?:\s*,?\s*(?:or|and)?\s*(?:the\s+)?(?=["“]))?){1,4}/.exec(
      text.slice(at, at + 200),
    );
    if (list) quotedIn(list[0], from + at, add);
  }
  return { aliases, pronouns };
}

/** Adds the terms a parenthesis defines; whether it defines any. */
function quotedIn(inner: string, offset: number, add: (raw: string, at: number) => boolean): boolean {
  let quoted = false;
  let added = false;
  for (const q of inner.matchAll(DOUBLE_QUOTED)) {
    added = add(q[1]!, offset + q.index + 1) || added;
    quoted = true;
  }
  if (quoted) return added;
  for (const q of inner.matchAll(SINGLE_QUOTED)) {
    added = add(q[1]!, offset + q.index + q[0].indexOf(q[1]!)) || added;
    quoted = true;
  }
  if (quoted) return added;
  const bare = UNQUOTED.exec(inner);
  return !!bare && add(bare[1]!, offset + inner.indexOf(bare[1]!));
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

/** A party named in words with its pronouns: `"GitHub," "We," and "Us" refer to GitHub, Inc.`, `"You" and "Your" refer to the individual …`. */
export interface NamedInWords {
  terms: string[];
  pronouns: string[];
  /** What the words refer to, where it is a name ("GitHub, Inc."). */
  refersTo?: NameSpan;
  /** Where the words are. */
  start: number;
  end: number;
}

const REFERS_TO = [
  'refers?\\s+to|means?|shall\\s+mean|shall\\s+refer\\s+to|are\\s+used\\s+to\\s+refer\\s+to',
  "(?:in\\s+(?:this\\s+document|these\\s+[Tt]erms),?\\s+)?we(?:\\s+are|['’]re)\\s+referring\\s+to",
  '(?:in\\s+(?:this\\s+document|these\\s+[Tt]erms),?\\s+)?we\\s+mean',
].join('|');

const TERM_LIST = new RegExp(
  '(?:(?:^|[\\s(])(?:the\\s+|The\\s+)?["“][^"“”\\n]{1,40}["”]\\s*,?\\s*(?:,|and|or)?\\s*){2,8}' +
    `(?:${REFERS_TO})\\s+(?:the\\s+)?`,
  'g',
);
const ONE_TERM = /["“]([^"“”\n]{1,40}?)[,.]?["”]/g;

/**
 * The words near the start that say who "we" and "you" are ("When we say “Company”, “we” … we are referring
 * to 37signals LLC") (only lists that name a pronoun count).
 */
export function pronounDefinitions(prose: string, end: number): NamedInWords[] {
  const found: NamedInWords[] = [];
  for (const m of prose.slice(0, end).matchAll(TERM_LIST)) {
    const terms: string[] = [];
    const pronouns: string[] = [];
    for (const q of m[0].matchAll(ONE_TERM)) {
      const term = q[1]!.trim().replace(/^(?:the|The)\s+/, '');
      if (PRONOUN.test(term)) pronouns.push(term.toLowerCase());
      else if (!notPartyTerms.test(term)) terms.push(term);
    }
    if (!pronouns.length) continue;
    const at = m.index + m[0].length;
    const name = readName(prose, at, Math.min(prose.length, at + 160));
    found.push({ terms, pronouns, start: m.index, end: at, ...(name?.formal ? { refersTo: name } : {}) });
  }
  return found;
}

/** Whether `term` is the initials of the capitalised words right before the parenthesis at `open`. */
export function initialsBefore(prose: string, open: number, term: string): boolean {
  const words = /((?:\p{Lu}[\p{L}&-]*\s+(?:(?:of|and|for|the)\s+)?){2,8})$/u.exec(
    prose.slice(Math.max(0, open - 120), open),
  )?.[1];
  const initials = (words ?? '')
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials.length >= 2 && initials.endsWith(term);
}
