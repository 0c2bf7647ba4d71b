import { headingSpace } from '../../../src/core/lint/rules/heading-space';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(headingSpace, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH202', '#Title'),
      errors: [
        {
          message: 'No space after "#": this line is not a heading. Write "# " before the text.',
          line: 20,
          column: 1,
          endLine: 20,
          endColumn: 32,
        },
      ],
      output: replaced(faultCase('SH202', '#Title').text, '#V', '# V'),
    },
    {
      ...faultCase('SH202', '##**Recommended Steps**'),
      errors: [
        {
          message: 'No space after "##": this line is not a heading. Write "## " before the text.',
          line: 26,
          column: 1,
          endLine: 26,
          endColumn: 24,
        },
      ],
      output: replaced(faultCase('SH202', '##**Recommended Steps**').text, '#*', '# *'),
    },
  ],
});
