import { readFileSync, readdirSync } from 'node:fs';
import { parse } from '../src/engine/parse.js';
import { segment } from '../src/engine/clauses.js';
import { findDefinitions } from '../src/engine/definitions.js';
import { findParties } from '../src/engine/parties.js';
const dir = '../shared/eval/dev';
for (const f of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
  const text = readFileSync(`${dir}/${f}`, 'utf8');
  const { tree, prose } = parse(text);
  const seg = segment(text, prose, tree);
  const defs = findDefinitions(text, prose, seg.clauses);
  const parties = findParties(prose, seg.clauses, defs, seg.frontMatter);
  const labels = JSON.parse(readFileSync(`${dir}/${f.replace('.md', '.labels.json')}`, 'utf8'));
  console.log(f);
  for (const p of parties) console.log(`   ${p.id} ${JSON.stringify(p.name)} aliases=${JSON.stringify(p.aliases)} pron=${p.pronouns} role=${p.role} side=${p.side}`);
  for (const p of labels.parties) console.log(`   L  ${JSON.stringify(p.name)} ${JSON.stringify(p.aliases)} ${p.role}`);
}
