import { listItems, trimmedValue } from '../../parse/properties';
import type { Rule } from '../rule';
import { CLOUDS } from '../../format/schema';
import { blockOpenSpan, insertAttributeSuggestion, nameSpan, shownName } from '../rule-helpers';

const KNOWN = new Set<string>(CLOUDS);

export const cloudEnvironments: Rule = {
  id: 'SH114',
  slug: 'cloud-environments',
  description:
    '`cloudEnvironments` must list known clouds (public, fairfax, mooncake, blackforest, usnat, ussec), each once; so must `disableclouds`.',
  severity: 'error',
  messages: {
    missing:
      'Missing required attribute "cloudEnvironments"; add the clouds where the article is published ("public", …).',
    empty: '"{{name}}" is empty; list the clouds where the article is published.',
    unknown: 'Unknown cloud "{{cloud}}" in {{name}}; expected one of {{known}}.',
    twice: 'Cloud "{{cloud}}" is listed twice in {{name}}; remove one.',
  },
  fixable: false,
  suggests: true,
  docs: { bad: '\tcloudEnvironments="Public, Azure China"', good: '\tcloudEnvironments="Public, Mooncake"' },
  check(article, report) {
    if (!article.block) return;
    const clouds = article.attributes.get('cloudenvironments');
    if (!clouds) {
      report({
        messageId: 'missing',
        span: blockOpenSpan(article),
        suggestions: insertAttributeSuggestion(article, 'cloudEnvironments'),
      });
    } else if (!trimmedValue(clouds)) {
      report({
        messageId: 'empty',
        data: { name: shownName(clouds) },
        span: nameSpan(clouds),
      });
    }
    for (const attribute of [clouds, article.attributes.get('disableclouds')]) {
      if (!attribute) continue;
      const seen = new Set<string>();
      for (const item of listItems(attribute)) {
        const key = item.text.toLowerCase();
        if (!KNOWN.has(key))
          report({
            messageId: 'unknown',
            data: { cloud: item.text, name: shownName(attribute), known: CLOUDS.join(', ') },
            span: item,
          });
        else if (seen.has(key))
          report({
            messageId: 'twice',
            data: { cloud: item.text, name: shownName(attribute) },
            span: item,
          });
        seen.add(key);
      }
    }
  },
};
