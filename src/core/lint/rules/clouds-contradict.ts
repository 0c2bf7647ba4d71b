import { listItems } from '../../parse/properties';
import type { Rule } from '../rule';

export const cloudsContradict: Rule = {
  id: 'SH120',
  slug: 'clouds-contradict',
  description: 'A cloud in `disableclouds` should not also be listed in `cloudEnvironments`.',
  severity: 'warning',
  messages: {
    both: '"{{cloud}}" is both enabled in cloudEnvironments and disabled in disableclouds.',
  },
  fixable: false,
  docs: {
    bad: '\tcloudEnvironments="Public, Mooncake"\n\tdisableclouds="mooncake"',
    good: '\tcloudEnvironments="Public"\n\tdisableclouds="mooncake"',
  },
  check(article, report) {
    const enabled = article.attributes.get('cloudenvironments');
    const disabled = article.attributes.get('disableclouds');
    if (!enabled || !disabled) return;
    const published = new Set(listItems(enabled).map((i) => i.text.toLowerCase()));
    for (const item of listItems(disabled)) {
      if (published.has(item.text.toLowerCase()))
        report({
          messageId: 'both',
          data: { cloud: item.text },
          span: item,
        });
    }
  },
};
