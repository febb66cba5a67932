// Quick eval without the CLI: review every dev contract and write the JSON report to stdout.
import { readFileSync, readdirSync } from 'node:fs';
import { review } from '../src/engine/index.js';
import { toJsonFile, toJsonReport } from '../src/engine/format/json.js';
const dir = process.argv[2] ?? '../shared/eval/dev';
const files = readdirSync(dir).filter((n) => n.endsWith('.md')).sort();
console.log(JSON.stringify(toJsonReport(files.map((f) => toJsonFile(f, review(readFileSync(`${dir}/${f}`, 'utf8')))))));
