import { tokenBalance } from '../../../src/core/lint/rules/token-balance';
import { article, withBody } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(tokenBalance, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'token names differ',
      text: withBody('<!--/$vmName-->', '<!--/$VmName-->'),
      errors: [
        {
          message: '<!--/$VmName--> closes token "vmName": the names must match.',
          line: 23,
          column: 57,
          endLine: 23,
          endColumn: 72,
        },
      ],
    },
    {
      name: 'openBeforeClose: a token opened before the last is closed',
      text: withBody('your VM<!--/$vmName-->', 'your VM'),
      errors: [
        {
          message:
            'Replacement token "vmName" is not closed before the next token opens; close it with <!--/$vmName--> after its default text.',
          line: 23,
          column: 36,
          endLine: 23,
          endColumn: 50,
        },
      ],
    },
    {
      name: 'noOpening: a closing marker without its opening',
      text: withBody('<!--$startTime-->a recent time', 'a recent time'),
      errors: [
        {
          message:
            '<!--/$startTime--> has no opening <!--$startTime-->; add it before the default text, or remove this one.',
          line: 23,
          column: 97,
          endLine: 23,
          endColumn: 115,
        },
      ],
    },
    {
      name: 'neverClosed: a token never closed',
      text: withBody('a recent time<!--/$startTime-->', 'a recent time'),
      errors: [
        {
          message:
            'Replacement token "startTime" is never closed by <!--/$startTime-->; close it after its default text.',
          line: 23,
          column: 84,
          endLine: 23,
          endColumn: 101,
        },
      ],
    },
  ],
});
