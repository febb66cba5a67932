/**
 * Is this Markdown a contract? Front matter `contract: true`, or a title or preamble that names an
 * agreement, amendment, addendum, order form, statement of work, lease, term sheet, side letter
 * or terms. An ordinary README stays quiet.
 */

const KIND_LIST = [
  'agreement|amendment|addendum|order form|statement of work|sow|lease|sublease|term sheet|side letter',
  'terms of service|terms and conditions|standard terms|terms|contract|licen[cs]e agreement',
  'memorandum of understanding|letter of intent|renewal|schedule \\d+|exhibit [a-z0-9]+',
].join('|');

const KINDS = `(?:${KIND_LIST})`;
const TITLE = new RegExp(`^[ \\t]{0,3}#{1,3}[ \\t].*\\b${KINDS}\\b`, 'im');
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]{0,4000}?)\r?\n---/;
const PREAMBLE = new RegExp(
  '\\b(?:this|the)\\s+(?:[\\w-]+\\s+){0,5}(?:agreement|amendment|addendum|order form|statement of work|lease|' +
    'term sheet|side letter|letter|terms)\\b[^.]{0,200}\\b(?:is (?:made|entered into|dated)|are entered into|' +
    'between|by and between|made between|forms part of|amends|records)\\b',
  'i',
);
const PARTY_DEFINITION =
  /\((?:the\s+|hereinafter\s+(?:referred to as\s+)?(?:the\s+)?)?\*{0,2}["“][A-Z][\w &.-]{1,40}["”]\*{0,2}\)/;

/** True when the text reads as a contract. Looks at the first few kilobytes only. */
export function looksLikeContract(text: string): boolean {
  const head = text.slice(0, 6000);
  const fm = FRONT_MATTER.exec(head);
  if (fm) {
    const yaml = fm[1]!;
    if (/^contract:\s*(?:false|no)\s*$/im.test(yaml)) return false;
    if (/^contract:\s*(?:true|yes)\s*$/im.test(yaml)) return true;
    if (/^(?:parties|provider|customer|supplier|licensor|licensee|landlord|tenant):/im.test(yaml)) return true;
    if (new RegExp(`^(?:title|document|form|type):.*\\b${KINDS}\\b`, 'im').test(yaml)) return true;
  }
  if (TITLE.test(head)) return true;
  if (PREAMBLE.test(head)) return true;
  // Two defined parties in the opening: ("Customer") … ("Provider").
  const defs = head.match(new RegExp(PARTY_DEFINITION.source, 'g')) ?? [];
  return defs.length >= 2 && /\b(?:shall|agree[sd]?|hereby)\b/i.test(head);
}
