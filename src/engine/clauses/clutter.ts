/**
 * Lines that frame a contract rather than state its terms, as plain-text drafting and text taken
 * from PDFs leave them between the clauses: the title and the lines of a title page, headings,
 * page numbers and running headers, an exhibit's cover line ("Exhibit 10.2"). They stay clauses,
 * marked `furniture`, so that offsets and parties still see them; no sentence is read from them.
 */
import type { Furniture } from '../model.js';
import { readLabel } from '../numbering.js';
import { isPageLine } from '../pages.js';
import { readsAsProse } from './toc.js';

/** An SEC filing's exhibit number heading the document: "EXHIBIT 10.2", "Exhibit 28(h)(9)". */
const EXHIBIT_COVER = /^exhibit\s+\d{1,3}(?:\.\d{1,3})?[a-z]?(?:\s?\([a-z\d]{1,4}\))*(?=[\s.:]|$)/i;

/** An exhibit's label and title with nothing of it but a pointer: "EXHIBIT C SIGA PRESS RELEASE See attached." */
const ATTACHED_ELSEWHERE = new RegExp(
  '^(?:exhibit|schedule|annex|appendix|attachment)\\s.{0,100}?\\b(?:see attached|(?:to be )?attached(?: hereto)?|' +
    'intentionally (?:left blank|omitted)|reserved|omitted)\\W*$',
  'i',
);

const VERB_LIST = [
  'shall|will|may|must|can|is|are|was|were|be|been|has|have|hereby|agrees?|waives?|grants?|pays?|provides?|offers?',
  'credits?|reduces?|extends?|gives?|receives?|includes?|means|applies|apply',
].join('|');

/** A line of an email's headers, quoted or not: "From: Tom Hargreaves <tom@hollinlabel.co.uk>", "> Subject: RE: pricing". */
const EMAIL_HEADER = /^[\s>]*(?:From|To|Cc|Bcc|Date|Sent|Subject|Attachments?|Importance):[ \t]/i;

/** Words that make a short line a sentence rather than a heading. */
const VERB = new RegExp(`\\b(?:${VERB_LIST})\\b`, 'i');

/** Short words that stay lowercase in a title: "Grant of License and Exclusivity". */
const MINOR = /^(?:a|an|and|as|at|by|for|from|in|into|of|on|or|per|the|to|under|upon|with|de|du|la|le)$/;

/** A figure makes a short line a term ("Two Months Free"), not a heading. */
const FIGURE = /[\d%$€£]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|free)\b/i;

/** What a paragraph is, when it frames the document: `beforeBody` while no numbered clause or heading has been read (a title page). */
export function furnitureOf(words: string, beforeBody: boolean): Furniture | undefined {
  const line = words.trim();
  // An email's headers: its subject names what it is about ("RE: 2027 pricing – price hold"), it grants nothing.
  if (line !== '' && line.split('\n').every((l) => EMAIL_HEADER.test(l))) return 'heading';
  if (line === '' || line.includes('\n')) return undefined;
  if (isPageLine(line) && !readsAsProse(line) && !VERB.test(line)) return 'page';
  // Only a cover line alone: text taken from a PDF may run the whole contract on after "Exhibit 10.22".
  if (beforeBody && EXHIBIT_COVER.test(line) && line.length <= 120 && !readsAsProse(line)) return 'cover';
  if (ATTACHED_ELSEWHERE.test(line) && line.length <= 120) return beforeBody ? 'title' : 'heading';
  // A labelled line is a clause, its words its title ("3. EXCLUSIVITY", "EXHIBIT B").
  if (readLabel(line)) return undefined;
  if (line.length > 120 || !/\p{L}.*\p{L}/u.test(line) || readsAsProse(line)) return undefined;
  // A title page's date line: "Effective February 21, 2011", "Dated as of June 1, 2020".
  if (
    beforeBody &&
    /\b(?:19|20)\d\d\b/.test(line) &&
    !/[.;:!?]/.test(line) &&
    !VERB.test(line) &&
    line.split(/\s+/).length <= 8
  )
    return 'title';
  if (/[,;]$/.test(line) || FIGURE.test(line.replace(/\[\*+\]/g, ''))) return undefined;
  if (isHeadingLine(line)) return beforeBody ? 'title' : 'heading';
  // A title page names the deal and the parties without a sentence: "LICENSE AGREEMENT entered into by and between …".
  if (beforeBody && !/[.;:!?]/.test(line) && !VERB.test(line) && line.split(/\s+/).length <= 20) return 'title';
  return undefined;
}

/** Whether a line reads as a heading: in capitals (and no sentence of them), or a short title. */
export function isHeadingLine(line: string): boolean {
  if (!/\p{Ll}/u.test(line)) return /\p{Lu}.*\p{Lu}/u.test(line) && !(VERB.test(line) && line.split(/\s+/).length > 4);
  return isTitleCase(line);
}

/** Whether a line is a short title: each word capitalised but the minor ones, and no verb. */
function isTitleCase(line: string): boolean {
  const words = line
    .replace(/[^\p{L}\s'’&/-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 10 || VERB.test(line) || /[.!?]\s+\S/.test(line)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || MINOR.test(w));
}
