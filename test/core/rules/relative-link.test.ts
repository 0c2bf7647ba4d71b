import { relativeLink } from '../../../src/core/lint/rules/relative-link';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(relativeLink, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH307', 'scheme-less link'),
      errors: [
        {
          message: '"learn.microsoft.com/azure/virtual-machines/troubleshooting/boot-error" is not an absolute link.',
          line: 33,
          column: 43,
          endLine: 33,
          endColumn: 112,
        },
      ],
      output: replaced(faultCase('SH307', 'scheme-less link').text, '(l', '(https://l'),
    },
  ],
});
