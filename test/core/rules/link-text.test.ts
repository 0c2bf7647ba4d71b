import { linkText } from '../../../src/core/lint/rules/link-text';
import { article, withBody } from '../../helpers/article';
import { ruleTester, spanOf } from '../../helpers/rule-tester';

const URL = 'https://learn.microsoft.com/azure/virtual-machines/troubleshooting/boot-error';
const here = withBody('[boot diagnostics]', '[**here**]');
const url = withBody('[Troubleshoot a VM that does not start]', `[${URL}]`);
const learnMore = withBody('[boot diagnostics]', '[Learn more.]');

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
          ...spanOf(here, '**here**'),
        },
      ],
    },
    {
      name: 'Learn more, with its period',
      text: learnMore,
      errors: [
        {
          message: 'The link text "Learn more." says nothing of where it goes: write the destination\'s name instead.',
          ...spanOf(learnMore, 'Learn more.'),
        },
      ],
    },
    {
      name: 'a raw URL as the text',
      text: url,
      errors: [
        {
          message: "The link shows a raw URL: write the destination's name as its text instead.",
          ...spanOf(url, URL),
        },
      ],
    },
  ],
});
