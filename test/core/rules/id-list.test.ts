import { idList } from '../../../src/core/lint/rules/id-list';
import { article } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(idList, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'text in support topics',
      text: article({ supportTopicIds: 'Azure AD Domain Services' }),
      errors: [
        {
          message:
            '"Azure AD Domain Services" in supportTopicIds is neither a numeric id nor a GUID; write the ids, comma-separated.',
          line: 13,
          column: 19,
          endLine: 13,
          endColumn: 43,
        },
      ],
    },
  ],
});
