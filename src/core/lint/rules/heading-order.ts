import type { Rule } from '../rule';

export const headingOrder: Rule = {
  id: 'SH220',
  slug: 'heading-order',
  description:
    'Headings go down one level at a time (an H2 is followed by an H3, not an H4): screen readers navigate by them.',
  severity: 'warning',
  messages: {
    skipsLevel: 'An H{{level}} after an H{{previous}} skips a level: make it an H{{expected}}.',
  },
  fixable: false,
  suggests: true,
  docs: {
    bad: '## **Recommended Steps**\n\n#### Restart the VM',
    good: '## **Recommended Steps**\n\n### Restart the VM',
    notes:
      "A level skipped breaks the outline that screen readers and the portal's page read (WCAG 1.3.1). " +
      'The suggestion writes the next level down; going back up any number of levels is fine.',
  },
  check(article, report) {
    if (article.type?.body === 'json') return;
    const { text } = article;
    let previous: number | undefined;
    for (const heading of article.body.headings) {
      const level = heading.level;
      if (previous !== undefined && level > previous + 1) {
        const expected = previous + 1;
        const hashes = heading.setext ? undefined : /^[ \t]*(#+)/.exec(text.slice(heading.start, heading.end));
        const hashStart = hashes ? heading.start + hashes[0].length - hashes[1].length : heading.start;
        report({
          messageId: 'skipsLevel',
          data: { level, previous, expected },
          span: heading.content,
          suggestions: hashes
            ? [
                {
                  title: `Make it an H${expected}`,
                  edits: [{ start: hashStart, end: hashStart + hashes[1].length, text: '#'.repeat(expected) }],
                },
              ]
            : undefined,
        });
      }
      previous = level;
    }
  },
};
