import type { Rule } from '../rule';
import { isMooncakeOnly } from '../rule-helpers';
import { hostOf, urlsOf } from '../../parse/links';

const MICROSOFT_HOST = /(^|\.)(microsoft|azure|visualstudio|office|msdn|windows|dynamics)\.com$/;
const LOCALE = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]+(\/[a-z]{2}-[a-z]{2})(?=\/|$|\?|#)/i;

export const linkLocale: Rule = {
  id: 'SH301',
  slug: 'link-locale',
  description:
    'Links to Microsoft sites carry no locale (`/en-us/`), so customers land on their own language (Mooncake-only articles are exempt).',
  severity: 'warning',
  messages: {
    locale: 'Remove the locale "{{locale}}" from this link.',
  },
  fixable: true,
  docs: {
    bad: '[Resize a VM](https://learn.microsoft.com/en-us/azure/virtual-machines/resize-vm)',
    good: '[Resize a VM](https://learn.microsoft.com/azure/virtual-machines/resize-vm)',
  },
  check(article, report) {
    if (isMooncakeOnly(article)) return;
    for (const url of urlsOf(article)) {
      const host = hostOf(url.url);
      if (!host || !MICROSOFT_HOST.test(host)) continue;
      const match = LOCALE.exec(url.url);
      if (!match) continue;
      const start = url.start + match[0].length - match[1].length;
      const span = { start, end: start + match[1].length };
      const enUs = match[1].toLowerCase() === '/en-us';
      report({
        messageId: 'locale',
        data: { locale: match[1].slice(1) },
        span,
        fix: enUs ? { title: `Remove ${match[1]}`, edits: [{ ...span, text: '' }] } : undefined,
      });
    }
  },
};
