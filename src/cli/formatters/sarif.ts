import { ALL_RULES, REPOSITORY_URL, ruleDocsUrl, type Severity } from '../../core';
import type { Summary } from '../summary';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0, as code-scanning services read it. */
export function formatSarif(summary: Summary, version: string): string {
  const index = new Map(ALL_RULES.map((r, i) => [r.id, i]));
  const region = (line: number, column: number, endLine?: number, endColumn?: number) => ({
    startLine: line,
    startColumn: column,
    endLine,
    endColumn,
  });
  return (
    JSON.stringify(
      {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'selfhelp',
                version,
                informationUri: REPOSITORY_URL,
                rules: ALL_RULES.map((r) => ({
                  id: r.id,
                  name: r.slug,
                  shortDescription: { text: r.description },
                  helpUri: ruleDocsUrl(r),
                  defaultConfiguration: { level: LEVEL[r.severity] },
                })),
              },
            },
            results: summary.findings.map((f) => ({
              ruleId: f.rule,
              ruleIndex: index.get(f.rule),
              level: LEVEL[f.severity],
              message: { text: f.message },
              // Which of the rule's messages, for tools that match findings across runs by more than their words.
              properties: { messageId: f.messageId },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: encodeURI(f.file) },
                    region: region(f.line, f.column, f.endLine, f.endColumn),
                  },
                },
              ],
              relatedLocations: f.related?.map((r, i) => ({
                id: i,
                message: { text: r.message },
                physicalLocation: { artifactLocation: { uri: encodeURI(r.file) }, region: region(r.line, r.column) },
              })),
            })),
          },
        ],
      },
      null,
      1,
    ) + '\n'
  );
}
