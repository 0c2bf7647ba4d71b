import type { Rule } from '../rule';

export const noTable: Rule = {
  id: 'SH216',
  slug: 'no-table',
  description: 'Tables are not rendered in classic articles (Apollo articles may use them).',
  severity: 'warning',
  messages: {
    table: 'Tables are not supported in this article type; use a list.',
  },
  fixable: false,
  marksPreview: true,
  docs: { bad: '| Size | Limit |\n|---|---|\n| S | 10 |', good: '* Size S: limit 10' },
  check(article, report) {
    if (article.type?.name === 'apollo') return;
    for (const token of article.body.tokens) {
      if (token.type !== 'table_open' || !token.map) continue;
      const line = article.body.startLine + token.map[0];
      report({
        messageId: 'table',
        span: { start: article.lines.offsetAt(line), end: article.lines.lineEnd(line) },
      });
    }
  },
};
