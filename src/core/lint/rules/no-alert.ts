import type { Rule } from '../rule';
import { reportProseMatches } from '../rule-helpers';

const ALERT =
  /^[ \t]*>[ \t]*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]|\[AZURE\.(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/gim;

export const noAlert: Rule = {
  id: 'SH217',
  slug: 'no-alert',
  description: 'Docs-style alerts (`> [!NOTE]`) are not rendered; write the note as text.',
  severity: 'warning',
  messages: {
    alert: 'Docs-style alerts are not supported; they show as plain text.',
  },
  fixable: false,
  marksPreview: true,
  docs: { bad: '> [!NOTE]\n> Restart the VM first.', good: '**Note:** Restart the VM first.' },
  check(article, report) {
    reportProseMatches(article, ALERT, 'alert', report);
  },
};
