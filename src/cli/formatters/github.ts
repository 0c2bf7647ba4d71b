/**
 * `--format github`: one workflow command a finding, which GitHub Actions shows as an annotation on the file's line
 * (on a pull request, beside the changed lines), then the count line of the text format for the log.
 */
import { RULES_BY_ID, type Severity } from '../../core';
import type { Summary } from '../summary';
import { countLine } from './text';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** A workflow command's message: its line breaks and percent signs escaped. */
export const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A property value: also the colon and comma that separate properties. */
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(summary: Summary): string {
  const lines = summary.findings.map((f) => {
    const title = `${f.rule} ${RULES_BY_ID.get(f.rule)?.slug ?? ''}`.trim();
    const related = f.related?.length ? ` (${f.related.map((r) => `${r.file}:${r.line}`).join(', ')})` : '';
    const properties = [
      `file=${escapeProperty(f.file)}`,
      `line=${f.line}`,
      `col=${f.column}`,
      `endLine=${f.endLine}`,
      `endColumn=${f.endColumn}`,
      `title=${escapeProperty(title)}`,
    ];
    return `::${COMMAND[f.severity]} ${properties.join(',')}::${escapeData(f.message + related)}`;
  });
  return [...lines, countLine(summary)].join('\n') + '\n';
}
