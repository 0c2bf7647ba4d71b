import { linkPlaceholder } from '../../../src/core/lint/rules/link-placeholder';
import { article, withBody } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(linkPlaceholder, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'placeholder link',
      text: withBody('https://learn.microsoft.com/azure/virtual-machines/troubleshooting/boot-error', 'https://'),
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
