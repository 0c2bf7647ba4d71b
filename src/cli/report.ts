/** What `check` and `links` found, written in the format asked for, with the exit code and the progress line. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Severity } from '../core';
import { formatAzure, uploadSummary } from './formatters/azure';
import type { FailOn, Format } from './args';
import { formatSummaryJson, formatSummaryText } from './formatters/counts';
import { formatGithub } from './formatters/github';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatText } from './formatters/text';
import type { Io } from './io';
import type { Summary } from './summary';
import { VERSION } from './version';

/** What a check found; undefined after a usage error (already said on standard error). */
export interface CheckOutcome {
  summary: Summary;
  /** Some input could not be read, or its fixes not written (said on standard error): exit code 2. */
  unreadable: boolean;
}

/** The report in the pieces it is written in. */
export function formatReport(summary: Summary, options: { summary: boolean; format: Format }): Iterable<string> {
  if (options.summary && options.format === 'azure') return azureSummary(summary);
  if (options.summary) return [options.format === 'json' ? formatSummaryJson(summary) : formatSummaryText(summary)];
  if (options.format === 'azure') return [formatAzure(summary)];
  if (options.format === 'json') return formatJson(summary);
  if (options.format === 'sarif') return [formatSarif(summary, VERSION)];
  if (options.format === 'github') return [formatGithub(summary)];
  return [formatText(summary)];
}

/**
 * The summary's tables in the log, and written to a file that the pipeline attaches to the run's summary page (in the
 * agent's temporary folder, which the agent empties after each job).
 */
function azureSummary(summary: Summary): string[] {
  const tables = formatSummaryText(summary);
  const folder = process.env.AGENT_TEMPDIRECTORY || os.tmpdir();
  const file = path.join(folder, `selfhelp-summary-${process.pid}.md`);
  try {
    fs.writeFileSync(file, tables);
  } catch (error) {
    return [tables, `##vso[task.logissue type=warning]Cannot write the summary for the run's page: ${String(error)}\n`];
  }
  return [tables, uploadSummary(file)];
}

const FAILING: Record<FailOn, ReadonlySet<Severity>> = {
  error: new Set(['error']),
  warning: new Set(['error', 'warning']),
  never: new Set(),
};

/** 2 when an input could not be read, 1 when a reported finding is at the --fail-on level, else 0. */
export function exitCode(outcome: CheckOutcome, failOn: FailOn): number {
  if (outcome.unreadable) return 2;
  return outcome.summary.findings.some((f) => FAILING[failOn].has(f.severity)) ? 1 : 0;
}

export interface Progress {
  advance(count: number): void;
  done(): void;
}

/** `selfhelp: checked 120/4000 files` on standard error, rewritten in place at most ten times a second. */
export function progressLine(io: Io, total: number, what = 'files'): Progress {
  let checked = 0;
  let last = 0;
  return {
    advance(count) {
      checked += count;
      const now = Date.now();
      if (now - last < 100 && checked < total) return;
      last = now;
      io.stderr(`\rselfhelp: checked ${checked}/${total} ${what}`);
    },
    done() {
      io.stderr('\r\x1b[K');
    },
  };
}
