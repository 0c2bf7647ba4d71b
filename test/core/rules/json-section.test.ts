import { jsonSection } from '../../../src/core/lint/rules/json-section';
import { article, formArticle, PROBLEM_DESCRIPTION } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** trailing comma in JSON */
const trailingCommaInJSON = formArticle(PROBLEM_DESCRIPTION + ',');

const QUESTIONS = article(
  {
    selfHelpType: 'problemScopingQuestions',
    schemaVersion: '1',
    infoBubbleText: undefined,
    diagnosticScenario: undefined,
  },
  '# Questions\n---\n{\n  "$schema": "SelfHelpContent",\n  "formElements": [\n' +
    '    { "id": "a", "order": 1, "controlType": "textbox", "required": true }\n  ]\n}\n---\n',
);

const at = (line: number, column: number, endColumn: number) => ({ line, column, endLine: line, endColumn });

ruleTester(jsonSection, {
  valid: [
    { name: 'the valid article of the tests', text: article() },
    { name: 'a form in strict JSON', text: QUESTIONS },
  ],
  invalid: [
    {
      name: 'no JSON section',
      text: article({ selfHelpType: 'problemScopingQuestions', schemaVersion: '1' }, '# Questions\n\nNo JSON here.\n'),
      errors: [
        {
          message: 'problemScopingQuestions articles need a JSON section between two "---" lines.',
          line: 19,
          column: 1,
          endLine: 19,
          endColumn: 3,
        },
      ],
    },
    {
      name: 'names without quotes: each its own finding, quoting each the fix (what follows them is readable)',
      text: QUESTIONS.replace('"order"', 'order').replace('"required"', 'required'),
      errors: [
        { message: 'Not strict JSON: the key order needs double quotes ("order").', ...at(24, 18, 23) },
        { message: 'Not strict JSON: the key required needs double quotes ("required").', ...at(24, 54, 62) },
      ],
      output: QUESTIONS,
    },
    {
      name: 'a name without quotes and a real fault after it: the fault is found past the name, in its place; no fix beside it',
      text: QUESTIONS.replace('"order"', 'order').replace('"required": true', '"required": tru'),
      errors: [
        { message: 'Not strict JSON: the key order needs double quotes ("order").', ...at(24, 18, 23) },
        { message: 'Not strict JSON: invalid symbol here (what follows is not read).', ...at(24, 66, 69) },
      ],
    },
    {
      name: 'trailing comma in JSON',
      text: trailingCommaInJSON,
      errors: [{ message: 'Not strict JSON: a trailing comma.', line: 35, column: 6, endLine: 35, endColumn: 7 }],
      output: replaced(trailingCommaInJSON, '},\n', '}\n'),
    },
    {
      name: 'notClosed: a section never closed',
      text: article(
        {
          selfHelpType: 'problemScopingQuestions',
          schemaVersion: '1',
          infoBubbleText: undefined,
          diagnosticScenario: undefined,
        },
        '# Questions\n---\n{\n  "$schema": "SelfHelpContent",\n  "formElements": []\n}\n',
      ),
      errors: [
        {
          message: 'The JSON section is not closed by a "---" line; add one after the JSON.',
          line: 20,
          column: 1,
          endLine: 20,
          endColumn: 4,
        },
      ],
    },
    {
      name: 'textAfter: text after the closing fence',
      text: article(
        {
          selfHelpType: 'problemScopingQuestions',
          schemaVersion: '1',
          infoBubbleText: undefined,
          diagnosticScenario: undefined,
        },
        '# Questions\n---\n{\n  "$schema": "SelfHelpContent",\n  "formElements": []\n}\n---\nMore text\n',
      ),
      errors: [
        {
          message: 'Nothing may follow the JSON section\'s closing "---"; move it above the JSON section or remove it.',
          line: 26,
          column: 1,
          endLine: 26,
          endColumn: 10,
        },
      ],
    },
  ],
});
