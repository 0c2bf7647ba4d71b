import type { Rule } from '../rule';
import { reportProseMatches } from '../rule-helpers';

const INCLUDE = /\[!INCLUDE|\[AZURE\.INCLUDE|\{%[ \t]*include/gi;

export const includeDirective: Rule = {
  id: 'SH213',
  slug: 'include-directive',
  description: 'Include files are not supported; the directive shows as text.',
  severity: 'error',
  messages: {
    include: 'Include directives are not supported in self-help articles.',
  },
  fixable: false,
  docs: { bad: '[!INCLUDE [restart](includes/restart.md)]', good: 'Write the steps in the article itself.' },
  check(article, report) {
    reportProseMatches(article, INCLUDE, 'include', report);
  },
};
