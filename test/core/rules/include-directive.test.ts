import { includeDirective } from '../../../src/core/lint/rules/include-directive';
import { article, withBody } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(includeDirective, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'include',
      text: withBody('1. Restart', '[!INCLUDE [steps](includes/steps.md)]\n\n1. Restart'),
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
