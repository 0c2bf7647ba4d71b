/** The `selfhelp` command as a function: arguments and streams in, exit code out; each command in its own module. */
import { parseArgs, USAGE } from './args';
import { runCheck } from './check';
import type { Io } from './io';
import { runLinks } from './links';
import { runMcp } from './mcp';
import { render } from './render';
import { exitCode, formatReport } from './report';
import { VERSION } from './version';

export async function main(io: Io): Promise<number> {
  const parsed = parseArgs(io.argv);
  if (parsed.command === 'help') {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (parsed.command === 'version') {
    io.stdout(VERSION + '\n');
    return 0;
  }
  if (parsed.command === 'error') {
    io.stderr(`selfhelp: ${parsed.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed.command === 'render') return render(parsed, io);
  if (parsed.command === 'mcp') return runMcp(parsed.folder, io.cwd, io.stderr);
  const outcome = parsed.command === 'links' ? await runLinks(parsed, io) : await runCheck(parsed, io);
  if (!outcome) return 2;
  // A piece at a time, each after the last has gone out: the report of a repository is megabytes, kept out of memory.
  for (const piece of formatReport(outcome.summary, parsed)) await io.stdout(piece);
  return exitCode(outcome, parsed.failOn);
}
