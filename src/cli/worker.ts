/** A worker thread's part of a `check`: take chunks of files from the shared counter, lint them, send the results. */
import { parentPort } from 'worker_threads';
import { resolveConfig } from '../core';
import type { FileResult } from './check-file';
import { ruleContext } from './rule-context';
import { CHUNK, checkJob, type WorkerInput, type WorkerMessage } from './check-pool';

export function runWorkerShare(input: WorkerInput): void {
  const config = resolveConfig(input.config);
  const context = ruleContext(input.config, input.spelling);
  const counter = new Int32Array(input.next);
  const results: FileResult[] = [];
  for (let start = Atomics.add(counter, 0, CHUNK); start < input.files.length; start = Atomics.add(counter, 0, CHUNK)) {
    const chunk = input.files.slice(start, start + CHUNK);
    for (const job of chunk) results.push(checkJob(job, config, input.mode, context));
    parentPort!.postMessage({ type: 'progress', count: chunk.length } satisfies WorkerMessage);
  }
  parentPort!.postMessage({ type: 'done', results } satisfies WorkerMessage);
}
