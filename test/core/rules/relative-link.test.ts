import { relativeLink } from '../../../src/core/lint/rules/relative-link';
import { article, withBody } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** scheme-less link */
const schemeLessLink = withBody('https://learn.microsoft.com', 'learn.microsoft.com');

ruleTester(relativeLink, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'scheme-less link',
      text: schemeLessLink,
      errors: [
        {
          message: '"learn.microsoft.com/azure/virtual-machines/troubleshooting/boot-error" is not an absolute link.',
          line: 33,
          column: 43,
          endLine: 33,
          endColumn: 112,
        },
      ],
      output: replaced(schemeLessLink, '(l', '(https://l'),
    },
  ],
});
