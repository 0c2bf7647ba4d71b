/**
 * A tolerant scanner of the `<properties … />` block (FORMAT §2.2 and §6). The block looks like XML but is not:
 * both quote styles, `>` inside values, free layout, no escapes. Every step advances, so it runs in linear time.
 */
import { isBlockSpace } from '../text/source-text';
import type { Span } from '../text/span';

export interface Attribute extends Span {
  /** The name as written. */
  name: string;
  /** The name folded to lower case, for lookups. */
  key: string;
  nameStart: number;
  nameEnd: number;
  /** The raw text between the quotes (not trimmed). Empty when the value is missing. */
  value: string;
  valueStart: number;
  valueEnd: number;
  /** The delimiter used, or '' for an unquoted or missing value. */
  quote: '"' | "'" | '';
  /** The closing quote was missing; the value was ended at the end of its line. */
  unterminated: boolean;
}

export type BlockProblemKind =
  | 'unterminated-quote'
  | 'stray-characters'
  | 'unquoted-value'
  | 'missing-value'
  | 'text-after-close'
  | 'missing-close'
  | 'bare-close';

export interface BlockProblem extends Span {
  kind: BlockProblemKind;
}

export interface PropertiesBlock extends Span {
  /** Span of the `<properties` opening. */
  open: Span;
  /** Span of the `/>` (or bare `>`) closing, absent when the block is not terminated. */
  close?: Span;
  attributes: Attribute[];
  problems: BlockProblem[];
}

/** How far into a file the block may start: a later `<properties` is prose about the format, not an article. */
export const BLOCK_SEARCH_LIMIT = 4096;

const OPENING = '<properties';

const OPENING_PATTERN = /<properties(?=[\s\u00a0\u200b\ufeff/>]|$)/gi;

/** Offset of the first `<properties` opening in `[from, from + limit)`, or -1. */
export function findBlockStart(text: string, from = 0, limit = BLOCK_SEARCH_LIMIT): number {
  OPENING_PATTERN.lastIndex = from;
  const match = OPENING_PATTERN.exec(limit < text.length - from ? text.slice(0, from + limit + OPENING.length) : text);
  return match && match.index < from + limit ? match.index : -1;
}

const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 58 || c === 45;
const isLineBreak = (c: number) => c === 10 || c === 13;
const isInlineSpace = (c: number) => isBlockSpace(c) && !isLineBreak(c);

/** Scans the block that starts at `start` (the `<` of `<properties`). */
export function scanPropertiesBlock(text: string, start: number): PropertiesBlock {
  const attributes: Attribute[] = [];
  const problems: BlockProblem[] = [];
  const open = { start, end: start + OPENING.length };
  let p = open.end;
  let lastContentEnd = p;
  let atLineStart = false;

  const finish = (close: Span | undefined): PropertiesBlock => ({
    start,
    end: close ? close.end : lastContentEnd,
    open,
    close,
    attributes,
    problems,
  });

  for (;;) {
    while (p < text.length && isBlockSpace(text.charCodeAt(p))) {
      if (isLineBreak(text.charCodeAt(p))) atLineStart = true;
      p++;
    }
    if (p >= text.length) {
      problems.push({ kind: 'missing-close', start, end: open.end });
      return finish(undefined);
    }
    const c = text.charCodeAt(p);
    if (c === 47 /* / */ && text.charCodeAt(p + 1) === 62) {
      const close = { start: p, end: p + 2 };
      checkAfterClose(text, close.end, problems);
      return finish(close);
    }
    if (c === 62 /* > */) {
      const close = { start: p, end: p + 1 };
      problems.push({ kind: 'bare-close', ...close });
      checkAfterClose(text, close.end, problems);
      return finish(close);
    }
    if (atLineStart && !isNameStart(c)) {
      // A line that cannot belong to the block (a heading, prose): the block was never closed.
      problems.push({ kind: 'missing-close', start, end: open.end });
      return finish(undefined);
    }
    atLineStart = false;
    if (!isNameStart(c)) {
      const end = skipStray(text, p);
      problems.push({ kind: 'stray-characters', start: p, end });
      p = lastContentEnd = end;
      continue;
    }
    const attribute = readAttribute(text, p, problems);
    attributes.push(attribute);
    p = lastContentEnd = attribute.end;
  }
}

function readAttribute(text: string, nameStart: number, problems: BlockProblem[]): Attribute {
  let p = nameStart;
  while (p < text.length && isNameChar(text.charCodeAt(p))) p++;
  const nameEnd = p;
  const name = text.slice(nameStart, nameEnd);
  const attribute = (
    end: number,
    valueStart: number,
    valueEnd: number,
    quote: Attribute['quote'],
    unterminated: boolean,
  ): Attribute => ({
    name,
    key: name.toLowerCase(),
    nameStart,
    nameEnd,
    start: nameStart,
    end,
    value: text.slice(valueStart, valueEnd),
    valueStart,
    valueEnd,
    quote,
    unterminated,
  });
  let q = p;
  while (q < text.length && isBlockSpace(text.charCodeAt(q))) q++;
  if (text.charCodeAt(q) !== 61 /* = */) {
    problems.push({ kind: 'missing-value', start: nameStart, end: nameEnd });
    return attribute(nameEnd, nameEnd, nameEnd, '', false);
  }
  q++;
  while (q < text.length && isInlineSpace(text.charCodeAt(q))) q++;
  const quoteCode = text.charCodeAt(q);
  if (quoteCode === 34 || quoteCode === 39) {
    const valueStart = q + 1;
    const valueEnd = scanQuoted(text, valueStart, quoteCode);
    const closed = text.charCodeAt(valueEnd) === quoteCode;
    let end = closed ? valueEnd + 1 : valueEnd;
    if (!closed) problems.push({ kind: 'unterminated-quote', start: nameStart, end: valueEnd });
    else end = checkAfterValue(text, end, problems);
    return attribute(end, valueStart, valueEnd, quoteCode === 34 ? '"' : "'", !closed);
  }
  // Unquoted: the value runs to the next space or the block's end.
  let v = q;
  while (
    v < text.length &&
    !isBlockSpace(text.charCodeAt(v)) &&
    !(text.charCodeAt(v) === 47 && text.charCodeAt(v + 1) === 62)
  )
    v++;
  problems.push({ kind: 'unquoted-value', start: nameStart, end: v });
  return attribute(v, q, v, '', false);
}

/**
 * Finds the closing quote. A missing one is recovered at the end of the line when the next line starts a new
 * attribute (`name=`) or closes the block (FORMAT §2.2.9), and at the end of the text. Returns where the value ends.
 */
function scanQuoted(text: string, from: number, quote: number): number {
  let p = from;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (c === quote) return p;
    if (isLineBreak(c)) {
      const lineEnd = p;
      if (c === 13 && text.charCodeAt(p + 1) === 10) p++;
      if (startsAttributeOrClose(text, p + 1)) return lineEnd;
    }
    p++;
  }
  return text.length;
}

function startsAttributeOrClose(text: string, lineStart: number): boolean {
  let p = lineStart;
  while (p < text.length && isInlineSpace(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) === 47 && text.charCodeAt(p + 1) === 62) return true;
  if (!isNameStart(text.charCodeAt(p))) return false;
  while (p < text.length && isNameChar(text.charCodeAt(p))) p++;
  while (p < text.length && isInlineSpace(text.charCodeAt(p))) p++;
  return text.charCodeAt(p) === 61;
}

/** After a closing quote only space, `/>` or `>` may follow; anything else (`""`, `,`) is stray. */
function checkAfterValue(text: string, p: number, problems: BlockProblem[]): number {
  const c = text.charCodeAt(p);
  if (p >= text.length || isBlockSpace(c) || c === 62 || (c === 47 && text.charCodeAt(p + 1) === 62)) return p;
  const end = skipStray(text, p);
  problems.push({ kind: 'stray-characters', start: p, end });
  return end;
}

function skipStray(text: string, p: number): number {
  let q = p + 1;
  while (q < text.length) {
    const c = text.charCodeAt(q);
    if (isBlockSpace(c) || (c === 47 && text.charCodeAt(q + 1) === 62)) break;
    q++;
  }
  return q;
}

function checkAfterClose(text: string, p: number, problems: BlockProblem[]): void {
  let q = p;
  while (q < text.length && !isLineBreak(text.charCodeAt(q))) q++;
  const rest = text.slice(p, q);
  const trimmedStart = rest.search(/[^\s\u00a0\u200b\ufeff]/);
  if (trimmedStart >= 0) problems.push({ kind: 'text-after-close', start: p + trimmedStart, end: q });
}

export interface ListItem extends Span {
  text: string;
}

/** Splits a list value on commas (after collapsing newlines), with each item's trimmed span. */
export function listItems(attribute: Attribute): ListItem[] {
  const items: ListItem[] = [];
  const value = attribute.value;
  let itemStart = 0;
  for (let i = 0; i <= value.length; i++) {
    if (i === value.length || value.charCodeAt(i) === 44) {
      let s = itemStart;
      let e = i;
      while (s < e && isBlockSpace(value.charCodeAt(s))) s++;
      while (e > s && isBlockSpace(value.charCodeAt(e - 1))) e--;
      if (e > s)
        items.push({ text: value.slice(s, e), start: attribute.valueStart + s, end: attribute.valueStart + e });
      itemStart = i + 1;
    }
  }
  return items;
}

/** The value with block whitespace trimmed at both ends. */
export function trimmedValue(attribute: Attribute): string {
  return trimBlockSpace(attribute.value);
}

export function trimBlockSpace(value: string): string {
  let s = 0;
  let e = value.length;
  while (s < e && isBlockSpace(value.charCodeAt(s))) s++;
  while (e > s && isBlockSpace(value.charCodeAt(e - 1))) e--;
  return value.slice(s, e);
}
