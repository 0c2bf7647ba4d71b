import { bladeLink } from '../../../src/core/lint/rules/blade-link';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(bladeLink, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH306', 'odd blade parameters'),
      errors: [
        {
          message:
            'Malformed blade link: write data-blade:Extension.Blade, then name.value pairs (data-blade:Microsoft_Azure_Compute.VmBlade.id.$resourceId).',
          line: 29,
          column: 28,
          endLine: 29,
          endColumn: 86,
        },
      ],
    },
  ],
});
