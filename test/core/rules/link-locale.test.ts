import { linkLocale } from '../../../src/core/lint/rules/link-locale';
import { article, withBody } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** en-us link */
const enUsLink = withBody('learn.microsoft.com/azure', 'learn.microsoft.com/en-us/azure');

ruleTester(linkLocale, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'en-us link',
      text: enUsLink,
      errors: [
        { message: 'Remove the locale "en-us" from this link.', line: 33, column: 70, endLine: 33, endColumn: 76 },
      ],
      output: replaced(enUsLink, 'en-us/', ''),
    },
  ],
});
