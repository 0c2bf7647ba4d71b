import { codeFenceLanguage } from '../../../src/core/lint/rules/code-fence-language';
import { article, withBody } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** fence language */
const fenceLanguage = withBody(
  '## **Recommended Documents**',
  '```powershell\nGet-AzVM\n```\n\n## **Recommended Documents**',
);

ruleTester(codeFenceLanguage, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'fence language',
      text: fenceLanguage,
      errors: [
        {
          message: 'Remove the language tag "powershell" from the code fence.',
          line: 31,
          column: 4,
          endLine: 31,
          endColumn: 14,
        },
      ],
      output: replaced(fenceLanguage, 'powershell', ''),
    },
  ],
});
