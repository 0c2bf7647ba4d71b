import { attributeCase } from '../../../src/core/lint/rules/attribute-case';
import { article } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** lower-case name */
const lowerCaseName = article().replace('articleId=', 'articleid=');

ruleTester(attributeCase, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'lower-case name',
      text: lowerCaseName,
      errors: [
        { message: 'Write "articleId" instead of "articleid".', line: 10, column: 2, endLine: 10, endColumn: 11 },
      ],
      output: replaced(lowerCaseName, 'eid', 'eId'),
    },
  ],
});
