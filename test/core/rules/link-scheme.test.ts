import { linkScheme } from '../../../src/core/lint/rules/link-scheme';
import { article, withBody } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** ttps */
const ttps = withBody('https://learn', 'ttps://learn');

ruleTester(linkScheme, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'ttps',
      text: ttps,
      errors: [
        {
          message: 'Broken link scheme "ttps:"; did you mean "https:"?',
          line: 33,
          column: 43,
          endLine: 33,
          endColumn: 119,
        },
      ],
      output: replaced(ttps, '(t', '(ht'),
    },
    {
      name: 'unsupported: an unsupported scheme',
      text: withBody(
        'https://learn.microsoft.com/azure/virtual-machines/troubleshooting/boot-error',
        'ftp://example.com/boot-error',
      ),
      errors: [
        {
          message: 'Unsupported link scheme "ftp:"; use https:, mailto: or data-blade:.',
          line: 33,
          column: 43,
          endLine: 33,
          endColumn: 71,
        },
      ],
    },
  ],
});
