/** A worker thread's share of a `check`: lint its files and send the results back. */
import { parentPort } from 'worker_threads';
import { resolveConfig } from '../core/config';
import { checkFile, type FileResult } from './check-file';
import type { WorkerInput, WorkerMessage } from './main';

const PROGRESS_EVERY = 50;

export function runWorkerShare(input: WorkerInput): void {
  const config = resolveConfig(input.config);
  const results: FileResult[] = [];
  for (const job of input.files) {
    results.push(checkFile(job.absolute, job.display, config, input.fix));
    if (results.length % PROGRESS_EVERY === 0) parentPort!.postMessage({ type: 'progress', count: PROGRESS_EVERY } satisfies WorkerMessage);
  }
  parentPort!.postMessage({ type: 'progress', count: results.length % PROGRESS_EVERY } satisfies WorkerMessage);
  parentPort!.postMessage({ type: 'done', results } satisfies WorkerMessage);
}
