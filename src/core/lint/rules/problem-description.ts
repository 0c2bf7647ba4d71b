import type { Rule } from '../rule';
import { formElements, property, valueOf, spanAt } from '../../parse/json-views';

export const problemDescription: Rule = {
  id: 'SH404',
  slug: 'problem-description',
  description:
    'The `problem_description` element carries `"useAsAdditionalDetails": true`, so its answer reaches the ticket.',
  severity: 'warning',
  messages: {
    additionalDetails: 'problem_description should set "useAsAdditionalDetails": true.',
  },
  fixable: false,
  docs: {
    bad: '{ "id": "problem_description", "controlType": "multilinetextbox" }',
    good: '{ "id": "problem_description", "controlType": "multilinetextbox", "useAsAdditionalDetails": true }',
  },
  check(article, report) {
    for (const { element, path } of formElements(article)) {
      const id = property(element, 'id');
      if (id?.[1] !== 'problem_description' || valueOf(element, 'useAsAdditionalDetails') === true) continue;
      report({
        messageId: 'additionalDetails',
        span: spanAt(article, [...path, id[0]]),
      });
    }
  },
};
