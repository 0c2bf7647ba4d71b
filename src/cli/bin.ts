/**
 * The `selfhelp` executable: on the main thread the command, on a worker thread a share of the files. Each path loads
 * only what it runs (esbuild initializes a required module when it is required): `selfhelp mcp`, a server that stays
 * up, does not keep the rest of the command line in memory.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- modules loaded by the path taken, see above. */
import { isMainThread, workerData } from 'worker_threads';
import { writerTo } from './io';

const [command, folder, ...rest] = process.argv.slice(2);

if (!isMainThread) {
  (require('./worker') as typeof import('./worker')).runWorkerShare(workerData);
} else if (command === 'mcp' && !rest.length && !folder?.startsWith('-')) {
  (require('./mcp-run') as typeof import('./mcp-run')).serve(folder);
} else {
  (require('./main') as typeof import('./main'))
    .main({
      argv: process.argv.slice(2),
      cwd: process.cwd(),
      stdout: writerTo(process.stdout),
      stderr: (text) => process.stderr.write(text),
      isTerminal: process.stderr.isTTY,
      workerScript: __filename,
    })
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error) => {
        process.stderr.write(`selfhelp: ${(error as Error)?.stack ?? error}\n`);
        process.exitCode = 2;
      },
    );
}
