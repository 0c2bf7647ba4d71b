/** The GitHub Action's entry: on the main thread the action, on a worker thread a share of the files (as bin.ts). */
import { isMainThread, workerData } from 'worker_threads';
import { runAction } from './action';
import { escapeData } from './formatters/github';
import { writerTo } from './io';
import { runWorkerShare } from './worker';

if (isMainThread) {
  runAction(process.env, {
    argv: [],
    cwd: process.cwd(),
    stdout: writerTo(process.stdout),
    stderr: (text) => process.stderr.write(text),
    workerScript: __filename,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stdout.write(`::error title=selfhelp::${escapeData(String((error as Error)?.stack ?? error))}\n`);
      process.exitCode = 2;
    },
  );
} else {
  runWorkerShare(workerData);
}
