/** Which part of an article a place is in: each part has its own language (attributes, Markdown, JSON, clauses). */
import type { Article } from '../parse/article';

export type Region = 'properties' | 'body' | 'json';

/**
 * The part of the article an offset is in: inside the properties block (between `<properties` and `/>`), inside
 * the JSON section's content, or the body. A cursor on a fence line belongs to the body.
 */
export function regionAt(article: Article, offset: number): Region {
  const block = article.block;
  if (block && offset > block.open.end && (!block.close || offset <= block.close.start)) return 'properties';
  const json = article.json;
  if (json && json.content.start <= offset && offset <= json.content.end) return 'json';
  return 'body';
}
