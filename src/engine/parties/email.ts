/**
 * An agreement written as an email: "From: Priya Raman <priya.raman@fenwickhale.co.uk>", "To: Marco Bellini
 * <marco.bellini@lumenstack.io>". The sender's company writes as "we", the recipient's reads as "you"; each is the
 * name in the text that the address's domain spells ("fenwickhale" is Fenwick Hale).
 */
import type { Candidate } from './candidates.js';

/** The headers an email opens with, in plain text or bold ("**From:**"). */
const HEADER = (field: string): RegExp =>
  new RegExp(`^[ \\t>*_]*${field}[ \\t]*:?[*_]*:?[ \\t]*[^\\n@]{0,80}?<?[\\w.+-]+@([a-z0-9-]+)\\.`, 'im');
const FROM = HEADER('From');
const TO = HEADER('To');
/** Where the headers are: at the top. */
const HEADER_REACH = 1200;
/** A name of one to four capitalised words. */
const NAME = /\b\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,3}/gu;

const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\d]/gu, '');

/** The name in the text that a domain spells, its words whole: "Fenwick Hale" for fenwickhale. */
function spelled(prose: string, domain: string): string | undefined {
  const wanted = letters(domain);
  if (wanted.length < 3) return undefined;
  for (const [name] of prose.matchAll(NAME)) {
    const words = name.split(/\s+/);
    // The shortest run of its words that spells the domain.
    for (let from = 0; from < words.length; from++)
      for (let to = from + 1; to <= words.length; to++) {
        const run = words.slice(from, to).join(' ');
        if (letters(run) === wanted) return run;
      }
  }
  return undefined;
}

/** Where each message of a thread starts: at its From header. */
const FROM_LINE = /^[ \t>*_]*From[ \t]*:?[*_]*:?[ \t]*[^\n@]{0,80}?<?[\w.+-]+@[a-z0-9-]+\./gim;

/**
 * The message of a thread that says most: its sender writes as "we" in it. A reply on top ("Confirmed, this all
 * matches our notes") is short; the message it quotes holds the terms.
 */
function mainMessage(prose: string): string {
  const starts = [...prose.matchAll(FROM_LINE)].map((m) => m.index);
  if (starts.length < 2 || starts[0]! > HEADER_REACH) return prose;
  let best = prose;
  let longest = -1;
  starts.forEach((start, i) => {
    const message = prose.slice(start, starts[i + 1] ?? prose.length);
    if (message.length > longest) [best, longest] = [message, message.length];
  });
  return best;
}

/** The sender's and the recipient's companies, where an email's headers and its text name both. */
export function emailParties(prose: string): Candidate[] {
  const head = mainMessage(prose).slice(0, HEADER_REACH);
  const from = FROM.exec(head)?.[1];
  const to = TO.exec(head)?.[1];
  if (!from || !to || from === to) return [];
  const body = prose.slice(prose.indexOf('\n\n') + 1);
  const writer = spelled(body, from);
  const reader = spelled(body, to);
  if (!writer || !reader || writer === reader) return [];
  return [
    { name: writer, aliases: [writer], pronouns: ['we', 'us', 'our'] },
    { name: reader, aliases: [reader], pronouns: ['you', 'your'] },
  ];
}
