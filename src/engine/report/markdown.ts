/** The give/get report as Markdown, every piece of document text escaped so it renders as text. */
import type { ConcessionRow, Ledger } from './ledger.js';
import { worstFirst, type ContractRow } from './workspace.js';

/** Escapes text for Markdown, tables included: no HTML, no links, no emphasis survives. */
export function escapeMarkdown(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[\\`*_[\]|<>~]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}

/** One contract's report: a line per party, then the concessions in document order. */
export function renderMarkdown(path: string, l: Ledger): string {
  const out: string[] = [];
  out.push(
    `# Give/get report: ${escapeMarkdown(l.title || path)}`,
    '',
    `${escapeMarkdown(path)} · ${escapeMarkdown(l.summary)}.`,
    '',
  );
  for (const p of l.parties) out.push(`- **${escapeMarkdown(p.display)}** ${escapeMarkdown(p.balance)}`);
  out.push('', '## Concessions', '');
  for (const c of l.concessions) out.push(...concession(c));
  if (l.concessions.length === 0) out.push('No concessions found.', '');
  return `${out.join('\n').trimEnd()}\n`;
}

function concession(c: ConcessionRow): string[] {
  const lines = [
    `### ${escapeMarkdown(c.statusWord)}: ${escapeMarkdown(c.label)}${c.value ? ` (${escapeMarkdown(c.value)})` : ''} ${escapeMarkdown(c.where)}`,
    '',
    `${escapeMarkdown(c.grantor)} → ${escapeMarkdown(c.beneficiary)}, line ${c.line}: “${escapeMarkdown(c.text)}”`,
    '',
  ];
  if (c.balancedByText.length) lines.push(`Balanced by ${escapeMarkdown(c.balancedByText.join(', '))}.`, '');
  for (const why of c.considered) lines.push(`Not counted: ${escapeMarkdown(why)}.`, '');
  if (c.status === 'accepted' || c.status === 'mutual') lines.push(`${escapeMarkdown(c.statusText)}.`, '');
  if (c.asks[0]) lines.push(`Ask for: ${escapeMarkdown(c.asks[0].text)}`, '');
  return lines;
}

/** Several contracts: the overview table, worst first, then each contract's report. */
export function renderWorkspaceMarkdown(files: { path: string; ledger: Ledger }[], rows: ContractRow[]): string {
  const out: string[] = [
    '# Give/get report: contracts',
    '',
    '| Contract | Parties | Concessions | Unbalanced | Balanced |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const r of worstFirst(rows))
    out.push(
      `| ${escapeMarkdown(r.path)} | ${escapeMarkdown(r.parties)} | ${r.concessions} | ${r.unbalanced} | ${r.balanced} |`,
    );
  // Each contract's headings one level down, under the overview.
  for (const f of files) out.push('', renderMarkdown(f.path, f.ledger).replace(/^(#{1,5}) /gm, '#$1 '));
  return `${out.join('\n')}\n`;
}
