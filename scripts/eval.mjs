#!/usr/bin/env node
// `npm run eval [-- DIR …]`: reviews labelled contracts with the CLI and prints the shared scorer's
// result for each folder: by default ../shared/eval/dev and the project's own test/fixtures/labelled.
import { spawnSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dev = join(root, '..', 'shared', 'eval', 'dev');
const scorer = join(dev, '..', 'score.mjs');
const args = process.argv.slice(2);
const flags = args.filter((a, i) => a.startsWith('--') || args[i - 1]?.startsWith('--'));
const given = args.filter((a) => !flags.includes(a));
const folders = given.length ? given : process.env.RECIPROCITY_EVAL_DIR ? [process.env.RECIPROCITY_EVAL_DIR] : [dev, join(root, 'test', 'fixtures', 'labelled')];
let status = 0;
for (const folder of folders) {
  if (folders.length > 1) console.log(`\n${relative(process.cwd(), folder) || '.'}`);
  const cli = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', folder, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (cli.status === 2 || !cli.stdout) {
    process.stderr.write(cli.stderr || 'reciprocity: the CLI printed nothing\n');
    process.exit(2);
  }
  const score = spawnSync(process.execPath, [scorer, '-', folder, ...flags], { input: cli.stdout, encoding: 'utf8', stdio: ['pipe', 'inherit', 'inherit'] });
  status = Math.max(status, score.status ?? 2);
}
process.exit(status);
