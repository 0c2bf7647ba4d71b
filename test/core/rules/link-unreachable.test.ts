import { linkUnreachable } from '../../../src/core/lint/rules/link-unreachable';
import { withBody } from '../../helpers/article';
import { linkRuleTester } from '../../helpers/link-rule-tester';
import { spanOf } from '../../helpers/rule-tester';

const STEP = '1. Restart the virtual machine from the portal.';
const silent = withBody(STEP, '1. See [the tool](https://tools.contoso.com/download).');
const failing = withBody(STEP, '1. See [the status](https://status.contoso.com/).');

linkRuleTester(linkUnreachable, {
  valid: [
    {
      name: 'a server that fails once, then answers: the retry finds it alive',
      text: withBody(STEP, '1. See [the page](https://contoso.com/flaky).'),
      web: { 'https://contoso.com/flaky': ({ count }) => (count === 1 ? { status: 503 } : { html: '<p>ok</p>' }) },
    },
    {
      name: 'a server that asks to wait (429, Retry-After: 1) is waited for',
      text: withBody(STEP, '1. See [the page](https://contoso.com/busy).'),
      web: {
        'https://contoso.com/busy': ({ count }) =>
          count === 1 ? { status: 429, headers: { 'retry-after': '1' } } : { html: '<p>ok</p>' },
      },
    },
  ],
  invalid: [
    {
      name: 'no answer within the timeout, after a retry',
      text: silent,
      web: { 'https://tools.contoso.com/download': { delay: Infinity } },
      checker: { timeout: 300 },
      errors: [
        {
          message: 'https://tools.contoso.com/download could not be reached: no answer in 0.3 s.',
          ...spanOf(silent, 'https://tools.contoso.com/download'),
        },
      ],
    },
    {
      name: 'a server that keeps failing',
      text: failing,
      web: { 'https://status.contoso.com/': { status: 500 } },
      errors: [
        {
          message: 'https://status.contoso.com/ could not be reached: 500 after 2 tries.',
          ...spanOf(failing, 'https://status.contoso.com/'),
        },
      ],
    },
  ],
});
