/**
 * The snippets of snippets/markdown.json, built from the schema so they follow it: a properties block for each article
 * type and whole articles for the common types. `npm run snippets` writes the file; a test keeps it current.
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
  if (wanted('diagnosticScenario')) add('diagnosticScenario', `\${${next()}:ScenarioName}`);
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
    '\t"title": "${83:Title of the questions}",',
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
