import { reviewLink } from '../../../src/core/lint/rules/review-link';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(reviewLink, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH303', 'review link'),
      errors: [
        {
          message:
            'Internal review link (review.docs.microsoft.com): customers cannot open it; link to the published page.',
          line: 33,
          column: 43,
          endLine: 33,
          endColumn: 126,
        },
      ],
    },
  ],
});
