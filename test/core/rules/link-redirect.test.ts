import { linkRedirect } from '../../../src/core/lint/rules/link-redirect';
import { withBody } from '../../helpers/article';
import { linkRuleTester } from '../../helpers/link-rule-tester';
import { replaced, spanOf } from '../../helpers/rule-tester';

const STEP = '1. Restart the virtual machine from the portal.';
const SIZES = { html: '<h2 id="general-purpose">General purpose</h2>' };
const docs = withBody(STEP, '1. See [sizes](https://docs.microsoft.com/azure/sizes#general-purpose).');
const akaMs = withBody(STEP, '1. See [sizes](https://aka.ms/vmsizes).');

linkRuleTester(linkRedirect, {
  valid: [
    {
      name: 'a temporary redirect is followed without a word',
      text: withBody(STEP, '1. See [sizes](https://learn.microsoft.com/azure/latest).'),
      web: {
        'https://learn.microsoft.com/azure/latest': { status: 302, headers: { location: '/azure/sizes' } },
        'https://learn.microsoft.com/azure/sizes': SIZES,
      },
    },
  ],
  invalid: [
    {
      name: 'a page moved for good: the fix links to where it is now, the fragment kept',
      text: docs,
      web: {
        'https://docs.microsoft.com/azure/sizes': {
          status: 301,
          headers: { location: 'https://learn.microsoft.com/azure/sizes' },
        },
        'https://learn.microsoft.com/azure/sizes': SIZES,
      },
      errors: [
        {
          message:
            'https://docs.microsoft.com/azure/sizes has moved for good to https://learn.microsoft.com/azure/sizes: link there.',
          ...spanOf(docs, 'https://docs.microsoft.com/azure/sizes#general-purpose'),
        },
      ],
      output: replaced(
        docs,
        'https://docs.microsoft.com/azure/sizes#general-purpose',
        'https://learn.microsoft.com/azure/sizes#general-purpose',
      ),
    },
    {
      name: 'an aka.ms short link becomes the page it leads to, through its temporary redirects',
      text: akaMs,
      web: {
        'https://aka.ms/vmsizes': { status: 302, headers: { location: 'https://learn.microsoft.com/azure/sizes' } },
        'https://learn.microsoft.com/azure/sizes': SIZES,
      },
      errors: [
        {
          message: 'aka.ms short link: it leads to https://learn.microsoft.com/azure/sizes; link to that page.',
          ...spanOf(akaMs, 'https://aka.ms/vmsizes'),
        },
      ],
      output: replaced(akaMs, 'https://aka.ms/vmsizes', 'https://learn.microsoft.com/azure/sizes'),
    },
  ],
});
