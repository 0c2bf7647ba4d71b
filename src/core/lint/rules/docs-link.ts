import type { Rule } from '../rule';
import { hostOf, urlsOf } from '../../parse/links';

const RETIRED_HOST = /^[a-z][a-z0-9+.-]*:\/\/((?:www\.)?docs\.microsoft\.com)(?=[/?#:]|$)/i;

export const docsLink: Rule = {
  id: 'SH312',
  slug: 'docs-link',
  description:
    'Documentation links point to `learn.microsoft.com`: `docs.microsoft.com` was retired and only redirects, to the same path.',
  severity: 'warning',
  messages: {
    retiredHost: '"{{host}}" is retired: link to the same path on learn.microsoft.com.',
  },
  fixable: true,
  docs: {
    bad: '[Resize a VM](https://docs.microsoft.com/azure/virtual-machines/resize-vm)',
    good: '[Resize a VM](https://learn.microsoft.com/azure/virtual-machines/resize-vm)',
    notes: 'The fix changes the host alone; `link-locale` takes a locale such as `/en-us/` out of the same link.',
  },
  check(article, report) {
    for (const url of urlsOf(article)) {
      if (!hostOf(url.url)?.endsWith('docs.microsoft.com')) continue;
      const match = RETIRED_HOST.exec(url.url);
      if (!match) continue;
      const start = url.start + match[0].length - match[1].length;
      const span = { start, end: start + match[1].length };
      report({
        messageId: 'retiredHost',
        data: { host: match[1] },
        span,
        fix: { title: 'Link to learn.microsoft.com', edits: [{ ...span, text: 'learn.microsoft.com' }] },
      });
    }
  },
};
