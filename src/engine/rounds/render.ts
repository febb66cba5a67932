/**
 * A negotiation round as text, Markdown or HTML: per party, what it conceded, withdrew, changed and
 * gave back this round, then the round's net movement. Document text is escaped in every format.
 */
import { escapeHtml } from '../report/html.js';
import { escapeMarkdown } from '../report/markdown.js';
import type { RoundDiff } from './diff.js';
import type { TermValue } from '../model.js';
import { benefitLabels, concessionLabels } from '../describe.js';
import { figuresOf } from '../report/ledger.js';

type Item = RoundDiff['concessions']['added'][number] | RoundDiff['benefits']['added'][number];

/** "discount (15%)", "longer payment terms (60 days)". */
function named(item: Item): string {
  const label =
    (concessionLabels as Record<string, string>)[item.kind] ??
    (benefitLabels as Record<string, string>)[item.kind] ??
    item.kind;
  const figures = item.value && figuresOf(item.value as TermValue);
  return `${label}${figures ? ` (${figures})` : ''}`;
}

export interface RoundLine {
  mark: '+' | '-' | '~';
  verb: string;
  text: string;
  quote: string;
}

/** Each party's moves this round, in the order a negotiator reads them. */
export function moves(diff: RoundDiff): Map<string, RoundLine[]> {
  const byParty = new Map<string, RoundLine[]>();
  const add = (who: string, line: RoundLine): void => {
    const lines = byParty.get(who);
    if (lines) lines.push(line);
    else byParty.set(who, [line]);
  };
  const at = (i: Item): string => `line ${i.range.start.line}`;
  for (const c of diff.concessions.added)
    add(c.by, {
      mark: '+',
      verb: 'conceded',
      text: `${named(c)} at ${at(c)}${c.status === 'unbalanced' || c.status === 'optional-only' ? ', with nothing binding back' : ', reciprocated'}`,
      quote: c.text,
    });
  for (const c of diff.concessions.withdrawn)
    add(c.by, { mark: '-', verb: 'withdrew', text: `${named(c)} (was at ${at(c)})`, quote: c.text });
  const became = (before: Item, after: Item, what: string[]): string =>
    what.includes('figures') ? `${named(before)} → ${named(after)}` : named(after);
  for (const { before, after, what } of diff.concessions.changed)
    add(after.by, {
      mark: '~',
      verb: 'changed',
      text:
        `${became(before, after, what)} at ${at(after)}` +
        `${what.includes('condition') ? ', its condition changed' : ''}` +
        (what.includes('reciprocation')
          ? ', now ' +
            (after.status === 'balanced' || after.status === 'mutual' ? 'reciprocated' : 'with nothing binding back')
          : ''),
      quote: after.text,
    });
  for (const b of diff.benefits.added)
    add(b.by, {
      mark: '+',
      verb: 'gave back',
      text: `${named(b)} at ${at(b)}${b.binding ? '' : ' (optional)'}`,
      quote: b.text,
    });
  for (const b of diff.benefits.withdrawn)
    add(b.by, { mark: '-', verb: 'took back', text: `${named(b)} (was at ${at(b)})`, quote: b.text });
  for (const { before, after, what } of diff.benefits.changed)
    add(after.by, {
      mark: '~',
      verb: 'changed',
      text: `${became(before, after, what)} at ${at(after)}${what.includes('binding') ? (after.binding ? ', now binding' : ', now optional') : ''}`,
      quote: after.text,
    });
  return byParty;
}

/** One line per party: what it gave and got this round. */
export function netMovement(diff: RoundDiff): string[] {
  const parties = new Set(
    [...diff.concessions.added, ...diff.concessions.withdrawn, ...diff.benefits.added, ...diff.benefits.withdrawn]
      .flatMap((i) => [i.by, i.to])
      .concat([...diff.concessions.changed, ...diff.benefits.changed].map((c) => c.after.by)),
  );
  const list = (items: Item[]): string =>
    items.length ? `${items.length} (${items.map(named).join(', ')})` : 'nothing';
  return [...parties]
    .filter((p) => p !== 'both' && p !== 'unknown')
    .sort()
    .map((p) => {
      const conceded = diff.concessions.added.filter((c) => c.by === p);
      const withdrawn = diff.concessions.withdrawn.filter((c) => c.by === p);
      const changed = [...diff.concessions.changed, ...diff.benefits.changed]
        .filter((c) => c.after.by === p)
        .map((c) => c.after);
      const gaveBack = diff.benefits.added.filter((b) => b.by === p);
      const got = [
        ...diff.concessions.added.filter((c) => c.to === p),
        ...diff.benefits.added.filter((b) => b.to === p),
      ];
      return (
        `${p} conceded ${list(conceded)}` +
        `${withdrawn.length ? `, withdrew ${list(withdrawn)}` : ''}` +
        `${changed.length ? `, changed ${list(changed)}` : ''}` +
        `, gave back ${list(gaveBack)}; got ${list(got)}.`
      );
    });
}

export function renderRoundText(diff: RoundDiff): string {
  const out = [`Round: ${diff.old} → ${diff.new}`, ''];
  const byParty = moves(diff);
  if (!byParty.size) out.push('No concession or give-back changed this round.', '');
  for (const [party, lines] of byParty) {
    out.push(party);
    for (const l of lines) out.push(`  ${l.mark} ${l.verb}: ${l.text}: “${l.quote}”`);
    out.push('');
  }
  out.push('Net movement:', ...netMovement(diff).map((l) => `  ${l}`));
  out.push('', `${diff.findings.length} finding${diff.findings.length === 1 ? '' : 's'} new this round.`);
  return `${out.join('\n')}\n`;
}

/** The round as Markdown: a page of its own, or (`since`) a section of a contract's report. */
export function renderRoundMarkdown(diff: RoundDiff, since = false): string {
  const out = [
    since
      ? `## Since ${escapeMarkdown(diff.old)}`
      : `# Round: ${escapeMarkdown(diff.old)} → ${escapeMarkdown(diff.new)}`,
    '',
  ];
  for (const [party, lines] of moves(diff)) {
    out.push(`${since ? '###' : '##'} ${escapeMarkdown(party)}`, '');
    for (const l of lines) out.push(`- **${l.verb}** ${escapeMarkdown(l.text)}: “${escapeMarkdown(l.quote)}”`);
    out.push('');
  }
  out.push(
    `${since ? '###' : '##'} Net movement`,
    '',
    ...netMovement(diff).map((l) => `- ${escapeMarkdown(l)}`),
    '',
    `${diff.findings.length} finding${diff.findings.length === 1 ? '' : 's'} new this round.`,
  );
  return `${out.join('\n')}\n`;
}

/** The round as an HTML section (headings from `level`), for a page of its own or a contract's report. */
export function roundSectionHtml(diff: RoundDiff, level: 2 | 3): string {
  const h = `h${level}`;
  const parties = [...moves(diff)]
    .map(
      ([party, lines]) =>
        `<${h}>${escapeHtml(party)}</${h}><ul>` +
        lines
          .map(
            (l) =>
              `<li><strong>${escapeHtml(l.verb)}</strong> ${escapeHtml(l.text)}: <q>${escapeHtml(l.quote)}</q></li>`,
          )
          .join('') +
        '</ul>',
    )
    .join('\n');
  return `${parties}
<${h}>Net movement</${h}><ul>${netMovement(diff)
    .map((l) => `<li>${escapeHtml(l)}</li>`)
    .join('')}</ul>
<p>${diff.findings.length} finding${diff.findings.length === 1 ? '' : 's'} new this round.</p>`;
}

const ROUND_STYLE =
  'body { font: 14px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; } ' +
  'q { font-style: italic; }';

/** A complete HTML page under a strict CSP: no script, its one style element carrying the nonce. */
export function renderRoundHtml(diff: RoundDiff, nonce: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${escapeHtml(nonce)}'; base-uri 'none'; form-action 'none'">
<title>Round: ${escapeHtml(diff.old)} → ${escapeHtml(diff.new)}</title>
<style nonce="${escapeHtml(nonce)}">${ROUND_STYLE}</style></head>
<body><h1>Round: ${escapeHtml(diff.old)} → ${escapeHtml(diff.new)}</h1>
${roundSectionHtml(diff, 2)}
</body></html>
`;
}
