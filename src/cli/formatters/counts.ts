/**
 * `--summary`: counts by rule and by service, as Markdown tables for a pull request's comment, or as one JSON object.
 */
import { RULES_BY_ID, type Severity } from '../../core';
import type { Summary } from '../summary';

const NO_SERVICE = '(no service)';

interface RuleCount {
  rule: string;
  slug: string;
  severity: Severity;
  findings: number;
  files: number;
}

interface ServiceCount {
  service: string;
  articles: number;
  errors: number;
  warnings: number;
  infos: number;
}

function countsOf(summary: Summary): {
  byRule: RuleCount[];
  byService: ServiceCount[];
  totals: Record<Severity, number>;
} {
  const byRule = new Map<string, RuleCount & { fileSet: Set<string> }>();
  const byService = new Map<string, ServiceCount>();
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const service of summary.services.values()) {
    const name = service?.toLowerCase() || NO_SERVICE;
    const count = byService.get(name) ?? { service: name, articles: 0, errors: 0, warnings: 0, infos: 0 };
    count.articles++;
    byService.set(name, count);
  }
  for (const finding of summary.findings) {
    totals[finding.severity]++;
    const key = `${finding.rule} ${finding.severity}`;
    const rule = byRule.get(key) ?? {
      rule: finding.rule,
      slug: RULES_BY_ID.get(finding.rule)?.slug ?? '',
      severity: finding.severity,
      findings: 0,
      files: 0,
      fileSet: new Set(),
    };
    rule.findings++;
    rule.fileSet.add(finding.file);
    byRule.set(key, rule);
    const service = summary.services.get(finding.file)?.toLowerCase() || NO_SERVICE;
    const count = byService.get(service) ?? { service, articles: 0, errors: 0, warnings: 0, infos: 0 };
    count[finding.severity === 'error' ? 'errors' : finding.severity === 'warning' ? 'warnings' : 'infos']++;
    byService.set(service, count);
  }
  const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return {
    byRule: [...byRule.values()]
      .map(({ fileSet, ...count }) => ({ ...count, files: fileSet.size }))
      .sort((a, b) => order[a.severity] - order[b.severity] || b.findings - a.findings || a.rule.localeCompare(b.rule)),
    byService: [...byService.values()].sort(
      (a, b) => b.errors - a.errors || b.warnings - a.warnings || a.service.localeCompare(b.service),
    ),
    totals,
  };
}

export function formatSummaryJson(summary: Summary): string {
  const { byRule, byService, totals } = countsOf(summary);
  return (
    JSON.stringify({
      version: 1,
      files: summary.files,
      skipped: summary.skipped,
      errors: totals.error,
      warnings: totals.warning,
      infos: totals.info,
      fixed: summary.fixed,
      byRule,
      byService,
    }) + '\n'
  );
}

const cell = (text: string) => text.replace(/\|/g, '\\|');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatSummaryText(summary: Summary): string {
  const { byRule, byService, totals } = countsOf(summary);
  const scope = summary.newFrom ? ` on lines changed since ${summary.newFrom}` : '';
  const out = [
    `### Self-help articles: ${plural(summary.files, 'article')} checked, ${plural(totals.error, 'error')}, ${plural(totals.warning, 'warning')}, ${totals.info} info${scope}${summary.fixed ? `, ${summary.fixed} fixed` : ''}`,
    '',
  ];
  if (byRule.length) {
    out.push('| Rule | Severity | Findings | Articles |', '|---|---|--:|--:|');
    for (const r of byRule) out.push(`| ${r.rule} ${cell(r.slug)} | ${r.severity} | ${r.findings} | ${r.files} |`);
    out.push('');
  }
  out.push('| Service | Articles | Errors | Warnings | Info |', '|---|--:|--:|--:|--:|');
  for (const s of byService)
    out.push(`| ${cell(s.service)} | ${s.articles} | ${s.errors} | ${s.warnings} | ${s.infos} |`);
  return out.join('\n') + '\n';
}
