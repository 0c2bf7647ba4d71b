import { listItems } from '../../parse/properties';
import type { Rule } from '../rule';
import { shownName } from '../rule-helpers';
import { GUID_PATTERN } from '../../format/schema';

const LISTS = ['supportTopicIds', 'productPesIds'];

export const idList: Rule = {
  id: 'SH115',
  slug: 'id-list',
  description: '`supportTopicIds` and `productPesIds` hold numeric ids or GUIDs, comma-separated.',
  severity: 'error',
  messages: {
    notId: '"{{item}}" in {{name}} is neither a numeric id nor a GUID; write the ids, comma-separated.',
  },
  fixable: false,
  docs: { bad: '\tsupportTopicIds="Azure AD Domain Services"', good: '\tsupportTopicIds="32628854"' },
  check(article, report) {
    for (const name of LISTS) {
      const attribute = article.attributes.get(name.toLowerCase());
      if (!attribute) continue;
      for (const item of listItems(attribute)) {
        if (/^\d+$/.test(item.text) || GUID_PATTERN.test(item.text)) continue;
        report({
          messageId: 'notId',
          data: { item: item.text, name: shownName(attribute) },
          span: item,
        });
      }
    }
  },
};
