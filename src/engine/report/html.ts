/**
 * The give/get report as one self-contained HTML document: inline styles under a strict
 * Content-Security-Policy with a nonce, no script at all, every piece of document text escaped.
 */
import type { ConcessionRow, Ledger } from './ledger.js';
import { worstFirst, type ContractRow } from './workspace.js';

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"'`]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' })[c]!,
  );
}

const STYLE = [
  '',
  ':root { color-scheme: light dark; --fg: #1b1f24; --bg: #ffffff; --muted: #59636e;' +
    ' --line: #d1d9e0; --warn: #9a6700; --ok: #1a7f37; --bad: #cf222e; }',
  '@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1;' +
    ' --line: #3d444d; --warn: #d29922; --ok: #3fb950; --bad: #f85149; } }',
  'body { font: 14px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg);' +
    ' margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }',
  'h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; } .muted { color: var(--muted); }',
  'table { border-collapse: collapse; width: 100%; }' +
    ' th, td { border-bottom: 1px solid var(--line); padding: .4rem .5rem; text-align: left; vertical-align: top; }',
  '.tone-warn { --tone: var(--warn); } .tone-ok { --tone: var(--ok); } .tone-muted { --tone: var(--muted); }' +
    ' .status { font-weight: 600; color: var(--tone); }',
  '.status-unbalanced { color: var(--warn); } .status-balanced { color: var(--ok); }',
  '.balances, .concessions { list-style: none; padding: 0; }' +
    ' .balances li { border-left: 3px solid var(--tone); padding-left: .5rem; margin: .25rem 0; }',
  '.concessions li { border: 1px solid var(--line); border-left: 3px solid var(--tone);' +
    ' border-radius: 4px; padding: .25rem .75rem; margin: 0 0 .6rem; }' +
    ' .concessions p { margin: .3rem 0; } q { font-style: italic; }',
].join('\n');

const concession = (c: ConcessionRow): string =>
  `<li class="tone-${c.tone}"><p><span class="status">${escapeHtml(c.statusWord)}</span> ` +
  `<strong>${escapeHtml(c.label)}${c.value ? ` (${escapeHtml(c.value)})` : ''}</strong> ` +
  `<span class="muted">${escapeHtml(c.where)} · line ${c.line} · ` +
  `${escapeHtml(c.grantor)} → ${escapeHtml(c.beneficiary)}</span></p>\n` +
  `<p><q>${escapeHtml(c.text)}</q></p>` +
  `${c.balancedByText.length ? `<p>Balanced by ${escapeHtml(c.balancedByText.join(', '))}</p>` : ''}` +
  `${c.considered.map((why) => `<p>Not counted: ${escapeHtml(why)}</p>`).join('')}` +
  `${c.status === 'accepted' || c.status === 'mutual' ? `<p class="muted">${escapeHtml(c.statusText)}</p>` : ''}` +
  `${c.asks[0] ? `<p><span class="muted">Ask for:</span> ${escapeHtml(c.asks[0].text)}</p>` : ''}</li>`;

function section(path: string, l: Ledger, level: 1 | 2): string {
  const h = `h${level}`;
  const sub = `h${level + 1}`;
  const parties = l.parties
    .map(
      (p) =>
        `<li class="${p.unbalanced ? 'tone-warn' : 'tone-ok'}"><strong>${escapeHtml(p.display)}</strong> ${escapeHtml(p.balance)}</li>`,
    )
    .join('\n');
  return `<section><${h}>Give/get report: ${escapeHtml(l.title || path)}</${h}>
<p class="muted">${escapeHtml(path)} · ${escapeHtml(l.summary)}.</p>
<ul class="balances">${parties}</ul>
<${sub}>Concessions</${sub}>
${l.concessions.length ? `<ol class="concessions">${l.concessions.map(concession).join('\n')}</ol>` : '<p>No concessions found.</p>'}</section>`;
}

function page(title: string, body: string, nonce: string): string {
  const csp =
    `default-src 'none'; style-src 'nonce-${escapeHtml(nonce)}'; ` +
    "img-src data:; base-uri 'none'; form-action 'none'";
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${escapeHtml(nonce)}">${STYLE}</style></head>
<body>
${body}
<p class="muted">Made by Reciprocity.</p>
</body></html>
`;
}

/** One contract's report as a complete HTML document; `since`, a section on the last round, where one was compared. */
export function renderHtml(path: string, l: Ledger, nonce: string, since?: { label: string; html: string }): string {
  const round = since ? `\n<section><h2>Since ${escapeHtml(since.label)}</h2>\n${since.html}</section>` : '';
  return page(`Give/get report: ${l.title || path}`, section(path, l, 1) + round, nonce);
}

/** Several contracts: the overview, worst first, then each contract. */
export function renderWorkspaceHtml(
  files: { path: string; ledger: Ledger }[],
  rows: ContractRow[],
  nonce: string,
): string {
  const overview = worstFirst(rows)
    .map(
      (r) =>
        `<tr><td>${escapeHtml(r.path)}</td><td>${escapeHtml(r.parties)}</td><td>${r.concessions}</td>` +
        `<td class="${r.unbalanced ? 'status-unbalanced' : 'status-balanced'}">${r.unbalanced}</td>` +
        `<td>${r.balanced}</td></tr>`,
    )
    .join('\n');
  const body = `<h1>Give/get report: contracts</h1>
<table><thead><tr><th>Contract</th><th>Parties</th><th>Concessions</th><th>Unbalanced</th><th>Balanced</th></tr></thead><tbody>
${overview}
</tbody></table>
${files.map((f) => section(f.path, f.ledger, 2)).join('\n')}`;
  return page('Give/get report: contracts', body, nonce);
}
