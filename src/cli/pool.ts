/**
 * Reviews many contracts on every core: worker threads that run the same bundle, fed one file at
 * a time so that a long contract does not hold up the rest, results kept in the order given.
 * Few or small files are reviewed in this thread, where starting workers would cost more.
 */
import { Worker, parentPort } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { review, type Review } from '../engine/index.js';

/** The workerData that makes the bundle serve reviews instead of running the CLI. */
export const REVIEW_WORKER = 'reciprocity-review-worker';
/** Below this much text in all, one thread is faster than starting others. */
const PARALLEL_FROM_CHARS = 256 * 1024;
const MAX_THREADS = 8;

/** In a worker: reviews each text it is sent. */
export function serveReviews(): void {
  parentPort?.on('message', ({ index, text }: { index: number; text: string }) => {
    parentPort!.postMessage({ index, review: review(text) });
  });
}

/** Reviews the texts, on worker threads started from `script` when that pays. */
export function reviewTexts(texts: readonly string[], script: string): Promise<Review[]> {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const threads = Math.min(availableParallelism(), texts.length, MAX_THREADS);
  if (threads < 2 || chars < PARALLEL_FROM_CHARS) return Promise.resolve(texts.map((t) => review(t)));
  return new Promise((resolve, reject) => {
    const results = new Array<Review>(texts.length);
    const workers = Array.from({ length: threads }, () => new Worker(script, { workerData: REVIEW_WORKER }));
    const stop = (): void => void Promise.all(workers.map((w) => w.terminate()));
    let next = 0;
    let done = 0;
    const feed = (worker: Worker): void => {
      if (next < texts.length) worker.postMessage({ index: next, text: texts[next++] });
    };
    for (const worker of workers) {
      worker.on('message', ({ index, review: result }: { index: number; review: Review }) => {
        results[index] = result;
        if (++done === texts.length) {
          stop();
          resolve(results);
        } else {
          feed(worker);
        }
      });
      worker.on('error', (error) => {
        stop();
        reject(error);
      });
      feed(worker);
    }
  });
}
