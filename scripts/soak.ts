/**
 * `npm run soak`: the property tests of issue 6 at scale, on every core. Prints the cases run,
 * the failures (with a seed to replay each), and the slowest case with its size.
 *
 *   npm run soak                       100 000 cases
 *   npm run soak -- --cases 20000 --seed 42
 */
import fc from 'fast-check';
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { generatedContract, mutatedContract } from '../test/helpers/generate.js';
import { checkFixes, checkReview } from '../test/helpers/properties.js';
import { folders, readContracts, root } from '../test/helpers/corpus.js';

/** How often a worker reports how far it got, in cases. */
const PROGRESS_EVERY = 2000;

interface Slowest {
  ms: number;
  chars: number;
  kind: string;
}
interface Outcome {
  cases: number;
  failures: string[];
  slowest: Slowest;
}

/** Runs both properties for `cases` cases in this process. */
function soak(cases: number, seed: number): Outcome {
  const texts = readContracts(folders.examples, folders.corpus, folders.evalDev);
  const outcome: Outcome = { cases: 0, failures: [], slowest: { ms: 0, chars: 0, kind: '' } };
  const timed =
    (kind: string, fixesPerCase: number) =>
    (text: string): void => {
      const start = performance.now();
      try {
        checkFixes(checkReview(text), fixesPerCase);
      } finally {
        const ms = performance.now() - start;
        if (++outcome.cases % PROGRESS_EVERY === 0) process.send?.({ progress: PROGRESS_EVERY });
        if (ms > outcome.slowest.ms) outcome.slowest = { ms, chars: text.length, kind };
      }
    };
  const generated = Math.ceil(cases * 0.6);
  const runs: [string, fc.Arbitrary<string>, number, number][] = [
    ['generated contract', generatedContract, generated, 2],
    ['damaged real contract', mutatedContract(texts), cases - generated, 1],
  ];
  for (const [kind, arbitrary, numRuns, fixes] of runs) {
    const details = fc.check(fc.property(arbitrary, timed(kind, fixes)), { numRuns, seed, endOnFailure: true });
    if (!details.failed) continue;
    const saved = join(root, 'test-results', 'soak', `${kind.replace(/ /g, '-')}-${seed}.md`);
    mkdirSync(dirname(saved), { recursive: true });
    writeFileSync(saved, details.counterexample?.[0] ?? '');
    outcome.failures.push(
      `${kind}: ${String(details.errorInstance).split('\n')[0]}\n    counterexample (shrunk) in ${saved}; replay with --seed ${seed} --workers 1`,
    );
  }
  return outcome;
}

function main(): void {
  const { values } = parseArgs({
    options: { cases: { type: 'string', default: '100000' }, seed: { type: 'string' }, workers: { type: 'string' } },
  });
  const cases = Number(values.cases);
  const workers = Math.max(1, Number(values.workers ?? availableParallelism()));
  const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
  if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(seed)) {
    console.error('soak: --cases and --seed take whole numbers');
    process.exit(2);
  }
  console.log(`soak: ${cases} cases on ${workers} workers, seed ${seed}`);
  const started = performance.now();
  let done = 0;
  const outcomes = Array.from(
    { length: workers },
    (_, i) =>
      new Promise<Outcome>((resolve, reject) => {
        const child = fork(__filename, [], {
          env: { ...process.env, SOAK_WORKER: JSON.stringify({ cases: Math.ceil(cases / workers), seed: seed + i }) },
        });
        child.on('message', (m) => {
          if ('progress' in (m as object)) {
            done += (m as { progress: number }).progress;
            console.log(`  ${done} cases after ${((performance.now() - started) / 1000).toFixed(0)} s`);
          } else {
            resolve(m as Outcome);
          }
        });
        child.once('exit', (code) => code === 0 || reject(new Error(`worker ${i} exited with ${code}`)));
      }),
  );
  Promise.all(outcomes).then(
    (all) => {
      const total = all.reduce((n, o) => n + o.cases, 0);
      const failures = all.flatMap((o) => o.failures);
      const slowest = all.map((o) => o.slowest).reduce((a, b) => (b.ms > a.ms ? b : a));
      console.log(`cases run: ${total} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      console.log(`failures: ${failures.length}`);
      for (const failure of failures) console.log(`  ${failure}`);
      console.log(
        `slowest case: ${slowest.ms.toFixed(0)} ms for a ${slowest.kind} of ${slowest.chars} characters (two reviews, plus one per quick fix checked)`,
      );
      process.exitCode = failures.length ? 1 : 0;
    },
    (error: Error) => {
      console.error(`soak: ${error.message}`);
      process.exitCode = 2;
    },
  );
}

const worker = process.env.SOAK_WORKER;
if (worker) {
  const { cases, seed } = JSON.parse(worker) as { cases: number; seed: number };
  process.send?.(soak(cases, seed), () => process.exit(0));
} else {
  main();
}
