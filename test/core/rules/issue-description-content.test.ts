import { issueDescriptionContent } from '../../../src/core/lint/rules/issue-description-content';
import { article, withBody } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(issueDescriptionContent, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'link in issueDescription',
      text: withBody('stopped at', 'stopped ([details](https://contoso.com/a)) at'),
      errors: [
        {
          message: 'The issueDescription block contains a link; keep it plain text.',
          line: 23,
          column: 90,
          endLine: 23,
          endColumn: 168,
        },
      ],
    },
    {
      name: 'bold in issueDescription',
      text: withBody('stopped at', 'stopped **suddenly** at'),
      errors: [
        {
          message: 'The issueDescription block contains bold text; keep it plain text.',
          line: 23,
          column: 81,
          endLine: 23,
          endColumn: 146,
        },
      ],
    },
    {
      name: 'heading: a heading inside',
      text: withBody('We found that', '### We found that'),
      errors: [
        {
          message: 'The issueDescription block contains a heading; keep it plain text.',
          line: 23,
          column: 1,
          endLine: 23,
          endColumn: 137,
        },
      ],
    },
    {
      name: 'italic: italic text inside',
      text: withBody('stopped at', '*stopped* at'),
      errors: [
        {
          message: 'The issueDescription block contains italic text; keep it plain text.',
          line: 23,
          column: 72,
          endLine: 23,
          endColumn: 135,
        },
      ],
    },
  ],
});
