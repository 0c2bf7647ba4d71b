/** The `selfhelp` executable: on the main thread the command, on a worker thread a share of the files. */
import { isMainThread, workerData } from 'worker_threads';
import { main } from './main';
import { runWorkerShare } from './worker';

if (isMainThread) {
  main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTerminal: process.stderr.isTTY,
    workerScript: __filename,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`selfhelp: ${(error as Error)?.stack ?? error}\n`);
      process.exitCode = 2;
    },
  );
} else {
  runWorkerShare(workerData);
}
