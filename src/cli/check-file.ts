/** Checks one file from disk: read, decode, lint, and with --fix write the clear fixes back. */
import * as fs from 'fs';
import { parseArticle } from '../core/article';
import type { ResolvedConfig } from '../core/config';
import { applyFixes } from '../core/fix';
import { lintArticle, type LintResult } from '../core/lint';
import type { ArticleFacts, Severity } from '../core/rule';
import { decodeBytes } from '../core/text';

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
  internalErrors: string[];
}

function locate(file: string, result: LintResult): LocatedFinding[] {
  const { lines } = result.article;
  return result.findings.map((f) => {
    const start = lines.positionAt(f.start);
    const end = lines.positionAt(f.end);
    return {
      file,
      rule: f.rule,
      severity: f.severity,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      message: f.message,
      fixable: f.fix !== undefined,
    };
  });
}

/** Fixes are written only where the text read back exactly as it was decoded and the block was found whole. */
function safeToFix(result: LintResult, invalidUtf8: boolean): boolean {
  const block = result.article.block;
  return !invalidUtf8 && !!block?.close && !block.problems.some((p) => p.kind === 'missing-close');
}

export function checkFile(absolutePath: string, file: string, config: ResolvedConfig, fix: boolean): FileResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(absolutePath);
  } catch (error) {
    return { file, skipped: false, findings: [], fixed: 0, error: `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, internalErrors: [] };
  }
  const decoded = decodeBytes(bytes);
  const source = { path: file, invalidUtf8: decoded.invalidUtf8, invalidUtf8Offset: decoded.invalidUtf8Offset };
  let result = lintArticle(parseArticle(decoded.text, source), config);
  if (!result.article.block) return { file, skipped: true, findings: [], fixed: 0, internalErrors: result.internalErrors };
  let fixed = 0;
  if (fix && safeToFix(result, decoded.invalidUtf8)) {
    const outcome = applyFixes(decoded.text, result.findings);
    if (outcome.fixed.length) {
      fs.writeFileSync(absolutePath, (decoded.hadBom ? '\ufeff' : '') + outcome.text, 'utf8');
      fixed = outcome.fixed.length;
      result = lintArticle(parseArticle(outcome.text, source), config);
    }
  }
  return { file, skipped: false, findings: locate(file, result), facts: result.facts, fixed, internalErrors: result.internalErrors };
}
