import { productNames } from '../../../src/core/lint/rules/product-names';
import { article, withBody } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

const ENTRA = 'See https://learn.microsoft.com/entra/fundamentals/new-name';

const openEntra = withBody(
  '1. Restart the virtual machine',
  '1. Open **Azure Active Directory** and restart the machine',
);
const tenantInTitle = article({ pageTitle: 'Sign-in fails in an Azure AD tenant' });
const wrapped = withBody(
  '1. Restart the virtual machine',
  '1. Sync with Azure AD\nConnect, then restart the machine',
).replace('to see the console', 'in Azure Sentinel');
const FORM = article(
  {
    selfHelpType: 'problemScopingQuestions',
    schemaVersion: '1',
    infoBubbleText: undefined,
    diagnosticScenario: undefined,
  },
  '# Questions\n---\n{\n  "$schema": "SelfHelpContent",\n  "formElements": [\n' +
    '    { "id": "a", "order": 1, "controlType": "textbox", "displayLabel": "Which AAD account?", "required": true }\n  ]\n}\n---\n',
);

ruleTester(productNames, {
  valid: [
    { name: 'the valid article of the tests', text: article() },
    {
      name: 'the names the rename guidance keeps: Azure AD B2C, Azure AD Graph, the old sync tools',
      text: withBody(
        '1. Restart the virtual machine',
        '1. Azure AD B2C, Azure Active Directory Graph and Windows Azure Active Directory Sync are named so',
      ),
    },
    {
      name: 'an old name in a URL, a link target, code, a blade target or an attribute customers do not read',
      text: article(
        { service: 'microsoft.aad', ownershipId: 'Azure_Active_Directory' },
        [
          '# Azure sign-in',
          '',
          'Run `Connect-AzureAD -TenantId "Azure AD"` or open [the blade](data-blade:Azure_AD.Blade) and',
          '[the docs](https://learn.microsoft.com/azure/active-directory/Azure AD) or https://example.com/Azure-Sentinel.',
          '',
          '```powershell',
          'Get-Help "Azure Active Directory"',
          '```',
          '',
        ].join('\n'),
      ),
    },
    {
      name: 'an abbreviation in capitals matches only in capitals; a name joined to an identifier is not prose',
      text: withBody('1. Restart the virtual machine', '1. Read the ad on the Aad site, then Microsoft.AzureAD.Sync'),
    },
  ],
  invalid: [
    {
      name: 'the product in the body, with the rename, its month and the official page',
      text: openEntra,
      errors: [
        {
          message: `"Azure Active Directory" is now "Microsoft Entra ID" (renamed 2023-07): customers find it in the portal by that name. ${ENTRA}`,
          line: 28,
          column: 11,
          endLine: 28,
          endColumn: 33,
        },
      ],
      suggestions: [
        {
          title: 'Change to "Microsoft Entra ID"',
          output: replaced(openEntra, 'Azure Active Directory', 'Microsoft Entra ID'),
        },
      ],
    },
    {
      name: "Entra's family: an Azure AD tenant is a Microsoft Entra tenant, in the page title too",
      text: tenantInTitle,
      errors: [
        {
          message: `"Azure AD tenant" is now "Microsoft Entra tenant" (renamed 2023-07): customers find it in the portal by that name. ${ENTRA}`,
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 48,
        },
      ],
      suggestions: [
        {
          title: 'Change to "Microsoft Entra tenant"',
          output: replaced(tenantInTitle, 'Azure AD tenant', 'Microsoft Entra tenant'),
        },
      ],
    },
    {
      name: 'a name wrapped over a line break in a paragraph, and a product of another family',
      text: wrapped,
      errors: [
        {
          message: `"Azure AD Connect" is now "Microsoft Entra Connect" (renamed 2023-07): customers find it in the portal by that name. ${ENTRA}`,
          line: 28,
          column: 14,
          endLine: 29,
          endColumn: 8,
        },
        {
          message:
            '"Azure Sentinel" is now "Microsoft Sentinel" (renamed 2021-11): customers find it in the portal by that name. See https://learn.microsoft.com/azure/sentinel/whats-new',
          line: 30,
          column: 103,
          endLine: 30,
          endColumn: 117,
        },
      ],
      suggestions: [
        {
          title: 'Change to "Microsoft Entra Connect"',
          output: replaced(wrapped, 'Azure AD\nConnect', 'Microsoft Entra Connect'),
        },
        {
          title: 'Change to "Microsoft Sentinel"',
          output: replaced(wrapped, 'Azure Sentinel', 'Microsoft Sentinel'),
        },
      ],
    },
    {
      name: 'the visible strings of a form',
      text: FORM,
      errors: [
        {
          message: `"AAD account" is now "Microsoft Entra account" (renamed 2023-07): customers find it in the portal by that name. ${ENTRA}`,
          line: 24,
          column: 79,
          endLine: 24,
          endColumn: 90,
        },
      ],
      suggestions: [
        {
          title: 'Change to "Microsoft Entra account"',
          output: replaced(FORM, 'AAD account', 'Microsoft Entra account'),
        },
      ],
    },
  ],
});
