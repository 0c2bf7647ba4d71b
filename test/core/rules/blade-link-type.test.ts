import { bladeLinkType } from '../../../src/core/lint/rules/blade-link-type';
import { article, genericArticle, PLAIN_BODY } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(bladeLinkType, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'blade link in generic',
      text: genericArticle(
        {},
        PLAIN_BODY + '2. Open [the blade](data-blade:Microsoft_Azure_Compute.VmBlade.id.$resourceId).\n',
      ),
      errors: [
        {
          message: 'Blade links need a resource; generic articles have none.',
          line: 23,
          column: 21,
          endLine: 23,
          endColumn: 78,
        },
      ],
    },
  ],
});
