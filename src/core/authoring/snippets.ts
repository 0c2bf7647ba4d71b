/**
 * The snippets of snippets/markdown.json, built from the schema so they follow it: a properties block for each article
 * type and a whole article of each. `npm run docs` writes the file; a test keeps it current.
 */
import { TYPES, type TypeInfo } from '../format/schema';

/** Text taken literally inside snippet syntax: `$`, `}` and `\` escaped. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

export interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

const COMMON_CLOUDS = [
  'public, fairfax, usnat, ussec',
  'public',
  'public, fairfax, mooncake, usnat, ussec',
  'mooncake',
];

/** The attributes in the templates' order; which appear depends on the type. */
function attributeLines(type: TypeInfo): string[] {
  let stop = 0;
  const next = () => ++stop;
  const wanted = (name: string) => name in type.needs;
  const lines: string[] = [];
  const add = (name: string, value: string) => lines.push(`\t${name}="${value}"`);
  add('pageTitle', `\${${next()}:Title of the issue or solution}`);
  add('description', `\${${next()}:What the article helps with}`);
  if (wanted('infoBubbleText')) add('infoBubbleText', `\${${next()}:We found an issue. See details on the right}`);
  if (type.body !== 'json' || wanted('service')) {
    add('service', `\${${next()}:microsoft.compute}`);
    add('resource', `\${${next()}:virtualmachines}`);
  }
  add('ms.author', `\${${next()}:alias}`);
  if (wanted('displayOrder')) add('displayOrder', `\${${next()}:1}`);
  add('articleId', '$UUID');
  // Resource health annotations all use the one scenario the health service emits (FORMAT §2.5).
  const scenario = type.name === 'servicehealthinsights' ? 'health_diagnostic' : 'ScenarioName';
  if (wanted('diagnosticScenario')) add('diagnosticScenario', `\${${next()}:${scenario}}`);
  add('selfHelpType', type.name);
  if (type.body !== 'json' || wanted('supportTopicIds')) add('supportTopicIds', `\${${next()}:}`);
  add('productPesIds', `\${${next()}:}`);
  if (wanted('resourceTags') || type.name === 'resource') add('resourceTags', `\${${next()}:}`);
  if (wanted('articleTags')) add('articleTags', `\${${next()}:}`);
  add('cloudEnvironments', `\${${next()}|${COMMON_CLOUDS.map((c) => c.replace(/,/g, '\\,')).join(',')}|}`);
  add('ownershipId', `\${${next()}:Org_Service}`);
  if (wanted('schemaVersion')) add('schemaVersion', '1');
  return lines;
}

function propertiesBlock(type: TypeInfo): string[] {
  return ['<properties', ...attributeLines(type), '/>'];
}

const RECOMMENDED = [
  '## **Recommended Steps**',
  '',
  '1. ${90:The first step}',
  '',
  '## **Recommended Documents**',
  '',
  '* [${91:Title of a document}](https://${92:learn.microsoft.com/azure})',
];

const BODIES: Record<string, string[]> = {
  diagnostics: [
    '',
    '# ${80:Internal title of the article}',
    '',
    '<!--issueDescription-->',
    '${81:We found that} <!--\\$${82:resourceName}-->${83:your resource}<!--/\\$${82:resourceName}--> ${84:has an issue}.',
    '<!--/issueDescription-->',
    '',
    ...RECOMMENDED,
  ],
  rca: [
    '',
    '# ${80:Internal title of the article}',
    '',
    '<!--issueDescription-->',
    '${81:We found the root cause of the issue}.',
    '<!--/issueDescription-->',
    '',
    ...RECOMMENDED,
  ],
  generic: ['', '# ${80:Internal title of the article}', '', '${81:What this article helps with}.', '', ...RECOMMENDED],
  resource: [
    '',
    '# ${80:Caption of the troubleshooting item}',
    '',
    '${81:What this article helps with}.',
    '',
    ...RECOMMENDED,
  ],
  TSG_Content: [
    '',
    '# ${80:Title of the troubleshooting step}',
    '',
    '${81:What to check in this step}.',
    '',
    ...RECOMMENDED,
  ],
  problemScopingQuestions: [
    '# ${80:Title of the questions}',
    '---',
    '{',
    '\t"\\$schema": "SelfHelpContent",',
    '\t"subscriptionRequired": ${81|true,false|},',
    '\t"resourceRequired": ${82|true,false|},',
    '\t"title": "${80:Title of the questions}",',
    '\t"fileAttachmentHint": "",',
    '\t"formElements": [',
    '\t\t{',
    '\t\t\t"id": "problem_start_time",',
    '\t\t\t"order": 1,',
    '\t\t\t"controlType": "datetimepicker",',
    '\t\t\t"displayLabel": "When did the problem start?",',
    '\t\t\t"required": true',
    '\t\t},',
    '\t\t{',
    '\t\t\t"id": "problem_description",',
    '\t\t\t"order": 1000,',
    '\t\t\t"controlType": "multilinetextbox",',
    '\t\t\t"displayLabel": "Details",',
    '\t\t\t"required": true,',
    '\t\t\t"useAsAdditionalDetails": true',
    '\t\t}',
    '\t]',
    '}',
    '---',
  ],
  servicehealthinsights: [
    '',
    '# ${80:Internal title of the article}',
    '',
    '<!--issueDescription-->',
    '${81:We found that} <!--\\$${82:resourceName}-->${83:your resource}<!--/\\$${82:resourceName}--> ${84:is unavailable}.',
    '<!--/issueDescription-->',
    '',
    ...RECOMMENDED,
  ],
  TSG_Description: [
    '',
    '# ${80:Title of the troubleshooter}',
    '',
    '${81:What the troubleshooter helps to find and resolve}.',
  ],
  TSG_Questions: [
    '# ${80:Title of the questions}',
    '---',
    '{',
    '\t"\\$schema": "SelfHelpContent",',
    '\t"formElements": [',
    '\t\t{',
    '\t\t\t"id": "${81:first_question}",',
    '\t\t\t"order": 1,',
    '\t\t\t"controlType": "radiobuttongroup",',
    '\t\t\t"displayLabel": "${82:Does the problem happen every time?}",',
    '\t\t\t"radioButtonOptions": [',
    '\t\t\t\t{ "value": "yes", "text": "Yes" },',
    '\t\t\t\t{ "value": "no", "text": "No" }',
    '\t\t\t],',
    '\t\t\t"required": true',
    '\t\t}',
    '\t]',
    '}',
    '---',
  ],
  supportTopicDescription: [
    '# ${80:Support topics of the product}',
    '---',
    '{',
    '\t"\\$schema": "SelfHelpContent",',
    '\t"shortDescription": "${81:What the product is for}",',
    '\t"longDescription": "",',
    '\t"supportTopics": [',
    '\t\t{',
    '\t\t\t"id": "${82:Support topic id}",',
    '\t\t\t"shortDescription": "${83:What the support topic covers}",',
    '\t\t\t"longDescription": "",',
    '\t\t\t"searchTags": "",',
    '\t\t\t"category": "${84:Configuration}",',
    '\t\t\t"useInDiagnoseAndSolve": "${85|TRUE,FALSE|}"',
    '\t\t}',
    '\t]',
    '}',
    '---',
  ],
  advisorRecommendationMetadata: [
    '# ${80:Title of the recommendation}',
    '---',
    '{',
    '\t"\\$schema": "AdvisorRecommendation",',
    '\t"recommendationTypeId": "$UUID",',
    '\t"dataSourceMetadata": {',
    '\t\t"streamNamespace": "${81:Namespace of the data stream}",',
    '\t\t"dataSource": "${82|Kusto,SAS,Cosmos|}",',
    '\t\t"refreshInterval": "00.01:00:00"',
    '\t},',
    '\t"recommendationCategory": "${83|Performance,HighAvailability,Cost,OperationalExcellence|}",',
    '\t"recommendationImpact": "${84|Medium,High,Low|}",',
    '\t"recommendationResourceType": "${85:Microsoft.Compute/virtualMachines}",',
    '\t"recommendationFriendlyName": "${86:What the recommendation asks for}",',
    '\t"recommendationMetadataState": "Active",',
    '\t"owner": {',
    '\t\t"email": "${87:alias@microsoft.com}",',
    '\t\t"icm": { "routingId": "", "service": "", "team": "" },',
    '\t\t"serviceTreeId": ""',
    '\t},',
    '\t"version": 1,',
    '\t"learnMoreLink": "https://${88:learn.microsoft.com/azure}",',
    '\t"description": "${89:The problem the recommendation finds}",',
    '\t"longDescription": "${90:What the problem costs and how to resolve it}",',
    '\t"potentialBenefits": "${91:What following the recommendation brings}",',
    '\t"actions": [',
    '\t\t{',
    '\t\t\t"actionId": "$UUID",',
    '\t\t\t"description": "${92:What the action does}",',
    '\t\t\t"actionType": "Document",',
    '\t\t\t"extensionName": "",',
    '\t\t\t"bladeName": "",',
    '\t\t\t"metadata": {},',
    '\t\t\t"documentLink": "https://${88:learn.microsoft.com/azure}"',
    '\t\t}',
    '\t],',
    '\t"displayLabel": "${86:What the recommendation asks for}"',
    '}',
    '---',
  ],
  diagnoseandsolve: [
    '# ${80:Common problems and tools}',
    '---',
    '{',
    '\t"\\$schema": "SelfHelpContent",',
    '\t"commonProblems": [',
    '\t\t{',
    '\t\t\t"id": "${81:first_problem}",',
    '\t\t\t"title": "${82:A common problem}",',
    '\t\t\t"description": "${83:How customers describe the problem}",',
    '\t\t\t"category": "${84:Connectivity}",',
    '\t\t\t"searchTags": "",',
    '\t\t\t"supportTopicId": "${85:}",',
    '\t\t\t"commonSolutionArticleId": "${86:articleId of the solution}"',
    '\t\t}',
    '\t],',
    '\t"troubleshootingTools": [',
    '\t\t{',
    '\t\t\t"id": "${87:first_tool}",',
    '\t\t\t"title": "${88:A tool}",',
    '\t\t\t"description": "${89:What the tool does}",',
    '\t\t\t"category": "${84:Connectivity}",',
    '\t\t\t"searchTags": "",',
    '\t\t\t"type": "tool",',
    '\t\t\t"bladeLink": {',
    '\t\t\t\t"extensionName": "${90:Microsoft_Azure_Compute}",',
    '\t\t\t\t"bladeName": "${91:BladeName}",',
    '\t\t\t\t"parameters": [{ "name": "id", "value": "\\$resourceId" }]',
    '\t\t\t}',
    '\t\t}',
    '\t]',
    '}',
    '---',
  ],
  apollo: [
    '',
    '# ${80:Internal title of the article}',
    '',
    '## ${81:The issue, as customers see it}',
    '',
    '${82:What the issue is and how this article resolves it}.',
    '',
    '### ${83:Resolve the issue}',
    '',
    '1. ${84:The first step}',
    '',
    '### ${85:Check your resource}',
    '',
    '<insight>',
    '  <symptomId>${86:SymptomId}</symptomId>',
    '  <executionText>${87:We are checking your resource}</executionText>',
    '  <timeoutText>${88:The check took too long and was stopped}</timeoutText>',
    '  <noResultText>${89:We found no problem with your resource}</noResultText>',
    '  <additionalInputsReq>false</additionalInputsReq>',
    '</insight>',
    '',
    '### ${90:More information}',
    '',
    '* [${91:Title of a document}](https://${92:learn.microsoft.com/azure})',
  ],
  tools: [
    '',
    '# ${80:Tools}',
    '',
    '[${81:Name of the tool}](data-blade:${82:Extension.Blade.param.value})<br>',
    '${83:What the tool does}.',
  ],
  PartnerCenterQuickStart: [
    '',
    '<!--Link-->',
    'https://${81:learn.microsoft.com/partner-center}',
    '',
    '<!--Text-->',
    '${80:Text of the quick start}',
    '',
    '<!--IconClass-->',
    '${82:win-icon-BookArt64 win-icon}',
  ],
};

/** The types that have a whole-article snippet (and so a New Article skeleton). */
export const ARTICLE_SKELETON_TYPES = Object.keys(BODIES);

/** The whole-article snippet body of a type, as snippet text. */
export function articleSnippet(typeName: string): string | undefined {
  const type = TYPES.find((t) => t.name === typeName);
  const body = BODIES[typeName];
  return type && body ? [...propertiesBlock(type), ...body, '$0'].join('\n') : undefined;
}

export function buildSnippets(): Record<string, Snippet> {
  const snippets: Record<string, Snippet> = {};
  for (const type of TYPES) {
    snippets[`Properties block: ${type.name}`] = {
      prefix: `selfhelp-properties-${type.name}`,
      description: `The properties block of a ${type.name} article: ${type.meaning}`,
      body: propertiesBlock(type),
    };
  }
  for (const [name, body] of Object.entries(BODIES)) {
    const type = TYPES.find((t) => t.name === name)!;
    snippets[`Article: ${name}`] = {
      prefix: `selfhelp-article-${name}`,
      description: `A complete ${name} article: ${type.meaning}`,
      body: [...propertiesBlock(type), ...body, '$0'],
    };
  }
  return snippets;
}

export function renderSnippetsFile(): string {
  return JSON.stringify(buildSnippets(), null, '\t') + '\n';
}
