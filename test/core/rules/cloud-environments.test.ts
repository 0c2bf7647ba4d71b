import { cloudEnvironments } from '../../../src/core/lint/rules/cloud-environments';
import { article } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** cloudEnvironments missing */
const cloudEnvironmentsMissing = article({ cloudEnvironments: undefined });

ruleTester(cloudEnvironments, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'unknown cloud',
      text: article({ cloudEnvironments: 'public, azurechina' }),
      errors: [
        {
          message:
            'Unknown cloud "azurechina" in cloudEnvironments; expected one of public, fairfax, mooncake, blackforest, usnat, ussec.',
          line: 16,
          column: 29,
          endLine: 16,
          endColumn: 39,
        },
      ],
    },
    {
      name: 'cloud twice',
      text: article({ cloudEnvironments: 'public, Public' }),
      errors: [
        {
          message: 'Cloud "Public" is listed twice in cloudEnvironments; remove one.',
          line: 16,
          column: 29,
          endLine: 16,
          endColumn: 35,
        },
      ],
    },
    {
      name: 'cloudEnvironments missing',
      text: cloudEnvironmentsMissing,
      errors: [
        {
          message:
            'Missing required attribute "cloudEnvironments"; add the clouds where the article is published ("public", …).',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 12,
        },
      ],
      suggestions: [
        {
          title: 'Add cloudEnvironments=""',
          output: replaced(cloudEnvironmentsMissing, '\n/', '\n\tcloudEnvironments=""\n/'),
        },
      ],
    },
    {
      name: 'empty: an empty value',
      text: article({ cloudEnvironments: ' ' }),
      errors: [
        {
          message: '"cloudEnvironments" is empty; list the clouds where the article is published.',
          line: 16,
          column: 2,
          endLine: 16,
          endColumn: 19,
        },
      ],
    },
  ],
});
