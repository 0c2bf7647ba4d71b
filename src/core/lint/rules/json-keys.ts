import type { Rule } from '../rule';
import { objects, pathTo, spanAt } from '../../parse/json-views';

/** Keys of the JSON payloads in their canonical camelCase (FORMAT §4). */
const KNOWN_KEYS = [
  'resourceRequired',
  'subscriptionRequired',
  'title',
  'fileAttachmentHint',
  'formElements',
  'diagnosticCard',
  'insightNotAvailableText',
  'quotaRequestVersion',
  'id',
  'order',
  'controlType',
  'displayLabel',
  'required',
  'watermarkText',
  'infoBalloonText',
  'dropdownOptions',
  'radioButtonOptions',
  'dynamicDropdownOptions',
  'useAsAdditionalDetails',
  'visibility',
  'hints',
  'content',
  'maxLength',
  'numberOfLines',
  'diagnosticInputRequiredClients',
  'validations',
  'value',
  'text',
  'type',
  'uri',
  'jTokenPath',
  'textProperty',
  'valueProperty',
  'textPropertyRegex',
  'valuePropertyRegex',
  'textTemplate',
  'dependsOn',
  'defaultDropdownOptions',
  'shortDescription',
  'longDescription',
  'supportTopics',
  'searchTags',
  'category',
  'useInDiagnoseAndSolve',
  'description',
];
/** By the key in lower case, and by the key as it should be written (most keys are: one lookup settles them). */
const canonical = new Map<string, string>([
  ...KNOWN_KEYS.map((k) => [k.toLowerCase(), k] as const),
  ...KNOWN_KEYS.map((k) => [k, k] as const),
]);
const MISSPELLED: Record<string, string> = {
  infoballontext: 'infoBalloonText',
  watermarktest: 'watermarkText',
  fieattachmenthint: 'fileAttachmentHint',
};

export const jsonKeys: Rule = {
  id: 'SH403',
  slug: 'json-keys',
  description:
    'JSON keys are written in camelCase (`controlType`), and misspelled keys (`infoBallonText`) are silently ignored.',
  severity: 'warning',
  messages: {
    misspelled: '"{{key}}" is a misspelling of "{{expected}}"; the consumer ignores it.',
    wrongCase: 'Write the key "{{expected}}" instead of "{{key}}".',
  },
  fixable: true,
  fixRevealsText: true,
  docs: {
    bad: '"controltype": "dropdown",\n"infoBallonText": "Pick one"',
    good: '"controlType": "dropdown",\n"infoBalloonText": "Pick one"',
  },
  check(article, report) {
    for (const at of objects(article.json?.value)) {
      for (const key in at.object) {
        if (canonical.get(key) === key) continue;
        const misspelled = MISSPELLED[key.toLowerCase()];
        const expected = misspelled ?? canonical.get(key.toLowerCase());
        if (!expected || expected === key) continue;
        const span = spanAt(article, [...pathTo(at), key], 'key');
        report({
          messageId: misspelled ? 'misspelled' : 'wrongCase',
          data: { key, expected },
          span,
          fix: { title: `Rename to ${expected}`, edits: [{ ...span, text: JSON.stringify(expected) }] },
        });
      }
    }
  },
};
