import { linkDead } from '../../../src/core/lint/rules/link-dead';
import { withBody } from '../../helpers/article';
import { linkRuleTester } from '../../helpers/link-rule-tester';
import { spanOf } from '../../helpers/rule-tester';

const STEP = '1. Restart the virtual machine from the portal.';
const linking = (url: string) => withBody(STEP, `1. See [the page](${url}).`);
const HTML = { html: '<h1 id="top">Sizes</h1>' };

const gone = linking('https://learn.microsoft.com/azure/gone');
const movedAway = linking('https://docs.microsoft.com/azure/old');
const loop = linking('https://contoso.com/a');

linkRuleTester(linkDead, {
  valid: [
    {
      name: 'a page that answers 200',
      text: linking('https://learn.microsoft.com/azure/sizes'),
      web: { 'https://learn.microsoft.com/azure/sizes': HTML },
    },
    {
      name: 'a page that asks to sign in is not dead (link-sign-in), nor one that cannot be reached',
      text: withBody(STEP, '1. See [a](https://contoso.com/private) and [b](https://contoso.com/slow).'),
      web: { 'https://contoso.com/private': { status: 403 }, 'https://contoso.com/slow': { status: 503 } },
    },
    {
      name: 'a HEAD answered 404 by a server that serves the page to GET',
      text: linking('https://contoso.com/head-404'),
      web: { 'https://contoso.com/head-404': { head: 404, html: '<p>here</p>' } },
    },
  ],
  invalid: [
    {
      name: 'a page that answers 404',
      text: gone,
      web: {},
      errors: [
        {
          message: 'https://learn.microsoft.com/azure/gone answers 404: customers find nothing there.',
          ...spanOf(gone, 'https://learn.microsoft.com/azure/gone'),
        },
      ],
    },
    {
      name: 'redirects that end at a 410',
      text: movedAway,
      web: {
        'https://docs.microsoft.com/azure/old': {
          status: 301,
          headers: { location: 'https://learn.microsoft.com/azure/old' },
        },
        'https://learn.microsoft.com/azure/old': { status: 302, headers: { location: '/azure/removed' } },
        'https://learn.microsoft.com/azure/removed': { status: 410 },
      },
      errors: [
        {
          message:
            'https://docs.microsoft.com/azure/old answers 410 (redirected 2 times, to https://learn.microsoft.com/azure/removed): customers find nothing there.',
          ...spanOf(movedAway, 'https://docs.microsoft.com/azure/old'),
        },
      ],
    },
    {
      name: 'a redirect loop',
      text: loop,
      web: {
        'https://contoso.com/a': { status: 301, headers: { location: 'https://contoso.com/b' } },
        'https://contoso.com/b': { status: 307, headers: { location: 'https://contoso.com/a' } },
      },
      errors: [
        {
          message:
            'https://contoso.com/a leads nowhere: a redirect loop (redirected 2 times, to https://contoso.com/a). Customers find nothing there.',
          ...spanOf(loop, 'https://contoso.com/a'),
        },
      ],
    },
  ],
});
