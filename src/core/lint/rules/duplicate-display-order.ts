import type { ProjectRule } from '../rule';
import { reportDuplicates } from '../report-duplicates';

export const duplicateDisplayOrder: ProjectRule = {
  id: 'SH503',
  slug: 'duplicate-display-order',
  description: 'Within one service and resource, each `displayOrder` number is used once.',
  severity: 'warning',
  messages: {
    alsoUsed: 'displayOrder {{order}} in {{service}}/{{resource}} is also used by {{others}}.',
  },
  fixable: false,
  docs: {
    bad: 'a.md: service="microsoft.compute" resource="virtualmachines" displayOrder="3"\nb.md: the same three values',
    good: 'b.md: displayOrder="4"',
  },
  checkProject(articles, report) {
    reportDuplicates(
      articles,
      (a) =>
        a.displayOrder?.value && a.service
          ? [a.service, a.resource ?? '', a.displayOrder.value].join('\u0000').toLowerCase()
          : undefined,
      (a) => ({ start: a.displayOrder!.start, end: a.displayOrder!.end }),
      'alsoUsed',
      (a) => ({ order: a.displayOrder!.value, service: a.service!, resource: a.resource ?? '' }),
      'The same displayOrder',
      report,
    );
  },
};
