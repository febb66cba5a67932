/**
 * Fills a give-back template's pieces (`{giver}`, `{concession}`, `{term}` …) and tidies the
 * sentence: a capital where it starts, "you agree" rather than "you agrees".
 * `{{name|default}}` placeholders are left for the editor (and filled with their default for text).
 */

/** Pieces by name; `{#12}` is the number 12 written as the contract writes figures. */
export type Pieces = Record<string, string>;

/** Replaces every `{piece}` the pieces know; unknown ones stay as written. */
export function fillPieces(template: string, pieces: Pieces, number: (n: number) => string): string {
  const filled = template.replace(/\{(#\d{1,4}|[A-Za-z][\w’'-]*)\}/g, (whole, name: string) => {
    if (name.startsWith('#')) return number(Number(name.slice(1)));
    const key = name.replace(/'/g, '’');
    return pieces[key] ?? whole;
  });
  return agree(capitaliseSentences(filled, [pieces.giver, pieces['receiver-subject']]));
}

/**
 * A capital where the draft starts, also inside a placeholder's default; templates capitalise their
 * other sentences. A party's name keeps the case the contract writes it in: "iPass", "theglobe".
 */
function capitaliseSentences(text: string, names: readonly (string | undefined)[]): string {
  const start = text.replace(/^\{\{[^|{}]*\|/, '');
  if (names.some((n) => n && /^[a-z]/.test(n) && !/^(?:you|we|the)\b/.test(n) && start.startsWith(n))) return text;
  return text.replace(
    /^((?:\{\{[^|{}]*\|)?)([a-z])(?![a-z]*[A-Z])/,
    (_, open: string, letter: string) => `${open}${letter.toUpperCase()}`,
  );
}

const VERBS = [
  'agrees|commits|permits|appoints|takes|gives|acts|pays|purchases|provides|remains|continues|undertakes',
  'introduces|serves|maintains|renews|waives|accepts|grants|hosts|allows|confirms|acknowledges',
].join('|');

/** Words that open a condition, after which a verb stays in the present. */
const NOT_IN_CONDITION = '(?<!\\b(?:while|if|unless|that|long as|until|once|when|whether)\\s)';

/**
 * "you agrees" → "you agree", "we commits" → "we commit": a template written for a party named in
 * the third person. A placeholder guessed as "you", which the user may type any name over, takes a
 * modal that agrees with every subject: "{{giver|You}} shall commit", never "Acme commit" once typed.
 */
function agree(text: string): string {
  return text
    .replace(
      // Not in a condition ("applies only while you give …"): "while Acme shall give" reads wrong.
      new RegExp(`${NOT_IN_CONDITION}(\\{\\{[^|{}]*\\|(?:you|we|they)\\}\\}) (${VERBS})\\b`, 'gi'),
      (_, placeholder: string, verb: string) => `${placeholder} shall ${verb.slice(0, -1)}`,
    )
    .replace(
      new RegExp(`\\b([Yy]ou|[Ww]e|[Tt]hey)((?:\\}\\})?) (${VERBS})\\b`, 'g'),
      (_, who: string, close: string, verb: string) => `${who}${close} ${verb.slice(0, -1)}`,
    );
}
