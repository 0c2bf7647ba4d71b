import { linkLocale } from '../../../src/core/lint/rules/link-locale';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(linkLocale, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH301', 'en-us link'),
      errors: [
        { message: 'Remove the locale "en-us" from this link.', line: 33, column: 70, endLine: 33, endColumn: 76 },
      ],
      output: replaced(faultCase('SH301', 'en-us link').text, 'en-us/', ''),
    },
  ],
});
