import type { Rule } from '../rule';

/** Alt texts that describe nothing: a word for "image" alone. */
const EMPTY_WORDS = new Set(['image', 'img', 'screenshot', 'screen shot', 'picture', 'photo', 'graphic', 'icon']);
const FILE_NAME = /^[^\s/\\]+\.(png|jpe?g|gif|svg|bmp|webp|tiff?)$/i;

export const imageAlt: Rule = {
  id: 'SH309',
  slug: 'image-alt',
  description: 'Images need alt text that says what they show: not a file name, not "image" or "screenshot" alone.',
  severity: 'warning',
  messages: {
    noAlt: 'The image has no alt text.',
    fileName: 'The alt text "{{alt}}" is a file name: say what the image shows.',
    onlyImage: 'The alt text "{{alt}}" says only that it is an image: say what it shows.',
  },
  fixable: false,
  docs: {
    bad: '![](https://contoso.com/diagram.png) ![screenshot](https://contoso.com/blade.png)',
    good: '![Network diagram](https://contoso.com/diagram.png) ![The Networking blade of the VM](https://contoso.com/blade.png)',
    notes:
      'A screen reader reads the alt text in place of the image (WCAG 1.1.1): a file name or "image" tells nothing.',
  },
  check(article, report) {
    for (const link of article.body.links) {
      if (!link.image) continue;
      const alt = link.text.trim();
      if (!alt) report({ messageId: 'noAlt', span: link });
      else if (FILE_NAME.test(alt)) report({ messageId: 'fileName', data: { alt }, span: link.textSpan });
      else if (EMPTY_WORDS.has(alt.toLowerCase().replace(/[.:]$/, '')))
        report({
          messageId: 'onlyImage',
          data: { alt },
          span: link.textSpan,
        });
    }
  },
};
