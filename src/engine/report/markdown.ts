/** The give/get report as Markdown, every piece of document text escaped so it renders as text. */
import type { Ledger, LedgerItem } from './ledger.js';
import { worstFirst, type ContractRow } from './workspace.js';

/** Escapes text for Markdown, tables included: no HTML, no links, no emphasis survives. */
export function escapeMarkdown(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[\\`*_[\]|<>~]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}

const item = (i: LedgerItem): string => `${escapeMarkdown(i.label)}${i.value ? ` (${escapeMarkdown(i.value)})` : ''} ${escapeMarkdown(i.where)}: “${escapeMarkdown(i.text)}”`;

/** One contract's report. */
export function renderMarkdown(path: string, l: Ledger): string {
  const out: string[] = [];
  out.push(`# Give/get report: ${escapeMarkdown(l.title || path)}`, '', `${escapeMarkdown(path)} · ${escapeMarkdown(l.summary)}.`, '');
  out.push('## Ledger', '', '| Party | Gives | Gets | Unbalanced concessions |', '| --- | --- | --- | --- |');
  for (const p of l.parties) out.push(`| ${escapeMarkdown(p.alias)} (${escapeMarkdown(p.name)}, ${escapeMarkdown(p.role)}) | ${escapeMarkdown(p.givesTotals.join('; ') || '—')} | ${escapeMarkdown(p.getsTotals.join('; ') || '—')} | ${p.unbalanced} |`);
  for (const p of l.parties) {
    out.push('', `### ${escapeMarkdown(p.alias)}`, '', '**Gives**', '');
    out.push(...(p.gives.length ? p.gives.map((i) => `- ${item(i)}`) : ['- nothing']));
    out.push('', '**Gets**', '');
    out.push(...(p.gets.length ? p.gets.map((i) => `- ${item(i)}`) : ['- nothing']));
  }
  out.push('', '## Concessions', '', '| Kind | Clause | Grantor → Beneficiary | Status | Text |', '| --- | --- | --- | --- | --- |');
  for (const c of l.concessions) {
    out.push(`| ${escapeMarkdown(c.label)}${c.value ? ` (${escapeMarkdown(c.value)})` : ''} | ${escapeMarkdown(c.where)} (line ${c.line}) | ${escapeMarkdown(c.grantor)} → ${escapeMarkdown(c.beneficiary)} | ${escapeMarkdown(c.statusText)} | “${escapeMarkdown(c.text)}” |`);
  }
  if (l.concessions.length === 0) out.push('| — | — | — | no concessions found | — |');
  return `${out.join('\n')}\n`;
}

/** Several contracts: the overview table, worst first, then each contract's report. */
export function renderWorkspaceMarkdown(files: { path: string; ledger: Ledger }[], rows: ContractRow[]): string {
  const out: string[] = ['# Give/get report: contracts', '', '| Contract | Parties | Concessions | Unbalanced | Balanced |', '| --- | --- | --- | --- | --- |'];
  for (const r of worstFirst(rows)) out.push(`| ${escapeMarkdown(r.path)} | ${escapeMarkdown(r.parties)} | ${r.concessions} | ${r.unbalanced} | ${r.balanced} |`);
  for (const f of files) out.push('', renderMarkdown(f.path, f.ledger).replace(/^# /, '## ').replace(/\n## /g, '\n### ').replace(/\n### (?!#)/g, '\n### '));
  return `${out.join('\n')}\n`;
}
