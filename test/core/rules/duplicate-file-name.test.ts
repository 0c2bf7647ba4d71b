import { duplicateFileName } from '../../../src/core/lint/rules/duplicate-file-name';
import { article } from '../../helpers/article';
import { projectRuleTester } from '../../helpers/rule-tester';

const at = (path: string) => ({ path, text: article({ articleId: path }) });

projectRuleTester(duplicateFileName, {
  valid: [{ name: 'names of their own', articles: [at('articles/a/first.md'), at('articles/b/second.md')] }],
  invalid: [
    {
      name: 'one name in two folders',
      articles: [at('articles/a/first.md'), at('articles/b/first.md')],
      errors: [
        {
          path: 'articles/a/first.md',
          message: 'The file name is also used by articles/b/first.md.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 12,
          related: ['articles/b/first.md:1:1 The same file name'],
        },
        {
          path: 'articles/b/first.md',
          message: 'The file name is also used by articles/a/first.md.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 12,
          related: ['articles/a/first.md:1:1 The same file name'],
        },
      ],
    },
  ],
});
