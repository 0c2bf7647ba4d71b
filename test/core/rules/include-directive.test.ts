import { includeDirective } from '../../../src/core/lint/rules/include-directive';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(includeDirective, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH213', 'include'),
      errors: [
        {
          message: 'Include directives are not supported in self-help articles.',
          line: 28,
          column: 1,
          endLine: 28,
          endColumn: 38,
        },
      ],
    },
  ],
});
