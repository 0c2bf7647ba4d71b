import { listItems, trimmedValue } from '../../parse/properties';
import type { Rule } from '../rule';
import { shownName } from '../rule-helpers';

/** Template text left in place: the attribute's own name (icm*), `email`, or `optional` in resourceTags. */
const PLACEHOLDERS: Record<string, string[]> = {
  icmteam: ['icmteam'],
  icmservice: ['icmservice'],
  feedbackemail: ['email', 'feedbackemail'],
};

export const placeholderValue: Rule = {
  id: 'SH119',
  slug: 'placeholder-value',
  description: 'Template placeholders (`resourceTags="optional"`, `icmteam="icmteam"` …) must be replaced or emptied.',
  severity: 'warning',
  messages: {
    optionalTag: '"optional" in resourceTags is the template\'s placeholder, not a tag.',
    placeholder: '"{{name}}" still holds the template placeholder "{{value}}".',
  },
  fixable: true,
  docs: { bad: '\tresourceTags="optional"', good: '\tresourceTags=""' },
  check(article, report) {
    const tags = article.attributes.get('resourcetags');
    for (const item of tags ? listItems(tags) : []) {
      if (item.text.toLowerCase() !== 'optional') continue;
      const only = listItems(tags!).length === 1;
      report({
        messageId: 'optionalTag',
        span: item,
        fix: only
          ? { title: 'Empty resourceTags', edits: [{ start: tags!.valueStart, end: tags!.valueEnd, text: '' }] }
          : undefined,
      });
    }
    for (const [key, values] of Object.entries(PLACEHOLDERS)) {
      const attribute = article.attributes.get(key);
      if (!attribute || !values.includes(trimmedValue(attribute).toLowerCase())) continue;
      report({
        messageId: 'placeholder',
        data: { name: shownName(attribute), value: trimmedValue(attribute) },
        span: { start: attribute.valueStart, end: attribute.valueEnd },
      });
    }
  },
};
