import { reviewLink } from '../../../src/core/lint/rules/review-link';
import { article, withBody } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(reviewLink, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'review link',
      text: withBody('https://learn.microsoft.com', 'https://review.docs.microsoft.com'),
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
