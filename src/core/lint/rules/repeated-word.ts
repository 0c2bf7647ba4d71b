import { visibleWords } from '../../parse/visible-text';
import type { Rule } from '../rule';

/** Doubled in good English ("that that is", "had had"). */
const MAY_REPEAT = new Set(['that', 'had']);

export const repeatedWord: Rule = {
  id: 'SH602',
  slug: 'repeated-word',
  description: 'A word customers read is written twice in a row ("the the").',
  severity: 'warning',
  fixable: false,
  suggests: true,
  docs: {
    bad: 'Restart the the virtual machine.',
    good: 'Restart the virtual machine.',
    notes: 'Only words separated by spaces (or one line break) count; "that that" and "had had" are left alone. The quick fix removes the second word.',
  },
  check(article, report) {
    const words = visibleWords(article);
    for (let i = 1; i < words.length; i++) {
      const word = words[i];
      if (!word.followsDirectly) continue;
      const lower = word.text.toLowerCase();
      if (lower !== words[i - 1].text.toLowerCase() || MAY_REPEAT.has(lower)) continue;
      const previous = words[i - 1];
      report({
        message: `"${word.text}" is written twice.`,
        span: word,
        suggestions: [{ title: `Remove the second "${word.text}"`, edits: [{ start: previous.end, end: word.end, text: '' }] }],
      });
    }
  },
};
