import type { Rule } from '../rule';

export const h1First: Rule = {
  id: 'SH204',
  slug: 'h1-first',
  description: 'The H1 is the first thing after the properties block (comments aside).',
  severity: 'warning',
  messages: {
    textFirst: 'Text comes before the H1; the H1 should open the body.',
  },
  fixable: false,
  docs: {
    bad: '<properties … />\nSome text.\n# Restart the VM',
    good: '<properties … />\n# Restart the VM\nSome text.',
  },
  check(article, report) {
    const h1 = article.body.headings.find((h) => h.level === 1);
    if (!h1) return;
    const first = article.body.tokens.find(
      (t) => t.level === 0 && t.nesting !== -1 && t.type !== 'html_block' && t.type !== 'hr',
    );
    if (first && first.type !== 'heading_open') report({ messageId: 'textFirst', span: h1 });
  },
};
