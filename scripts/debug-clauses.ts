import { readFileSync } from 'node:fs';
import { parse } from '../src/engine/parse.js';
import { segment } from '../src/engine/clauses.js';
const text = readFileSync(process.argv[2]!, 'utf8');
const { tree, prose } = parse(text);
const { clauses } = segment(text, prose, tree);
const lineOf = (o: number) => text.slice(0, o).split('\n').length;
for (const c of clauses) console.log(`${String(c.id).padStart(3)} L${lineOf(c.start)} ${c.kind.padEnd(9)} p=${c.parent ?? '-'} n=${c.number ?? ''} s=${c.section ?? ''} ${c.region} t=${c.title ?? ''} | ${prose.slice(c.textStart, c.textEnd).replace(/\s+/g, ' ').slice(0, 70)}`);
