import { controlType } from '../../../src/core/lint/rules/control-type';
import { article } from '../../helpers/article';
import { faultCase, ruleTester } from '../../helpers/rule-tester';

ruleTester(controlType, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      ...faultCase('SH402', 'unknown controlType'),
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
