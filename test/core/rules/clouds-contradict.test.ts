import { cloudsContradict } from '../../../src/core/lint/rules/clouds-contradict';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(cloudsContradict, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH120', 'cloud enabled and disabled'),
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
