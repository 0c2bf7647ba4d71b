import type { Rule } from '../rule';
import { blockOpenSpan } from '../rule-helpers';

const MAX_NAME = 80;

export const fileName: Rule = {
  id: 'SH501',
  slug: 'file-name',
  description: 'Article files are `*.md`, named without spaces and under 80 characters.',
  severity: 'warning',
  messages: {
    notMarkdown: '"{{name}}" is not a .md file; only Markdown files are published.',
    spaces: 'The file name "{{name}}" contains spaces.',
    tooLong: 'The file name is {{length}} characters long; keep it under {{max}}.',
  },
  fixable: false,
  docs: {
    bad: 'articles/microsoft.sql/database x on server y.md',
    good: 'articles/microsoft.sql/sql-database-unavailable.md',
  },
  check(article, report) {
    const path = article.source.path;
    if (!path || !article.block) return;
    const name = path.slice(path.lastIndexOf('/') + 1);
    const span = blockOpenSpan(article);
    if (!name.toLowerCase().endsWith('.md')) report({ messageId: 'notMarkdown', data: { name }, span });
    if (name.includes(' ')) report({ messageId: 'spaces', data: { name }, span });
    if (name.length >= MAX_NAME) report({ messageId: 'tooLong', data: { length: name.length, max: MAX_NAME }, span });
  },
};
