import { controlOptions } from '../../../src/core/lint/rules/control-options';
import { article } from '../../helpers/article';
import { faultCase, replaced, ruleTester } from '../../helpers/rule-tester';

ruleTester(controlOptions, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH407', 'dropdown without options'),
      errors: [
        {
          message: 'A dropdown needs "dropdownOptions" or "dynamicDropdownOptions": the customer has nothing to pick.',
          line: 31,
          column: 22,
          endLine: 31,
          endColumn: 32,
        },
      ],
      suggestions: [
        {
          title: 'Add "dropdownOptions" to fill in',
          output: replaced(
            faultCase('SH407', 'dropdown without options').text,
            '      "id": "v',
            '      "dropdownOptions": [\n        { "value": "first_answer", "text": "First answer" },\n        { "value": "dont_know_answer", "text": "I do not know" }\n      ],\n      "id": "v',
          ),
        },
      ],
    },
    {
      ...faultCase('SH407', 'radio buttons with an empty list of options'),
      errors: [
        {
          message: 'A radiobuttongroup needs "radioButtonOptions": the customer has nothing to pick.',
          line: 31,
          column: 22,
          endLine: 31,
          endColumn: 40,
        },
      ],
      suggestions: [
        {
          title: 'Add "radioButtonOptions" to fill in',
          output: replaced(
            faultCase('SH407', 'radio buttons with an empty list of options').text,
            '      "id": "v',
            '      "radioButtonOptions": [\n        { "value": "yes", "text": "Yes" },\n        { "value": "no", "text": "No" }\n      ],\n      "id": "v',
          ),
        },
      ],
    },
  ],
});
