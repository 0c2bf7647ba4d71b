import type { Rule } from '../rule';
import { blockOpenSpan } from '../rule-helpers';
import { headingWithoutSpace, recommendedSection } from '../../parse/headings';
import { commonBodyIndent } from '../../parse/indentation';

export const h1Missing: Rule = {
  id: 'SH201',
  slug: 'h1-missing',
  description: 'The body starts with an H1 (`# Title`); every article needs one.',
  severity: 'error',
  messages: {
    titleIsH2: 'The article has no H1 heading: its title "{{written}}" is written as an H2. Make it "# {{title}}".',
    noH1: 'The article has no H1 heading ("# Title") after the properties block; add the title as the first line of the body.',
  },
  fixable: true,
  docs: { bad: '<properties … />\n\nRestart the VM.', good: '<properties … />\n\n# Restart the VM\n\nRestart the VM.' },
  check(article, report) {
    if (!article.block || article.type?.name === 'PartnerCenterQuickStart') return;
    if (article.body.headings.some((h) => h.level === 1)) return;
    // `#Title` is reported by heading-space, with its fix.
    if (headingWithoutSpace(article).some((h) => h.hashes === 1)) return;
    // An indented body hides its H1 in a code block: indented-article names that cause.
    if (commonBodyIndent(article)) return;
    // Most often the title was written as an H2: the first thing in the body, and not one of the Recommended sections.
    const first = article.body.headings[0];
    const firstText = first && article.text.slice(article.body.start, first.start).trim() === '';
    if (first && firstText && first.level === 2 && !first.setext && !recommendedSection(first.text)) {
      const marker = article.text.indexOf('##', first.start);
      report({
        messageId: 'titleIsH2',
        data: { written: first.raw.trim(), title: first.text },
        span: { start: first.start, end: first.end },
        // With an H3 next, the H1 would skip a level (heading-order): every heading moves up, a choice for the author.
        fix:
          marker >= 0 && marker < first.content.start && article.body.headings[1]?.level !== 3
            ? { title: 'Make the title an H1', edits: [{ start: marker, end: marker + 2, text: '#' }] }
            : undefined,
      });
      return;
    }
    report({
      messageId: 'noH1',
      span: article.block.close ?? blockOpenSpan(article),
    });
  },
};
