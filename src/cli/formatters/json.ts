import { RULES_BY_ID } from '../../core';
import type { Summary } from '../summary';

/** Exactly one JSON object, as documented in the README. */
export function formatJson(summary: Summary): string {
  return (
    JSON.stringify({
      version: 1,
      files: summary.files,
      skipped: summary.skipped,
      findings: summary.findings.map(
        ({ file, rule, severity, line, column, endLine, endColumn, message, fixable }) => ({
          file,
          rule,
          slug: RULES_BY_ID.get(rule)?.slug,
          severity,
          line,
          column,
          endLine,
          endColumn,
          message,
          fixable,
        }),
      ),
    }) + '\n'
  );
}
