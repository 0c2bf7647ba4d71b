import { fileName } from '../../../src/core/lint/rules/file-name';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(fileName, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH501', 'space in file name'),
      errors: [
        {
          message: 'The file name "vm does not start.md" contains spaces.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 12,
        },
      ],
    },
  ],
});
