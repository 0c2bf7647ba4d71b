import { attributeCase } from '../../../src/core/lint/rules/attribute-case';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(attributeCase, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH109', 'lower-case name'),
      errors: [
        { message: 'Write "articleId" instead of "articleid".', line: 10, column: 2, endLine: 10, endColumn: 11 },
      ],
      output: replaced(faultCase('SH109', 'lower-case name').text, 'eid', 'eId'),
    },
  ],
});
