/** Command-line arguments of `selfhelp`. */
export type Format = 'text' | 'json' | 'sarif';

export interface CheckOptions {
  command: 'check';
  format: Format;
  config?: string;
  fix: boolean;
  paths: string[];
  progress: boolean;
  /** Threads to spread the files over; default one a core. */
  jobs?: number;
  /** Counts by rule and by service instead of each finding. */
  summary: boolean;
}

export interface RenderOptions {
  command: 'render';
  /** The article, or with `all`, the folder of articles. */
  input: string;
  /** The page to write (standard output when absent), or with `all`, the folder of pages. */
  output?: string;
  all: boolean;
}

export type Parsed = CheckOptions | RenderOptions | { command: 'help' } | { command: 'version' } | { command: 'error'; message: string };

export const USAGE = `Usage: selfhelp check [--format text|json|sarif] [--summary] [--config FILE] [--fix] [--jobs N] [--no-progress] [PATH|GLOB …]
       selfhelp render FILE [-o OUT.html]
       selfhelp render --all FOLDER -o DIR

Checks Azure self-help articles (Markdown files that open with a <properties … /> block).
PATH is a file or a folder (searched for *.md); GLOB may use *, ** and ?. Default: the current folder.

  --format FORMAT   text (default), json (one JSON object) or sarif (SARIF 2.1.0)
  --summary         counts by rule and by service instead of each finding: Markdown tables (for a pull
                    request's comment) or, with --format json, one JSON object
  --config FILE     rule settings; default: .selfhelp.json or selfhelp.config.json in this folder or above
  --fix             apply the clear fixes in place, then report what is left
  --jobs N          threads to check with (default: one a core)
  --no-progress     no progress line on a terminal
  -h, --help        this text
  -v, --version     the version

Exit code: 0 no error-level finding, 1 at least one, 2 a usage error or an unreadable input.

render writes the article as customers see it in the portal, as one standalone HTML page (styles inlined, no
script, nothing loaded from the network), to OUT.html or to standard output; --all writes a page for each article
of FOLDER into DIR, with an index.html. Exit code: 0 when the pages were written (whatever the articles' faults),
2 a usage error or an unreadable input.`;

export function parseArgs(argv: readonly string[]): Parsed {
  if (argv.length === 0) return { command: 'help' };
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') return { command: 'help' };
  if (command === '-v' || command === '--version') return { command: 'version' };
  if (command === 'render') return parseRender(rest);
  if (command !== 'check') return { command: 'error', message: `Unknown command "${command}".` };
  const options: CheckOptions = { command: 'check', format: 'text', fix: false, paths: [], progress: true, summary: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inlineValue] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inlineValue ?? rest[++i];
    if (flag === '-h' || flag === '--help') return { command: 'help' };
    else if (flag === '--fix') options.fix = true;
    else if (flag === '--no-progress') options.progress = false;
    else if (flag === '--summary') options.summary = true;
    else if (flag === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json' && format !== 'sarif') return { command: 'error', message: `--format takes text, json or sarif, not "${format ?? ''}".` };
      options.format = format;
    } else if (flag === '--config') {
      const file = value();
      if (!file) return { command: 'error', message: '--config needs a file.' };
      options.config = file;
    } else if (flag === '--jobs') {
      const jobs = Number(value());
      if (!Number.isInteger(jobs) || jobs < 1) return { command: 'error', message: '--jobs takes a whole number of threads, 1 or more.' };
      options.jobs = jobs;
    } else if (flag === '--') {
      options.paths.push(...rest.slice(i + 1));
      break;
    } else if (flag.startsWith('-') && flag !== '-') return { command: 'error', message: `Unknown option "${flag}".` };
    else options.paths.push(arg);
  }
  if (options.summary && options.format === 'sarif') return { command: 'error', message: '--summary prints text or JSON, not SARIF.' };
  return options;
}

function parseRender(rest: readonly string[]): Parsed {
  const inputs: string[] = [];
  let output: string | undefined;
  let all = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '-h' || arg === '--help') return { command: 'help' };
    if (arg === '--all') all = true;
    else if (arg === '-o' || arg === '--output') {
      output = rest[++i];
      if (!output) return { command: 'error', message: `${arg} needs a path.` };
    } else if (arg.startsWith('--output=')) output = arg.slice('--output='.length);
    else if (arg.startsWith('-') && arg !== '-') return { command: 'error', message: `Unknown option "${arg}".` };
    else inputs.push(arg);
  }
  if (inputs.length !== 1) return { command: 'error', message: all ? 'render --all takes one folder.' : 'render takes one article.' };
  if (all && !output) return { command: 'error', message: 'render --all needs -o DIR, the folder to write the pages to.' };
  return { command: 'render', input: inputs[0], output, all };
}
