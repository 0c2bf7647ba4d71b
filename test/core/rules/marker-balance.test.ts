import { markerBalance } from '../../../src/core/lint/rules/marker-balance';
import { article, withBody } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(markerBalance, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'RCA marker not closed',
      text: withBody(
        '## **Recommended Documents**',
        '<!--recommendedActions-->\nRestart.\n\n## **Recommended Documents**',
      ),
      errors: [
        { message: '<!--recommendedActions--> is never closed.', line: 31, column: 1, endLine: 31, endColumn: 26 },
      ],
    },
    {
      name: 'noOpening: a closing marker without its opening',
      text: article({ selfHelpType: 'rca' }, '# Outage\n\nThe service was down.\n<!--/rcaDescription-->\n'),
      errors: [
        { message: '<!--/rcaDescription--> has no opening marker.', line: 23, column: 1, endLine: 23, endColumn: 23 },
      ],
    },
  ],
});
