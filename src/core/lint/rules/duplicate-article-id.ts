import type { ProjectRule } from '../rule';
import { reportDuplicates } from '../report-duplicates';

export const duplicateArticleId: ProjectRule = {
  id: 'SH502',
  slug: 'duplicate-article-id',
  description: '`articleId` is unique across the repository, case-insensitively.',
  severity: 'error',
  messages: {
    alsoUsed: 'articleId "{{id}}" is also used by {{others}}.',
  },
  fixable: false,
  docs: {
    bad: 'a.md: articleId="vm-slow"\nb.md: articleId="VM-Slow"',
    good: 'a.md: articleId="vm-slow"\nb.md: articleId="vm-slow-after-resize"',
  },
  checkProject(articles, report) {
    reportDuplicates(
      articles,
      (a) => a.articleId?.value.toLowerCase() || undefined,
      (a) => ({ start: a.articleId!.start, end: a.articleId!.end }),
      'alsoUsed',
      (a) => ({ id: a.articleId!.value }),
      'The same articleId',
      report,
    );
  },
};
