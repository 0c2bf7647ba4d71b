import { mayRepeatAWord, visibleWords, visibleWordsFound } from '../../parse/visible-text';
import type { Rule } from '../rule';

/** Doubled in good English ("that that is", "had had"). */
const MAY_REPEAT = new Set(['that', 'had']);

export const repeatedWord: Rule = {
  id: 'SH602',
  slug: 'repeated-word',
  description: 'A word customers read is written twice in a row ("the the").',
  severity: 'warning',
  messages: {
    twice: '"{{text}}" is written twice.',
  },
  fixable: false,
  suggests: true,
  docs: {
    bad: 'Restart the the virtual machine.',
    good: 'Restart the virtual machine.',
    notes:
      'Only words separated by spaces (or one line break) count; "that that" and "had had" are left alone. The quick fix removes the second word.',
  },
  check(article, report) {
    // Without a speller (the check of a fix's result) nothing has found the words yet: most texts repeat none.
    if (!visibleWordsFound(article) && !mayRepeatAWord(article)) return;
    const words = visibleWords(article);
    for (let i = 1; i < words.count; i++) {
      if (!words.followsDirectly(i) || !words.same(i - 1, i)) continue;
      const text = words.text(i);
      if (MAY_REPEAT.has(text.toLowerCase())) continue;
      const span = { start: words.start(i), end: words.end(i) };
      report({
        messageId: 'twice',
        data: { text },
        span,
        suggestions: [
          { title: `Remove the second "${text}"`, edits: [{ start: words.end(i - 1), end: span.end, text: '' }] },
        ],
      });
    }
  },
};
