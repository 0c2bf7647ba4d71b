import type { ProjectRule } from '../rule';
import { reportDuplicates } from '../report-duplicates';

export const duplicateFileName: ProjectRule = {
  id: 'SH504',
  slug: 'duplicate-file-name',
  description: "File names are unique across the repository's folders.",
  severity: 'warning',
  messages: {
    alsoUsed: 'The file name is also used by {{others}}.',
  },
  fixable: false,
  docs: {
    bad: 'articles/microsoft.compute/restart.md\narticles/microsoft.web/restart.md',
    good: 'articles/microsoft.compute/vm-restart.md\narticles/microsoft.web/webapp-restart.md',
  },
  checkProject(articles, report) {
    reportDuplicates(
      articles,
      (a) => a.path.slice(a.path.lastIndexOf('/') + 1).toLowerCase(),
      (a) => a.blockOpen,
      'alsoUsed',
      () => ({}),
      'The same file name',
      report,
    );
  },
};
