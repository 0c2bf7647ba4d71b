import type { Rule } from '../rule';

export const multipleH1: Rule = {
  id: 'SH203',
  slug: 'multiple-h1',
  description: 'An article has one H1; use H2 or H3 for its sections.',
  severity: 'warning',
  messages: {
    secondH1: 'A second H1 heading; an article has exactly one.',
  },
  fixable: false,
  docs: { bad: '# Restart the VM\n…\n# Check the disk', good: '# Restart the VM\n…\n### Check the disk' },
  check(article, report) {
    const h1s = article.body.headings.filter((h) => h.level === 1);
    for (const heading of h1s.slice(1)) report({ messageId: 'secondH1', span: heading });
  },
};
