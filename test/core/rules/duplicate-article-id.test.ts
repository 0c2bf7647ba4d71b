import { duplicateArticleId } from '../../../src/core/lint/rules/duplicate-article-id';
import { article } from '../../helpers/article';
import { projectRuleTester } from '../../helpers/rule-tester';

const at = (path: string, articleId: string) => ({ path, text: article({ articleId }) });

projectRuleTester(duplicateArticleId, {
  valid: [
    { name: 'ids of their own', articles: [at('articles/a/first.md', 'one'), at('articles/b/second.md', 'two')] },
  ],
  invalid: [
    {
      name: 'the same id in another case, both sides reported, each pointing to the other',
      articles: [at('articles/a/first.md', 'Shared-1'), at('articles/b/second.md', 'shared-1')],
      errors: [
        {
          path: 'articles/a/first.md',
          message: 'articleId "Shared-1" is also used by articles/b/second.md.',
          line: 10,
          column: 13,
          endLine: 10,
          endColumn: 21,
          related: ['articles/b/second.md:10:13 The same articleId'],
        },
        {
          path: 'articles/b/second.md',
          message: 'articleId "shared-1" is also used by articles/a/first.md.',
          line: 10,
          column: 13,
          endLine: 10,
          endColumn: 21,
          related: ['articles/a/first.md:10:13 The same articleId'],
        },
      ],
    },
  ],
});
