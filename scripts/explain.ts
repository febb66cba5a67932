// `npm run explain -- FILE.md`: prints the model of one contract — parties, clauses with numbers,
// terms with who gives what to whom, what was set aside and why, the ties and the findings.
import { readFileSync } from 'node:fs';
import { review } from '../src/engine/index.js';
import { LineIndex } from '../src/engine/lines.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run explain -- FILE.md');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const r = review(text);
const lines = new LineIndex(text);
const L = (o: number): number => lines.position(o).line;
const alias = (id: string): string => r.parties.find((p) => p.id === id)?.aliases[0] ?? id;
const q = (s: number, e: number): string => JSON.stringify(text.slice(s, e).replace(/\s+/g, ' ').slice(0, 90));

console.log('parties');
for (const p of r.parties)
  console.log(`  ${p.id} ${p.name} ${JSON.stringify(p.aliases)} ${p.role} ${p.side ?? ''} ${p.pronouns.join(',')}`);
console.log('numbered clauses');
console.log(
  `  ${r.clauses
    .filter((c) => c.number)
    .map((c) => `${c.number}${c.section && c.section !== c.number ? `[${c.section}]` : ''}`)
    .join(' ')}`,
);
console.log('terms');
for (const t of r.terms) {
  const j = r.judgements.find((x) => x.concession === t.id);
  const extra =
    t.type === 'benefit'
      ? (t.binding ? 'binding' : 'optional') + (t.condition ? ' condition' : '')
      : `${j?.status}${j?.balancedBy.length ? ` by ${j.balancedBy}` : ''}${j?.considered.length ? ` considered ${JSON.stringify(j.considered)}` : ''}`;
  console.log(
    `  ${t.id.padEnd(4)} L${L(t.start)} ${t.kind.padEnd(17)} ${alias(t.by)} -> ${alias(t.to)} [${t.cue}] ${extra} ${q(t.start, t.end)}`,
  );
}
console.log('set aside');
for (const d of r.dismissed) console.log(`  L${L(d.start)} ${d.kind} ${d.reason} [${d.cue}] ${q(d.start, d.end)}`);
console.log('ties');
for (const t of r.ties)
  console.log(`  ${t.concession}-${t.benefit} ${t.via}${t.at ? ` ${q(t.at.start, t.at.end)}` : ''}`);
console.log('findings');
for (const f of r.findings) console.log(`  L${L(f.start)} ${f.ruleId}: ${f.message}`);
