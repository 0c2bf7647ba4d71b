import type { Rule } from '../rule';
import { blockInner, FORMATTING_IN_DESCRIPTION, issueDescriptions } from '../../parse/issue-descriptions';

export const issueDescriptionContent: Rule = {
  id: 'SH209',
  slug: 'issue-description-content',
  description: 'The issueDescription block holds plain text and tokens: no links, bold, italic or headings.',
  severity: 'warning',
  messages: {
    link: 'The issueDescription block contains a link; keep it plain text.',
    bold: 'The issueDescription block contains bold text; keep it plain text.',
    heading: 'The issueDescription block contains a heading; keep it plain text.',
    italic: 'The issueDescription block contains italic text; keep it plain text.',
  },
  fixable: false,
  docs: {
    bad: '<!--issueDescription-->\nSee [the docs](https://learn.microsoft.com/azure).\n<!--/issueDescription-->',
    good: '<!--issueDescription-->\nWe found an issue with your VM.\n<!--/issueDescription-->',
  },
  check(article, report) {
    for (const block of issueDescriptions(article).blocks) {
      const inner = blockInner(block);
      const text = article.text.slice(inner.start, inner.end);
      for (const { kind, pattern } of FORMATTING_IN_DESCRIPTION) {
        const match = pattern.exec(text);
        if (!match) continue;
        const start = inner.start + match.index + (match[0].startsWith('\n') ? 1 : 0);
        const lineEnd = article.text.indexOf('\n', start);
        report({
          messageId: kind,
          span: { start, end: Math.min(lineEnd < 0 ? inner.end : lineEnd, inner.end) },
        });
      }
    }
  },
};
