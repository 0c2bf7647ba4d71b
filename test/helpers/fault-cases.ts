/** Hand-written faults, one or more per rule, each on a known line, with what its fix should write. */
import * as assert from 'assert';
import { article, VALID_BODY, withBody } from './article';

export interface Case {
  name: string;
  text: string;
  rule: string;
  /** 1-based line of the finding. */
  line: number;
  /** Text the fixed article contains (the rule's fix applied alone). */
  fixedHas?: string;
  path?: string;
}

const lineOf = (text: string, search: string) => text.slice(0, text.indexOf(search)).split('\n').length;

function at(text: string, search: string): number {
  assert.ok(text.includes(search), `fixture lacks ${search}`);
  return lineOf(text, search);
}

function make(name: string, rule: string, text: string, lineText: string, fixedHas?: string, path?: string): Case {
  return { name, rule, text, line: at(text, lineText), fixedHas, path };
}

const generic = (attrs: Record<string, string | undefined>, body: string) =>
  article({ selfHelpType: 'generic', infoBubbleText: undefined, diagnosticScenario: undefined, ...attrs }, body);
const plainBody = '# Reset a password\n\n## **Recommended Steps**\n\n1. Open the portal.\n';
const jsonArticle = (json: string, attrs: Record<string, string | undefined> = {}) =>
  article(
    {
      selfHelpType: 'problemScopingQuestions',
      schemaVersion: '1',
      infoBubbleText: undefined,
      diagnosticScenario: undefined,
      ...attrs,
    },
    `# VM scoping questions\n---\n${json}\n---\n`,
  );
const form = (elements: string) =>
  jsonArticle(
    `{\n  "$schema": "SelfHelpContent",\n  "subscriptionRequired": true,\n  "resourceRequired": true,\n  "title": "Slow VM",\n  "fileAttachmentHint": "",\n  "formElements": [\n${elements}\n  ]\n}`,
  );
const description = `    {
      "id": "problem_description",
      "order": 1000,
      "controlType": "multilinetextbox",
      "displayLabel": "Description",
      "required": true,
      "useAsAdditionalDetails": true
    }`;

export const CASES: Case[] = [
  make('block closed by >', 'SH101', article().replace('\n/>', '\n>'), '>\n\n#', '\n/>\n'),
  make('block never closed', 'SH101', article().replace('\n/>', ''), '<properties'),
  make(
    'second block',
    'SH101',
    article({}, VALID_BODY + '\n<properties pageTitle="x" />\n'),
    '<properties pageTitle="x"',
  ),
  make('heading before block', 'SH102', '# Title first\n' + article(), '# Title first'),
  make('comment before block', 'SH103', '<!-- owner: contoso -->\n' + article(), '<!-- owner'),
  make(
    'unterminated quote',
    'SH104',
    article({ 'ms.author': 'contoso\u0000' }).replace('contoso\u0000"', 'contoso'),
    'ms.author',
    'ms.author="contoso"',
  ),
  make('trailing comma', 'SH104', article().replace('ussec"', 'ussec",'), 'ussec",', 'ussec"\n'),
  make(
    'extra quote',
    'SH104',
    article().replace('does not start"', 'does not start""'),
    'does not start""',
    'does not start"\n',
  ),
  make(
    'unquoted value',
    'SH104',
    article().replace('displayOrder=""', 'displayOrder=3'),
    'displayOrder=3',
    'displayOrder="3"',
  ),
  make('text after />', 'SH104', article().replace('\n/>', '\n/>e'), '/>e'),
  make(
    'duplicate attribute',
    'SH106',
    article().replace('\tauthors=', '\tArticleId="again"\n\tauthors='),
    'articleId="vm-does',
  ),
  make(
    'supportToicIds',
    'SH107',
    article({ supportTopicIds: undefined, supportToicIds: '32628854' }),
    'supportToicIds',
    'supportTopicIds="32628854"',
  ),
  make('unknown attribute', 'SH108', article({ 'ms.service': 'virtual-machines' }), 'ms.service'),
  make(
    'lower-case name',
    'SH109',
    article().replace('articleId=', 'articleid='),
    'articleid=',
    'articleId="vm-does-not-start-0001"',
  ),
  make(
    'single quotes',
    'SH110',
    article().replace('authors="contoso-writer"', "authors='contoso-writer'"),
    "authors='",
    'authors="contoso-writer"',
  ),
  make(
    'newline in a list',
    'SH111',
    article({ supportTopicIds: '32628854,\n32628855' }),
    'supportTopicIds',
    'supportTopicIds="32628854, 32628855"',
  ),
  make('ownershipId missing', 'SH112', article({ ownershipId: undefined }), '<properties'),
  make('pageTitle empty', 'SH112', article({ pageTitle: '' }), 'pageTitle'),
  make('unknown type', 'SH113', article({ selfHelpType: 'faq' }), 'selfHelpType'),
  make('unknown cloud', 'SH114', article({ cloudEnvironments: 'public, azurechina' }), 'cloudEnvironments'),
  make('cloud twice', 'SH114', article({ cloudEnvironments: 'public, Public' }), 'cloudEnvironments'),
  make('text in support topics', 'SH115', article({ supportTopicIds: 'Azure AD Domain Services' }), 'supportTopicIds'),
  make('description empty', 'SH116', article({ description: '' }), 'description'),
  make(
    'title with period',
    'SH117',
    article({ pageTitle: 'Virtual machine does not start.' }),
    'pageTitle',
    'pageTitle="Virtual machine does not start"',
  ),
  make('title with comma', 'SH117', article({ pageTitle: 'Virtual machine, stopped' }), 'pageTitle'),
  make('two services', 'SH118', article({ service: 'microsoft.classiccompute, microsoft.classicnetwork' }), 'service='),
  make('optional tag', 'SH119', article({ resourceTags: 'optional' }), 'resourceTags', 'resourceTags=""'),
  make('cloud enabled and disabled', 'SH120', article({ disableclouds: 'fairfax' }), 'disableclouds'),
  make('diagnostics without infoBubbleText', 'SH121', article({ infoBubbleText: '' }), 'infoBubbleText'),
  make('diagnostics missing infoBubbleText', 'SH121', article({ infoBubbleText: undefined }), '<properties'),
  make('selfHelpType missing', 'SH113', article({ selfHelpType: undefined }), '<properties'),
  make('cloudEnvironments missing', 'SH114', article({ cloudEnvironments: undefined }), '<properties'),
  make('description missing', 'SH116', article({ description: undefined }), '<properties'),
  make('displayOrder not a number', 'SH122', article({ displayOrder: 'first' }), 'displayOrder'),
  make('no H1', 'SH201', withBody('# Virtual machine does not start\n', 'Virtual machine does not start\n'), '/>'),
  make(
    'title written as an H2',
    'SH201',
    withBody('# Virtual machine does not start', '## Virtual machine does not start'),
    '## Virtual',
    '/>\n\n# Virtual machine does not start\n',
  ),
  make('#Title', 'SH202', withBody('# Virtual', '#Virtual'), '#Virtual', '# Virtual'),
  make(
    '##**Recommended Steps**',
    'SH202',
    withBody('## **Recommended Steps**', '##**Recommended Steps**'),
    '##**Rec',
    '## **Recommended Steps**',
  ),
  make(
    'two H1',
    'SH203',
    withBody('## **Recommended Documents**', '# Also a title\n\n## **Recommended Documents**'),
    '# Also a title',
  ),
  make('text before H1', 'SH204', withBody('# Virtual', 'Some words first.\n\n# Virtual'), '# Virtual'),
  make(
    'steps heading not bold',
    'SH205',
    withBody('## **Recommended Steps**', '### Recommended steps'),
    '### Recommended steps',
    '## **Recommended Steps**\n',
  ),
  make(
    'other bold H2',
    'SH206',
    withBody('## **Recommended Documents**', '## **Check the disk**\n\nLook.\n\n## **Recommended Documents**'),
    '## **Check the disk**',
  ),
  make(
    'issueDescription not closed',
    'SH207',
    withBody('<!--/issueDescription-->\n', ''),
    '<!--issueDescription-->',
    '<!--/$startTime-->.\n<!--/issueDescription-->\n\n## **Recommended Steps**',
  ),
  make(
    'whole article indented',
    'SH219',
    article().replace(/^(?=.)/gm, '    '),
    '    # Virtual',
    '\n# Virtual machine does not start\n\n<!--issueDescription-->',
  ),
  make(
    'body indented',
    'SH219',
    article().replace(/\n\/>\n([\s\S]*)$/, (_, body: string) => '\n/>\n' + body.replace(/^(?=.)/gm, '\t')),
    '\t# Virtual',
    '\n/>\n\n# Virtual machine does not start\n',
  ),
  make(
    'empty issueDescription',
    'SH208',
    withBody('## **Recommended Steps**', '<!--issueDescription--><!--/issueDescription-->\n\n## **Recommended Steps**'),
    '<!--issueDescription--><!--/',
  ),
  make(
    'link in issueDescription',
    'SH209',
    withBody('stopped at', 'stopped ([details](https://contoso.com/a)) at'),
    '[details]',
  ),
  make('bold in issueDescription', 'SH209', withBody('stopped at', 'stopped **suddenly** at'), '**suddenly**'),
  make('token names differ', 'SH210', withBody('<!--/$vmName-->', '<!--/$VmName-->'), '<!--/$VmName-->'),
  make(
    'token in generic',
    'SH211',
    generic({}, plainBody + '\nName: <!--$vmName-->VM<!--/$vmName-->\n'),
    '<!--$vmName-->',
  ),
  make(
    'RCA marker not closed',
    'SH212',
    withBody('## **Recommended Documents**', '<!--recommendedActions-->\nRestart.\n\n## **Recommended Documents**'),
    '<!--recommendedActions-->',
  ),
  make('include', 'SH213', withBody('1. Restart', '[!INCLUDE [steps](includes/steps.md)]\n\n1. Restart'), '[!INCLUDE'),
  make('three list levels', 'SH214', withBody('2. Open', '2. Disk\n   * Data disk\n     * LUN 0\n3. Open'), '* LUN 0'),
  make(
    'list under paragraph',
    'SH215',
    withBody(
      '1. Restart the virtual machine from the portal.',
      'Try this:\n1. Restart the virtual machine from the portal.',
    ),
    '1. Restart',
    'Try this:\n\n1. Restart',
  ),
  make(
    'table',
    'SH216',
    withBody('## **Recommended Documents**', '| Size | Limit |\n|---|---|\n| S | 10 |\n\n## **Recommended Documents**'),
    '| Size',
  ),
  make(
    'alert',
    'SH217',
    withBody('## **Recommended Documents**', '> [!NOTE]\n> Restart first.\n\n## **Recommended Documents**'),
    '> [!NOTE]',
  ),
  make(
    'fence language',
    'SH218',
    withBody('## **Recommended Documents**', '```powershell\nGet-AzVM\n```\n\n## **Recommended Documents**'),
    '```powershell',
    '```\nGet-AzVM',
  ),
  make(
    'en-us link',
    'SH301',
    withBody('learn.microsoft.com/azure', 'learn.microsoft.com/en-us/azure'),
    '/en-us/',
    'https://learn.microsoft.com/azure/virtual-machines',
  ),
  make(
    'aka.ms',
    'SH302',
    withBody('https://learn.microsoft.com/azure/virtual-machines/troubleshooting/boot-error', 'https://aka.ms/vmboot'),
    'aka.ms',
  ),
  make(
    'review link',
    'SH303',
    withBody('https://learn.microsoft.com', 'https://review.docs.microsoft.com'),
    'review.docs',
  ),
  make(
    'placeholder link',
    'SH304',
    withBody('https://learn.microsoft.com/azure/virtual-machines/troubleshooting/boot-error', 'https://'),
    '(https://)',
  ),
  make('ttps', 'SH305', withBody('https://learn', 'ttps://learn'), 'ttps://learn', '(https://learn'),
  make(
    'odd blade parameters',
    'SH306',
    withBody('BootDiagnosticsBlade.id.$resourceId', 'BootDiagnosticsBlade.id'),
    'BootDiagnosticsBlade.id)',
  ),
  make(
    'scheme-less link',
    'SH307',
    withBody('https://learn.microsoft.com', 'learn.microsoft.com'),
    '(learn.microsoft.com',
    '(https://learn.microsoft.com',
  ),
  make(
    'anchor link',
    'SH308',
    withBody('1. Restart', '1. See [below](#recommended-documents). Restart'),
    '#recommended-documents',
  ),
  make(
    'image without alt',
    'SH309',
    withBody('## **Recommended Documents**', '![](https://contoso.com/a.png)\n\n## **Recommended Documents**'),
    '![](',
  ),
  make(
    'image alt text that is a file name',
    'SH309',
    withBody(
      '## **Recommended Documents**',
      '![boot-diagnostics.png](https://contoso.com/a.png)\n\n## **Recommended Documents**',
    ),
    'boot-diagnostics.png](',
  ),
  make(
    'image alt text that says only screenshot',
    'SH309',
    withBody(
      '## **Recommended Documents**',
      '![Screenshot](https://contoso.com/a.png)\n\n## **Recommended Documents**',
    ),
    '![Screenshot]',
  ),
  make('link text here', 'SH311', withBody('[boot diagnostics]', '[here]'), '[here]'),
  make(
    'link text that is a raw URL',
    'SH311',
    withBody(
      '[Troubleshoot a VM that does not start]',
      '[https://learn.microsoft.com/azure/virtual-machines/troubleshooting/boot-error]',
    ),
    '[https://learn.microsoft.com',
  ),
  make(
    'docs.microsoft.com link',
    'SH312',
    withBody('https://learn.microsoft.com/azure', 'https://docs.microsoft.com/azure'),
    'docs.microsoft.com',
    'https://learn.microsoft.com/azure/virtual-machines',
  ),
  make(
    'docs.microsoft.com link with a locale',
    'SH312',
    withBody('https://learn.microsoft.com/azure', 'https://docs.microsoft.com/en-us/azure'),
    'docs.microsoft.com',
    'https://learn.microsoft.com/en-us/azure',
  ),
  make(
    'H4 after an H2',
    'SH220',
    withBody('## **Recommended Documents**', '#### Before you start\n\n## **Recommended Documents**'),
    '#### Before you start',
  ),
  make(
    'blade link in generic',
    'SH310',
    generic({}, plainBody + '2. Open [the blade](data-blade:Microsoft_Azure_Compute.VmBlade.id.$resourceId).\n'),
    'data-blade:',
  ),
  make(
    'no JSON section',
    'SH401',
    article({ selfHelpType: 'problemScopingQuestions', schemaVersion: '1' }, '# Questions\n\nNo JSON here.\n'),
    '/>',
  ),
  make('trailing comma in JSON', 'SH401', form(description + ','), '    },', '    }\n  ]'),
  make('unknown controlType', 'SH402', form(description.replace('multilinetextbox', 'Tab name')), '"Tab name"'),
  make(
    'lower-case key',
    'SH403',
    form(description.replace('"controlType"', '"controltype"')),
    '"controltype"',
    '"controlType": "multilinetextbox"',
  ),
  make(
    'no useAsAdditionalDetails',
    'SH404',
    form(description.replace(',\n      "useAsAdditionalDetails": true', '')),
    '"problem_description"',
  ),
  make(
    'visibility to a missing id',
    'SH405',
    form(description.replace('"required": true', '"required": true,\n      "visibility": "vm_os == windows"')),
    '"vm_os == windows"',
  ),
  make(
    'string boolean',
    'SH406',
    form(description.replace('"required": true', '"required": "true"')),
    '"required": "true"',
    '"required": true',
  ),
  make(
    'dropdown without options',
    'SH407',
    form(
      `    {\n      "id": "vm_os",\n      "order": 1,\n      "controlType": "dropdown",\n      "displayLabel": "Which OS?"\n    },\n${description}`,
    ),
    '"controlType": "dropdown"',
  ),
  make(
    'radio buttons with an empty list of options',
    'SH407',
    form(
      `    {\n      "id": "vm_os",\n      "order": 1,\n      "controlType": "RadioButtonGroup",\n      "radioButtonOptions": []\n    },\n${description}`,
    ),
    '"controlType": "RadioButtonGroup"',
  ),
  make(
    'order written as a string',
    'SH408',
    form(description.replace('"order": 1000', '"order": "last"')),
    '"order": "last"',
  ),
  make(
    'an impact outside the enum',
    'SH408',
    jsonArticle(
      '{\n  "$schema": "AdvisorRecommendation",\n  "recommendationTypeId": "5e4f2f0b-0000-4000-8000-000000000001",\n  "recommendationImpact": "Severe"\n}',
      { selfHelpType: 'advisorRecommendationMetadata' },
    ),
    '"recommendationImpact": "Severe"',
  ),
  make(
    'space in file name',
    'SH501',
    article(),
    '<properties',
    undefined,
    'articles/microsoft.compute/vm does not start.md',
  ),
  make(
    'a typo in infoBubbleText',
    'SH601',
    article({ infoBubbleText: 'We found a maintanence event. See details on the right' }),
    'infoBubbleText=',
  ),
  make(
    'a typo in the body',
    'SH601',
    withBody('Restart the virtual machine', 'Restart the virtual machnie'),
    'machnie',
  ),
  make('a word written twice', 'SH602', withBody('Restart the virtual', 'Restart the the virtual'), 'the the'),
];
