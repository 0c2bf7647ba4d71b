import type { Rule } from '../rule';
import { absolute, formElements, property } from './json-helpers';

export const CONTROL_TYPES = ['dropdown', 'multilinetextbox', 'textbox', 'datetimepicker', 'multiselectdropdown', 'infoblock', 'radiobuttongroup', 'numerictextbox', 'textblock'];

export const controlType: Rule = {
  id: 'SH402',
  slug: 'control-type',
  description: 'A form element\'s `controlType` is one of the known controls (dropdown, textbox, multilinetextbox, datetimepicker …).',
  severity: 'error',
  fixable: false,
  docs: { bad: '"controlType": "Tab name"', good: '"controlType": "textbox"' },
  check(article, report) {
    for (const element of formElements(article)) {
      const node = property(element, 'controlType');
      if (!node) continue;
      if (node.type === 'string' && CONTROL_TYPES.includes(String(node.value).toLowerCase())) continue;
      report({ message: `Unknown controlType ${JSON.stringify(node.value ?? null)}; expected one of ${CONTROL_TYPES.join(', ')}.`, span: absolute(article, node) });
    }
  },
};
