#!/usr/bin/env node
// `npm run eval`: reviews ../shared/eval/dev with the CLI and prints the scorer's result.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.env.RECIPROCITY_EVAL_DIR ?? join(root, '..', 'shared', 'eval', 'dev');
const scorer = join(dev, '..', 'score.mjs');
const cli = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', dev, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
if (cli.status === 2 || !cli.stdout) {
  process.stderr.write(cli.stderr || 'reciprocity: the CLI printed nothing\n');
  process.exit(2);
}
const score = spawnSync(process.execPath, [scorer, '-', dev, ...process.argv.slice(2)], { input: cli.stdout, encoding: 'utf8', stdio: ['pipe', 'inherit', 'inherit'] });
process.exit(score.status ?? 2);
