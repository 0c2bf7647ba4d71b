/**
 * Words an article accepts for itself: `<!-- selfhelp-words word … -->`, and cSpell's `cspell:ignore` and
 * `cspell:words`.
 */
import type { Article } from './article';
import { htmlComments } from '../text/html-comments';

const DIRECTIVE = /^\s*(?:selfhelp-words|cspell:\s*(?:ignore|words))\b:?([^]*)$/i;
const cache = new WeakMap<Article, ReadonlySet<string>>();

export function wordsIgnoredIn(article: Article): ReadonlySet<string> {
  let words = cache.get(article);
  if (!words) {
    const found = new Set<string>();
    // Anywhere in the file: the quick fix writes it first, where `selfhelp-disable` comments go too.
    for (const comment of htmlComments(article.text)) {
      const match =
        comment.innerEnd - comment.innerStart < 5000
          ? DIRECTIVE.exec(article.text.slice(comment.innerStart, comment.innerEnd))
          : null;
      if (match) for (const word of match[1].split(/[\s,]+/)) if (word) found.add(word.toLowerCase());
    }
    words = found;
    cache.set(article, words);
  }
  return words;
}

/** The comment that accepts a word in an article (what the quick fix writes). */
export function ignoreWordComment(word: string): string {
  return `<!-- selfhelp-words ${word} -->`;
}
