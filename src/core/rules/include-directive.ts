import type { Rule } from '../rule';
import { proseLines } from './helpers';

const INCLUDE = /\[!INCLUDE|\[AZURE\.INCLUDE|\{%\s*include/i;

export const includeDirective: Rule = {
  id: 'SH213',
  slug: 'include-directive',
  description: 'Include files are not supported; the directive shows as text.',
  severity: 'error',
  fixable: false,
  docs: { bad: '[!INCLUDE [restart](includes/restart.md)]', good: 'Write the steps in the article itself.' },
  check(article, report) {
    for (const line of proseLines(article)) {
      const text = article.lines.lineText(line);
      const match = INCLUDE.exec(text);
      if (!match) continue;
      const start = article.lines.offsetAt(line) + match.index;
      report({ message: 'Include directives are not supported in self-help articles.', span: { start, end: article.lines.lineEnd(line) } });
    }
  },
};
