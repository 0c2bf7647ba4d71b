import { multipleH1 } from '../../../src/core/lint/rules/multiple-h1';
import { article, withBody } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(multipleH1, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'two H1',
      text: withBody('## **Recommended Documents**', '# Also a title\n\n## **Recommended Documents**'),
      errors: [
        {
          message: 'A second H1 heading; an article has exactly one.',
          line: 31,
          column: 1,
          endLine: 31,
          endColumn: 15,
        },
      ],
    },
  ],
});
