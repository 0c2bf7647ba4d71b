import type { Rule } from '../rule';
import { blockOpenSpan } from '../rule-helpers';

const MAX_NAME = 80;

export const fileName: Rule = {
  id: 'SH501',
  slug: 'file-name',
  description: 'Article files are `*.md`, named without spaces and under 80 characters.',
  severity: 'warning',
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
    if (!name.toLowerCase().endsWith('.md'))
      report({ message: `"${name}" is not a .md file; only Markdown files are published.`, span });
    if (name.includes(' ')) report({ message: `The file name "${name}" contains spaces.`, span });
    if (name.length >= MAX_NAME)
      report({ message: `The file name is ${name.length} characters long; keep it under ${MAX_NAME}.`, span });
  },
};
