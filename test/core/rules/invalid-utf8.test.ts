import { invalidUtf8 } from '../../../src/core/lint/rules/invalid-utf8';
import { article } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

// The CLI and the editor decode a file that is not UTF-8 as Windows-1252 and say where the first bad byte was.
const text = `${article()}It\u2019s\n`;
const line = text.split('\n').length - 1;

ruleTester(invalidUtf8, {
  valid: [{ name: 'a file read as UTF-8', text, source: { invalidUtf8: false } }],
  invalid: [
    {
      name: 'the first bad byte',
      text,
      source: { invalidUtf8: true, invalidUtf8Offset: text.length - 3 },
      errors: [
        {
          message: 'The file is not valid UTF-8 (read as Windows-1252); save it as UTF-8.',
          line,
          column: 3,
          endLine: line,
          endColumn: 4,
        },
      ],
    },
  ],
});
