/**
 * Noun phrases lifted from a contract's own sentence: "the setup fee" after "waives", "the
 * linehaul rates for the lanes below" before "are reduced". A draft that names a concession in
 * these words needs no label of the tool's and no term the contract lacks.
 */

/** Words that end a noun phrase read forwards: prepositions, conjunctions, verbs, participles. */
const ENDS = new Set([
  'for',
  'under',
  'in',
  'during',
  'until',
  'unless',
  'with',
  'without',
  'against',
  'as',
  'to',
  'that',
  'which',
  'who',
  'whom',
  'if',
  'when',
  'where',
  'whereas',
  'provided',
  'pursuant',
  'from',
  'by',
  'on',
  'at',
  'upon',
  'after',
  'before',
  'within',
  'so',
  'but',
  'except',
  'including',
  'subject',
  'notwithstanding',
  'shall',
  'will',
  'may',
  'must',
  'is',
  'are',
  'was',
  'were',
  'be',
  'being',
  'been',
  'has',
  'have',
  'had',
  'can',
  'would',
  'should',
  'could',
  'because',
  'while',
  'than',
  'via',
  'through',
  'hereunder',
  'herein',
  'thereunder',
  'therein',
  'whether',
  'whatsoever',
  'then',
  'also',
  'only',
  'no',
  'not',
  'i.e.',
  'e.g.',
  'calculated',
  'set',
  'described',
  'referred',
  'listed',
  'payable',
  'due',
  'incurred',
  'accrued',
  'arising',
  'attributable',
  'issued',
  'invoiced',
  'charged',
  'applicable',
  'owed',
  'owing',
  'made',
  'given',
  'granted',
  'paid',
  'specified',
  'contained',
  'identified',
  'required',
  'permitted',
  'agreed',
  'whereby',
  'thereof',
  'hereof',
  'per',
  'each',
  'once',
  'every',
  'between',
  'like',
  'such',
  'other',
  'otherwise',
  'unto',
  'toward',
  'towards',
  'into',
  'out',
  'over',
  'about',
  'across',
  'effective',
  'thereafter',
  'prior',
  'regarding',
  'concerning',
  'informed',
  'applies',
  'apply',
  'remains',
  'remain',
  'continues',
  'continue',
  'exceeds',
  'exceed',
  'sold',
  'shown',
  'imposed',
  'recorded',
  'installed',
  'purchased',
  'delivered',
  'performed',
  'supplied',
  'used',
  'held',
  'based',
]);
/** Words a phrase does not end on. */
const TRAILING = new Set([
  'up',
  'the',
  'a',
  'an',
  'of',
  'and',
  'or',
  'any',
  'all',
  'its',
  'their',
  'such',
  'each',
  'to',
  'per',
  'this',
  'that',
  'these',
  'those',
  'our',
  'your',
  'his',
  'her',
  'other',
  'you',
  'we',
  'it',
  'they',
  'us',
  'them',
  'he',
  'she',
  'including',
]);
/** Adverbs and intensifiers that add nothing to a name. */
const FILLER =
  /^(?:hereby|irrevocably|unconditionally|forever|expressly|also|further|fully|absolutely|knowingly|voluntarily|promptly)$/i;
const FUNCTION_WORDS = /^(?:The|Any|All|Such|Each|No|A|An|This|These|Those|Its|Their|Our|Your|Every|Said)$/;
/** A figure in brackets that belongs to the words before it: "two (2)", "fifteen percent (15%)", "($75,000)". */
const FIGURE = /^\((?:[$£€]?\s?[\d.,]+\s?%?|\[\*+\]%?)\)/;
const DETERMINER = /^(?:the|any|all|each|its|their|our|your|such|a|an|no|that|those|these)$/i;
/** What cannot be a whole noun phrase. */
const PRONOUN = /^(?:it|them|they|this|these|those|such|that|which|you|we|us|him|her|he|she)$/i;

export interface PhraseOptions {
  /** Most words to take. */
  max?: number;
  /** Words that continue the phrase after a word that would end it ("right to", "claims against"). */
  keep?: (before: string, word: string) => boolean;
}

/** The noun phrase that starts at `from` in `s`, up to punctuation or a word that ends it. */
export function phraseAfter(s: string, from: number, options: PhraseOptions = {}): string {
  const max = options.max ?? 10;
  const words: string[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(s); m && words.length < max; m = re.exec(s)) {
    let word = m[0];
    if (FIGURE.test(word) && words.length) {
      words[words.length - 1] += ` ${word.replace(/[,;:.]+$/, '')}`;
      if (/[,;:]$/.test(word) || (/\.$/.test(word) && !/\d\.$/.test(word))) break;
      continue;
    }
    if (/^[(“"'[]/.test(word) && !/^["“][^"”]+["”][,;:.]?$/.test(word)) break;
    const comma = /,$/.test(word);
    let stop =
      /[;:)]$/.test(word) || (/\.$/.test(word) && !/^(?:No|Inc|Ltd|Corp|Co|U\.S)\.$/.test(word) && !/\d\.$/.test(word));
    // "travel, lodging and mileage expenses": a comma inside a list does not end the phrase.
    if (comma && !listGoesOn(s.slice(re.lastIndex)) && !adjectivesGoOn(s.slice(re.lastIndex))) stop = true;
    word = word.replace(/[;:.)]+$/, '');
    const bare = word.replace(/,$/, '');
    const lower = bare.toLowerCase();
    const last = words[words.length - 1]?.replace(/,$/, '').toLowerCase() ?? '';
    if (!words.length && FILLER.test(bare)) continue;
    if (!words.length && /^(?:of|and|or|to)$/i.test(bare)) break;
    if (ENDS.has(lower) && !(words.length === 0 && DETERMINER.test(bare)) && !options.keep?.(last, lower)) break;
    if ((lower === 'and' || lower === 'or') && !continues(s.slice(re.lastIndex))) break;
    if (bare) words.push(comma && !stop ? word : bare);
    if (stop) break;
  }
  return tidy(words);
}

/** After a comma: more items of a list ending in "and …" or "or …" before any other punctuation. */
function listGoesOn(rest: string): boolean {
  const m = /^\s*((?:[\w’'-]+ ?){1,4})(?:,\s*(?:[\w’'-]+ ?){1,4})*,? (?:and|or) [\w’'-]+/.exec(rest);
  return (
    !!m &&
    !m[0]
      .split(/[\s,]+/)
      .some(
        (w) =>
          (DETERMINER.test(w) && w.toLowerCase() !== 'the') ||
          ['shall', 'will', 'may', 'is', 'are'].includes(w.toLowerCase()),
      )
  );
}

/** After a comma between adjectives: "any unearned, prepaid Fees", a short run of words to the end of the phrase. */
function adjectivesGoOn(rest: string): boolean {
  const m = /^\s*([\w’'-]+(?: [\w’'-]+){0,2})(?=[.;,]|$)/.exec(rest);
  return !!m && !m[1]!.split(' ').some((w) => ENDS.has(w.toLowerCase()) || DETERMINER.test(w));
}

/** Words that open a new clause or phrase after "and" or "or": determiners, modals, verbs. */
const NEW_PHRASE_WORDS = [
  'a|an|any|all|its|their|our|your|his|her|shall|will|may|must|is|are|agrees?|acknowledges?|covenants?|consents?',
  'undertakes?|confirms?|represents?|warrants?',
].join('|');

/** After "and" or "or": the phrase goes on when the next word is not a verb, a determiner of a new phrase or an end word. */
function continues(rest: string): boolean {
  const [next = '', then = ''] = (/^\s*(\S+)(?:\s+(\S+))?/.exec(rest) ?? [])
    .slice(1)
    .map((w) => (w ?? '').replace(/[,;:.]+$/, '').toLowerCase());
  // "… and Company has the right": a new clause, not more of the phrase.
  if (ENDS.has(then) && /^[A-Z]/.test(rest.trimStart())) return false;
  return !!next && !ENDS.has(next) && !new RegExp(`^(?:${NEW_PHRASE_WORDS})$`).test(next);
}

/**
 * The noun phrase a clause is about when it comes before the verb ("the setup fee is waived"):
 * the subject of the last clause before `end`, or of the sentence when that gives nothing.
 */
export function phraseBefore(s: string, max = 10): string {
  const text = s.replace(/\s*\((?![$£€\d[])[^()]*\)/g, '');
  const segments = text.split(/[,;:]\s|\.\s/);
  for (const whole of [segments[segments.length - 1] ?? '', segments[0] ?? '']) {
    // "Bizzingo will pay all … expenses incurred by Theismann … which expenses shall not exceed": the relative's noun.
    const relative = /.*\b(?:which|whose)\s+(?=\S)/is.exec(whole);
    const segment = relative ? whole.slice(relative[0].length) : whole;
    const words = segment.split(/\s+/).filter(Boolean);
    // "and all late-payment charges": past the words that join clauses, at the first determiner if it comes soon.
    let from = 0;
    while (
      from < words.length &&
      (/^(?:and|but|or|then|which|where|if|provided|while|so|however|accordingly|moreover|further|furthermore|thereafter)$/i.test(
        words[from]!,
      ) ||
        (/^that$/i.test(words[from]!) &&
          (/^(?:provided|so|except)$/i.test(words[from - 1] ?? '') || DETERMINER.test(words[from + 1] ?? ''))))
    )
      from++;
    const determiner = words.slice(from, from + 4).findIndex((w) => DETERMINER.test(w));
    if (determiner > 0 && !/^[A-Z]/.test(words[from]!)) from += determiner;
    const phrase = phraseAfter(words.join(' '), words.slice(0, from).join(' ').length + (from ? 1 : 0), {
      max,
      keep: (b, w) => w === 'to' && b === 'up',
    });
    if (phrase && !PRONOUN.test(phrase) && !ENDS.has(phrase.toLowerCase())) return phrase;
  }
  return '';
}

/** Drops words a phrase does not end on, "such", "any and all", and a capital a sentence gave it. */
function tidy(words: string[]): string {
  while (
    words.length &&
    (TRAILING.has(words[words.length - 1]!.replace(/,$/, '').toLowerCase()) ||
      (words.length > 2 && /^[a-z]+(?:ed|ly),?$/.test(words[words.length - 1]!)))
  )
    words.pop();
  if (words.length) words[words.length - 1] = words[words.length - 1]!.replace(/,$/, '');
  let phrase = words
    .join(' ')
    .replace(/\bany and all\b/gi, 'all')
    .replace(/\b(all|any) such\b/gi, '$1')
    .replace(/^such /i, '');
  if (PRONOUN.test(phrase)) return '';
  const first = phrase.split(' ')[0] ?? '';
  if (FUNCTION_WORDS.test(first)) phrase = first.toLowerCase() + phrase.slice(first.length);
  return phrase;
}

/** "the X" for a phrase that has no determiner of its own; "a X" becomes "the X". */
export function definite(phrase: string): string {
  // "Customer's share", "AT&T Data" and "up to 25 seats" stand without "the".
  if (
    /^(?:the|all|any|each|its|their|our|your|his|her|this|that|these|those|up to)\b/i.test(phrase) &&
    !/^(?:A|An) /.test(phrase)
  )
    return phrase.replace(/^(The|All|Any|Each|Its|Their|Our|Your|This|That|These|Those)\b/, (w) => w.toLowerCase());
  if (/^[A-Z][\w&-]*[’']s /.test(phrase) || /^[A-Z\d][A-Z\d&-]+\b/.test(phrase)) return phrase;
  return `the ${phrase.replace(/^(?:a|an|A|An) /, '')}`;
}

/** A phrase in capitals ("ANY RIGHT IT MAY HAVE") in ordinary case, keeping the names a contract writes in capitals. */
export function unshout(phrase: string, names: readonly string[]): string {
  const letters = phrase.replace(/[^A-Za-z]/g, '');
  const upper = letters.replace(/[^A-Z]/g, '').length;
  if (letters.length < 6 || upper / letters.length < 0.7) return phrase;
  let out = phrase.toLowerCase();
  for (const name of names) {
    if (!name || name === name.toUpperCase()) continue;
    out = out.replace(new RegExp(`\\b${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'), name);
  }
  return out;
}
