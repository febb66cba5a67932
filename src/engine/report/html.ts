/**
 * The give/get report as one self-contained HTML document: inline styles under a strict
 * Content-Security-Policy with a nonce, no script at all, every piece of document text escaped.
 */
import type { Ledger, LedgerItem } from './ledger.js';
import { worstFirst, type ContractRow } from './workspace.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' })[c]!);
}

const STYLE = `
:root { color-scheme: light dark; --fg: #1b1f24; --bg: #ffffff; --muted: #59636e; --line: #d1d9e0; --warn: #9a6700; --ok: #1a7f37; --bad: #cf222e; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --warn: #d29922; --ok: #3fb950; --bad: #f85149; } }
body { font: 14px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; } .muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid var(--line); padding: .4rem .5rem; text-align: left; vertical-align: top; }
.status-unbalanced, .status-optional-only { color: var(--bad); } .status-balanced, .status-mutual, .status-accepted { color: var(--ok); }
.parties { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem; }
.party { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; } ul { padding-left: 1.2rem; } q { font-style: italic; }`;

const li = (i: LedgerItem): string => `<li>${escapeHtml(i.label)}${i.value ? ` (${escapeHtml(i.value)})` : ''} <span class="muted">${escapeHtml(i.where)}</span>: <q>${escapeHtml(i.text)}</q></li>`;

function section(path: string, l: Ledger, level: 1 | 2): string {
  const h = `h${level}`;
  const sub = `h${level + 1}`;
  const parties = l.parties.map((p) => `<div class="party"><${sub}>${escapeHtml(p.alias)} <span class="muted">${escapeHtml(p.name)} · ${escapeHtml(p.role)}</span></${sub}>
<p><strong>Gives</strong> ${escapeHtml(p.givesTotals.join('; ') || 'nothing')}</p><ul>${p.gives.map(li).join('')}</ul>
<p><strong>Gets</strong> ${escapeHtml(p.getsTotals.join('; ') || 'nothing')}</p><ul>${p.gets.map(li).join('')}</ul>
<p>${p.unbalanced} unbalanced concession${p.unbalanced === 1 ? '' : 's'}</p></div>`).join('\n');
  const rows = l.concessions.map((c) => `<tr><td>${escapeHtml(c.label)}${c.value ? ` (${escapeHtml(c.value)})` : ''}</td><td>${escapeHtml(c.where)} <span class="muted">line ${c.line}</span></td><td>${escapeHtml(c.grantor)} → ${escapeHtml(c.beneficiary)}</td><td class="status-${escapeHtml(c.status)}">${escapeHtml(c.statusText)}</td><td><q>${escapeHtml(c.text)}</q></td></tr>`).join('\n');
  return `<section><${h}>Give/get report: ${escapeHtml(l.title || path)}</${h}>
<p class="muted">${escapeHtml(path)} · ${escapeHtml(l.summary)}.</p>
<div class="parties">${parties}</div>
<${sub}>Concessions</${sub}>
<table><thead><tr><th>Kind</th><th>Clause</th><th>Grantor → Beneficiary</th><th>Status</th><th>Text</th></tr></thead><tbody>
${rows || '<tr><td colspan="5">No concessions found.</td></tr>'}
</tbody></table></section>`;
}

function page(title: string, body: string, nonce: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${escapeHtml(nonce)}'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${escapeHtml(nonce)}">${STYLE}</style></head>
<body>
${body}
<p class="muted">Made by Reciprocity.</p>
</body></html>
`;
}

/** One contract's report as a complete HTML document. */
export function renderHtml(path: string, l: Ledger, nonce: string): string {
  return page(`Give/get report: ${l.title || path}`, section(path, l, 1), nonce);
}

/** Several contracts: the overview, worst first, then each contract. */
export function renderWorkspaceHtml(files: { path: string; ledger: Ledger }[], rows: ContractRow[], nonce: string): string {
  const overview = worstFirst(rows).map((r) => `<tr><td>${escapeHtml(r.path)}</td><td>${escapeHtml(r.parties)}</td><td>${r.concessions}</td><td class="${r.unbalanced ? 'status-unbalanced' : 'status-balanced'}">${r.unbalanced}</td><td>${r.balanced}</td></tr>`).join('\n');
  const body = `<h1>Give/get report: contracts</h1>
<table><thead><tr><th>Contract</th><th>Parties</th><th>Concessions</th><th>Unbalanced</th><th>Balanced</th></tr></thead><tbody>
${overview}
</tbody></table>
${files.map((f) => section(f.path, f.ledger, 2)).join('\n')}`;
  return page('Give/get report: contracts', body, nonce);
}
