import { ruleIdOf, RULES_BY_ID } from '../../core';
import type { Summary } from '../summary';

/** One line a finding, `file:line:column severity RULE/slug message`, then a summary line. */
export function formatText(summary: Summary): string {
  const lines = summary.findings.map(
    (f) =>
      `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule}/${RULES_BY_ID.get(f.rule)?.slug ?? ruleIdOf(f.rule)} ${f.message}${f.fixable ? ' [fixable]' : ''}`,
  );
  lines.push(countLine(summary));
  return lines.join('\n') + '\n';
}

/** The last line: files checked and findings by severity. */
export function countLine(summary: Summary): string {
  const counts = (['error', 'warning', 'info'] as const).map((s) => {
    const count = summary.findings.filter((f) => f.severity === s).length;
    return `${count} ${s}${s === 'info' || count === 1 ? '' : 's'}`;
  });
  const fixed = summary.fixed ? `, ${summary.fixed} fixed` : '';
  const scope = summary.newFrom ? ` on lines changed since ${summary.newFrom}` : '';
  return `${summary.files} file${summary.files === 1 ? '' : 's'} checked, ${summary.skipped} skipped (no properties block): ${counts.join(', ')}${scope}${fixed}`;
}
