import { readFileSync } from 'node:fs';
import { review } from '../src/engine/index.js';
const text = readFileSync(process.argv[2]!, 'utf8');
const r = review(text);
for (const ref of r.references) console.log(text.slice(ref.start, ref.end), ref.numbers, ref.targets, ref.external);
console.log(r.clauses.filter(c=>c.number).map(c=>c.number).join(' '));
