import { linkPlaceholder } from '../../../src/core/lint/rules/link-placeholder';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(linkPlaceholder, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH304', 'placeholder link'),
      errors: [
        {
          message:
            'The link "Troubleshoot a VM that does not start" has a placeholder target "https://"; link to the real page or remove the link.',
          line: 33,
          column: 3,
          endLine: 33,
          endColumn: 52,
        },
      ],
    },
  ],
});
