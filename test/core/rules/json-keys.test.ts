import { jsonKeys } from '../../../src/core/lint/rules/json-keys';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(jsonKeys, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH403', 'lower-case key'),
      errors: [
        {
          message: 'Write the key "controlType" instead of "controltype".',
          line: 31,
          column: 7,
          endLine: 31,
          endColumn: 20,
        },
      ],
      output: replaced(faultCase('SH403', 'lower-case key').text, 'lty', 'lTy'),
    },
  ],
});
