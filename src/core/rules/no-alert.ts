import type { Rule } from '../rule';
import { proseMatches } from './helpers';

const ALERT = /^[ \t]*>[ \t]*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]|\[AZURE\.(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/gim;

export const noAlert: Rule = {
  id: 'SH217',
  slug: 'no-alert',
  description: 'Docs-style alerts (`> [!NOTE]`) are not rendered; write the note as text.',
  severity: 'warning',
  fixable: false,
  docs: { bad: '> [!NOTE]\n> Restart the VM first.', good: '**Note:** Restart the VM first.' },
  check(article, report) {
    for (const match of proseMatches(article, ALERT)) {
      const line = article.lines.positionAt(match.index).line;
      report({ message: 'Docs-style alerts are not supported; they show as plain text.', span: { start: match.index, end: article.lines.lineEnd(line) } });
    }
  },
};
