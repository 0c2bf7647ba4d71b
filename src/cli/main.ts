/**
 * The `selfhelp` command as a function: arguments and streams in, exit code out. Large runs spread the files over
 * this thread and worker threads (one a core from three cores up), which take chunks of files from a shared counter;
 * on fewer cores this thread checks them all while a thread of its own reads them ahead. The rules over many articles
 * then run here on what they report.
 */
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import {
  type ArticleFacts,
  oneBased,
  type Config,
  type ConfigProblem,
  decodeBytes,
  factsEntry,
  factsOfText,
  resolveConfig,
  type ResolvedConfig,
  ruleIdOf,
  type RuleContext,
  WorkspaceModel,
} from '../core';
import { type CheckOptions, parseArgs, USAGE } from './args';
import { type ChangedLines, touchesChange } from './changes';
import { checkFile, type FileResult, type LocatedFinding, unreadableFile } from './check-file';
import { isFolder } from './files';
import { readInputs } from './inputs';
import { coversFolder, repositoryMarkdownFiles, repositoryRoot } from './repository';
import { ReadAhead, readNow, type ReadResult } from './read-ahead';
import { render } from './render';
import { loadConfig } from './config-file';
import { runLinks } from './links';
import { runMcp } from './mcp';
import { type CheckOutcome, exitCode, formatReport, type Progress, progressLine } from './report';
import { VERSION } from './version';
import type { Io } from './io';
import { defaultWordListFile, teamWords, type SpellingInput } from './spelling';
import { ruleContext } from './rule-context';
import type { Summary } from './summary';

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
const FILES_TO_READ_AHEAD_MIN = 50;

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
  for (const piece of formatReport(outcome.summary, parsed)) io.stdout(piece);
  return exitCode(outcome, parsed.failOn);
}

/** The check itself, for `selfhelp check` and the GitHub Action, which format what it found their own ways. */
export async function runCheck(options: CheckOptions, io: Io): Promise<CheckOutcome | undefined> {
  const problems: ConfigProblem[] = [];
  const { config, file: configFile } = loadConfig(options.config, io.cwd, problems);
  const resolved = resolveConfig(config, problems);
  if (problems.length) {
    io.stderr(problems.map((p) => `selfhelp: ${p.message}`).join('\n') + '\n');
    return undefined;
  }
  let spelling: SpellingInput | undefined;
  if (resolved.get(ruleIdOf('spelling')!)) {
    const file = io.wordList ?? defaultWordListFile();
    if (file) spelling = { file, words: teamWords(config?.words, configFile, io.cwd) };
    else
      io.stderr(
        'selfhelp: the English word list (spelling/en-us.words beside the CLI) is missing: words are not checked.\n',
      );
  }
  if (options.root && !isFolder(path.resolve(io.cwd, options.root))) {
    io.stderr(`selfhelp: --root: no such folder: ${options.root}\n`);
    return undefined;
  }
  const inputs = readInputs(options.paths, options.newFrom, io);
  if (!inputs) return undefined;
  const { files, changes, changedLines, display } = inputs;
  // With --new-from-…, a given file that did not change is reported on nowhere: it gives only its facts.
  const reported = changes ? files.filter((file) => changedLines(file) !== undefined) : files;
  const unchanged = changes ? files.filter((file) => changedLines(file) === undefined) : [];
  // The rules over many articles compare the reported articles with every article of their repository; outside any
  // repository, the files given are the whole set.
  const root = options.root ? path.resolve(io.cwd, options.root) : repositoryRoot(files, io.cwd);
  const given = new Set(files);
  const others =
    !root || coversFolder(options.paths, io.cwd, root)
      ? []
      : repositoryMarkdownFiles(root).filter((file) => !given.has(file));
  // Read on a thread of their own while this one checks the reported files.
  const factsOnlyFiles = [...unchanged, ...others];
  const reader = factsOnlyFiles.length >= FILES_TO_READ_AHEAD_MIN ? new ReadAhead(factsOnlyFiles) : undefined;
  const progress = options.progress && io.isTerminal ? progressLine(io, reported.length) : undefined;
  const jobs: Job[] = reported.map((absolute) => ({
    absolute,
    display: display(absolute),
    ...(changes && { changed: wireLines(changedLines(absolute)) }),
  }));
  let checked: FileResult[];
  let factsOnlyResults: FileResult[];
  try {
    checked = await checkAll(jobs, config, spelling, options, io.workerScript, progress);
    factsOnlyResults = factsOnlyFiles.map((file, i) => factsOnly(file, display(file), reader?.take(i)));
  } finally {
    reader?.stop();
  }
  progress?.done();
  // In file order, whichever thread checked each file: the report is the same for any number of threads.
  const results = [...checked, ...factsOnlyResults.slice(0, unchanged.length)].sort(byFile);
  const otherFacts = factsOnlyResults.slice(unchanged.length).flatMap((result) => result.facts ?? []);

  const unreadable = results.filter((r) => r.error || r.notWritten);
  for (const result of results)
    for (const error of result.internalErrors) io.stderr(`selfhelp: internal error in ${result.file}: ${error}\n`);
  const findings = results.flatMap((r) => r.findings);
  // What they find is reported on the reported articles (with --new-from-…, on their changed lines).
  const changedByFile = changes && new Map(jobs.map((job) => [job.display, changedLines(job.absolute)]));
  const reportedFiles = new Set(jobs.map((job) => job.display));
  const onReported = (f: LocatedFinding) =>
    reportedFiles.has(f.file) && (!changedByFile || touchesChange(changedByFile.get(f.file), f.line, f.endLine));
  findings.push(...projectFindings(results, otherFacts, resolved).filter(onReported));
  findings.sort((a, b) => byFile(a, b) || a.line - b.line || a.column - b.column);
  const summary: Summary = {
    files: results.filter((r) => !r.skipped && !r.error).length,
    skipped: results.filter((r) => r.skipped).length,
    fixed: results.reduce((n, r) => n + r.fixed, 0),
    findings,
    services: new Map(results.filter((r) => !r.skipped && !r.error).map((r) => [r.file, r.facts?.service])),
    newFrom: options.newFrom?.revision,
  };
  if (unreadable.length) io.stderr(unreadable.map((r) => `selfhelp: ${r.error ?? r.notWritten}`).join('\n') + '\n');
  return { summary, unreadable: unreadable.length > 0 };
}

/** Changed lines as a worker thread receives them. */
function wireLines(lines: ChangedLines | undefined): number[] | 'all' {
  return lines === undefined ? [] : lines === 'all' ? 'all' : [...lines];
}

const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** A file read for the facts the rules over many articles need, without the per-article rules. */
function factsOnly(absolute: string, file: string, read: ReadResult = readNow(absolute)): FileResult {
  if ('error' in read) return unreadableFile(file, read.error);
  const facts = factsOfText(decodeBytes(read.bytes).text, { path: file });
  return { file, skipped: !facts, findings: [], facts, fixed: 0, internalErrors: [] };
}

/** The rules over many articles, over the checked articles and the others of their repository, in path order. */
function projectFindings(
  results: FileResult[],
  otherFacts: ArticleFacts[],
  resolved: ResolvedConfig,
): LocatedFinding[] {
  const repository = new WorkspaceModel();
  const facts = [...results.flatMap((r) => (r.facts ? [r.facts] : [])), ...otherFacts];
  for (const article of facts.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
    repository.set(article.path, factsEntry(article));
  return repository
    .projectFindings(() => resolved)
    .map((f) => ({
      file: f.path,
      rule: f.rule,
      severity: f.severity,
      ...oneBased(f.start, f.end),
      message: f.message,
      messageId: f.messageId,
      fixable: false,
      related: f.related.map((r) => {
        const { line, column } = oneBased(r.start);
        return { file: r.path, line, column, message: r.message };
      }),
    }));
}

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

async function checkAll(
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
