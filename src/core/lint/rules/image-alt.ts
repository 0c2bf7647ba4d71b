import type { Rule } from '../rule';

export const imageAlt: Rule = {
  id: 'SH309',
  slug: 'image-alt',
  description: 'Images need alt text.',
  severity: 'warning',
  fixable: false,
  docs: { bad: '![](https://contoso.com/diagram.png)', good: '![Network diagram](https://contoso.com/diagram.png)' },
  check(article, report) {
    for (const link of article.body.links) {
      if (link.image && !link.text.trim()) report({ message: 'The image has no alt text.', span: link });
    }
  },
};
