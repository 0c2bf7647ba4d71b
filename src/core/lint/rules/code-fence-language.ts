import type { Rule } from '../rule';

export const codeFenceLanguage: Rule = {
  id: 'SH218',
  slug: 'code-fence-language',
  description: 'Fenced code blocks take no language tag; the portal shows the tag as text.',
  severity: 'warning',
  messages: {
    languageTag: 'Remove the language tag "{{tag}}" from the code fence.',
  },
  fixable: true,
  docs: { bad: '```powershell\nGet-AzVM\n```', good: '```\nGet-AzVM\n```' },
  check(article, report) {
    for (const fence of article.body.fences) {
      if (!fence.info) continue;
      report({
        messageId: 'languageTag',
        data: { tag: fence.info },
        span: fence.infoSpan,
        fix: { title: 'Remove the language tag', edits: [{ ...fence.infoSpan, text: '' }] },
      });
    }
  },
};
