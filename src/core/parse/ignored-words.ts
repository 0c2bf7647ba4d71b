/**
 * Words an article accepts for itself: `<!-- selfhelp-words word … -->`, and cSpell's `cspell:ignore` and
 * `cspell:words`.
 */
import type { Article } from './article';
import { htmlComments } from '../text/html-comments';
import { memoized } from '../text/memo';

const DIRECTIVE = /^\s*(?:selfhelp-words|cspell:\s*(?:ignore|words))\b:?([^]*)$/i;
export const wordsIgnoredIn = memoized((article: Article): ReadonlySet<string> => {
  const found = new Set<string>();
  // Anywhere in the file: the quick fix writes it first, where `selfhelp-disable` comments go too.
  for (const comment of htmlComments(article.text)) {
    const match =
      comment.innerEnd - comment.innerStart < 5000
        ? DIRECTIVE.exec(article.text.slice(comment.innerStart, comment.innerEnd))
        : null;
    if (match) for (const word of match[1].split(/[\s,]+/)) if (word) found.add(word.toLowerCase());
  }
  return found;
});

/** The comment that accepts a word in an article (what the quick fix writes). */
export function ignoreWordComment(word: string): string {
  return `<!-- selfhelp-words ${word} -->`;
}
