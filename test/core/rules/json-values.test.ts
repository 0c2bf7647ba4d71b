import { jsonValues } from '../../../src/core/lint/rules/json-values';
import { article, formArticle, jsonArticle, PROBLEM_DESCRIPTION } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(jsonValues, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'order written as a string',
      text: formArticle(PROBLEM_DESCRIPTION.replace('"order": 1000', '"order": "last"')),
      errors: [
        {
          message: '"formElements[0].order" should be a whole number, not "last".',
          line: 30,
          column: 16,
          endLine: 30,
          endColumn: 22,
        },
      ],
    },
    {
      name: 'an impact outside the enum',
      text: jsonArticle(
        '{\n  "$schema": "AdvisorRecommendation",\n  "recommendationTypeId": "5e4f2f0b-0000-4000-8000-000000000001",\n  "recommendationImpact": "Severe"\n}',
        { selfHelpType: 'advisorRecommendationMetadata' },
      ),
      errors: [
        {
          message: '"recommendationImpact" is "Severe"; expected one of "High", "Medium", "Low".',
          line: 24,
          column: 27,
          endLine: 24,
          endColumn: 35,
        },
      ],
    },
    {
      name: 'lacksKey: a required key missing',
      text: article(
        {
          selfHelpType: 'problemScopingQuestions',
          schemaVersion: '1',
          infoBubbleText: undefined,
          diagnosticScenario: undefined,
        },
        '# Questions\n---\n{\n  "$schema": "SelfHelpContent",\n  "formElements": [\n    { "id": "os", "order": 1, "displayLabel": "OS" }\n  ]\n}\n---\n',
      ),
      errors: [{ message: '"formElements[0]" lacks "controlType".', line: 24, column: 5, endLine: 24, endColumn: 6 }],
    },
  ],
});
