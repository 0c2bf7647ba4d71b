import { linkText } from '../../../src/core/lint/rules/link-text';
import { article, withBody } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

const here = withBody('[boot diagnostics]', '[**here**]');
const url = withBody(
  '[Troubleshoot a VM that does not start]',
  '[https://learn.microsoft.com/azure/virtual-machines/troubleshooting/boot-error]',
);
const learnMore = withBody('[boot diagnostics]', '[Learn more.]');
const lineOf = (text: string, search: string) => text.split('\n').findIndex((l) => l.includes(search)) + 1;
const columnOf = (text: string, search: string) => text.split('\n')[lineOf(text, search) - 1].indexOf(search) + 1;

ruleTester(linkText, {
  valid: [
    { name: 'links named by where they go', text: article() },
    { name: '"here" inside a longer text', text: withBody('[boot diagnostics]', '[the boot diagnostics here]') },
    { name: 'an image (image-alt reads those)', text: withBody('[boot diagnostics](', '![here](') },
  ],
  invalid: [
    {
      name: 'here, in bold',
      text: here,
      errors: [
        {
          message: 'The link text "**here**" says nothing of where it goes: write the destination\'s name instead.',
          line: lineOf(here, '**here**'),
          column: columnOf(here, '**here**'),
          endLine: lineOf(here, '**here**'),
          endColumn: columnOf(here, '**here**') + 8,
        },
      ],
    },
    {
      name: 'Learn more, with its period',
      text: learnMore,
      errors: [
        {
          message: 'The link text "Learn more." says nothing of where it goes: write the destination\'s name instead.',
          line: lineOf(learnMore, 'Learn more.'),
          column: columnOf(learnMore, 'Learn more.'),
          endLine: lineOf(learnMore, 'Learn more.'),
          endColumn: columnOf(learnMore, 'Learn more.') + 11,
        },
      ],
    },
    {
      name: 'a raw URL as the text',
      text: url,
      errors: [
        {
          message: "The link shows a raw URL: write the destination's name as its text instead.",
          line: lineOf(url, '[https://'),
          column: columnOf(url, '[https://') + 1,
          endLine: lineOf(url, '[https://'),
          endColumn:
            columnOf(url, '[https://') +
            1 +
            'https://learn.microsoft.com/azure/virtual-machines/troubleshooting/boot-error'.length,
        },
      ],
    },
  ],
});
