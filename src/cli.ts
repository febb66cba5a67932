/** Entry point of the `reciprocity` command (bundled to dist/cli.js); in a worker thread, a reviewer for it. */
import { isMainThread, workerData } from 'node:worker_threads';
import { main } from './cli/main.js';
import { REVIEW_WORKER, reviewTexts, serveReviews } from './cli/pool.js';

if (!isMainThread && workerData === REVIEW_WORKER) {
  serveReviews();
} else {
  main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY,
    reviewTexts: (texts) => reviewTexts(texts, __filename),
  }).then((code) => {
    process.exitCode = code;
  });
}
