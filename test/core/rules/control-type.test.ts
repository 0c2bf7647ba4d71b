import { controlType } from '../../../src/core/lint/rules/control-type';
import { article, formArticle, PROBLEM_DESCRIPTION } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(controlType, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'unknown controlType',
      text: formArticle(PROBLEM_DESCRIPTION.replace('multilinetextbox', 'Tab name')),
      errors: [
        {
          message:
            'Unknown controlType "Tab name"; expected one of dropdown, multilinetextbox, textbox, datetimepicker, multiselectdropdown, infoblock, radiobuttongroup, numerictextbox, textblock.',
          line: 31,
          column: 22,
          endLine: 31,
          endColumn: 32,
        },
      ],
    },
  ],
});
