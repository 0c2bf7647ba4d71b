import { listDepth } from '../../../src/core/lint/rules/list-depth';
import { article, withBody } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(listDepth, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'three list levels',
      text: withBody('2. Open', '2. Disk\n   * Data disk\n     * LUN 0\n3. Open'),
      errors: [
        {
          message: 'A list nested 3 levels deep; the portal shows two.',
          line: 31,
          column: 1,
          endLine: 31,
          endColumn: 13,
        },
      ],
    },
  ],
});
