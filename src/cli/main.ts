/**
 * The `selfhelp` command as a function: arguments and streams in, exit code out. Large runs spread the files over
 * this thread and worker threads (one a core), which take chunks of files from a shared counter; the rules over many
 * articles then run here on what they report.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { type Config, CONFIG_FILE_NAMES, type ConfigProblem, lintProject, parseConfig, resolveConfig, ruleIdOf } from '../core';
import { parseArgs, USAGE, type CheckOptions } from './args';
import { checkFile, type FileResult, type LocatedFinding } from './check-file';
import { collectFiles, InputError } from './files';
import { render } from './render';
import { formatSummaryJson, formatSummaryText } from './formatters/counts';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatText } from './formatters/text';
import type { Io } from './io';
import { defaultWordListFile, loadSpeller, teamWords } from './spelling';
import type { Summary } from './summary';

declare const SELFHELP_VERSION: string;
export const VERSION = typeof SELFHELP_VERSION === 'string' ? SELFHELP_VERSION : '0.0.0-dev';

/** Below this many files, starting workers costs more than it saves. */
const FILES_PER_WORKER_MIN = 200;

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
  const problems: ConfigProblem[] = [];
  const { config, file: configFile } = loadConfig(parsed, io.cwd, problems);
  const resolved = resolveConfig(config, problems);
  if (problems.length) {
    io.stderr(problems.map((p) => `selfhelp: ${p.message}`).join('\n') + '\n');
    return 2;
  }
  let spelling: SpellingInput | undefined;
  if (resolved.get(ruleIdOf('spelling')!)) {
    const file = io.wordList ?? defaultWordListFile();
    if (file) spelling = { file, words: teamWords(config?.words, configFile, io.cwd) };
    else io.stderr('selfhelp: the English word list (spelling/en-us.words beside the CLI) is missing: words are not checked.\n');
  }
  let files: string[];
  try {
    files = collectFiles(parsed.paths, io.cwd);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`selfhelp: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const display = (file: string) => path.relative(io.cwd, file).split(path.sep).join('/') || path.basename(file);
  const progress = parsed.progress && io.isTerminal ? progressLine(io, files.length) : undefined;
  // In file order, whichever thread checked each file: the report is the same for any number of threads.
  const results = (await checkAll(files, display, config, spelling, parsed, io.workerScript, progress)).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  progress?.done();

  const unreadable = results.filter((r) => r.error || r.notWritten);
  for (const result of results) for (const error of result.internalErrors) io.stderr(`selfhelp: internal error in ${result.file}: ${error}\n`);
  const findings = results.flatMap((r) => r.findings);
  findings.push(...projectFindings(results, resolved));
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  const summary: Summary = {
    files: results.filter((r) => !r.skipped && !r.error).length,
    skipped: results.filter((r) => r.skipped).length,
    fixed: results.reduce((n, r) => n + r.fixed, 0),
    findings,
    services: new Map(results.filter((r) => !r.skipped && !r.error).map((r) => [r.file, r.facts?.service])),
  };
  const report = parsed.summary
    ? parsed.format === 'json' ? formatSummaryJson(summary) : formatSummaryText(summary)
    : parsed.format === 'json' ? formatJson(summary) : parsed.format === 'sarif' ? formatSarif(summary, VERSION) : formatText(summary);
  io.stdout(report);
  if (unreadable.length) {
    io.stderr(unreadable.map((r) => `selfhelp: ${r.error ?? r.notWritten}`).join('\n') + '\n');
    return 2;
  }
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

function loadConfig(options: CheckOptions, cwd: string, problems: ConfigProblem[]): { config?: Config; file?: string } {
  let file = options.config ? path.resolve(cwd, options.config) : undefined;
  if (!file) {
    for (let folder = cwd; ; folder = path.dirname(folder)) {
      file = CONFIG_FILE_NAMES.map((name) => path.join(folder, name)).find((candidate) => fs.existsSync(candidate));
      if (file || path.dirname(folder) === folder) break;
    }
  }
  if (!file) return {};
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    problems.push({ message: `Cannot read the configuration ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    return { file };
  }
  const fileProblems: ConfigProblem[] = [];
  const config = parseConfig(text, fileProblems);
  problems.push(...fileProblems.map((p) => ({ message: `${file}: ${p.message}` })));
  return { config, file };
}

function projectFindings(results: FileResult[], resolved: ReturnType<typeof resolveConfig>): LocatedFinding[] {
  const facts = results.flatMap((r) => (r.facts ? [r.facts] : []));
  return lintProject(facts, resolved).map((f) => ({
    file: f.path,
    rule: f.rule,
    severity: f.severity,
    line: f.start.line + 1,
    column: f.start.character + 1,
    endLine: f.end.line + 1,
    endColumn: f.end.character + 1,
    message: f.message,
    fixable: false,
    related: f.related.map((r) => ({ file: r.path, line: r.start.line + 1, column: r.start.character + 1, message: r.message })),
  }));
}

interface Progress {
  advance(count: number): void;
  done(): void;
}

function progressLine(io: Io, total: number): Progress {
  let checked = 0;
  let last = 0;
  return {
    advance(count) {
      checked += count;
      const now = Date.now();
      if (now - last < 100 && checked < total) return;
      last = now;
      io.stderr(`\rselfhelp: checked ${checked}/${total} files`);
    },
    done() {
      io.stderr('\r\x1b[K');
    },
  };
}

export interface WorkerInput {
  files: { absolute: string; display: string }[];
  /** One shared counter: every thread takes the next chunk of files from it, so none waits while another works. */
  next: SharedArrayBuffer;
  config: Config | undefined;
  spelling: SpellingInput | undefined;
  fix: boolean;
}

/** Where each thread reads the English word list, and the team's words. */
export interface SpellingInput {
  file: string;
  words: string[];
}

export type WorkerMessage = { type: 'progress'; count: number } | { type: 'done'; results: FileResult[] };

/** Files a thread takes at a time from the shared counter. */
export const CHUNK = 25;

async function checkAll(
  files: string[],
  display: (file: string) => string,
  config: Config | undefined,
  spelling: SpellingInput | undefined,
  options: CheckOptions,
  workerScript: string | undefined,
  progress: Progress | undefined,
): Promise<FileResult[]> {
  const jobs = files.map((absolute) => ({ absolute, display: display(absolute) }));
  const threads = Math.min(options.jobs ?? os.availableParallelism?.() ?? os.cpus().length, Math.floor(jobs.length / FILES_PER_WORKER_MIN));
  const workers = workerScript && threads >= 2 ? threads - 1 : 0;
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const others = Promise.all(Array.from({ length: workers }, () => runWorker(workerScript!, { files: jobs, next, config, spelling, fix: options.fix }, progress)));
  // This thread works too, taking chunks from the same counter as the workers.
  const resolved = resolveConfig(config);
  const context = { speller: spelling && loadSpeller(spelling.file, spelling.words) };
  const own: FileResult[] = [];
  for (let start = Atomics.add(counter, 0, CHUNK); start < jobs.length; start = Atomics.add(counter, 0, CHUNK)) {
    for (const job of jobs.slice(start, start + CHUNK)) {
      own.push(checkFile(job.absolute, job.display, resolved, options.fix, context));
      progress?.advance(1);
    }
    // Let the workers' progress messages in now and then.
    if (workers) await new Promise((resolve) => setImmediate(resolve));
  }
  return [...own, ...(await others).flat()];
}

function runWorker(script: string, input: WorkerInput, progress: Progress | undefined): Promise<FileResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: input });
    let results: FileResult[] | undefined;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') progress?.advance(message.count);
      else results = message.results;
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (results ? resolve(results) : reject(new Error(`A worker stopped with exit code ${code}.`))));
  });
}
