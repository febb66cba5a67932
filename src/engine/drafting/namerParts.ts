/**
 * The pieces the namers (namers.ts) read a concession's words with: where a phrase is, the words
 * before and after it, and the shapes of a limit, a cap, a free item and an exit right.
 */
import { definite, phraseAfter, phraseBefore } from './phrases.js';

/** The first match at or after the concession's own words, else the first in the sentence. */
export function find(re: RegExp, s: string, at: number): RegExpExecArray | undefined {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  let first: RegExpExecArray | undefined;
  for (const m of s.matchAll(global)) {
    if (m.index >= at - 40) return m as RegExpExecArray;
    first ??= m as RegExpExecArray;
  }
  return first;
}

export const keep = (before: string, word: string): boolean =>
  (word === 'to' && /^(?:rights?|requirements?|obligations?)$/.test(before)) ||
  (word === 'against' && /^claims?$/.test(before)) ||
  (word === 'on' && /^(?:charges?|fees?|interest)$/.test(before)) ||
  (word === 'for' && /^(?:charges?|fees?|liability|reimbursement)$/.test(before));

export const after = (s: string, m: RegExpExecArray, max?: number): string =>
  phraseAfter(s, m.index + m[0].length, { keep, ...(max ? { max } : {}) });
export const before = (s: string, m: RegExpExecArray): string => phraseBefore(s.slice(0, m.index));

const FREE_PHRASES = [
  'at no (?:additional |extra |further )?(?:charge|cost)(?: or expense)?|free of (?:[\\w-]+ )?(?:charges?|costs?)',
  'without (?:additional |extra |any )?(?:charge|cost)',
  "at (?:its|their|our|the [\\w’'&-]+[’']s?) own (?:cost|expense)|at (?:the )?[A-Z][\\w&-]*[’']s? (?:cost|expense)",
  'for free|complimentary|free',
].join('|');

export const FREE = new RegExp(`\\b(?:${FREE_PHRASES})\\b`, 'i');

const PROVIDE_VERBS = [
  'provides?|providing|deliver(?:s|ing)?|suppl(?:y|ies|ying)|maintains?|includes?|adds?|offers?|grants?|performs?',
  'makes? available|licen[cs]es?|furnish(?:es)?|gives?|assigns?|stages?|extends?|uses?|carr(?:y|ies) out|issues?',
  'replaces?|upgrades?',
].join('|');

export const PROVIDE = new RegExp(`\\b(?:${PROVIDE_VERBS})\\b`, 'g');
export const EXIT =
  '(terminate|cancel|suspend|resign|end|withdraw from|withdraw|reduce|return|surrender|exit|determine|defer|postpone|delay|remove|close)';

/** "the requirement … for Buyer to increase its Letter of Credit": a right or requirement with what it is for. */
export function withPurpose(s: string, m: RegExpExecArray, what: string): string {
  if (!/^(?:the|its|any|all|their) (?:right|requirement|obligation)s?$/i.test(what)) return what;
  const rest = s.slice(m.index + m[0].length + 1 + what.length);
  const purpose = /^\s*(?:(?:under|in) [^,;]{1,60}? )?((?:for [A-Z][\w&-]* )?to [a-z]+\b)/.exec(rest);
  if (!purpose) return what;
  const tail = phraseAfter(rest, purpose.index + purpose[0].length, { max: 8 });
  return `${what} ${purpose[1]}${tail ? ` ${tail}` : ''}`;
}

/** "three (3) times the fees paid or payable": a limit as written, up to where the sentence goes on to something else. */
export function limitOf(text: string): string {
  return text
    .split(/,\s|;|\.(?:\s|$)| (?:for|in respect of|during|under|and|in|with effect)\b/)[0]!
    .split(' ')
    .slice(0, 9)
    .join(' ')
    .trim();
}

/** " of £11.50 per square foot": what a cap is, after the words that set it. */
export function capOf(s: string, m: RegExpExecArray): string {
  const cap = new RegExp(
    // A figure starts with a digit: not the comma after a redacted one ("will not exceed [*], on all …").
    '^\\s*((?:[$£€]|USD |EUR |GBP )?\\d[\\d,.]*(?:%| per [\\w ]{1,20}?(?=[,.;]| for| in| on|$))?|' +
      '[\\w-]+(?: [\\w-]+)? (?:percent|per cent) \\(\\d[\\d.]*%\\)|\\d[\\d.]*%)',
  ).exec(s.slice(m.index + m[0].length));
  return cap ? ` of ${cap[1]!.trim()}` : '';
}

/**
 * The verb that says what is given free: "provide" before "at no charge", or after it ("shall,
 * at no cost to AT&T, provide …"), or the verb after "shall" ("will support the certification … at no cost").
 */
export function verbOf(s: string, freeAt: number): { word: string; end: number } | undefined {
  let found: { word: string; end: number } | undefined;
  for (const m of s.matchAll(PROVIDE)) {
    if (m.index < freeAt && freeAt - m.index < 220) found = { word: m[0], end: m.index + m[0].length };
    else if (m.index > freeAt && !found && m.index - freeAt < 80) return { word: m[0], end: m.index + m[0].length };
  }
  if (found) return found;
  for (const m of s.matchAll(/\b(?:shall|will|must|agrees? to)\s+(?:promptly\s+)?(?!be\b|not\b|have\b)([a-z]+)\b/g)) {
    if (m.index < freeAt && freeAt - m.index < 200) found = { word: m[1]!, end: m.index + m[0].length };
  }
  return found;
}

const GIVEN_TO = "(?:the )?[A-Z][\\w&’'.-]*(?: [A-Z][\\w&’'.-]*){0,2}|(?:your|its|their|our|his|her) [\\w -]{1,40}?";

/** What is given at no charge: "the ten (10) reserved parking spaces provided at no charge". */
export function freeScope(s: string, at: number): string | undefined {
  const free = find(FREE, s, at);
  if (!free) return undefined;
  const phrase = free[0];
  // "two (2) complimentary places": the word that makes it free is part of the name.
  const adjective = /^(?:complimentary|free)$/i.test(phrase);
  const verb = verbOf(s, free.index);
  const provided = verb && /^(?:provid|deliver|suppl|furnish|giv|issu|offer|mak)/.test(verb.word) ? 'provided ' : '';
  const keepFree = (b: string, w: string): boolean =>
    (!!b && (w === 'on' || w === 'of')) ||
    (w === 'to' && /^(?:up|access)$/.test(b)) ||
    (w === 'for' && /^use$/.test(b));
  const cut = (p: string): string =>
    adjective
      ? p
      : p
          .split(new RegExp(`,?\\s*(?:${FREE.source})`, 'i'))[0]!
          .replace(/,$/, '')
          .trim();
  const named = (what: string): string => (adjective ? definite(what) : `${definite(what)} ${provided}${phrase}`);
  if (verb) {
    let rest = s.slice(verb.end);
    // "provide Tenant, at no charge, with …", "provide Partner with …": what follows "with".
    const withWhat = new RegExp(`^\\s*(?:to )?(?:${GIVEN_TO}),?(?:\\s*[^,]{0,40},)?\\s+with\\s+`).exec(rest);
    if (withWhat) rest = rest.slice(withWhat[0].length);
    else {
      // "provide Buyer, at no additional cost, …", "provide to AT&T (or its delegate), upon request and at no charge, …".
      rest = rest.replace(/^\s*(?:to )?(?:the )?[A-Z][\w&’'.-]*(?: [A-Z][\w&’'.-]*){0,2}(?: \([^)]*\))?,\s*/, '');
      rest = rest.replace(new RegExp(`^\\s*(?:upon request(?: and)?\\s*)?(?:${FREE.source}),?\\s*`, 'i'), '');
      // "grants the Client access to …".
      const toWhom = /^\s*(?:the )?[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,2} (?=[a-z])/.exec(rest);
      if (toWhom && !/^\s*(?:the )?(?:[A-Z][\w&’'-]* )*[A-Z][\w&’'-]* (?:of|for|and)\b/.test(rest))
        rest = rest.slice(toWhom[0].length);
    }
    const what = cut(phraseAfter(rest, 0, { max: 12, keep: keepFree }));
    if (what && !/^(?:at|free|without|for)\b/i.test(what) && what.split(' ').length <= 12) return named(what);
  }
  const passive = find(
    /\b(?:is|are|shall be|will be|be) (?:provided|made available|included|supplied|delivered|performed|made)\b/i,
    s,
    at,
  );
  if (passive) {
    const what = before(s, passive);
    if (what) return `${definite(what)} provided ${phrase}`;
  }
  return undefined;
}

export function exitRight(s: string, m: RegExpExecArray, written: string): string {
  const verb = infinitive(written);
  const object = after(s, m, 8);
  const rest = s.slice(m.index + m[0].length);
  const reason =
    /^(?:\s+\S+){0,8}?\s+(for convenience|without cause|at will|for any reason|for any or no reason)\b/i.exec(
      rest,
    )?.[1];
  return `the right to ${verb}${object ? ` ${object}` : ''}${reason && !object.includes(reason) ? ` ${reason.toLowerCase()}` : ''}`;
}

export function infinitive(written: string): string {
  const verb = written.toLowerCase();
  return (
    (
      {
        terminated: 'terminate',
        cancelled: 'cancel',
        canceled: 'cancel',
        suspended: 'suspend',
        ended: 'end',
        reduced: 'reduce',
      } as Record<string, string>
    )[verb] ?? verb
  );
}
