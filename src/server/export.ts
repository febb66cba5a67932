/** An open document's report as a file, in the format the user picked (protocol.ts `exportRequest`). */
import {
  ledger,
  renderMarkdown,
  renderHtml,
  renderRoundMarkdown,
  roundSectionHtml,
  toJsonFile,
  toJsonReport,
  toSarif,
  type Review,
} from '../engine/index.js';
import type { ExportParams } from './protocol.js';

export function exportReport(review: Review, { path, format, nonce, version, round }: ExportParams): string {
  if (format === 'md')
    return renderMarkdown(path, ledger(review)) + (round ? `\n${renderRoundMarkdown(round, true)}` : '');
  if (format === 'html')
    return renderHtml(path, ledger(review), nonce, round && { label: round.old, html: roundSectionHtml(round, 3) });
  if (format === 'json') return `${JSON.stringify(toJsonReport([toJsonFile(path, review)]), null, 2)}\n`;
  const sarif = toSarif([{ path, text: review.text, findings: review.findings }], {
    version,
    informationUri: 'https://github.com/reciprocity/reciprocity',
  });
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
