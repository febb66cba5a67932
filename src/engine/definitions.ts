/**
 * Defined terms: `Acme Corp. ("Customer")`, `(the **"Agreement"**)`, `(hereinafter "Licensee")`,
 * `(the **Customer**)`, `"Launch Discount" means …`, `is called the "Vendor"`, and pronouns
 * (`"we" or "us" means the Agency`). Parties are the defined terms that name a contracting party.
 */
import type { Clause, Definition, Span } from './model.js';
import { charsOf, trimWhere } from './trim.js';

const TERM_TRAIL = charsOf('*_,;:\\s');

/** A quoted term inside a parenthetical definition, with the parenthesis it sits in. */
export interface InlineDefinition extends Definition {
  /** Offset of the opening parenthesis (or of "is called"), where the defined thing's name ends. */
  anchor: number;
  /** Other quoted terms in the same parenthesis: `("Keelson", "we", "us")`. */
  also: string[];
}

export interface DefinedTerms {
  definitions: Definition[];
  /** Parenthetical and "is called" definitions, in document order, for party detection. */
  inline: InlineDefinition[];
  /** Names given to a party in words: `"we", "us" and "Quillon" mean Quillon Software Ltd`, `"you" means the Client`. */
  named: { terms: string[]; refersTo: string }[];
}

const Q_OPEN = '["“]';
const Q_CLOSE = '["”]';
const TERM = '[^"“”\\n]{1,80}?';

/** `( the "X" )`, `(hereinafter referred to as the "X")`, `("X", "we", "us")`, `(this "X")`, `(collectively, "X" or "you")` */
const PAREN_DEF = new RegExp(
  `\\(\\s*(?:(the|this|each|together|collectively),?\\s+(?:a\\s+|the\\s+)?)?(?:hereinafter\\s+(?:(?:referred\\s+to|called|defined)\\s+as\\s+)?(?:the\\s+)?)?` +
    // The comma may sit inside the quotes: `("the Firm," "we" or "us")`.
    `${Q_OPEN}(${TERM})${Q_CLOSE}((?:\\s*(?:,|or|and)?\\s*(?:the\\s+)?${Q_OPEN}${TERM}${Q_CLOSE})*)\\s*\\)`,
  'g',
);
/** `("McDATA)`: one capitalised word, its closing quote missing. */
const UNCLOSED_PAREN_DEF = /\(\s*["“](\p{Lu}[\p{L}\d&.-]{1,40})\s*\)/gu;
/** `(the **Customer**)` or `(**the Customer**)`, where the bold in the source is the only marker. */
const PAREN_BOLD_DEF = /\(\s*(?:(the|this|The|This)\s+\*\*|\*\*(the|this|The|This)\s+)([A-Z][^*\n]{0,60})\*\*\s*\)/g;
/** `hereinafter "Licensor"` outside parentheses, `is called the "Vendor"`, `Hereinafter designated "the Depositary"`. */
const CALLED_DEF = new RegExp(
  '\\b(?:[Hh]ereinafter(?:\\s+(?:referred\\s+to\\s+as|called\\s+as|designated(?:\\s+as)?))?|' +
    'is\\s+(?:called|referred\\s+to\\s+as|defined\\s+as)|referred\\s+to\\s+(?:simply|merely|hereinafter)\\s+as)' +
    `\\s+(?:the\\s+)?${Q_OPEN}(?:[\\s*_]*the\\s+)?(${TERM})${Q_CLOSE}`,
  'g',
);
/** `"X" means`, `"X" or "Y" means`, `"X" has the meaning`, `"X" shall mean`. */
const MEANS_DEF = new RegExp(
  `${Q_OPEN}(${TERM})${Q_CLOSE}((?:\\s*(?:,|or|and)\\s*${Q_OPEN}${TERM}${Q_CLOSE}){0,8})\\s*` +
    '(?:means|shall\\s+mean|has\\s+the\\s+meaning|have\\s+the\\s+meanings?|is\\s+defined|refers\\s+to|includes)\\b',
  'g',
);
/** `"we" or "us" it means the Agency`, `"we", "us" and "Quillon" mean Quillon Software Ltd`. */
const NAMED_DEF = new RegExp(
  `(${Q_OPEN}[^"“”\\n]{1,40}${Q_CLOSE}(?:\\s*(?:,|or|and|,\\s*and|,\\s*or)\\s*${Q_OPEN}[^"“”\\n]{1,40}${Q_CLOSE})*)` +
    '\\s+(?:it\\s+|they\\s+)?means?\\s+(?:the\\s+)?' +
    "([\\p{Lu}][\\p{L}\\d&'’.-]*(?:,?\\s+(?:&\\s+)?[\\p{Lu}\\d][\\p{L}\\d&'’.-]*){0,6})",
  'gu',
);
const QUOTED = new RegExp(`${Q_OPEN}(${TERM})${Q_CLOSE}`, 'g');

/** Finds every defined term of the document. */
export function findDefinitions(text: string, prose: string, clauses: readonly Clause[]): DefinedTerms {
  const definitions: Definition[] = [];
  const inline: InlineDefinition[] = [];
  const named: { terms: string[]; refersTo: string }[] = [];
  const seen = new Set<number>();

  for (const clause of clauses) {
    if (clause.kind === 'heading' && clause.depth < 7) continue;
    const from = clause.textStart;
    const to = clause.textEnd;
    const own = prose.slice(from, to);
    for (const def of inlineDefinitions(text, prose, clause)) {
      if (seen.has(def.start)) continue;
      seen.add(def.start);
      inline.push(def);
      definitions.push(def);
    }
    for (const m of own.matchAll(MEANS_DEF)) {
      const start = from + m.index + 1;
      if (seen.has(start)) continue;
      seen.add(start);
      const meaningStart = from + m.index + m[0].length;
      const meaning: Span = { start: meaningStart, end: sentenceEnd(prose, meaningStart, to) };
      definitions.push({ term: cleanTerm(m[1]!), start, end: start + m[1]!.length, meaning, clause: clause.id });
      for (const q of (m[2] ?? '').matchAll(QUOTED)) {
        const s = from + m.index + m[1]!.length + 2 + (q.index ?? 0) + 1;
        definitions.push({ term: cleanTerm(q[1]!), start: s, end: s + q[1]!.length, meaning, clause: clause.id });
      }
    }
    for (const m of own.matchAll(NAMED_DEF)) {
      const terms = [...m[1]!.matchAll(QUOTED)].map((q) => cleanTerm(q[1]!));
      named.push({ terms, refersTo: m[2]!.split(/\.\s+(?=\p{Lu})/u)[0]!.replace(/[.,]$/, '') });
    }
  }
  definitions.sort((a, b) => a.start - b.start);
  inline.sort((a, b) => a.start - b.start);
  return { definitions, inline, named };
}

/** A clause's definitions in parentheses (quoted, or in bold) and by "is called", in that order. */
function inlineDefinitions(text: string, prose: string, clause: Clause): InlineDefinition[] {
  const from = clause.textStart;
  const own = prose.slice(from, clause.textEnd);
  const at = (i: number): number => from + i;
  const found: InlineDefinition[] = [];
  for (const m of own.matchAll(PAREN_DEF)) {
    const start = at(m.index + m[0].indexOf(m[2]!, m[0].search(/["“]/)));
    const also = [...(m[3] ?? '').matchAll(QUOTED)].map((q) => cleanTerm(q[1]!));
    // A group is defined here only as a letter's reader or writer: `(collectively, "St. Brendan" or "you")`.
    if (m[1]?.toLowerCase() === 'collectively' && !also.some((t) => /^(?:you|we)$/i.test(t))) continue;
    const selfName = m[1]?.toLowerCase() === 'this' || namesThisDocument(prose, at(m.index));
    found.push({
      term: cleanTerm(m[2]!),
      start,
      end: start + m[2]!.length,
      clause: clause.id,
      anchor: at(m.index),
      also,
      selfName,
    });
  }
  for (const m of text.slice(from, clause.textEnd).matchAll(PAREN_BOLD_DEF)) {
    const term = m[3]!;
    const start = at(m.index + m[0].indexOf(term));
    const selfName = /^this$/i.test(m[1] ?? m[2]!) || namesThisDocument(prose, at(m.index));
    found.push({
      term: cleanTerm(term),
      start,
      end: start + term.length,
      clause: clause.id,
      anchor: at(m.index),
      also: [],
      selfName,
    });
  }
  // A closing quote lost in the filing: `McDATA CORPORATION ("McDATA)`.
  for (const m of own.matchAll(UNCLOSED_PAREN_DEF)) {
    const start = at(m.index + m[0].indexOf(m[1]!));
    found.push({ term: m[1]!, start, end: start + m[1]!.length, clause: clause.id, anchor: at(m.index), also: [] });
  }
  for (const m of own.matchAll(CALLED_DEF)) {
    const start = at(m.index + m[0].lastIndexOf(m[1]!));
    found.push({
      term: cleanTerm(m[1]!),
      start,
      end: start + m[1]!.length,
      clause: clause.id,
      anchor: at(m.index),
      also: [],
    });
  }
  return found;
}

/** Whether the noun phrase just before a parenthesis starts with "This"/"These" (the document itself). */
function namesThisDocument(prose: string, paren: number): boolean {
  const before = prose.slice(Math.max(0, paren - 90), paren);
  const phrase = before.split(/[.;:()\n]\s/).pop() ?? before;
  // "This Master Services Agreement (", not "This Lease is between Harbor LLC (".
  const m = /(?:^|\s)(?:this|these|This|These|THIS|THESE)\s+((?:[\p{L}\d.-]+\s+){0,7}[\p{L}\d.-]+)\s*$/u.exec(phrase);
  return (
    !!m &&
    /^[\p{Lu}\p{Ll}]/u.test(m[1]!) &&
    !/\b(?:is|are|was|were|between|by|made|entered|dated|with|from|among)\b/i.test(m[1]!)
  );
}

function sentenceEnd(prose: string, from: number, to: number): number {
  const m = /[.;](?=\s|$)/.exec(prose.slice(from, to));
  return m ? from + m.index : to;
}

/** "the Agency" → "Agency"; trims stray markup and spacing. */
export function cleanTerm(raw: string): string {
  const bare = raw.replace(/\s+/g, ' ').replace(/^\s*(?:the|The|THE)\s+/, '');
  return trimWhere(bare, TERM_TRAIL).trim();
}
