/**
 * The familiar linter layout: `file:line:col  severity  message  rule-id`, one finding a line,
 * then a summary line. Colour is the caller's choice (the CLI turns it on for terminals).
 */
import type { Finding, Severity } from '../model.js';
import { LineIndex } from '../lines.js';

export interface TextFile {
  path: string;
  text: string;
  findings: readonly Finding[];
}

export interface TextOptions {
  color?: boolean;
}

const paint = (on: boolean, code: string, s: string): string => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', info: '36' };

/** Formats findings as lines of `file:line:col  severity  message  rule-id`. */
export function formatText(files: readonly TextFile[], options: TextOptions = {}): string {
  const color = options.color ?? false;
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let withFindings = 0;
  for (const file of files) {
    if (file.findings.length === 0) continue;
    withFindings++;
    const lines = new LineIndex(file.text);
    for (const f of file.findings) {
      counts[f.severity]++;
      const { line, column } = lines.position(f.start);
      out.push(
        `${paint(color, '4', `${file.path}:${line}:${column}`)}  ` +
          `${paint(color, SEVERITY_COLOR[f.severity], f.severity)}  ` +
          `${f.message}  ${paint(color, '2', f.ruleId)}`,
      );
    }
  }
  out.push(summary(counts, files.length, withFindings, color));
  return `${out.join('\n')}\n`;
}

function summary(counts: Record<Severity, number>, files: number, withFindings: number, color: boolean): string {
  const total = counts.error + counts.warning + counts.info;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (total === 0) return paint(color, '32', `✔ No findings in ${plural(files, 'file')}.`);
  const parts = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
  return paint(
    color,
    counts.error || counts.warning ? '31' : '36',
    `✖ ${plural(total, 'finding')} (${parts}) in ${plural(withFindings, 'file')} of ${files}.`,
  );
}
