import { controlOptions } from '../../../src/core/lint/rules/control-options';
import { article, formArticle, PROBLEM_DESCRIPTION } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** dropdown without options */
const dropdownWithoutOptions = formArticle(
  `    {\n      "id": "vm_os",\n      "order": 1,\n      "controlType": "dropdown",\n      "displayLabel": "Which OS?"\n    },\n${PROBLEM_DESCRIPTION}`,
);
/** radio buttons with an empty list of options */
const radioButtonsWithAnEmptyListOfOptions = formArticle(
  `    {\n      "id": "vm_os",\n      "order": 1,\n      "controlType": "RadioButtonGroup",\n      "radioButtonOptions": []\n    },\n${PROBLEM_DESCRIPTION}`,
);

ruleTester(controlOptions, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'dropdown without options',
      text: dropdownWithoutOptions,
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
            dropdownWithoutOptions,
            '      "id": "v',
            '      "dropdownOptions": [\n        { "value": "first_answer", "text": "First answer" },\n        { "value": "dont_know_answer", "text": "I do not know" }\n      ],\n      "id": "v',
          ),
        },
      ],
    },
    {
      name: 'radio buttons with an empty list of options',
      text: radioButtonsWithAnEmptyListOfOptions,
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
            radioButtonsWithAnEmptyListOfOptions,
            '      "id": "v',
            '      "radioButtonOptions": [\n        { "value": "yes", "text": "Yes" },\n        { "value": "no", "text": "No" }\n      ],\n      "id": "v',
          ),
        },
      ],
    },
  ],
});
