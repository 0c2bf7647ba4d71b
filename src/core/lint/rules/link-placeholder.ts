import type { Rule } from '../rule';

const PLACEHOLDERS = new Set(['', 'https://', 'http://', '#', 'url', 'link']);

export const linkPlaceholder: Rule = {
  id: 'SH304',
  slug: 'link-placeholder',
  description: "A link needs a real target, not the template's `(https://)` or an empty one.",
  severity: 'error',
  messages: {
    placeholder: 'The link "{{text}}" has a placeholder target "{{target}}"; link to the real page or remove the link.',
  },
  fixable: false,
  docs: {
    bad: '[external article](https://)',
    good: '[Resize a VM](https://learn.microsoft.com/azure/virtual-machines/resize-vm)',
  },
  check(article, report) {
    for (const link of article.body.links) {
      if (!PLACEHOLDERS.has(link.target.trim().toLowerCase())) continue;
      report({
        messageId: 'placeholder',
        data: { text: link.text, target: link.target },
        span: link,
      });
    }
  },
};
