/**
 * Articles for the fuzzer: built from the format's grammar (properties blocks with any quoting, spacing, casing and
 * broken quotes; bodies of markers, tokens, links, headings, lists, HTML and fenced code; JSON sections, valid and
 * broken), and mutations of real articles (truncated, bytes flipped, lines duplicated or deleted, hostile fragments
 * spliced in).
 */
import fc from 'fast-check';
import { HOSTILE_BODY } from '../helpers/hostile';

const pick = <T>(...values: T[]) => fc.constantFrom(...values);
const words = fc
  .array(pick('virtual', 'machine', 'disk', 'is', 'slow', 'Restart', 'the', 'VM', 'über', '日本', '🙂', 'a,b', 'x.'), {
    minLength: 1,
    maxLength: 6,
  })
  .map((w) => w.join(' '));

const ATTRIBUTE_NAMES = [
  'pageTitle',
  'description',
  'infoBubbleText',
  'service',
  'resource',
  'authors',
  'ms.author',
  'displayOrder',
  'articleId',
  'diagnosticScenario',
  'selfHelpType',
  'supportTopicIds',
  'resourceTags',
  'productPesIds',
  'cloudEnvironments',
  'ownershipId',
  'schemaVersion',
  'disableclouds',
  'supportToicIds',
  'pagetitle',
  'ARTICLEID',
  'ms.service',
  'x',
];
const VALUES: Record<string, fc.Arbitrary<string>> = {
  selfHelpType: pick(
    'diagnostics',
    'generic',
    'TSG_Content',
    'resource',
    'rca',
    'problemScopingQuestions',
    'Diagnostics',
    'apollo',
    'faq',
    '',
  ),
  cloudEnvironments: pick(
    'public',
    'public, fairfax, usnat, ussec',
    'public,Public',
    'azurechina',
    'public,\nfairfax',
    '',
  ),
  supportTopicIds: pick('32628854', '32628854, 32628855', 'Azure AD', '32628854,\n32628855', ''),
  displayOrder: pick('', '1', '10', 'first', '-1'),
  resourceTags: pick('', 'optional', 'windows,linux'),
  articleId: pick('vm-slow-0001', 'vm slow', '', 'a'.repeat(300)),
};
const value = (name: string) =>
  VALUES[name] ?? fc.oneof(words, pick('', ' ', 'Title.', 'a, b', 'VM &amp; disk', '<!--$x-->y<!--/$x-->'));

/** One attribute, quoted any way, or broken. */
const attribute = fc.constantFrom(...ATTRIBUTE_NAMES).chain((name) =>
  fc
    .tuple(
      value(name),
      pick('"', "'", '', '"unterminated', '""'),
      pick('=', ' = ', '=\n'),
      pick('\t', ' ', '\n\t', '  ', '\n    '),
    )
    .map(([v, quote, equals, before]) => {
      if (quote === '"unterminated') return `${before}${name}${equals}"${v}`;
      if (quote === '""') return `${before}${name}${equals}"${v}""`;
      return `${before}${name}${equals}${quote}${v}${quote}`;
    }),
);

export const propertiesBlock = fc
  .tuple(
    pick('<properties', '<PROPERTIES', '<properties ', ' <properties'),
    fc.array(attribute, { maxLength: 18 }),
    pick('\n/>', ' />', '/>', '\n>', '', '\n/>\n/>', ',\n/>'),
  )
  .map(([open, attributes, close]) => open + attributes.join('') + close);

const token = fc
  .tuple(pick('vmName', 'startTime', 'x', 'a b', '$'), words, pick(true, false))
  .map(([name, text, closed]) => `<!--$${name}-->${text}${closed ? `<!--/$${name}-->` : ''}`);
const link = fc
  .tuple(
    words,
    pick(
      'https://learn.microsoft.com/en-us/azure/vm',
      'aka.ms/vm',
      'https://aka.ms/x',
      'learn.microsoft.com/azure',
      'ttps://x.com',
      'https://',
      'data-blade:Microsoft_Azure_Compute.VmBlade.id.$resourceId',
      'data-blade:Ext.Blade',
      '#recommended-steps',
      'javascript:alert(1)',
      'mailto:a@b.c',
      '',
    ),
  )
  .map(([text, target]) => `[${text}](${target})`);
const inline = fc.oneof(
  words,
  token,
  link,
  pick('**bold**', '*em*', '`code`', '<b>x</b>', '<img src=x onerror=alert(1)>', '&amp;', '\\', '<!--', '-->'),
);
const line = fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));

const heading = fc
  .tuple(
    pick('#', '##', '###', '#', '##**', '####'),
    pick(' ', '', '  '),
    fc.oneof(
      words,
      pick(
        'Recommended Steps',
        '**Recommended Steps**',
        'Recommended documents',
        '**Recommended Documents**',
        'Recommended Steps:',
      ),
    ),
  )
  .map(([hashes, space, text]) => (hashes === '##**' ? `##**${text}**` : `${hashes}${space}${text}`));
const list = fc
  .array(
    fc.tuple(pick('1. ', '2. ', '* ', '- ', '   * ', '      * ', '1.'), line).map(([marker, text]) => marker + text),
    { minLength: 1, maxLength: 4 },
  )
  .map((items) => items.join('\n'));
const fence = fc
  .tuple(pick('```', '```powershell', '~~~', '```json', '````'), line, pick(true, false))
  .map(([open, text, closed]) => `${open}\n${text}\n${closed ? open.replace(/[a-z]+$/, '') : ''}`);
const issueDescription = fc
  .tuple(line, pick(true, false), pick('issueDescription', 'issuedescription', 'recommendedActions'))
  .map(([text, closed, name]) => `<!--${name}-->\n${text}\n${closed ? `<!--/${name}-->` : ''}`);
const html = pick(
  '<div>block</div>',
  '<table><tr><td>x</td></tr></table>',
  '<script>alert(1)</script>',
  '<details><summary>s</summary>x</details>',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '> [!NOTE]\n> x',
  '[!INCLUDE [x](y.md)]',
);
/** Solutions 2.0 components, closed or not, their fields holding any line (markup, script addresses, tokens). */
const component = fc
  .tuple(
    pick('insight', 'Insight', 'metric', 'video', 'videoGroup', 'azureKB'),
    pick('symptomId', 'executionText', 'src', 'title', 'name', 'video'),
    fc.oneof(line, pick('javascript:alert(1)', 'https://www.youtube.com/watch?v=x', '<script>x</script>')),
    pick(true, false),
    pick('', '    '),
  )
  .map(
    ([name, field, text, closed, indent]) =>
      `${indent}<${name}>\n${indent}<${field}>${text}</${field}>\n${closed ? `${indent}</${name}>` : ''}`,
  );
const section = line.map((text) => `:::Section ${text}:::`);
const hostileLine = fc.constantFrom(...HOSTILE_BODY.split('\n').filter(Boolean));
const block = fc.oneof(
  { weight: 3, arbitrary: line },
  heading,
  list,
  fence,
  issueDescription,
  html,
  component,
  section,
  hostileLine,
);

export const body = fc
  .tuple(fc.array(block, { maxLength: 12 }), pick('\n\n', '\n'))
  .map(([blocks, separator]) => blocks.join(separator));

const formElement = fc.record(
  {
    id: pick('problem_description', 'vm_os', 'a', ''),
    order: pick<number | string>(1000, 1, '2', -1),
    controlType: pick('multilinetextbox', 'textbox', 'dropdown', 'Tab name', 'datetimepicker'),
    displayLabel: words,
    required: pick<boolean | string>(true, false, 'true'),
    visibility: pick(undefined, 'vm_os == windows', 'a == b && c != d', '((('),
  },
  { requiredKeys: ['id'] },
);
const json = fc.oneof(
  fc
    .array(formElement, { maxLength: 4 })
    .map((elements) => JSON.stringify({ $schema: 'SelfHelpContent', title: 'x', formElements: elements }, null, 2)),
  pick('{', '{"a":', '[1,2,]', '{"formElements": [{"id": "a",}]}', '', 'not json'),
);
const jsonSection = fc
  .tuple(json, pick(true, false))
  .map(([text, closed]) => `\n---\n${text}\n${closed ? '---\n' : ''}`);

/** A whole article built from the grammar, with its line endings chosen. */
export const article = fc
  .tuple(
    pick('', '\ufeff', '<!-- note -->\n', 'public, Fairfax\n'),
    propertiesBlock,
    pick('\n\n', '\n', ''),
    heading,
    body,
    fc.option(jsonSection, { nil: '' }),
    pick('\n', '\r\n'),
  )
  .map(([before, properties, gap, title, text, jsonPart, eol]) => {
    const whole = `${before}${properties}${gap}${title}\n\n${text}\n${jsonPart}`;
    return eol === '\n' ? whole : whole.replace(/\n/g, '\r\n');
  });

/** A real article changed the ways files break. */
export function mutated(originals: readonly string[]): fc.Arbitrary<string> {
  const original = fc.constantFrom(...originals);
  return fc
    .tuple(
      original,
      fc.array(
        fc.tuple(pick('truncate', 'flip', 'duplicate', 'delete', 'splice', 'indent'), fc.nat(), fc.nat(), hostileLine),
        { minLength: 1, maxLength: 4 },
      ),
    )
    .map(([text, mutations]) => {
      for (const [kind, at, other, fragment] of mutations) {
        const lines = text.split('\n');
        const i = at % Math.max(1, lines.length);
        if (kind === 'truncate') text = text.slice(0, at % (text.length + 1));
        else if (kind === 'flip')
          text =
            text.slice(0, at % (text.length + 1)) +
            String.fromCharCode(other % 0x10000) +
            text.slice((at % (text.length + 1)) + 1);
        else if (kind === 'duplicate') text = [...lines.slice(0, i + 1), lines[i], ...lines.slice(i + 1)].join('\n');
        else if (kind === 'delete') text = [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
        else if (kind === 'splice') text = [...lines.slice(0, i), fragment, ...lines.slice(i)].join('\n');
        else text = lines.map((l) => '    ' + l).join('\n');
      }
      return text;
    });
}
