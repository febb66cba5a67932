/**
 * Reviews many contracts on every core: this thread and worker threads that run the same bundle,
 * each taking the next file when it is free, so that a long contract does not hold up the rest;
 * results are kept in the order given. Few or small files are reviewed in this thread alone.
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

/** Reviews the texts, here and on worker threads started from `script` when that pays. */
export function reviewTexts(texts: readonly string[], script: string): Promise<Review[]> {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const threads = Math.min(availableParallelism(), texts.length, MAX_THREADS);
  if (threads < 2 || chars < PARALLEL_FROM_CHARS) return Promise.resolve(texts.map((t) => review(t)));
  return new Promise((resolve, reject) => {
    const results = new Array<Review>(texts.length);
    // This thread is one of the reviewers: it has the engine loaded already, and would otherwise wait.
    const workers = Array.from({ length: threads - 1 }, () => new Worker(script, { workerData: REVIEW_WORKER }));
    const stop = (): void => void Promise.all(workers.map((w) => w.terminate()));
    let next = 0;
    let done = 0;
    let failed = false;
    const fail = (error: unknown): void => {
      failed = true;
      stop();
      reject(error);
    };
    const finish = (): void => {
      if (++done === texts.length) {
        stop();
        resolve(results);
      }
    };
    // With files enough, each worker holds two, so that it never waits while this thread is busy reviewing.
    const feed = (worker: Worker): void => {
      if (next < texts.length) worker.postMessage({ index: next, text: texts[next++] });
    };
    for (const worker of workers) {
      worker.on('message', ({ index, review: result }: { index: number; review: Review }) => {
        results[index] = result;
        feed(worker);
        finish();
      });
      worker.on('error', fail);
      feed(worker);
      if (texts.length >= 2 * threads) feed(worker);
    }
    const own = (): void => {
      if (failed || next >= texts.length) return;
      const index = next++;
      try {
        results[index] = review(texts[index]!);
      } catch (error) {
        fail(error);
        return;
      }
      finish();
      // Let the workers' messages in before the next file.
      setImmediate(own);
    };
    setImmediate(own);
  });
}
