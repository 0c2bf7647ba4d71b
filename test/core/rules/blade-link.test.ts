import { bladeLink } from '../../../src/core/lint/rules/blade-link';
import { article, withBody } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(bladeLink, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'odd blade parameters',
      text: withBody('BootDiagnosticsBlade.id.$resourceId', 'BootDiagnosticsBlade.id'),
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
