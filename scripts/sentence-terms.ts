// Prints, for each labelled sentence of ../shared/eval/sentences.json, the label and the terms the
// engine found on its line (with cue ids): a working aid for reading false alarms by class.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { review } from '../src/engine/index.js';
import { LineIndex } from '../src/engine/lines.js';

const shared = join(import.meta.dirname, '..', '..', 'shared');
const sentences = JSON.parse(readFileSync(join(shared, 'eval', 'sentences.json'), 'utf8')) as {
  id: string;
  file: string;
  line: number;
  text: string;
  type: string;
  why?: string;
}[];
const only = process.argv[2];
const cache = new Map<string, { r: ReturnType<typeof review>; lines: LineIndex; text: string }>();
for (const s of sentences) {
  let entry = cache.get(s.file);
  if (!entry) {
    const text = readFileSync(join(shared, s.file), 'utf8');
    entry = { r: review(text), lines: new LineIndex(text), text };
    cache.set(s.file, entry);
  }
  const { r, lines } = entry;
  const here = r.terms.filter((t) => lines.position(t.start).line <= s.line && s.line <= lines.position(t.end).line);
  const types = new Set(here.map((t) => (t.type === 'benefit' ? 'benefit' : 'concession')));
  const wrong = here.length ? ![...types].every((t) => t === s.type) : s.type !== 'none';
  if (only === 'wrong' && !wrong) continue;
  console.log(
    `${wrong ? 'XX' : 'ok'} ${s.id} [${s.type}${s.why ? '/' + s.why : ''}] ${s.text.slice(0, 160).replace(/\s+/g, ' ')}`,
  );
  for (const t of here)
    console.log(
      `     ${t.type} ${t.kind} ${t.by}->${t.to} [${t.cue}] ${'binding' in t ? (t.binding ? 'binding' : 'optional') : ''} L${lines.position(t.start).line}-${lines.position(t.end).line} ${JSON.stringify(entry.text.slice(t.start, t.end).replace(/\s+/g, ' ').slice(0, 120))}`,
    );
  if (process.argv[3] === 'dismissed')
    for (const d of r.dismissed.filter((x) => lines.position(x.start).line === s.line))
      console.log(`     (set aside ${d.kind} ${d.reason} [${d.cue}])`);
}
