/** Small helpers that several rules share. */
import type { Article } from '../parse/article';
import type { Attribute } from '../parse/properties';
import type { Span } from '../text/span';
import { attributeInfo } from '../format/schema';
import { proseMatches } from '../parse/prose';
import type { Fix, Report } from './rule';

/** The value's span, or the name's when the value is empty (so the squiggle has width). */
export function valueOrNameSpan(attribute: Attribute): Span {
  return attribute.valueEnd > attribute.valueStart
    ? { start: attribute.valueStart, end: attribute.valueEnd }
    : { start: attribute.nameStart, end: attribute.nameEnd };
}

/**
 * An attribute's name as messages write it: the templates' spelling for a known one, so a message stays the same
 * when attribute-case's fix renames it.
 */
export function shownName(attribute: Attribute): string {
  return attributeInfo(attribute.name)?.name ?? attribute.name;
}

export function nameSpan(attribute: Attribute): Span {
  return { start: attribute.nameStart, end: attribute.nameEnd };
}

/** The `<properties` opening, where findings about the block as a whole point. */
export function blockOpenSpan(article: Article): Span {
  return article.block ? article.block.open : { start: 0, end: 0 };
}

/**
 * Inserts `name=""` as the block's last attribute, matching the layout of the lines above. A suggestion, not a fix:
 * the author still has to write the value (an empty one is a finding of its own).
 */
export function insertAttributeSuggestion(article: Article, name: string): Fix[] {
  const block = article.block;
  if (!block?.close) return [];
  const { text, lines } = article;
  const closeLine = lines.positionAt(block.close.start).line;
  const closeLineStart = lines.offsetAt(closeLine);
  const aloneOnLine = text.slice(closeLineStart, block.close.start).trim() === '';
  if (aloneOnLine) {
    const last = block.attributes[block.attributes.length - 1];
    const indent = last ? /^[ \t]*/.exec(lines.lineText(lines.positionAt(last.start).line))![0] : '\t';
    return [
      {
        title: `Add ${name}=""`,
        edits: [{ start: closeLineStart, end: closeLineStart, text: `${indent}${name}=""${eol(article)}` }],
      },
    ];
  }
  return [
    { title: `Add ${name}=""`, edits: [{ start: block.close.start, end: block.close.start, text: `${name}="" ` }] },
  ];
}

/** The file's line ending, for inserted lines. */
export function eol(article: Article): string {
  return article.text.includes('\r\n') ? '\r\n' : '\n';
}

/** Reports each prose match of a pattern, from the match to the end of its line. */
export function reportProseMatches(
  article: Article,
  pattern: RegExp,
  messageId: string,
  report: (finding: Report) => void,
): void {
  for (const match of proseMatches(article, pattern)) {
    const line = article.lines.positionAt(match.index).line;
    report({ messageId, span: { start: match.index, end: article.lines.lineEnd(line) } });
  }
}

export function isJsonType(article: Article): boolean {
  return article.type?.body === 'json';
}

/** The article is published only in Mooncake (China), where `/en-us/`-style links are expected. */
export function isMooncakeOnly(article: Article): boolean {
  const clouds = article.attributes.get('cloudenvironments')?.value;
  return clouds !== undefined && /^[\s,]*(mooncake[\s,]*)+$/i.test(clouds);
}
