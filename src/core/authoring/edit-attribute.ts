/**
 * Setting one attribute of the properties block as an author would: just its value, keeping the block's quoting,
 * indentation and the name's casing; a missing attribute goes where the template puts it (the schema's order), on a
 * line of its own indented like its neighbours.
 */
import type { Article } from '../parse/article';
import type { TextEdit } from '../lint/rule';
import { ATTRIBUTES } from '../format/schema';

const ORDER = new Map(ATTRIBUTES.map((a, i) => [a.name.toLowerCase(), i]));

/** Escapes what a value cannot hold between its quotes. */
function quoted(value: string, quote: '"' | "'"): string {
  return value.replace(quote === '"' ? /"/g : /'/g, quote === '"' ? '&quot;' : '&#39;').replace(/[\r\n]+/g, ' ');
}

/** The edits that give the block's attribute this value; undefined when the article has no properties block. */
export function setAttribute(article: Article, name: string, value: string): TextEdit[] | undefined {
  const block = article.block;
  if (!block) return undefined;
  const key = name.toLowerCase();
  const existing = article.attributes.get(key);
  if (existing) {
    if (existing.quote)
      return [{ start: existing.valueStart, end: existing.valueEnd, text: quoted(value, existing.quote) }];
    // An unquoted or missing value: everything after the name becomes `="value"`.
    return [{ start: existing.nameEnd, end: existing.end, text: `="${quoted(value, '"')}"` }];
  }
  const rank = ORDER.get(key) ?? ORDER.size;
  const attributes = block.attributes;
  // After the last attribute that the template puts before this one; else before the first.
  const before = [...attributes].reverse().find((a) => (ORDER.get(a.key) ?? ORDER.size) <= rank);
  const anchor = before ?? attributes[0];
  const text = article.text;
  if (!anchor) {
    const at = block.close ? block.close.start : block.end;
    return [{ start: at, end: at, text: `\n\t${name}="${quoted(value, '"')}"\n` }];
  }
  const lineStart = text.lastIndexOf('\n', anchor.start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, anchor.start))![0];
  const sameLine = text.slice(lineStart, anchor.start).trim() !== '';
  const separator = sameLine ? ' ' : `\n${indent}`;
  const attribute = `${name}="${quoted(value, '"')}"`;
  if (before) return [{ start: before.end, end: before.end, text: `${separator}${attribute}` }];
  return [{ start: anchor.start, end: anchor.start, text: `${attribute}${separator}` }];
}
