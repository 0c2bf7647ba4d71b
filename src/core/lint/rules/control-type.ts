import type { Rule } from '../rule';
import { formElements, property, spanAt } from '../../parse/json-views';

export const CONTROL_TYPES = [
  'dropdown',
  'multilinetextbox',
  'textbox',
  'datetimepicker',
  'multiselectdropdown',
  'infoblock',
  'radiobuttongroup',
  'numerictextbox',
  'textblock',
];

export const controlType: Rule = {
  id: 'SH402',
  slug: 'control-type',
  description:
    "A form element's `controlType` is one of the known controls (dropdown, textbox, multilinetextbox, datetimepicker …).",
  severity: 'error',
  messages: {
    unknown: 'Unknown controlType {{value}}; expected one of {{known}}.',
  },
  fixable: false,
  docs: { bad: '"controlType": "Tab name"', good: '"controlType": "textbox"' },
  check(article, report) {
    for (const { element, path } of formElements(article)) {
      const found = property(element, 'controlType');
      if (!found) continue;
      const [key, value] = found;
      if (typeof value === 'string' && CONTROL_TYPES.includes(value.toLowerCase())) continue;
      report({
        messageId: 'unknown',
        data: { value: JSON.stringify(value ?? null), known: CONTROL_TYPES.join(', ') },
        span: spanAt(article, [...path, key]),
      });
    }
  },
};
