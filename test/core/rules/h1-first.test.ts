import { h1First } from '../../../src/core/lint/rules/h1-first';
import { article, withBody } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(h1First, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'text before H1',
      text: withBody('# Virtual', 'Some words first.\n\n# Virtual'),
      errors: [
        {
          message: 'Text comes before the H1; the H1 should open the body.',
          line: 22,
          column: 1,
          endLine: 22,
          endColumn: 33,
        },
      ],
    },
  ],
});
