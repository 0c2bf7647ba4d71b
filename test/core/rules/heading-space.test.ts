import { headingSpace } from '../../../src/core/lint/rules/heading-space';
import { article, withBody } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** #Title */
const title = withBody('# Virtual', '#Virtual');
/** ##**Recommended Steps** */
const recommendedSteps = withBody('## **Recommended Steps**', '##**Recommended Steps**');

ruleTester(headingSpace, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: '#Title',
      text: title,
      errors: [
        {
          message: 'No space after "#": this line is not a heading. Write "# " before the text.',
          line: 20,
          column: 1,
          endLine: 20,
          endColumn: 32,
        },
      ],
      output: replaced(title, '#V', '# V'),
    },
    {
      name: '##**Recommended Steps**',
      text: recommendedSteps,
      errors: [
        {
          message: 'No space after "##": this line is not a heading. Write "## " before the text.',
          line: 26,
          column: 1,
          endLine: 26,
          endColumn: 24,
        },
      ],
      output: replaced(recommendedSteps, '#*', '# *'),
    },
  ],
});
