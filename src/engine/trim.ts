/**
 * Trimming by character set in linear time. `/[…]+$/` looks harmless but retries at every
 * character of a long run that does not reach the end, which is quadratic on hostile text.
 */

/** `text` without leading and trailing characters that `edge` accepts. */
export function trimWhere(text: string, edge: (char: string) => boolean, ends: 'both' | 'end' = 'both'): string {
  let start = 0;
  let end = text.length;
  if (ends === 'both') while (start < end && edge(text[start]!)) start++;
  while (end > start && edge(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** A predicate for `trimWhere` from a list of characters; `\s` stands for any whitespace. */
export function charsOf(chars: string): (char: string) => boolean {
  const set = new Set(chars.replace('\\s', ''));
  const blank = chars.includes('\\s');
  return (char) => set.has(char) || (blank && /\s/.test(char));
}
