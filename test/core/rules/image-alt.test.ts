import { imageAlt } from '../../../src/core/lint/rules/image-alt';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(imageAlt, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH309', 'image without alt'),
      errors: [{ message: 'The image has no alt text.', line: 31, column: 1, endLine: 31, endColumn: 31 }],
    },
    {
      ...faultCase('SH309', 'image alt text that is a file name'),
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
      ...faultCase('SH309', 'image alt text that says only screenshot'),
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
