import { visibility } from '../../../src/core/lint/rules/visibility';
import { article, formArticle, PROBLEM_DESCRIPTION } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(visibility, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'visibility to a missing id',
      text: formArticle(
        PROBLEM_DESCRIPTION.replace('"required": true', '"required": true,\n      "visibility": "vm_os == windows"'),
      ),
      errors: [
        {
          message: 'visibility refers to "vm_os", which is no element of this form.',
          line: 34,
          column: 21,
          endLine: 34,
          endColumn: 39,
        },
      ],
    },
    {
      name: 'notOption: a value no option has',
      text: article(
        {
          selfHelpType: 'problemScopingQuestions',
          schemaVersion: '1',
          infoBubbleText: undefined,
          diagnosticScenario: undefined,
        },
        '# Questions\n---\n{\n  "$schema": "SelfHelpContent",\n  "formElements": [\n    { "id": "os", "order": 1, "controlType": "dropdown", "displayLabel": "OS", "dropdownOptions": [{ "value": "linux", "text": "Linux" }] },\n    { "id": "v", "order": 2, "controlType": "textbox", "displayLabel": "Version", "visibility": "os == windows" }\n  ]\n}\n---\n',
      ),
      errors: [
        { message: '"windows" is not an option value of "os".', line: 25, column: 97, endLine: 25, endColumn: 112 },
      ],
    },
  ],
});
