/** Checks one file from disk: read, decode, lint, and with --fix write the clear fixes back. */
import * as fs from 'fs';
import * as path from 'path';
import {
  type ArticleFacts,
  decodeBytes,
  type Finding,
  fixParsedArticle,
  lintArticle,
  placeOf,
  type LintResult,
  parseArticle,
  type ResolvedConfig,
  type RuleContext,
  type Severity,
} from '../core';
import { type ChangedLines, touchesChange } from './changes';
import { readNow, type ReadResult } from './read-ahead';

/** A finding placed in its file, with 1-based lines and columns. */
export interface LocatedFinding {
  file: string;
  rule: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  /** Which of the rule's messages: what tools match findings by (the words may change). */
  messageId: string;
  fixable: boolean;
  related?: { file: string; line: number; column: number; message: string }[];
}

export interface FileResult {
  file: string;
  /** The file has no properties block: not an article. */
  skipped: boolean;
  findings: LocatedFinding[];
  facts?: ArticleFacts;
  fixed: number;
  /** Why the file could not be read. */
  error?: string;
  /** Why its fixes were not written (the file is checked as it is on disk). */
  notWritten?: string;
  internalErrors: string[];
}

/** How a file is checked: with its fixes written or not, and with `--new-from-…`, the lines that changed. */
export interface CheckFileOptions {
  fix: boolean;
  context: RuleContext;
  /** Only findings touching these lines are reported (and fixed); nothing for a file that did not change. */
  onlyChanged?: { lines: ChangedLines | undefined };
}

/**
 * Fixable as ESLint's `fixableErrorCount` counts: a fix is offered, and `--fix` applies it. That `--fix` takes every
 * such finding away and adds none is held by the tests over the corpus and the fuzzer, not checked again here.
 */
function locate(file: string, result: LintResult, keep: (finding: Finding) => boolean): LocatedFinding[] {
  const { lines } = result.article;
  return result.findings.filter(keep).map((f) => ({
    file,
    rule: f.rule,
    severity: f.severity,
    ...placeOf(lines, f.start, f.end),
    message: f.message,
    messageId: f.messageId,
    fixable: f.fix !== undefined,
  }));
}

/** Checks a file; `read` is its bytes when they were read ahead (read-ahead.ts). */
export function checkFile(
  absolutePath: string,
  file: string,
  config: ResolvedConfig,
  { fix, context, onlyChanged }: CheckFileOptions,
  read: ReadResult = readNow(absolutePath),
): FileResult {
  if ('error' in read) return unreadableFile(file, read.error);
  const { bytes } = read;
  const decoded = decodeBytes(bytes);
  const source = { path: file, invalidUtf8: decoded.invalidUtf8, invalidUtf8Offset: decoded.invalidUtf8Offset };
  let result = lintArticle(parseArticle(decoded.text, source), config, context);
  if (!result.article.block)
    return { file, skipped: true, findings: [], fixed: 0, internalErrors: result.internalErrors };
  const keep = (finding: Finding): boolean => {
    if (!onlyChanged) return true;
    const { line, endLine } = placeOf(result.article.lines, finding.start, finding.end);
    return touchesChange(onlyChanged.lines, line, endLine);
  };
  let fixed = 0;
  let notWritten: string | undefined;
  const only = onlyChanged && keep;
  if (fix && (!onlyChanged || onlyChanged.lines)) {
    const outcome = fixParsedArticle(result.article, config, result.findings, only);
    if (outcome.fixed) {
      notWritten = writeIfUnchanged(
        absolutePath,
        bytes,
        Buffer.from((decoded.hadBom ? '\ufeff' : '') + outcome.text, 'utf8'),
        file,
      );
      if (!notWritten) {
        fixed = outcome.fixed;
        result = lintArticle(parseArticle(outcome.text, source), config, context);
      }
    }
  }
  return {
    file,
    skipped: false,
    findings: locate(file, result, keep),
    facts: result.facts,
    fixed,
    notWritten,
    internalErrors: result.internalErrors,
  };
}

/** The result for a file that could not be read, and why. */
export function unreadableFile(file: string, why: string): FileResult {
  return { file, skipped: false, findings: [], fixed: 0, error: `Cannot read ${file}: ${why}`, internalErrors: [] };
}

/**
 * Writes the fixed bytes beside the file and renames them over it, so an interrupted run leaves the file either as it
 * was or fully fixed; keeps the file's mode. A file whose bytes changed since they were read (an editor saved it
 * meanwhile) is left alone: the reason is returned.
 */
export function writeIfUnchanged(absolutePath: string, read: Buffer, fixed: Buffer, file: string): string | undefined {
  const temporary = path.join(
    path.dirname(absolutePath),
    `.${path.basename(absolutePath)}.selfhelp-${process.pid}.tmp`,
  );
  let written = false;
  try {
    const { mode } = fs.statSync(absolutePath);
    fs.writeFileSync(temporary, fixed, { mode, flag: 'wx' });
    written = true;
    fs.chmodSync(temporary, mode);
    if (!fs.readFileSync(absolutePath).equals(read))
      return `${file} changed on disk while it was checked; its fixes were not written.`;
    fs.renameSync(temporary, absolutePath);
    written = false;
    return undefined;
  } catch (error) {
    return `Cannot write the fixes of ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
  } finally {
    if (written) fs.rmSync(temporary, { force: true });
  }
}
