/** Findings as LSP diagnostics: source `selfhelp`, the rule's id as code, linking to the rule's documentation. */
import * as lsp from 'vscode-languageserver-types';
import { ruleDocsUrl } from '../lint/docs-url';
import type { Finding, ProjectFinding, Severity } from '../lint/rule';
import { RULES_BY_ID } from '../lint/rules';
import type { Article } from '../parse/article';
import { rangeOf } from './positions';

export const DIAGNOSTIC_SOURCE = 'selfhelp';

const SEVERITY: Record<Severity, lsp.DiagnosticSeverity> = {
  error: lsp.DiagnosticSeverity.Error,
  warning: lsp.DiagnosticSeverity.Warning,
  info: lsp.DiagnosticSeverity.Information,
};

/** What a diagnostic carries to find its finding again: the rule and the message's id, never its words. */
export interface DiagnosticData {
  rule: string;
  messageId?: string;
}

/** A diagnostic of ours for a finding at a range. */
export function diagnosticAt(
  range: lsp.Range,
  finding: Pick<Finding, 'rule' | 'severity' | 'message' | 'messageId'>,
): lsp.Diagnostic {
  const rule = RULES_BY_ID.get(finding.rule);
  const data: DiagnosticData = { rule: finding.rule, messageId: finding.messageId };
  return {
    range,
    severity: SEVERITY[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.rule,
    codeDescription: rule && { href: ruleDocsUrl(rule) },
    message: finding.message,
    data,
  };
}

export function diagnosticOf(article: Pick<Article, 'lines'>, finding: Finding): lsp.Diagnostic {
  return diagnosticAt(rangeOf(article, finding), finding);
}

/** A finding of the rules over many articles, its related places where the host knows their documents. */
export function projectDiagnosticOf(
  finding: ProjectFinding,
  uriOf: (path: string) => string | undefined,
): lsp.Diagnostic {
  const diagnostic = diagnosticAt({ start: finding.start, end: finding.end }, finding);
  diagnostic.relatedInformation = finding.related.flatMap((related) => {
    const uri = uriOf(related.path);
    return uri
      ? [
          lsp.DiagnosticRelatedInformation.create(
            lsp.Location.create(uri, { start: related.start, end: related.end }),
            related.message,
          ),
        ]
      : [];
  });
  return diagnostic;
}
