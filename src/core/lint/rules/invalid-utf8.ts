import type { Rule } from '../rule';

export const invalidUtf8: Rule = {
  id: 'SH105',
  slug: 'invalid-utf8',
  description: 'Articles are UTF-8; bytes that are not valid UTF-8 (often Windows-1252 quotes or spaces) are wrong.',
  severity: 'error',
  messages: {
    notUtf8: 'The file is not valid UTF-8 (read as Windows-1252); save it as UTF-8.',
  },
  fixable: false,
  docs: {
    bad: 'It’s  (the apostrophe saved as the single byte 0x92 by a Windows-1252 editor)',
    good: 'It’s  (saved as UTF-8: E2 80 99)',
  },
  check(article, report) {
    if (!article.source.invalidUtf8) return;
    const at = article.source.invalidUtf8Offset ?? 0;
    report({
      messageId: 'notUtf8',
      span: { start: at, end: Math.min(at + 1, article.text.length) },
    });
  },
};
