import { duplicateDisplayOrder } from '../../../src/core/lint/rules/duplicate-display-order';
import { article } from '../../helpers/article';
import { projectRuleTester } from '../../helpers/rule-tester';

const at = (path: string, displayOrder: string, resource = 'virtualmachines') => ({
  path,
  text: article({ articleId: path, displayOrder, resource }),
});

projectRuleTester(duplicateDisplayOrder, {
  valid: [
    { name: 'orders of their own', articles: [at('articles/a/first.md', '1'), at('articles/b/second.md', '2')] },
    {
      name: 'the same order for another resource',
      articles: [at('articles/a/first.md', '1'), at('articles/b/second.md', '1', 'disks')],
    },
  ],
  invalid: [
    {
      name: 'the same order within a service and resource',
      articles: [at('articles/a/first.md', '3'), at('articles/b/second.md', '3')],
      errors: [
        {
          path: 'articles/a/first.md',
          message: 'displayOrder 3 in microsoft.compute/virtualmachines is also used by articles/b/second.md.',
          line: 9,
          column: 16,
          endLine: 9,
          endColumn: 17,
          related: ['articles/b/second.md:9:16 The same displayOrder'],
        },
        {
          path: 'articles/b/second.md',
          message: 'displayOrder 3 in microsoft.compute/virtualmachines is also used by articles/a/first.md.',
          line: 9,
          column: 16,
          endLine: 9,
          endColumn: 17,
          related: ['articles/a/first.md:9:16 The same displayOrder'],
        },
      ],
    },
  ],
});
