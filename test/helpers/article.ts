/** Builds small articles of our own for tests: a valid one by default, with attributes and body to change. */
export const VALID_ATTRIBUTES: Record<string, string> = {
  pageTitle: 'Virtual machine does not start',
  description: 'Steps to take when a virtual machine does not start',
  infoBubbleText: 'We found an issue with your virtual machine. See details on the right',
  service: 'microsoft.compute',
  resource: 'virtualmachines',
  authors: 'contoso-writer',
  'ms.author': 'contoso',
  displayOrder: '',
  articleId: 'vm-does-not-start-0001',
  diagnosticScenario: 'VmDoesNotStart',
  selfHelpType: 'diagnostics',
  supportTopicIds: '32628854',
  resourceTags: '',
  productPesIds: '14749',
  cloudEnvironments: 'public, fairfax, usnat, ussec',
  ownershipId: 'Compute_VirtualMachines',
};

export const VALID_BODY = `# Virtual machine does not start

<!--issueDescription-->
We found that your virtual machine <!--$vmName-->your VM<!--/$vmName--> stopped at <!--$startTime-->a recent time<!--/$startTime-->.
<!--/issueDescription-->

## **Recommended Steps**

1. Restart the virtual machine from the portal.
2. Open [boot diagnostics](data-blade:Microsoft_Azure_Compute.BootDiagnosticsBlade.id.$resourceId) to see the console.

## **Recommended Documents**

* [Troubleshoot a VM that does not start](https://learn.microsoft.com/azure/virtual-machines/troubleshooting/boot-error)
`;

/** An article with the given attributes (undefined removes one) and body, LF line endings. */
export function article(overrides: Record<string, string | undefined> = {}, body = VALID_BODY): string {
  const attributes = { ...VALID_ATTRIBUTES, ...overrides };
  const lines = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `\t${name}="${value}"`);
  return `<properties\n${lines.join('\n')}\n/>\n\n${body}`;
}

/** Replaces the body's text with `replacement` for the first occurrence of `search`; fails loudly when absent. */
export function withBody(search: string, replacement: string): string {
  if (!VALID_BODY.includes(search)) throw new Error(`The valid body has no "${search}"`);
  return article({}, VALID_BODY.replace(search, replacement));
}

/** A generic article (no insight, no scenario) with the given attributes and body. */
export const genericArticle = (attrs: Record<string, string | undefined>, body: string) =>
  article({ selfHelpType: 'generic', infoBubbleText: undefined, diagnosticScenario: undefined, ...attrs }, body);

export const PLAIN_BODY = '# Reset a password\n\n## **Recommended Steps**\n\n1. Open the portal.\n';

/** A JSON article (scoping questions unless the attributes say otherwise) with the given JSON section. */
export const jsonArticle = (json: string, attrs: Record<string, string | undefined> = {}) =>
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

/** A form of scoping questions with the given elements. */
export const formArticle = (elements: string) =>
  jsonArticle(
    `{\n  "$schema": "SelfHelpContent",\n  "subscriptionRequired": true,\n  "resourceRequired": true,\n  "title": "Slow VM",\n  "fileAttachmentHint": "",\n  "formElements": [\n${elements}\n  ]\n}`,
  );

/** The problem description element every form ends with. */
export const PROBLEM_DESCRIPTION = `    {
      "id": "problem_description",
      "order": 1000,
      "controlType": "multilinetextbox",
      "displayLabel": "Description",
      "required": true,
      "useAsAdditionalDetails": true
    }`;
