import { selfHelpType } from '../../../src/core/lint/rules/self-help-type';
import { article } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** selfHelpType missing */
const selfHelpTypeMissing = article({ selfHelpType: undefined });

ruleTester(selfHelpType, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'unknown type',
      text: article({ selfHelpType: 'faq' }),
      errors: [
        {
          message:
            'Unknown selfHelpType "faq"; expected one of generic, resource, diagnostics, rca, servicehealthinsights, TSG_Content, TSG_Description, TSG_Questions, problemScopingQuestions, supportTopicDescription, advisorRecommendationMetadata, diagnoseandsolve, apollo, tools, PartnerCenterQuickStart.',
          line: 12,
          column: 16,
          endLine: 12,
          endColumn: 19,
        },
      ],
    },
    {
      name: 'selfHelpType missing',
      text: selfHelpTypeMissing,
      errors: [
        {
          message:
            'Missing required attribute "selfHelpType"; add the article\'s type (diagnostics, generic, TSG_Content, resource …).',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 12,
        },
      ],
      suggestions: [
        {
          title: 'Add selfHelpType=""',
          output: replaced(selfHelpTypeMissing, '\n/', '\n\tselfHelpType=""\n/'),
        },
      ],
    },
    {
      name: 'empty: an empty value',
      text: article({ selfHelpType: '' }),
      errors: [
        {
          message:
            '"selfHelpType" is empty; expected one of generic, resource, diagnostics, rca, servicehealthinsights, TSG_Content, TSG_Description, TSG_Questions, problemScopingQuestions, supportTopicDescription, advisorRecommendationMetadata, diagnoseandsolve, apollo, tools, PartnerCenterQuickStart.',
          line: 12,
          column: 2,
          endLine: 12,
          endColumn: 14,
        },
      ],
    },
  ],
});
