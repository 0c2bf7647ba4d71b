import type { Rule, TextEdit } from '../rule';
import { commonBodyIndent } from '../../parse/indentation';

export const indentedArticle: Rule = {
  id: 'SH219',
  slug: 'indented-article',
  description:
    'The body is not indented as a whole: four spaces (or a tab) before every line make Markdown show the article as one block of raw text.',
  severity: 'error',
  messages: {
    indented:
      'Every line of the body is {{indentation}}: Markdown shows the whole article as one block of raw text (no heading, no list, no link). Remove the indentation.',
  },
  fixable: true,
  fixRevealsText: true,
  docs: {
    bad: '    <properties … />\n\n    # Restart the VM\n\n    1. Restart the VM.',
    good: '<properties … />\n\n# Restart the VM\n\n1. Restart the VM.',
  },
  check(article, report) {
    const indent = commonBodyIndent(article);
    if (!indent) return;
    const { lines } = article;
    const edits: TextEdit[] = [];
    for (let line = indent.firstLine; line <= indent.lastLine; line++) {
      const start = lines.offsetAt(line);
      if (article.text.startsWith(indent.prefix, start))
        edits.push({ start, end: start + indent.prefix.length, text: '' });
    }
    const first = lines.offsetAt(indent.firstContentLine);
    const shown = indent.prefix.includes('\t') ? 'indented' : `indented by ${indent.prefix.length} spaces`;
    report({
      messageId: 'indented',
      data: { indentation: shown },
      span: { start: first, end: lines.lineEnd(indent.firstContentLine) },
      fix: { title: 'Remove the indentation from every line', edits },
    });
  },
};
