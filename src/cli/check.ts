/**
 * `selfhelp check`: the files of a run checked (spread over threads by check-pool.ts for large runs), the rules over
 * many articles then run here on what they report, the summary made for the report.
 */
import * as path from 'path';
import {
  type ArticleFacts,
  type ConfigProblem,
  decodeBytes,
  factsEntry,
  factsOfText,
  oneBased,
  resolveConfig,
  type ResolvedConfig,
  ruleIdOf,
  WorkspaceModel,
} from '../core';
import type { CheckOptions } from './args';
import { type ChangedLines, touchesChange } from './changes';
import { type FileResult, type LocatedFinding, unreadableFile } from './check-file';
import { checkAll, FILES_TO_READ_AHEAD_MIN, type Job } from './check-pool';
import { loadConfig } from './config-file';
import { isFolder } from './files';
import { readInputs } from './inputs';
import type { Io } from './io';
import { ReadAhead, readNow, type ReadResult } from './read-ahead';
import { type CheckOutcome, progressLine } from './report';
import { coversFolder, repositoryMarkdownFiles, repositoryRoot } from './repository';
import { defaultWordListFile, teamWords, type SpellingInput } from './spelling';
import type { Summary } from './summary';

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
