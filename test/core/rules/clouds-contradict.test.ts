import { cloudsContradict } from '../../../src/core/lint/rules/clouds-contradict';
import { article } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(cloudsContradict, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'cloud enabled and disabled',
      text: article({ disableclouds: 'fairfax' }),
      errors: [
        {
          message: '"fairfax" is both enabled in cloudEnvironments and disabled in disableclouds.',
          line: 18,
          column: 17,
          endLine: 18,
          endColumn: 24,
        },
      ],
    },
  ],
});
