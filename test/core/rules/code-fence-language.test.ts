import { codeFenceLanguage } from '../../../src/core/lint/rules/code-fence-language';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(codeFenceLanguage, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH218', 'fence language'),
      errors: [
        {
          message: 'Remove the language tag "powershell" from the code fence.',
          line: 31,
          column: 4,
          endLine: 31,
          endColumn: 14,
        },
      ],
      output: replaced(faultCase('SH218', 'fence language').text, 'powershell', ''),
    },
  ],
});
