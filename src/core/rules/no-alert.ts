import type { Rule } from '../rule';
import { proseLines } from './helpers';

const ALERT = /^\s*>\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]|\[AZURE\.(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/i;

export const noAlert: Rule = {
  id: 'SH217',
  slug: 'no-alert',
  description: 'Docs-style alerts (`> [!NOTE]`) are not rendered; write the note as text.',
  severity: 'warning',
  fixable: false,
  docs: { bad: '> [!NOTE]\n> Restart the VM first.', good: '**Note:** Restart the VM first.' },
  check(article, report) {
    for (const line of proseLines(article)) {
      const match = ALERT.exec(article.lines.lineText(line));
      if (!match) continue;
      const start = article.lines.offsetAt(line) + match.index;
      report({ message: 'Docs-style alerts are not supported; they show as plain text.', span: { start, end: article.lines.lineEnd(line) } });
    }
  },
};
