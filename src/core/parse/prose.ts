import type { Article } from './article';

/** Matches of a global pattern in the body, outside code and the JSON section. */
export function* proseMatches(article: Article, pattern: RegExp): Generator<RegExpExecArray> {
  const { text, lines, body, json } = article;
  // The pattern runs over the text before the JSON section only (its lines are masked anyway: a section can be most
  // of an article). The patterns stop at a line's end, and the section starts on a line of its own.
  const prose = json ? text.slice(0, json.open.start) : text;
  pattern.lastIndex = body.start;
  for (let match = pattern.exec(prose); match; match = pattern.exec(prose)) {
    if (match[0] === '') pattern.lastIndex++;
    if (!body.maskedLines[lines.positionAt(match.index).line]) yield match;
  }
}
