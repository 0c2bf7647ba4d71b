import type { ProjectRule } from '../rule';
import { reportDuplicates } from '../report-duplicates';

export const duplicateArticleId: ProjectRule = {
  id: 'SH502',
  slug: 'duplicate-article-id',
  description: '`articleId` is unique across the repository, case-insensitively.',
  severity: 'error',
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
      (a, others) => `articleId "${a.articleId!.value}" is also used by ${others}.`,
      'The same articleId',
      report,
    );
  },
};
