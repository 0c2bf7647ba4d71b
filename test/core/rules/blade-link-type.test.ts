import { bladeLinkType } from '../../../src/core/lint/rules/blade-link-type';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(bladeLinkType, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH310', 'blade link in generic'),
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
