import { jsonKeys } from '../../../src/core/lint/rules/json-keys';
import { article, formArticle, PROBLEM_DESCRIPTION } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** lower-case key */
const lowerCaseKey = formArticle(PROBLEM_DESCRIPTION.replace('"controlType"', '"controltype"'));

ruleTester(jsonKeys, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'lower-case key',
      text: lowerCaseKey,
      errors: [
        {
          message: 'Write the key "controlType" instead of "controltype".',
          line: 31,
          column: 7,
          endLine: 31,
          endColumn: 20,
        },
      ],
      output: replaced(lowerCaseKey, 'lty', 'lTy'),
    },
    {
      name: 'misspelled: a misspelled key',
      text: article(
        {
          selfHelpType: 'problemScopingQuestions',
          schemaVersion: '1',
          infoBubbleText: undefined,
          diagnosticScenario: undefined,
        },
        '# Questions\n---\n{\n  "$schema": "SelfHelpContent",\n  "formElements": [\n    { "id": "d", "order": 1, "controlType": "textbox", "displayLabel": "D", "watermarkTest": "Type here" }\n  ]\n}\n---\n',
      ),
      errors: [
        {
          message: '"watermarkTest" is a misspelling of "watermarkText"; the consumer ignores it.',
          line: 24,
          column: 77,
          endLine: 24,
          endColumn: 92,
        },
      ],
      output: replaced(
        article(
          {
            selfHelpType: 'problemScopingQuestions',
            schemaVersion: '1',
            infoBubbleText: undefined,
            diagnosticScenario: undefined,
          },
          '# Questions\n---\n{\n  "$schema": "SelfHelpContent",\n  "formElements": [\n    { "id": "d", "order": 1, "controlType": "textbox", "displayLabel": "D", "watermarkTest": "Type here" }\n  ]\n}\n---\n',
        ),
        '"watermarkTest"',
        '"watermarkText"',
      ),
    },
  ],
});
