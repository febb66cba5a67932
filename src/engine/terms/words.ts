/** Small readings of a clause's words shared by the reasons a match is set aside. */
import type { Clause } from '../model.js';

/** A clause's title, or the capitalised words that open it in plain text ("Indemnification Indemnification by IBM If …"). */
export function titleOf(clause: Clause, head: string): string {
  return clause.title ?? /^\s*(?:[A-Z][\w-]*\s+){1,6}/.exec(head.slice(head.indexOf(' ') + 1))?.[0] ?? '';
}

/** Runs of blanks from wrapped lines read as one space. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}
