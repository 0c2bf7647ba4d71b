import type { Rule } from '../rule';
import { schemeOf } from '../../parse/links';

export const relativeLink: Rule = {
  id: 'SH307',
  slug: 'relative-link',
  description: 'Links are absolute (`https://…`); relative or scheme-less targets break in the portal.',
  severity: 'warning',
  messages: {
    notAbsolute: '"{{target}}" is not an absolute link.',
  },
  fixable: true,
  docs: { bad: '[Sizes](learn.microsoft.com/azure/sizes)', good: '[Sizes](https://learn.microsoft.com/azure/sizes)' },
  check(article, report) {
    for (const link of article.body.links) {
      const target = link.target.trim();
      if (!target || target.startsWith('#') || schemeOf(target) || target === 'https://' || target === 'http://')
        continue;
      const hostLike = /^(www\.|([a-z0-9-]+\.)+(com|net|org|ms|io|cn)(\/|$))/i.test(target);
      report({
        messageId: 'notAbsolute',
        data: { target },
        span: link.targetSpan,
        fix: hostLike
          ? {
              title: 'Prefix with https://',
              edits: [{ start: link.targetSpan.start, end: link.targetSpan.start, text: 'https://' }],
            }
          : undefined,
      });
    }
  },
};
