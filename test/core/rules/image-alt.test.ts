import { imageAlt } from '../../../src/core/lint/rules/image-alt';
import { article, withBody } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(imageAlt, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'image without alt',
      text: withBody('## **Recommended Documents**', '![](https://contoso.com/a.png)\n\n## **Recommended Documents**'),
      errors: [{ message: 'The image has no alt text.', line: 31, column: 1, endLine: 31, endColumn: 31 }],
    },
    {
      name: 'image alt text that is a file name',
      text: withBody(
        '## **Recommended Documents**',
        '![boot-diagnostics.png](https://contoso.com/a.png)\n\n## **Recommended Documents**',
      ),
      errors: [
        {
          message: 'The alt text "boot-diagnostics.png" is a file name: say what the image shows.',
          line: 31,
          column: 3,
          endLine: 31,
          endColumn: 23,
        },
      ],
    },
    {
      name: 'image alt text that says only screenshot',
      text: withBody(
        '## **Recommended Documents**',
        '![Screenshot](https://contoso.com/a.png)\n\n## **Recommended Documents**',
      ),
      errors: [
        {
          message: 'The alt text "Screenshot" says only that it is an image: say what it shows.',
          line: 31,
          column: 3,
          endLine: 31,
          endColumn: 13,
        },
      ],
    },
  ],
});
