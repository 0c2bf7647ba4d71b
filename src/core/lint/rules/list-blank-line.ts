import type { Rule } from '../rule';
import { eol } from '../rule-helpers';

export const listBlankLine: Rule = {
  id: 'SH215',
  slug: 'list-blank-line',
  description: 'A blank line separates a paragraph from the list that follows it.',
  severity: 'warning',
  messages: {
    noBlankLine: 'The list starts right under a paragraph; add a blank line before it.',
  },
  fixable: true,
  docs: { bad: 'Try these steps:\n1. Restart the VM', good: 'Try these steps:\n\n1. Restart the VM' },
  check(article, report) {
    const tokens = article.body.tokens;
    for (let i = 2; i < tokens.length; i++) {
      const list = tokens[i];
      if ((list.type !== 'bullet_list_open' && list.type !== 'ordered_list_open') || list.level !== 0 || !list.map)
        continue;
      if (tokens[i - 1].type !== 'paragraph_close' || tokens[i - 1].level !== 0) continue;
      const paragraph = tokens[i - 3];
      if (paragraph?.type !== 'paragraph_open' || !paragraph.map || paragraph.map[1] !== list.map[0]) continue;
      const line = article.body.startLine + list.map[0];
      const start = article.lines.offsetAt(line);
      report({
        messageId: 'noBlankLine',
        span: { start, end: article.lines.lineEnd(line) },
        fix: { title: 'Insert a blank line before the list', edits: [{ start, end: start, text: eol(article) }] },
      });
    }
  },
};
