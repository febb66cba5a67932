/**
 * The small phrase language lexicon entries are written in, compiled to regular expressions.
 *
 * A phrase is a regular expression source in which a space matches any run of whitespace
 * (contracts wrap lines anywhere) and these macros stand for common contract phrases:
 *
 * - `{pct}` a percentage: "15%", "fifteen percent (15%)", "two and a half per cent (2.5%)"
 * - `{num}` a number: "4,000", "sixty (60)", "twenty-four (24)"
 * - `{money}` an amount: "USD 7,500", "£22,000", "EUR 0.04"
 * - `{fee}` a word for what is paid: fee, price, rate, charge, rent, retainer …
 * - `{date}` a calendar date in words: "31 December 2024", "March 31, 2004", "the 1st of June 2026"
 * - `{party}` a word for one of the parties, filled in per document
 * - `…` a short gap inside one clause (up to 80 characters, no full stop or semicolon)
 * - `……` a long gap inside one clause (up to 250 characters)
 *
 * Every repetition is bounded, so no phrase can backtrack catastrophically.
 */

const NUMBER_WORD_LIST = [
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen',
  'eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|half|quarter',
].join('|');

const NUMBER_WORD = `(?:${NUMBER_WORD_LIST})`;
/** What an SEC filing redacts: "[***]", "[*]" (its asterisks blanked in the prose as "[   ]"), or a bare "***". */
const REDACTED = '(?:\\[[\\s*]{1,5}\\]|\\*{1,5})';
const WORDS_NUMBER = `${NUMBER_WORD}(?:[ -](?:and |a )?${NUMBER_WORD}){0,4}`;

/** A currency before an amount: "USD", "£", "A$". */
const CURRENCY =
  '(?:USD|EUR|GBP|AUD|CAD|NZD|CHF|NOK|SEK|DKK|JPY|INR|SGD|HKD|ZAR|BRL|US\\$|A\\$|C\\$|S\\$|NZ\\$|HK\\$|R\\$|\\$|£|€)';

/** A percentage in figures, in words ("five percent (5%)") or redacted ("[***]%"). */
const PERCENT = [
  '\\d{1,3}(?:\\.\\d{1,3})?\\s?(?:%|per ?cent\\b|percent\\b)',
  `${WORDS_NUMBER}\\s(?:per ?cent|percent)(?:\\s{0,40}\\(\\d{1,3}(?:\\.\\d{1,3})?\\s?%\\))?`,
  `${REDACTED}\\s?(?:%|per ?cent\\b|percent\\b)(?:\\s?\\(${REDACTED}\\s?%\\))?`,
].join('|');

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** Names of what is paid. */
const FEE_WORDS = [
  // MRCs and NRCs: a telecom order's monthly and one-time charges.
  'fees?|royalt(?:y|ies)|prices?|pricing|rates?|charges?|rent|retainer|costs?|tariffs?|premiums?|commissions?|MRCs?|NRCs?',
  'mark-?ups?|subscription(?: fees?)?|licen[cs]e fees?|amounts? payable|(?:contract|lump) sums?',
].join('|');

/** A party's name of one or two words where a phrase names the other side: "from M&I", "to Acme Corp". */
export const PARTY_NAME = "[\\w&.'’-]+(?: [\\w&.'’-]+)?";

export const macros: Record<string, string> = {
  // A figure an SEC filing redacts ("[***] percent ([***]%)", its asterisks blanked as emphasis) is still a percentage.
  pct: `(?:${PERCENT})`,
  // The figure in brackets may sit past a filing's column of blanks: "sixty           (60) days".
  // Or the figure first, the words after ("60 (sixty) days"), as South African and New Zealand drafting puts it.
  num: `(?:\\d[\\d,]{0,12}(?:\\.\\d{1,4})?(?:\\s{0,40}\\(${WORDS_NUMBER}\\))?|${WORDS_NUMBER}(?:\\s{0,40}\\(\\d[\\d,]{0,12}\\))?)`,
  money:
    `(?:${CURRENCY}\\s?\\d[\\d,]{0,15}(?:\\.\\d{1,4})?|` +
    '\\d[\\d,]{0,15}(?:\\.\\d{1,4})?\\s?(?:USD|EUR|GBP|dollars|euros|pounds))',
  // A word or figure redacted ("will not charge *** Run Fees"), which a phrase reads as a word.
  redacted: REDACTED,
  fee: `(?:${FEE_WORDS})`,
  date: `(?:\\d{1,2}(?:st|nd|rd|th)? (?:day )?(?:of )?)?(?:${MONTHS})(?: \\d{1,2}(?:st|nd|rd|th)?,?)? \\d{4}`,
};

// A full stop inside a number ("6.1", "2.5%") or a name ("Women.com"), or after an abbreviation
// ("Acme Corp. to its customers", "Inc., a Delaware …", "Schedule No. 1") does not end the clause.
const GAP_SHORT = '(?:[^.;|]|\\.(?=[\\da-z,]|\\s{1,8}[a-z\\d])){0,80}?';
const GAP_LONG = '(?:[^.;|]|\\.(?=[\\da-z,]|\\s{1,8}[a-z\\d])){0,250}?';

/** Compiles a lexicon phrase to a global, case-insensitive regular expression. */
export function compilePhrase(phrase: string, extra: Record<string, string> = {}): RegExp {
  const expanded = phrase
    .replace(/……/g, '\u0001')
    .replace(/…/g, '\u0002')
    .replace(/\{(\w+)\}/g, (_, name: string) => {
      const macro = extra[name] ?? macros[name];
      if (macro === undefined) throw new Error(`Unknown macro {${name}} in lexicon phrase: ${phrase}`);
      return macro;
    })
    // Around a gap one blank is enough, as the gap takes blanks too.
    .replace(
      / ?([\u0001\u0002]) ?/g,
      (gap, mark: string) => `${gap.startsWith(' ') ? '\\s' : ''}${mark}${gap.endsWith(' ') ? '\\s' : ''}`,
    )
    // An optional blank ("trade ?marks", "net ?30") may be absent or a run: "trademarks", "trade  marks".
    .replace(/ \?/g, '\u0003');
  // A run of blanks is taken whole, never given back: two runs that could share out one long run
  // of blanks (masked markup, say) would otherwise cost its square, or worse.
  const source = atomicBlanks(expanded)
    .replace(/ /g, '\\s+')
    .replace(/\u0001/g, GAP_LONG)
    .replace(/\u0002/g, GAP_SHORT)
    .replace(/\u0003/g, '\\s*');
  return new RegExp(`(?<![\\w-])(?:${source})(?![\\w])`, 'gi');
}

/**
 * Words (lower case), one of which is in any text the phrase matches; undefined when the phrase
 * needs no word of three letters or more. A sentence with none of them is not worth matching:
 * most phrases of a triggered cue need a word the sentence lacks, and testing for a word is
 * cheap where running the pattern is not.
 */
export function wordsNeeded(phrase: string): string[] | undefined {
  let i = 0;
  // Most selective first: long words, and few of them.
  const score = (words: readonly string[]): number => Math.min(...words.map((w) => w.length)) - words.length / 8;
  /** Skips a quantifier at i, if any; whether it lets what it follows be absent. */
  const quantifier = (): boolean => {
    const q = /^(?:[?*+]|\{(\d*)(?:,\d*)?\})\??/.exec(phrase.slice(i, i + 12));
    if (!q) return false;
    i += q[0].length;
    return q[0][0] === '?' || q[0][0] === '*' || (q[1] !== undefined && !Number(q[1]));
  };
  // Each returns the most selective set of words one of which its text must contain.
  const alternation = (): string[] | undefined => {
    const branches = [sequence()];
    while (phrase[i] === '|') {
      i++;
      branches.push(sequence());
    }
    return branches.every((b) => b !== undefined) ? [...new Set(branches.flat() as string[])] : undefined;
  };
  const sequence = (): string[] | undefined => {
    let best: string[] | undefined;
    let word = '';
    const consider = (words: string[] | undefined): void => {
      if (words?.length && (!best || score(words) > score(best))) best = words;
    };
    const endWord = (): void => {
      if (word) consider([word]);
      word = '';
    };
    while (i < phrase.length && phrase[i] !== '|' && phrase[i] !== ')') {
      const ch = phrase[i]!;
      if (ch === '(') {
        endWord();
        const opener = /^\((?:\?:|\?<?[=!]|\?<\w+>)?/.exec(phrase.slice(i, i + 40))![0];
        const lookaround = /^\(\?<?[=!]/.test(opener);
        i += opener.length;
        const inner = alternation();
        i++;
        if (!quantifier() && !lookaround) consider(inner);
      } else if (ch === '[') {
        endWord();
        for (i++; i < phrase.length && phrase[i] !== ']'; i++) if (phrase[i] === '\\') i++;
        i++;
        quantifier();
      } else if (ch === '\\') {
        endWord();
        i += 2;
        quantifier();
      } else if (ch === '{' && /^\{[a-z]\w*\}/i.test(phrase.slice(i, i + 40))) {
        endWord();
        i = phrase.indexOf('}', i) + 1;
      } else if ('?*+{'.includes(ch)) {
        // The quantified character may be absent: the word ends before it.
        word = word.slice(0, -1);
        endWord();
        const at = i;
        quantifier();
        if (i === at) i++;
      } else if (' ….^$'.includes(ch)) {
        endWord();
        i++;
      } else {
        word += ch.toLowerCase();
        i++;
      }
    }
    endWord();
    return best;
  };
  const needed = alternation();
  return needed && score(needed) >= 3 ? needed : undefined;
}

/**
 * Makes each plain blank of a pattern atomic, with a look-ahead and a back-reference. Left plain
 * (and so read as `\\s+` later): blanks in character classes, blanks made optional ("per ?cent"),
 * and blanks in look-behinds, which match backwards, before any back-reference could be set.
 */
function atomicBlanks(source: string): string {
  let out = '';
  let blanks = 0;
  let inClass = false;
  const lookbehinds: boolean[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === '(') {
      lookbehinds.push(source.startsWith('(?<=', i) || source.startsWith('(?<!', i));
      out += ch;
    } else if (ch === ')') {
      lookbehinds.pop();
      out += ch;
    } else if (ch === ' ' && !/[?*+{]/.test(source[i + 1] ?? '') && !lookbehinds.includes(true)) {
      out += `(?=(?<b${++blanks}>\\s+))\\k<b${blanks}>`;
    } else {
      out += ch;
    }
  }
  return out;
}

/** Characters that stand for something else in a pattern. */
const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** A name as pattern source: its characters as written, any run of blanks matching any run (names wrap across lines). */
export function literal(name: string): string {
  return name.replace(SPECIAL, '\\$&').replace(/\s+/g, '\\s+');
}

/** The longest word a trie is built with. */
const MAX_WORD = 200;

/**
 * A pattern source matching any of the words, the longest first, written as a trie
 * ("re(?:duc|turn)"): an alternation of many plain words makes the matcher try each word at every
 * position of the text, where a trie tests a character or two. `names` reads the words as names,
 * whose blanks match any run of blanks; otherwise a blank matches itself.
 */
export function anyWord(words: Iterable<string>, { names = false } = {}): string {
  interface Node {
    next: Map<string, Node>;
    end: boolean;
  }
  const root: Node = { next: new Map(), end: false };
  for (const word of words) {
    // The trie is written out recursively, a level a character: no name or trigger runs this long,
    // and damaged front matter ("defined_as:" over a whole page) must not overflow the stack.
    if (word.length > MAX_WORD) continue;
    let node = root;
    for (const ch of names ? word.replace(/\s+/g, ' ') : word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const source = (node: Node): string => {
    const branches = [...node.next].map(
      ([ch, child]) => (names ? literal(ch) : ch.replace(SPECIAL, '\\$&')) + source(child),
    );
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    // Greedy: the longer words through this node are tried before the word that ends here.
    return node.end ? `(?:${body})?` : body;
  };
  return `(?:${source(root)})`;
}

/** Number words to values, for reading the figures a term states. */
const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Reads "sixty (60)", "60", "twenty-four" or "two and a half" as a number. */
export function readNumber(raw: string): number | undefined {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(raw);
  if (digits) return Number(digits[0].replace(/,/g, ''));
  let total = 0;
  let found = false;
  for (const word of raw.toLowerCase().split(/[\s-]+/)) {
    if (word in UNITS) {
      total += UNITS[word]!;
      found = true;
    } else if (word === 'half') {
      total += 0.5;
      found = true;
    } else if (word === 'hundred') {
      total = (total || 1) * 100;
      found = true;
    }
  }
  return found ? total : undefined;
}
