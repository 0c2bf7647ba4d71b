import { akaMs } from '../../../src/core/lint/rules/aka-ms';
import { article, withBody } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(akaMs, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'aka.ms',
      text: withBody(
        'https://learn.microsoft.com/azure/virtual-machines/troubleshooting/boot-error',
        'https://aka.ms/vmboot',
      ),
      errors: [
        {
          message: 'aka.ms short link: link to the full address instead.',
          line: 33,
          column: 43,
          endLine: 33,
          endColumn: 64,
        },
      ],
    },
  ],
});
