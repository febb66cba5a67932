/**
 * The parties as they sign: after "IN WITNESS WHEREOF", each party's block gives its name above
 * the line its officer signs on ("ACME INC.\nBy: ____ Name: … Title: …"), or after "For and on
 * behalf of". A company named right after "By:" signs for the one above it ("By: X LLC, its
 * general partner") and is no party of its own.
 */
import { readName, type NameSpan } from '../names.js';
import { roleOf } from '../lexicons/roles.js';

export interface Signatory {
  name: NameSpan;
  /** The role the block is labelled with ("LICENSOR:", "Party A:"), if any. */
  label?: { term: string; start: number; end: number };
}

const EXECUTION_LIST = [
  'IN\\s+WITNESS\\s+(?:WHEREOF|THEREOF|HEREOF)|In\\s+[Ww]itness\\s+(?:[Ww]hereof|[Tt]hereof)',
  'IN\\s+EVIDENCE\\s+WHEREOF|In\\s+evidence\\s+whereof|EXECUTED\\s+(?:as\\s+a\\s+deed|by\\s+the\\s+parties)',
  'SIGNED\\s+by|AGREED\\s+AND\\s+ACCEPTED|Agreed\\s+and\\s+[Aa]ccepted|ACCEPTED\\s+AND\\s+AGREED',
  'Yours\\s+(?:sincerely|faithfully|truly)|Sincerely(?:\\s+yours)?|Very\\s+truly\\s+yours|Kind\\s+regards',
].join('|');

/** Where the signatures start. */
const EXECUTION = new RegExp(`\\b(?:${EXECUTION_LIST})\\b`, 'g');
/** What ends the signature pages: a schedule or an exhibit that follows them. */
const AFTER_SIGNATURES =
  /\n[ \t]*(?:SCHEDULE|Schedule|EXHIBIT|Exhibit|ANNEX|Annex|APPENDIX|Appendix|ATTACHMENT|Attachment)\b[ \t]*[A-Z\d]/g;
/** A line to sign on, near a party's name: "By:", "/s/", "Signature", "Name:", a rule. */
const SIGNING_LINE = /\bBy\b|\bBY\s*:|\/s\/|\bSignature\b|\bName\s*:|_{4}|-{6}/;
const SIGNING_LINES = new RegExp(SIGNING_LINE.source, 'g');
/** How far before its line to sign on a party's name may be. */
const SIGNING_REACH = 300;
/** Words that introduce a name that is not a party's: who signs for it, where it is. */
const NOT_A_SIGNATORY_BEFORE =
  /(?:\bBy|\bBY|\bIts|\bITS|\bc\/o|\bAttention|\bAttn|\bAddress|\bof|\bat|\bwith\s+a\s+copy\s+to|\bcopy\s+to|\bName|\bTitle|\ba|\ban)\s*(?::\s*)?$/;

const CAPACITIES = [
  'general\\s+partner|member|manager|managing\\s+member|attorney|agent|trustee|administrator',
  'investment\\s+(?:manager|adviser|advisor)|sole\\s+member',
].join('|');

/** "…, its general partner", "as agent for": a company that signs for another. */
const SIGNS_FOR = new RegExp(
  `^\\s*,?\\s*(?:its|as\\s+(?:its\\s+)?)\\s*(?:sole\\s+|managing\\s+)?(?:${CAPACITIES})\\b`,
  'i',
);
const FOR_AND_ON_BEHALF =
  /\b(?:for\s+and\s+on\s+behalf\s+of|For\s+and\s+on\s+behalf\s+of|FOR\s+AND\s+ON\s+BEHALF\s+OF)\s*:?\s*/g;
/** "LICENSOR:", "Party A:", "SPONSOR(S):": a block's label. */
const LABEL = /(?:^|\s)((?:Party|PARTY)\s+[A-D]|[A-Z][A-Za-z]+(?:\(S\))?)\s*:\s*$/;

/** At most so many characters of signature pages are read: enough for fifty parties' blocks. */
const REACH = 15_000;
const MAX_SIGNATORIES = 100;

/** The parties named in the signature blocks of the document's first execution clause. */
export function readSignatories(prose: string): Signatory[] {
  EXECUTION.lastIndex = 0;
  const execution = EXECUTION.exec(prose);
  if (!execution) return [];
  const start = execution.index + execution[0].length;
  let end = Math.min(prose.length, start + REACH);
  AFTER_SIGNATURES.lastIndex = start + 200;
  const after = AFTER_SIGNATURES.exec(prose);
  if (after && after.index < end) end = after.index;
  const found: Signatory[] = [];
  const taken = new Set<number>();
  // "For and on behalf of ABS Telecom plc".
  for (const m of prose.slice(start, end).matchAll(FOR_AND_ON_BEHALF)) {
    const at = start + m.index + m[0].length;
    const name = readName(prose, at, end);
    if (name?.formal && !taken.has(name.start)) {
      taken.add(name.start);
      found.push({ name });
    }
  }
  // "ACME INC.\nBy: …": a company's name with a line to sign on after it; read only in the words before such lines.
  let scanned = start;
  for (const line of prose.slice(start, end).matchAll(SIGNING_LINES)) {
    const lineAt = start + line.index;
    let i = Math.max(scanned, lineAt - SIGNING_REACH);
    // Not from inside a word, nor inside a name read before.
    for (const f of found) if (f.name.start <= i && i < f.name.end) i = f.name.end;
    while (i > start && i < lineAt && /[\p{L}\d.&,-]/u.test(prose[i - 1]!)) i++;
    for (; i < lineAt && found.length < MAX_SIGNATORIES; i++) {
      if (!/[\p{Lu}\d]/u.test(prose[i]!) || (i > start && !/[\s:]/.test(prose[i - 1]!))) continue;
      const name = readName(prose, i, end);
      if (!name?.formal) continue;
      i = name.end - 1;
      scanned = Math.max(scanned, name.end);
      const before = prose.slice(Math.max(start, name.start - 40), name.start);
      const after = prose.slice(name.end, Math.min(end, name.end + SIGNING_REACH));
      if (
        taken.has(name.start) ||
        NOT_A_SIGNATORY_BEFORE.test(before) ||
        SIGNS_FOR.test(after) ||
        !SIGNING_LINE.test(after)
      )
        continue;
      taken.add(name.start);
      found.push(headedByRole(prose, name) ?? { name, ...labelOf(prose, name, before) });
    }
    scanned = Math.max(scanned, lineAt);
  }
  return found.sort((a, b) => a.name.start - b.name.start);
}

/** "RESELLER MTI TECHNOLOGY CORPORATION": a block headed by its role, in capitals like the name. */
function headedByRole(prose: string, name: NameSpan): Signatory | undefined {
  const m = /^([A-Z]{3,})\s+/.exec(prose.slice(name.start, name.end));
  if (!m || !roleOf(m[1]!)) return undefined;
  const rest = readName(prose, name.start + m[0].length, name.end);
  if (!rest?.formal) return undefined;
  const term = m[1]![0] + m[1]!.slice(1).toLowerCase();
  return { name: rest, label: { term, start: name.start, end: name.start + m[1]!.length } };
}

/** "LICENSOR: ACME INC.": the block's label, if it is a role or "Party A". */
function labelOf(prose: string, name: NameSpan, before: string): { label?: Signatory['label'] } {
  const m = LABEL.exec(before);
  // "FRANCHISEE:   FRANCHISOR:   ARC … LLC": labels side by side name the blocks in turn, not the nearest.
  if (!m || /\b[A-Z][A-Z()]+\s*:\s*$/.test(before.slice(0, m.index))) return {};
  const term = m[1]!.replace(/\(S\)$/, '');
  if (!/^part/i.test(term) && !roleOf(term)) return {};
  const at = name.start - before.length + m.index + m[0].indexOf(m[1]!);
  const pretty = /^part/i.test(term) ? term.replace(/\s+/g, ' ') : term[0]! + term.slice(1).toLowerCase();
  return { label: { term: pretty, start: at, end: at + m[1]!.length } };
}
