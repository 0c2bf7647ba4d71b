/** Runs `selfhelp mcp` over a folder until the client closes it, with the process's streams and exit code. */
import { runMcp } from './mcp';

export function serve(folder: string | undefined): void {
  runMcp(folder, process.cwd(), (text) => process.stderr.write(text)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`selfhelp mcp: ${(error as Error)?.stack ?? error}\n`);
      process.exitCode = 2;
    },
  );
}
