/**
 * `--format azure`: one Azure DevOps logging command a finding (`##vso[task.logissue …]`), which a pipeline shows on
 * the file's line in the build's summary and, on a pull request, beside the changed lines; then the count line.
 * Azure has errors and warnings only: an info finding is logged as a warning, its message marked so.
 */
import { RULES_BY_ID, type Severity } from '../../core';
import type { Summary } from '../summary';
import { countLine } from './text';

const TYPE: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'warning' };

/** A logging command's message, escaped as Azure DevOps documents it: %, CR and LF. */
export const escapeAzureData = (text: string) =>
  text.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A property value: also the semicolon that separates properties and the bracket that ends them. */
const escapeProperty = (text: string) => escapeAzureData(text).replace(/;/g, '%3B').replace(/]/g, '%5D');

export function formatAzure(summary: Summary): string {
  const lines = summary.findings.map((f) => {
    const slug = RULES_BY_ID.get(f.rule)?.slug;
    const related = f.related?.length ? ` (${f.related.map((r) => `${r.file}:${r.line}`).join(', ')})` : '';
    const properties = [
      `type=${TYPE[f.severity]}`,
      `sourcepath=${escapeProperty(f.file)}`,
      `linenumber=${f.line}`,
      `columnnumber=${f.column}`,
      `code=${escapeProperty(f.rule)}`,
    ];
    const text = `${f.severity === 'info' ? '(info) ' : ''}${f.rule}${slug ? `/${slug}` : ''} ${f.message}${related}`;
    return `##vso[task.logissue ${properties.join(';')}]${escapeAzureData(text)}`;
  });
  return [...lines, countLine(summary)].join('\n') + '\n';
}

/** The command that attaches a Markdown file to the run's summary page (the build's Extensions tab). */
export const uploadSummary = (file: string) => `##vso[task.uploadsummary]${escapeAzureData(file)}\n`;
