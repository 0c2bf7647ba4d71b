import { recommendedHeading } from '../../../src/core/lint/rules/recommended-heading';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(recommendedHeading, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH205', 'steps heading not bold'),
      errors: [
        {
          message: 'Write this heading exactly "## **Recommended Steps**".',
          line: 26,
          column: 1,
          endLine: 26,
          endColumn: 22,
        },
      ],
      output: replaced(
        faultCase('SH205', 'steps heading not bold').text,
        '# Recommended steps',
        ' **Recommended Steps**',
      ),
    },
  ],
});
