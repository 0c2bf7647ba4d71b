import { jsonSection } from '../../../src/core/lint/rules/json-section';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(jsonSection, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH401', 'no JSON section'),
      errors: [
        {
          message: 'problemScopingQuestions articles need a JSON section between two "---" lines.',
          line: 19,
          column: 1,
          endLine: 19,
          endColumn: 3,
        },
      ],
    },
    {
      ...faultCase('SH401', 'trailing comma in JSON'),
      errors: [{ message: 'Not strict JSON: a trailing comma.', line: 35, column: 6, endLine: 35, endColumn: 7 }],
      output: replaced(faultCase('SH401', 'trailing comma in JSON').text, '},\n', '}\n'),
    },
  ],
});
