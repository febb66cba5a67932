#!/usr/bin/env node
// `npm run eval [-- DIR …]`: reviews labelled contracts with the CLI and prints the shared scorers'
// results. By default: ../shared/eval/dev, ../shared/eval/dev-real and test/fixtures/labelled
// (score.mjs), the labelled sentences of ../shared/eval/sentences.json (sentence-score.mjs, over
// ../shared/corpus and ../shared/eval/cuad) and the CUAD figures (cuad-score.mjs). `--quiet` prints
// only the summaries. Folders given on the command line are scored with score.mjs alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const evalDir = join(shared, 'eval');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const flags = args.filter((a, i) => a.startsWith('--') || args[i - 1]?.startsWith('--'));
const given = args.filter((a) => !flags.includes(a));
const labelled = given.length
  ? given
  : process.env.RECIPROCITY_EVAL_DIR
    ? [process.env.RECIPROCITY_EVAL_DIR]
    : [join(evalDir, 'dev'), join(evalDir, 'dev-real'), join(root, 'test', 'fixtures', 'labelled')];

/** The CLI's JSON report of some folders. */
function report(folders) {
  const cli = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', ...folders, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 29,
  });
  if (cli.status === 2 || !cli.stdout) {
    process.stderr.write(cli.stderr || 'reciprocity: the CLI printed nothing\n');
    process.exit(2);
  }
  return cli.stdout;
}

/** Runs a scorer on a report; with --quiet keeps only its summary lines. */
function score(scorer, json, ...rest) {
  // The scorers read a file: the report is written to a folder of its own, removed after.
  const folder = mkdtempSync(join(tmpdir(), 'reciprocity-eval-'));
  const file = join(folder, 'report.json');
  writeFileSync(file, json);
  const run = spawnSync(process.execPath, [join(evalDir, scorer), file, ...rest], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  rmSync(folder, { recursive: true, force: true });
  const out = quiet
    ? run.stdout
        .split('\n')
        .filter((l) => !/^\S+\.md:?\d*[: ]/.test(l))
        .join('\n')
    : run.stdout;
  process.stdout.write(out + (run.stderr ?? ''));
  return run.status ?? 2;
}

let status = 0;
for (const folder of labelled) {
  if (!existsSync(folder)) continue;
  console.log(`\n== ${relative(process.cwd(), folder) || '.'}`);
  status = Math.max(status, score('score.mjs', report([folder]), folder, ...flags.filter((f) => f !== '--quiet')));
}
if (!given.length && existsSync(join(evalDir, 'sentences.json'))) {
  const wide = report([join(shared, 'corpus'), join(evalDir, 'cuad')]);
  console.log('\n== sentences (../shared/eval/sentences.json)');
  score('sentence-score.mjs', wide, join(evalDir, 'sentences.json'), ...(quiet ? ['--quiet'] : []));
  console.log('\n== CUAD (../shared/eval/cuad)');
  score('cuad-score.mjs', wide, join(evalDir, 'cuad'));
}
process.exit(status);
