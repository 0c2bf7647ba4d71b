import { tokenType } from '../../../src/core/lint/rules/token-type';
import { article, genericArticle, PLAIN_BODY } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(tokenType, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'token in generic',
      text: genericArticle({}, PLAIN_BODY + '\nName: <!--$vmName-->VM<!--/$vmName-->\n'),
      errors: [
        {
          message: 'Replacement tokens are never filled in generic articles; readers see the default text.',
          line: 24,
          column: 7,
          endLine: 24,
          endColumn: 21,
        },
      ],
    },
  ],
});
