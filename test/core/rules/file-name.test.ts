import { fileName } from '../../../src/core/lint/rules/file-name';
import { article } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(fileName, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'space in file name',
      text: article(),
      path: 'articles/microsoft.compute/vm does not start.md',
      errors: [
        {
          message: 'The file name "vm does not start.md" contains spaces.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 12,
        },
      ],
    },
    {
      name: 'notMarkdown: not a .md file',
      text: article(),
      path: 'articles/microsoft.compute/vm-does-not-start.txt',
      errors: [
        {
          message: '"vm-does-not-start.txt" is not a .md file; only Markdown files are published.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 12,
        },
      ],
    },
    {
      name: 'tooLong: too long',
      text: article(),
      path: 'articles/microsoft.compute/vm-does-not-start-vm-does-not-start-vm-does-not-start-vm-does-not-start-vm-does-not-start-vm-does-not-start-.md',
      errors: [
        {
          message: 'The file name is 111 characters long; keep it under 80.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 12,
        },
      ],
    },
  ],
});
