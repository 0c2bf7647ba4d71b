import type { Rule } from '../rule';
import { blockOpenSpan } from './helpers';
import { headingWithoutSpace } from './heading-space';

export const h1Missing: Rule = {
  id: 'SH201',
  slug: 'h1-missing',
  description: 'The body starts with an H1 (`# Title`); every article needs one.',
  severity: 'error',
  fixable: false,
  docs: { bad: '<properties … />\n\nRestart the VM.', good: '<properties … />\n\n# Restart the VM\n\nRestart the VM.' },
  check(article, report) {
    if (!article.block || article.type?.name === 'PartnerCenterQuickStart') return;
    if (article.body.headings.some((h) => h.level === 1)) return;
    // `#Title` is reported by heading-space, with its fix.
    if (headingWithoutSpace(article).some((h) => h.hashes === 1)) return;
    report({ message: 'The article has no H1 heading ("# Title") after the properties block.', span: article.block.close ?? blockOpenSpan(article) });
  },
};
