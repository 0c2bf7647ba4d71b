import { spelling } from '../../../src/core/lint/rules/spelling';
import { article, withBody } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** a typo in infoBubbleText */
const aTypoInInfoBubbleText = article({ infoBubbleText: 'We found a maintanence event. See details on the right' });
/** a typo in the body */
const aTypoInTheBody = withBody('Restart the virtual machine', 'Restart the virtual machnie');

ruleTester(spelling, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'a typo in infoBubbleText',
      text: aTypoInInfoBubbleText,
      errors: [
        {
          message: 'Unknown word "maintanence": did you mean "maintenance"?',
          line: 4,
          column: 29,
          endLine: 4,
          endColumn: 40,
        },
      ],
      suggestions: [
        {
          title: 'Change to "maintenance"',
          output: replaced(aTypoInInfoBubbleText, 'ane', 'ena'),
        },
      ],
    },
    {
      name: 'a typo in the body',
      text: aTypoInTheBody,
      errors: [
        {
          message: 'Unknown word "machnie": did you mean "machine"?',
          line: 28,
          column: 24,
          endLine: 28,
          endColumn: 31,
        },
      ],
      suggestions: [{ title: 'Change to "machine"', output: replaced(aTypoInTheBody, 'ni', 'in') }],
    },
  ],
});
