import { anchorLink } from '../../../src/core/lint/rules/anchor-link';
import { article, withBody } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(anchorLink, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'anchor link',
      text: withBody('1. Restart', '1. See [below](#recommended-documents). Restart'),
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
