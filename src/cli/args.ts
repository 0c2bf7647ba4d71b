/** Command-line arguments of `selfhelp`. */
export type Format = 'text' | 'json' | 'sarif' | 'github' | 'azure';

const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'github', 'azure'];

/** The lowest severity that makes the exit code 1. */
export type FailOn = 'error' | 'warning' | 'never';

export interface CheckOptions {
  command: 'check';
  format: Format;
  config?: string;
  fix: boolean;
  paths: string[];
  progress: boolean;
  /** Threads to spread the files over; default one a core from three cores up, else one. */
  jobs?: number;
  /** Counts by rule and by service instead of each finding. */
  summary: boolean;
  /** Only the findings on lines changed since this revision (or since the merge base of it and HEAD). */
  newFrom?: { revision: string; from: 'rev' | 'merge-base' };
  failOn: FailOn;
  /** The folder whose articles the rules over many articles compare the checked ones with (default: repository.ts). */
  root?: string;
}

/** `selfhelp links`: the web links of the articles followed over the network, reported as `check` reports. */
export interface LinksOptions extends Omit<CheckOptions, 'command' | 'jobs' | 'root'> {
  command: 'links';
  /** Results kept between runs (default on). */
  cache: boolean;
  /** Where they are kept (default: .selfhelp-links-cache.json in the repository, else the current folder). */
  cacheFile?: string;
  /** How long an alive result is kept, in seconds (failures: a twenty-fourth of it). */
  maxAge?: number;
  /** Seconds to wait for an answer. */
  timeout?: number;
  hostConcurrency?: number;
  maxConcurrency?: number;
  /** The least time between two requests to one host, in ms. */
  hostInterval?: number;
}

export interface RenderOptions {
  command: 'render';
  /** The article, or with `all`, the folder of articles. */
  input: string;
  /** The page to write (standard output when absent), or with `all`, the folder of pages. */
  output?: string;
  all: boolean;
}

/** `selfhelp mcp [FOLDER]`: the MCP server on stdio. */
export interface McpOptions {
  command: 'mcp';
  folder?: string;
}

export type Parsed =
  | McpOptions
  | CheckOptions
  | LinksOptions
  | RenderOptions
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'error'; message: string };

export const USAGE = `Usage: selfhelp check [--format text|json|sarif|github|azure] [--summary] [--new-from-rev REV | --new-from-merge-base REF]
                      [--fail-on error|warning|never] [--config FILE] [--root DIR] [--fix] [--jobs N] [--no-progress]
                      [PATH|GLOB …]
       selfhelp links [--format text|json|sarif|github|azure] [--summary] [--new-from-rev REV | --new-from-merge-base REF]
                      [--fail-on error|warning|never] [--config FILE] [--fix] [--no-cache] [--cache FILE]
                      [--max-age DURATION] [--timeout SECONDS] [--host-concurrency N] [--max-concurrency N]
                      [--host-interval MS] [--no-progress] [PATH|GLOB …]
       selfhelp mcp [FOLDER]
       selfhelp render FILE [-o OUT.html]
       selfhelp render --all FOLDER -o DIR

Checks Azure self-help articles (Markdown files that open with a <properties … /> block).
PATH is a file or a folder (searched for *.md); GLOB may use *, ** and ?. Default: the current folder.

  --format FORMAT   text (default), json (one JSON object), sarif (SARIF 2.1.0), github (one workflow
                    command a finding: annotations on a pull request's lines) or azure (one Azure DevOps
                    logging command a finding: issues on the lines, in the build and the pull request)
  --summary         counts by rule and by service instead of each finding: Markdown tables (for a pull
                    request's comment) or, with --format json, one JSON object; with --format azure, the
                    tables attached to the run's summary page (##vso[task.uploadsummary])
  --new-from-rev REV
                    only the findings on lines added or changed since the git revision REV (committed,
                    staged and unstaged changes; a file new since REV, tracked or not, reports everything)
  --new-from-merge-base REF
                    the same since the merge base of REF and HEAD: what a pull request into REF changes
  --fail-on LEVEL   the exit code is 1 when a reported finding is at least this severe: error (default),
                    warning, or never
  --config FILE     rule settings; default: .selfhelp.json or selfhelp.config.json in this folder or above
  --root DIR        the folder whose articles the checked ones are compared with for duplicate article ids,
                    display orders and file names (default: the nearest folder above the checked files
                    holding .selfhelp.json, selfhelp.config.json or .git; only the checked files are reported)
  --fix             apply the clear fixes in place, then report what is left
  --jobs N          threads to check with (default: one a core from three cores up; one on two cores)
  --no-progress     no progress line on a terminal
  -h, --help        this text
  -v, --version     the version

Exit code: 0 no reported finding at the --fail-on level, 1 at least one, 2 a usage error, an unreadable input
or a revision git does not know.

links follows every web link of the articles (with --new-from-…, only the links on the lines a change added)
and reports link-dead, link-fragment, link-redirect, link-unreachable and link-sign-in with the same formats and
exit codes as check; --fix writes where a permanently redirected link (or an aka.ms link) leads.
  --no-cache        ask again for every link (the cache: .selfhelp-links-cache.json, or --cache FILE)
  --max-age D       how long a link found alive stays good: 1d (default), 12h, 30m, 90s; failures a
                    twenty-fourth of it
  --timeout S       seconds to wait for an answer (default 20)
  --host-concurrency N
                    requests in flight to one host (default 8)
  --max-concurrency N
                    requests in flight in all (default 128)
  --host-interval MS
                    the least time between two requests to one host (default 0)
Links to hosts or addresses never followed, statuses taken as alive and addresses rewritten before a request
are set in .selfhelp.json: { "links": { "exclude": [...], "accept": [...], "remap": [[pattern, replacement]] } }.
Proxies: HTTPS_PROXY, HTTP_PROXY and NO_PROXY.

mcp serves the checker to AI agents over the Model Context Protocol (stdio): check_article, fix_article (writes
only with write: true), explain_rule, find_scenarios, check_article_id and new_article over FOLDER (default: the
current folder; no path outside it), the rules as resources, a write_article prompt.

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
  if (command === 'mcp') {
    if (rest.some((arg) => arg === '-h' || arg === '--help')) return { command: 'help' };
    const unknown = rest.find((arg) => arg.startsWith('-'));
    if (unknown) return { command: 'error', message: `Unknown option "${unknown}".` };
    if (rest.length > 1) return { command: 'error', message: 'mcp takes one folder.' };
    return { command: 'mcp', folder: rest[0] };
  }
  if (command !== 'check' && command !== 'links') return { command: 'error', message: `Unknown command "${command}".` };
  const options: CheckOptions & Omit<LinksOptions, 'command'> = {
    command: 'check',
    cache: true,
    format: 'text',
    fix: false,
    paths: [],
    progress: true,
    summary: false,
    failOn: 'error',
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inlineValue] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => inlineValue ?? rest[++i];
    if (flag === '-h' || flag === '--help') return { command: 'help' };
    else if (flag === '--fix') options.fix = true;
    else if (flag === '--no-progress') options.progress = false;
    else if (flag === '--summary') options.summary = true;
    else if (flag === '--format') {
      const format = value();
      if (!FORMATS.includes(format as Format))
        return {
          command: 'error',
          message: `--format takes text, json, sarif, github or azure, not "${format ?? ''}".`,
        };
      options.format = format as Format;
    } else if (flag === '--new-from-rev' || flag === '--new-from-merge-base') {
      const revision = value();
      if (!revision) return { command: 'error', message: `${flag} needs a git revision.` };
      if (options.newFrom)
        return { command: 'error', message: 'Give one of --new-from-rev and --new-from-merge-base.' };
      options.newFrom = { revision, from: flag === '--new-from-rev' ? 'rev' : 'merge-base' };
    } else if (flag === '--fail-on') {
      const level = value();
      if (level !== 'error' && level !== 'warning' && level !== 'never')
        return { command: 'error', message: `--fail-on takes error, warning or never, not "${level ?? ''}".` };
      options.failOn = level;
    } else if (flag === '--config') {
      const file = value();
      if (!file) return { command: 'error', message: '--config needs a file.' };
      options.config = file;
    } else if (command === 'links' && LINK_NUMBERS[flag]) {
      const [key, what, min] = LINK_NUMBERS[flag];
      const number = Number(value());
      if (!Number.isFinite(number) || number < min || (key !== 'timeout' && !Number.isInteger(number)))
        return { command: 'error', message: `${flag} takes ${what}.` };
      options[key] = number;
    } else if (command === 'links' && flag === '--max-age') {
      const given = value();
      const seconds = durationSeconds(given);
      if (seconds === undefined)
        return { command: 'error', message: `--max-age takes a duration (1d, 12h, 30m, 90s), not "${given ?? ''}".` };
      options.maxAge = seconds;
    } else if (command === 'links' && flag === '--no-cache') options.cache = false;
    else if (command === 'links' && flag === '--cache') {
      const file = value();
      if (!file) return { command: 'error', message: '--cache needs a file.' };
      options.cacheFile = file;
    } else if (command === 'check' && flag === '--root') {
      const folder = value();
      if (!folder) return { command: 'error', message: '--root needs a folder.' };
      options.root = folder;
    } else if (command === 'check' && flag === '--jobs') {
      const jobs = Number(value());
      if (!Number.isInteger(jobs) || jobs < 1)
        return { command: 'error', message: '--jobs takes a whole number of threads, 1 or more.' };
      options.jobs = jobs;
    } else if (flag === '--') {
      options.paths.push(...rest.slice(i + 1));
      break;
    } else if (flag.startsWith('-') && flag !== '-') return { command: 'error', message: `Unknown option "${flag}".` };
    else options.paths.push(arg);
  }
  if (options.summary && (options.format === 'sarif' || options.format === 'github'))
    return {
      command: 'error',
      message: `--summary prints text or JSON, not ${options.format === 'sarif' ? 'SARIF' : 'workflow commands'}.`,
    };
  if (command === 'links') {
    const { jobs: _jobs, root: _root, ...links } = options;
    return { ...links, command: 'links' };
  }
  const { cache: _cache, cacheFile: _file, maxAge: _age, timeout: _timeout, ...check } = options;
  const { hostConcurrency: _host, maxConcurrency: _all, hostInterval: _interval, ...plain } = check;
  return plain;
}

/** The numeric options of `links`: the key set, what the value must be, its least value. */
const LINK_NUMBERS: Record<
  string,
  [keyof Pick<LinksOptions, 'timeout' | 'hostConcurrency' | 'maxConcurrency' | 'hostInterval'>, string, number]
> = {
  '--timeout': ['timeout', 'a number of seconds above 0', 0.001],
  '--host-concurrency': ['hostConcurrency', 'a whole number of requests, 1 or more', 1],
  '--max-concurrency': ['maxConcurrency', 'a whole number of requests, 1 or more', 1],
  '--host-interval': ['hostInterval', 'a whole number of milliseconds', 0],
};

/** `1d`, `12h`, `30m`, `90s` or a number of seconds. */
function durationSeconds(text: string | undefined): number | undefined {
  const match = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(text ?? '');
  if (!match) return undefined;
  return Number(match[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] as '' | 's' | 'm' | 'h' | 'd'];
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
  if (inputs.length !== 1)
    return { command: 'error', message: all ? 'render --all takes one folder.' : 'render takes one article.' };
  if (all && !output)
    return { command: 'error', message: 'render --all needs -o DIR, the folder to write the pages to.' };
  return { command: 'render', input: inputs[0], output, all };
}
