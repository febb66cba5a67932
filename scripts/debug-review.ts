// Prints the model of one contract: terms, dismissed matches, ties and judgements.
import { readFileSync } from 'node:fs';
import { review } from '../src/engine/index.js';
import { LineIndex } from '../src/engine/lines.js';
const text = readFileSync(process.argv[2]!, 'utf8');
const r = review(text);
const lines = new LineIndex(text);
const L = (o: number) => lines.position(o).line;
const alias = (id: string) => r.parties.find((p) => p.id === id)?.aliases[0] ?? id;
const q = (s: number, e: number) => JSON.stringify(text.slice(s, e).replace(/\s+/g, ' ').slice(0, 90));
for (const t of r.terms) {
  const j = r.judgements.find((x) => x.concession === t.id);
  const extra = t.type === 'benefit' ? (t.binding ? 'bind' : 'OPT') + (t.condition ? ' cond' : '') : `${j?.status} by=${j?.balancedBy} cons=${JSON.stringify(j?.considered)}`;
  console.log(`${t.id.padEnd(4)} L${L(t.start)} ${t.kind.padEnd(17)} ${alias(t.by)}->${alias(t.to)} [${t.cue}] ${extra} ${q(t.start, t.end)}`);
}
for (const d of r.dismissed) console.log(`  x L${L(d.start)} ${d.kind} ${d.reason} [${d.cue}] ${q(d.start, d.end)}`);
for (const t of r.ties) console.log(`  tie ${t.concession}-${t.benefit} ${t.via}`);
for (const f of r.findings) console.log(`  F L${L(f.start)} ${f.ruleId}: ${f.message}`);
