import { anchorLink } from '../../../src/core/lint/rules/anchor-link';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(anchorLink, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH308', 'anchor link'),
      errors: [
        {
          message: 'In-page anchor links do not work in the portal.',
          line: 28,
          column: 16,
          endLine: 28,
          endColumn: 38,
        },
      ],
    },
  ],
});
