/**
 * The check's threads: large runs spread the files over this thread and worker threads (one a core from three cores
 * up), which take chunks of files from a shared counter; on fewer cores this thread checks them all while a thread of
 * its own reads them ahead. worker.ts is a worker's side.
 */
import * as os from 'os';
import { Worker } from 'worker_threads';
import { type Config, resolveConfig, type ResolvedConfig, type RuleContext } from '../core';
import type { CheckOptions } from './args';
import { checkFile, type FileResult } from './check-file';
import type { Progress } from './report';
import { ReadAhead, type ReadResult } from './read-ahead';
import { ruleContext } from './rule-context';
import type { SpellingInput } from './spelling';

/**
 * One thread a core from three cores up; on two, one thread. Measured on 2 cores over 10,382 articles: two threads
 * took as long as one (5.9 s and 5.85 s) for 35 % more CPU time and 25 % more memory: each thread compiles the code,
 * builds the word list and walks the same unknown words, and the two cores are not two cores' worth.
 */
function defaultThreads(): number {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  return cores <= 2 ? 1 : cores;
}

/** Below this many files, starting workers costs more than it saves. */
const FILES_PER_WORKER_MIN = 200;
/** Below this many, a thread to read the files ahead costs more than it saves. */
export const FILES_TO_READ_AHEAD_MIN = 50;

/** A file to check: where it is, how it is shown, and with `--new-from-…` its changed lines (none: unchanged). */
export interface Job {
  absolute: string;
  display: string;
  changed?: number[] | 'all';
}

export interface WorkerInput {
  files: Job[];
  /** One shared counter: every thread takes the next chunk of files from it, so none waits while another works. */
  next: SharedArrayBuffer;
  config: Config | undefined;
  spelling: SpellingInput | undefined;
  mode: CheckMode;
}

export type WorkerMessage = { type: 'progress'; count: number } | { type: 'done'; results: FileResult[] };

/** Files a thread takes at a time from the shared counter. */
export const CHUNK = 25;

export async function checkAll(
  jobs: Job[],
  config: Config | undefined,
  spelling: SpellingInput | undefined,
  options: CheckOptions,
  workerScript: string | undefined,
  progress: Progress | undefined,
): Promise<FileResult[]> {
  const threads = Math.min(options.jobs ?? defaultThreads(), Math.floor(jobs.length / FILES_PER_WORKER_MIN));
  const workers = workerScript && threads >= 2 ? threads - 1 : 0;
  const mode = modeOf(options);
  if (!workerScript || !workers) return checkAlone(jobs, config, spelling, mode, progress);
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const others = Promise.all(
    Array.from({ length: workers }, () =>
      runWorker(workerScript, { files: jobs, next, config, spelling, mode }, progress),
    ),
  );
  // This thread works too, taking chunks from the same counter as the workers.
  const resolved = resolveConfig(config);
  const context = ruleContext(config, spelling);
  const own: FileResult[] = [];
  for (let start = Atomics.add(counter, 0, CHUNK); start < jobs.length; start = Atomics.add(counter, 0, CHUNK)) {
    for (const job of jobs.slice(start, start + CHUNK)) {
      own.push(checkJob(job, resolved, mode, context));
      progress?.advance(1);
    }
    // Let the workers' progress messages in now and then.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return [...own, ...(await others).flat()];
}

/**
 * This thread checks every file, in order, while another reads them ahead (started first, so that it reads while the
 * word list loads).
 */
function checkAlone(
  jobs: Job[],
  config: Config | undefined,
  spelling: SpellingInput | undefined,
  mode: CheckMode,
  progress: Progress | undefined,
): FileResult[] {
  const reader = jobs.length >= FILES_TO_READ_AHEAD_MIN ? new ReadAhead(jobs.map((job) => job.absolute)) : undefined;
  try {
    const resolved = resolveConfig(config);
    const context = ruleContext(config, spelling);
    return jobs.map((job, i) => {
      const result = checkJob(job, resolved, mode, context, reader?.take(i));
      progress?.advance(1);
      return result;
    });
  } finally {
    reader?.stop();
  }
}

/** Checks one file, only its changed lines when the job says which; `read` is the file when it was read ahead. */
export function checkJob(
  job: Job,
  config: ResolvedConfig,
  mode: CheckMode,
  context: RuleContext,
  read?: ReadResult,
): FileResult {
  const onlyChanged = job.changed && {
    lines: job.changed === 'all' ? ('all' as const) : job.changed.length ? new Set(job.changed) : undefined,
  };
  return checkFile(job.absolute, job.display, config, { ...mode, context, onlyChanged }, read);
}

/** Whether fixes are written. */
export interface CheckMode {
  fix: boolean;
}

const modeOf = (options: CheckOptions): CheckMode => ({ fix: options.fix });

function runWorker(script: string, input: WorkerInput, progress: Progress | undefined): Promise<FileResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: input });
    let results: FileResult[] | undefined;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') progress?.advance(message.count);
      else results = message.results;
    });
    worker.on('error', reject);
    worker.on('exit', (code) =>
      results ? resolve(results) : reject(new Error(`A worker stopped with exit code ${code}.`)),
    );
  });
}
