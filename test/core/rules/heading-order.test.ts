import { headingOrder } from '../../../src/core/lint/rules/heading-order';
import { article, VALID_BODY } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

const withHeadings = (headings: string) =>
  article({}, VALID_BODY.replace('## **Recommended Documents**', `${headings}\n\n## **Recommended Documents**`));
const line = (text: string, search: string) => text.split('\n').findIndex((l) => l.includes(search)) + 1;

const skipped = withHeadings('#### Before you start');
const deeper = withHeadings('### Check the disk\n\n##### Read the logs');
const setext = article({}, '# Title\n\nIntro\n\n### Third\n\nText\n');

ruleTester(headingOrder, {
  valid: [
    { name: 'the valid article: an H1, then H2s', text: article() },
    {
      name: 'one level down at a time, then back up any number',
      text: withHeadings('### One\n\n#### Two\n\n##### Three'),
    },
    {
      name: 'a JSON type is not read for headings',
      text: article(
        { selfHelpType: 'problemScopingQuestions', schemaVersion: '1' },
        '# Q\n\n### Skipped\n---\n{}\n---\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'an H4 after an H2',
      text: skipped,
      errors: [
        {
          message: 'An H4 after an H2 skips a level: make it an H3.',
          line: line(skipped, '#### Before'),
          column: 6,
          endLine: line(skipped, '#### Before'),
          endColumn: 22,
        },
      ],
      suggestions: [{ title: 'Make it an H3', output: skipped.replace('#### Before', '### Before') }],
    },
    {
      name: 'an H5 after an H3, after a valid H3',
      text: deeper,
      errors: [
        {
          message: 'An H5 after an H3 skips a level: make it an H4.',
          line: line(deeper, '##### Read'),
          column: 7,
          endLine: line(deeper, '##### Read'),
          endColumn: 20,
        },
      ],
      suggestions: [{ title: 'Make it an H4', output: deeper.replace('##### Read', '#### Read') }],
    },
    {
      name: 'an H3 right after the H1',
      text: setext,
      errors: [
        {
          message: 'An H3 after an H1 skips a level: make it an H2.',
          line: line(setext, '### Third'),
          column: 5,
          endLine: line(setext, '### Third'),
          endColumn: 10,
        },
      ],
      suggestions: [{ title: 'Make it an H2', output: setext.replace('### Third', '## Third') }],
    },
  ],
});
