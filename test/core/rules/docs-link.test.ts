import { docsLink } from '../../../src/core/lint/rules/docs-link';
import { article, withBody } from '../../helpers/article';
import { ruleTester, spanOf } from '../../helpers/rule-tester';

const linked = withBody('https://learn.microsoft.com/azure', 'https://docs.microsoft.com/en-us/azure');
const bare = withBody('2. Open', '2. Read https://www.docs.microsoft.com/azure/vm then open');

ruleTester(docsLink, {
  valid: [
    { name: 'learn.microsoft.com', text: article() },
    {
      name: 'a host that only ends the same way',
      text: withBody('https://learn.microsoft.com/azure', 'https://mydocs.microsoft.com.example/azure'),
    },
  ],
  invalid: [
    {
      name: 'a link target, its locale left to link-locale',
      text: linked,
      errors: [
        {
          message: '"docs.microsoft.com" is retired: link to the same path on learn.microsoft.com.',
          ...spanOf(linked, 'docs.microsoft.com'),
        },
      ],
      output: linked.replace('docs.microsoft.com', 'learn.microsoft.com'),
    },
    {
      name: 'a bare URL in a step, with www.',
      text: bare,
      errors: [
        {
          message: '"www.docs.microsoft.com" is retired: link to the same path on learn.microsoft.com.',
          ...spanOf(bare, 'www.docs.microsoft.com'),
        },
      ],
      output: bare.replace('www.docs.microsoft.com', 'learn.microsoft.com'),
    },
  ],
});
