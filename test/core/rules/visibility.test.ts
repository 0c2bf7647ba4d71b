import { visibility } from '../../../src/core/lint/rules/visibility';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(visibility, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH405', 'visibility to a missing id'),
      errors: [
        {
          message: 'visibility refers to "vm_os", which is no element of this form.',
          line: 34,
          column: 21,
          endLine: 34,
          endColumn: 39,
        },
      ],
    },
  ],
});
