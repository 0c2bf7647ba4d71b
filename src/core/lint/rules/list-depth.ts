import type { Rule } from '../rule';

const MAX_DEPTH = 2;

export const listDepth: Rule = {
  id: 'SH214',
  slug: 'list-depth',
  description: 'Lists have at most two levels.',
  severity: 'warning',
  messages: {
    tooDeep: 'A list nested {{depth}} levels deep; the portal shows two.',
  },
  fixable: false,
  marksPreview: true,
  docs: { bad: '* Disk\n\t* Data disk\n\t\t* LUN 0', good: '* Disk\n\t* Data disk, LUN 0' },
  check(article, report) {
    let depth = 0;
    for (const token of article.body.tokens) {
      if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
        depth++;
        if (depth === MAX_DEPTH + 1 && token.map) {
          const line = article.body.startLine + token.map[0];
          report({
            messageId: 'tooDeep',
            data: { depth },
            span: { start: article.lines.offsetAt(line), end: article.lines.lineEnd(line) },
          });
        }
      } else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') {
        depth--;
      }
    }
  },
};
