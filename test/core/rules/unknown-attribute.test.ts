import { unknownAttribute } from '../../../src/core/lint/rules/unknown-attribute';
import { article } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(unknownAttribute, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'unknown attribute',
      text: article({ 'ms.service': 'virtual-machines' }),
      errors: [{ message: 'Unknown attribute "ms.service".', line: 18, column: 2, endLine: 18, endColumn: 12 }],
    },
  ],
});
