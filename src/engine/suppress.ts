/**
 * Inline suppression by HTML comment, in the manner of unified-message-control:
 *
 * - `<!-- reciprocity-disable-next-line unreciprocated-concession -- agreed on the call -->`
 *   silences the next block (the lines up to the next blank line);
 * - `… <!-- reciprocity-disable-line unreciprocated-concession -- reason -->` at the end of a line
 *   silences that line (the quick fix inserts this one: it never splits a paragraph or a table);
 * - `<!-- reciprocity-disable rule -->` … `<!-- reciprocity-enable rule -->` silences a range.
 *
 * No rule ids means every rule. The text after `--` is the reason, kept with the finding.
 */
import { withLazy } from './lazy.js';
import type { Finding } from './model.js';
import type { LineIndex } from './lines.js';

export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  rules: string[];
  reason?: string;
  start: number;
  end: number;
}

// A directive ends at the first "-->", and never runs into another "<!--": a comment left unclosed
// must not swallow the directive after it.
const DIRECTIVE =
  /<!--\s*reciprocity-(disable-next-line|disable-line|disable|enable)\b((?:(?!<!--)[\s\S]){0,500}?)-->/g;

/** What every suppression comment holds: a text without it has none. */
export const DIRECTIVE_WORD = 'reciprocity-';

/** Reads the suppression comments of a document. */
export function readDirectives(text: string): Directive[] {
  if (!text.includes(DIRECTIVE_WORD)) return [];
  const directives: Directive[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const [ids, ...reason] = m[2]!.split(/\s--\s|\s--$/);
    directives.push({
      kind: m[1] as Directive['kind'],
      rules: (ids ?? '').split(/[\s,]+/).filter(Boolean),
      reason: reason.join(' -- ').trim() || undefined,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return directives;
}

/** Splits findings into those reported and those an inline comment switched off. */
export function applyDirectives(
  text: string,
  lines: LineIndex,
  findings: Finding[],
  directives: Directive[],
): { kept: Finding[]; suppressed: (Finding & { reason?: string })[] } {
  if (directives.length === 0) return { kept: findings, suppressed: [] };
  const ranges: { from: number; to: number; rules: string[]; reason?: string }[] = [];
  const open = new Map<string, Directive>();
  for (const d of directives) {
    if (d.kind === 'disable-line') {
      const line = lines.position(d.start).line;
      ranges.push({ from: lines.lineStart(line), to: d.start, rules: d.rules, reason: d.reason });
    } else if (d.kind === 'disable-next-line') {
      const { from, to } = nextBlock(text, lines, d.end);
      ranges.push({ from, to, rules: d.rules, reason: d.reason });
    } else if (d.kind === 'disable') {
      for (const rule of d.rules.length ? d.rules : ['*']) open.set(rule, d);
    } else {
      for (const rule of d.rules.length ? d.rules : [...open.keys()]) {
        const start = open.get(rule);
        if (!start) continue;
        ranges.push({ from: start.end, to: d.start, rules: rule === '*' ? [] : [rule], reason: start.reason });
        open.delete(rule);
      }
    }
  }
  for (const [rule, start] of open)
    ranges.push({ from: start.end, to: text.length, rules: rule === '*' ? [] : [rule], reason: start.reason });

  const kept: Finding[] = [];
  const suppressed: (Finding & { reason?: string })[] = [];
  for (const finding of findings) {
    const range = ranges.find(
      (r) =>
        r.from <= finding.start && finding.start < r.to && (r.rules.length === 0 || r.rules.includes(finding.ruleId)),
    );
    // Its drafted give-backs are carried, not drafted (lazy.ts).
    if (range) suppressed.push(withLazy(withLazy({}, finding), range.reason ? { reason: range.reason } : {}));
    else kept.push(finding);
  }
  return { kept, suppressed };
}

/** The block after a comment: from the next non-blank line to the next blank line. */
function nextBlock(text: string, lines: LineIndex, after: number): { from: number; to: number } {
  let line = lines.position(after).line + 1;
  const lineText = (n: number): string =>
    text.slice(lines.lineStart(n), n < lines.lineCount ? lines.lineStart(n + 1) : text.length);
  // The comment may share its line with text after it; then that text is not the next line.
  while (line <= lines.lineCount && lineText(line).trim() === '') line++;
  const from = lines.lineStart(line);
  let end = line;
  while (end + 1 <= lines.lineCount && lineText(end + 1).trim() !== '') end++;
  const to = end < lines.lineCount ? lines.lineStart(end + 1) : text.length;
  return { from, to };
}
