import { markerBalance } from '../../../src/core/lint/rules/marker-balance';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(markerBalance, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH212', 'RCA marker not closed'),
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
