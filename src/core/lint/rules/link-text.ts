import type { Rule } from '../rule';

/**
 * Link texts that say nothing of where the link goes (WCAG 2.4.4), as published articles write them, compared in
 * lower case without surrounding punctuation and emphasis.
 */
export const VAGUE_LINK_TEXTS = new Set([
  'here',
  'click here',
  'click',
  'this link',
  'link',
  'learn more',
  'read more',
  'more',
  'more info',
  'more information',
  'see more',
  'see here',
  'go here',
  'this article',
  'this page',
  'this document',
  'this doc',
  'this guide',
  'this site',
  'this website',
  'this',
  'article',
  'page',
  'details',
]);

/** The text as compared: lower case, emphasis, brackets and the punctuation around it left out. */
const plain = (text: string) =>
  text
    .replace(/[*_`]/g, '')
    .trim()
    .replace(/^[\s"'(«]+|[\s"'.,:;!?)»]+$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

const RAW_URL = /^(https?:\/\/|www\.)\S+$/i;

export const linkText: Rule = {
  id: 'SH311',
  slug: 'link-text',
  description:
    'A link\'s text says where it goes ("Resize a virtual machine"), not "here", "click here", "learn more" or a raw URL.',
  severity: 'warning',
  messages: {
    saysNothing: 'The link text "{{text}}" says nothing of where it goes: write the destination\'s name instead.',
    rawUrl: "The link shows a raw URL: write the destination's name as its text instead.",
  },
  fixable: false,
  docs: {
    bad: 'To resize the VM, see [here](https://learn.microsoft.com/azure/virtual-machines/resize-vm).',
    good: 'See [Resize a virtual machine](https://learn.microsoft.com/azure/virtual-machines/resize-vm).',
    notes:
      'Screen readers list a page\'s links by their text alone (WCAG 2.4.4): "here" five times tells a customer nothing. ' +
      `The texts reported: ${[...VAGUE_LINK_TEXTS].map((t) => `"${t}"`).join(', ')}, and a raw URL written as the text. ` +
      "No automatic fix: only the author knows the destination's name.",
  },
  check(article, report) {
    for (const link of article.body.links) {
      if (link.image) continue;
      const text = plain(link.text);
      if (VAGUE_LINK_TEXTS.has(text))
        report({
          messageId: 'saysNothing',
          data: { text: link.text.trim() },
          span: link.textSpan,
        });
      else if (RAW_URL.test(link.text.trim()))
        report({
          messageId: 'rawUrl',
          span: link.textSpan,
        });
    }
  },
};
