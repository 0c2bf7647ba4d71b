import { linkSignIn } from '../../../src/core/lint/rules/link-sign-in';
import { withBody } from '../../helpers/article';
import { linkRuleTester } from '../../helpers/link-rule-tester';
import { spanOf } from '../../helpers/rule-tester';

const STEP = '1. Restart the virtual machine from the portal.';
const report = withBody(STEP, '1. See [the report](https://contoso.sharepoint.com/sites/team/report.aspx).');

linkRuleTester(linkSignIn, {
  valid: [
    {
      name: 'a page open to all',
      text: withBody(STEP, '1. See [the page](https://contoso.com/open).'),
      web: { 'https://contoso.com/open': { html: '<p>open</p>' } },
    },
  ],
  invalid: [
    {
      name: 'a page that asks to sign in',
      text: report,
      web: { 'https://contoso.sharepoint.com/sites/team/report.aspx': { status: 401 } },
      errors: [
        {
          message:
            'https://contoso.sharepoint.com/sites/team/report.aspx asks to sign in (401): customers may not be let in.',
          ...spanOf(report, 'https://contoso.sharepoint.com/sites/team/report.aspx'),
        },
      ],
    },
  ],
});
