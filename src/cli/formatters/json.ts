import { RULES_BY_ID } from '../../core';
import type { Summary } from '../summary';

/** Findings a piece of the report holds: the report of a whole repository is written a piece at a time. */
const PIECE = 1000;

/**
 * Exactly one JSON object, as documented in the README, in pieces: the whole report of ten thousand articles as one
 * string (and its bytes on the way out) was the check's peak of memory.
 */
export function* formatJson(summary: Summary): Generator<string> {
  yield `{"version":1,"files":${summary.files},"skipped":${summary.skipped},"findings":[`;
  const { findings } = summary;
  for (let start = 0; start < findings.length; start += PIECE) {
    const piece = findings
      .slice(start, start + PIECE)
      .map(({ file, rule, severity, line, column, endLine, endColumn, message, messageId, fixable }) =>
        JSON.stringify({
          file,
          rule,
          slug: RULES_BY_ID.get(rule)?.slug,
          severity,
          line,
          column,
          endLine,
          endColumn,
          message,
          messageId,
          fixable,
        }),
      );
    yield (start ? ',' : '') + piece.join(',');
  }
  yield ']}\n';
}
