import * as assert from 'assert';
import { lintText } from '../../../src/core/lint/lint';
import { internalLink } from '../../../src/core/lint/rules/internal-link';
import { withBody } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

const STEP = '1. Restart the virtual machine from the portal.';
const jarvis = withBody(STEP, '1. Open [the dashboard](https://jarvis-west.dc.ad.msft.net/dashboard/VMHealth).');
const workItem = withBody(
  STEP,
  '1. See https://dev.azure.com/msazure/One/_workitems/edit/123 and [the wiki](supportability.visualstudio.com/x).',
);
const msPortal = withBody(STEP, '1. Open [the VM](https://ms.portal.azure.com/#blade/HubsExtension/BrowseAll).');

ruleTester(internalLink, {
  valid: [
    {
      name: 'public hosts, and public Azure DevOps organizations and SharePoint tenants',
      text: withBody(
        STEP,
        '1. See https://dev.azure.com/contoso/app, https://contoso.sharepoint.com/x, https://portal.azure.com/ and ' +
          'https://learn.microsoft.com/azure/ (and dev.azure.com/msazuretools/x, which is another organization).',
      ),
    },
  ],
  invalid: [
    {
      name: 'a Jarvis dashboard',
      text: jarvis,
      errors: [
        {
          message:
            "Link to jarvis-west.dc.ad.msft.net, Microsoft's corporate network: Jarvis, IcM: customers cannot open it. Link to a public page, or leave the link out.",
          line: 28,
          column: 25,
          endLine: 28,
          endColumn: 78,
        },
      ],
    },
    {
      name: "work items of Microsoft's own Azure DevOps organizations, with a scheme or without",
      text: workItem,
      errors: [
        {
          message:
            "Link to dev.azure.com, Microsoft's internal Azure DevOps: customers cannot open it. Link to a public page, or leave the link out.",
          line: 28,
          column: 8,
          endLine: 28,
          endColumn: 61,
        },
        {
          message:
            "Link to supportability.visualstudio.com, Microsoft's internal Azure DevOps: customers cannot open it. Link to a public page, or leave the link out.",
          line: 28,
          column: 77,
          endLine: 28,
          endColumn: 110,
        },
      ],
    },
    {
      name: "the portal of Microsoft's own tenant: fixed to the customer's portal, the same page",
      text: msPortal,
      errors: [
        {
          message:
            "Link to ms.portal.azure.com, the Azure portal of Microsoft's own tenant: customers cannot open it. Link to portal.azure.com.",
          line: 28,
          column: 18,
          endLine: 28,
          endColumn: 76,
        },
      ],
      output: replaced(msPortal, 'ms.portal.azure.com', 'portal.azure.com'),
    },
  ],
});

describe('SH313 internal-link with the team\'s hosts (.selfhelp.json "internalHosts")', () => {
  const text = withBody(STEP, '1. See https://wiki.contoso-corp.net/vm and https://dev.azure.com/contoso-internal/x.');
  const only = new Map([['SH313', 'error' as const]]);
  const hostsReported = (internalHosts?: string[]) =>
    lintText(text, {}, only, { internalHosts }).findings.map((f) => f.message.split(',')[0]);

  it('reports a link to a host of the team, by pattern and by the start of a path', () => {
    assert.deepStrictEqual(hostsReported(['*.contoso-corp.net', 'dev.azure.com/contoso-internal/']), [
      'Link to wiki.contoso-corp.net',
      'Link to dev.azure.com',
    ]);
  });

  it("(the control: without the team's list, those hosts are public)", () => {
    assert.deepStrictEqual(hostsReported(), []);
  });
});
