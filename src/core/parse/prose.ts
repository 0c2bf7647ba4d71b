import type { Article } from './article';

/** Matches of a global pattern in the body, outside code and the JSON section. */
export function* proseMatches(article: Article, pattern: RegExp): Generator<RegExpExecArray> {
  const { text, lines, body } = article;
  pattern.lastIndex = body.start;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex++;
    if (!body.maskedLines[lines.positionAt(match.index).line]) yield match;
  }
}
