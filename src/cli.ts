/**
 * Entry point of the `reciprocity` command (bundled to dist/cli.js): the CLI, its language server (`lsp`), or
 * in a worker thread a reviewer for it.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { main } from './cli/main.js';
import { REVIEW_WORKER, reviewTexts, serveReviews } from './cli/pool.js';
import { startNodeServer } from './server/node.js';

if (!isMainThread && workerData === REVIEW_WORKER) {
  serveReviews();
} else if (
  process.argv[2] === 'lsp' &&
  process.argv.slice(3).some((a) => /^--(?:stdio|node-ipc|socket=\d+|pipe=.+)$/.test(a))
) {
  // The language server: it owns its transport until the client shuts it down.
  startNodeServer();
} else if (process.argv[2] === 'lsp') {
  process.stderr.write('reciprocity: lsp needs a transport: --stdio, --node-ipc or --socket=PORT\n');
  process.exitCode = 2;
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
