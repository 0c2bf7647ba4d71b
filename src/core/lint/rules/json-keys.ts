import type { Rule } from '../rule';
import { SCHEMA_KEYS } from '../../format/json-schemas';
import { objects, pathTo, spanAt } from '../../parse/json-views';

/** By the key in lower case, and by the key as it should be written (most keys are: one lookup settles them). */
const canonical = new Map<string, string>([
  ...SCHEMA_KEYS.map((k) => [k.toLowerCase(), k] as const),
  ...SCHEMA_KEYS.map((k) => [k, k] as const),
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
