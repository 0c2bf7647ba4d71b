import { recommendedHeading } from '../../../src/core/lint/rules/recommended-heading';
import { article, withBody } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** steps heading not bold */
const stepsHeadingNotBold = withBody('## **Recommended Steps**', '### Recommended steps');

ruleTester(recommendedHeading, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'steps heading not bold',
      text: stepsHeadingNotBold,
      errors: [
        {
          message: 'Write this heading exactly "## **Recommended Steps**".',
          line: 26,
          column: 1,
          endLine: 26,
          endColumn: 22,
        },
      ],
      output: replaced(stepsHeadingNotBold, '# Recommended steps', ' **Recommended Steps**'),
    },
  ],
});
