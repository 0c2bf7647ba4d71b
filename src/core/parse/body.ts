/**
 * The body after the properties block: markdown-it tokens for structure, plus linear scans of the source for what
 * markdown-it does not place exactly (comment markers, replacement tokens, links). Offsets are into the whole text.
 */
import type MarkdownIt from 'markdown-it';
type Token = MarkdownIt.Token;
import { blockTokens } from './block-parser';
import { LineIndex } from '../text/source-text';
import { htmlComments } from '../text/html-comments';
import type { Span } from '../text/span';

export interface Heading extends Span {
  level: number;
  /** ATX (`#`) or setext (underlined). */
  setext: boolean;
  line: number;
  /** The inline text as written (with any `**`). */
  raw: string;
  /** The whole text is one bold span. */
  bold: boolean;
  /** The text without bold markers, trimmed. */
  text: string;
  /** Span of the heading's inline text in the source (ATX only; the line for setext). */
  content: Span;
}

export interface Comment extends Span {
  /** The text between `<!--` and `-->`. */
  inner: string;
  closed: boolean;
}

export interface Marker extends Span {
  name: string;
  closing: boolean;
}

export interface MarkerBlock {
  name: string;
  open: Marker;
  close?: Marker;
}

export interface ReplacementToken {
  name: string;
  open: Marker;
  close?: Marker;
}

export interface Link extends Span {
  image: boolean;
  text: string;
  textSpan: Span;
  target: string;
  targetSpan: Span;
  line: number;
}

export interface Fence {
  line: number;
  info: string;
  /** Span of the info string after the backticks. */
  infoSpan: Span;
}

export interface Body {
  /** Offset where the body starts (just after the block, or 0 without one). */
  start: number;
  /** Offset where it ends: the JSON section's opening fence, or the end of the text. */
  end: number;
  /** First source line of the body. */
  startLine: number;
  tokens: Token[];
  headings: Heading[];
  /** Lines inside fenced or indented code (1) or the JSON section (2), by source line. */
  maskedLines: Uint8Array;
  fences: Fence[];
  comments: Comment[];
  markers: Marker[];
  tokenMarkers: Marker[];
  links: Link[];
  /** Source lines that hold paragraph text (where a heading without a space can hide). */
  paragraphLines: number[];
}

/** Parses the body from `start` to `end` (the JSON section, when any, is excluded by the caller). */
export function parseBody(text: string, lines: LineIndex, start: number, end: number, jsonLines?: Span): Body {
  const startLine = lines.positionAt(start).line;
  const maskedLines = new Uint8Array(lines.lineCount);
  if (jsonLines) maskedLines.fill(2, jsonLines.start, jsonLines.end);
  const tokens = blockTokens(text.slice(start, end));
  const headings: Heading[] = [];
  const fences: Fence[] = [];
  const paragraphLines: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.map) continue;
    const first = token.map[0] + startLine;
    const last = token.map[1] + startLine;
    if (token.type === 'fence' || token.type === 'code_block') {
      maskedLines.fill(1, first, last);
      if (token.type === 'fence') fences.push(fenceInfo(lines, first));
    } else if (token.type === 'heading_open') {
      headings.push(heading(lines, token, tokens[i + 1], first));
    } else if (token.type === 'paragraph_open') {
      for (let l = first; l < last; l++) paragraphLines.push(l);
    }
  }
  const comments = scanComments(text, lines, start, end, maskedLines);
  const markers: Marker[] = [];
  const tokenMarkers: Marker[] = [];
  for (const comment of comments) {
    const marker = commentMarker(comment);
    if (!marker) continue;
    if (marker.name.startsWith('$')) tokenMarkers.push({ ...marker, name: marker.name.slice(1).trim() });
    else markers.push(marker);
  }
  const links = scanLinks(text, lines, maskedLines, start, end);
  return {
    start,
    end,
    startLine,
    tokens,
    headings,
    maskedLines,
    fences,
    comments,
    markers,
    tokenMarkers,
    links,
    paragraphLines,
  };
}

function fenceInfo(lines: LineIndex, line: number): Fence {
  const lineText = lines.lineText(line);
  const match = /^\s*(`{3,}|~{3,})/.exec(lineText);
  const infoStart = match ? match[0].length : lineText.length;
  let s = infoStart;
  while (s < lineText.length && (lineText[s] === ' ' || lineText[s] === '\t')) s++;
  const base = lines.offsetAt(line);
  const info = lineText.slice(s).trim();
  return { line, info, infoSpan: { start: base + infoStart, end: base + lineText.length } };
}

function heading(lines: LineIndex, open: Token, inline: Token | undefined, line: number): Heading {
  const raw = inline?.content ?? '';
  const trimmed = raw.trim();
  const bold =
    trimmed.length > 4 &&
    /^(\*\*|__)/.test(trimmed) &&
    trimmed.endsWith(trimmed.slice(0, 2)) &&
    !trimmed.slice(2, -2).includes(trimmed.slice(0, 2));
  const text = (bold ? trimmed.slice(2, -2) : trimmed).trim();
  const setext = open.markup === '=' || open.markup === '-';
  const lineStart = lines.offsetAt(line);
  const lineEnd = lines.lineEnd(line);
  const lineText = lines.lineText(line);
  let content: Span = { start: lineStart, end: lineEnd };
  if (!setext) {
    const index = raw ? lineText.indexOf(raw) : -1;
    if (index >= 0) content = { start: lineStart + index, end: lineStart + index + raw.length };
  }
  return { start: lineStart, end: lineEnd, level: Number(open.tag.slice(1)), setext, line, raw, bold, text, content };
}

function scanComments(text: string, lines: LineIndex, start: number, end: number, masked: Uint8Array): Comment[] {
  const comments: Comment[] = [];
  for (const c of htmlComments(text, start, end)) {
    if (!masked[lines.positionAt(c.start).line])
      comments.push({ start: c.start, end: c.end, inner: text.slice(c.innerStart, c.innerEnd), closed: c.closed });
  }
  return comments;
}

/** `<!--name-->` or `<!--/name-->` with no spaces inside the name, except for `$token` names. */
function commentMarker(comment: Comment): Marker | undefined {
  if (!comment.closed) return undefined;
  let inner = comment.inner.trim();
  const closing = inner.startsWith('/');
  if (closing) inner = inner.slice(1).trim();
  if (!inner || inner.length > 200) return undefined;
  if (inner.startsWith('$')) {
    if (inner.includes('>')) return undefined;
  } else if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(inner)) return undefined;
  return { start: comment.start, end: comment.end, name: inner, closing };
}

/** Pairs open and close markers by name, innermost first; returns the blocks and the markers left unpaired. */
export function pairMarkers(markers: readonly Marker[]): { blocks: MarkerBlock[]; unpaired: Marker[] } {
  const blocks: MarkerBlock[] = [];
  const unpaired: Marker[] = [];
  const open = new Map<string, Marker[]>();
  for (const marker of markers) {
    if (!marker.closing) {
      const stack = open.get(marker.name) ?? [];
      stack.push(marker);
      open.set(marker.name, stack);
      continue;
    }
    const opener = open.get(marker.name)?.pop();
    if (opener) blocks.push({ name: marker.name, open: opener, close: marker });
    else unpaired.push(marker);
  }
  for (const stack of open.values()) unpaired.push(...stack);
  blocks.sort((a, b) => a.open.start - b.open.start);
  unpaired.sort((a, b) => a.start - b.start);
  return { blocks, unpaired };
}

/**
 * Finds `[text](target)` and `![alt](target)` on each unmasked line, skipping code spans. Links do not span lines
 * here; that covers the format's links, which are one line each.
 */
function scanLinks(text: string, lines: LineIndex, masked: Uint8Array, bodyStart: number, bodyEnd: number): Link[] {
  const links: Link[] = [];
  // Only lines holding "](" can hold a link: jump from one to the next.
  for (let hit = text.indexOf('](', bodyStart); hit >= 0 && hit < bodyEnd;) {
    const line = lines.positionAt(hit).line;
    const lineEnd = lines.lineEnd(line);
    if (!masked[line]) {
      const lineStart = Math.max(lines.offsetAt(line), bodyStart);
      scanLineLinks(text.slice(lineStart, Math.min(lineEnd, bodyEnd)), lineStart, line, links);
    }
    hit = text.indexOf('](', lineEnd);
  }
  return links;
}

function scanLineLinks(s: string, base: number, line: number, links: Link[]): void {
  const closeParen = matchingParens(s);
  const openBrackets: number[] = [];
  const unclosedRuns = new Set<number>();
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '`') {
      let run = 1;
      while (s[i + run] === '`') run++;
      // A run length that found no closing run once will not find one further on either.
      const close = unclosedRuns.has(run) ? -1 : s.indexOf('`'.repeat(run), i + run);
      if (close < 0) unclosedRuns.add(run);
      i = close >= 0 ? close + run - 1 : i + run - 1;
    } else if (c === '\\') {
      i++;
    } else if (c === '[') {
      if (openBrackets.length < 64) openBrackets.push(i);
    } else if (c === ']' && openBrackets.length) {
      const open = openBrackets.pop()!;
      if (s[i + 1] !== '(') continue;
      const targetEnd = closeParen.get(i + 1);
      if (targetEnd === undefined) continue;
      const raw = s.slice(i + 2, targetEnd);
      const target = raw
        .trim()
        .replace(/^<(.*)>$/, '$1')
        .split(/\s+"/)[0];
      const targetStart = i + 2 + raw.indexOf(target);
      const image = open > 0 && s[open - 1] === '!';
      links.push({
        start: base + (image ? open - 1 : open),
        end: base + targetEnd + 1,
        image,
        text: s.slice(open + 1, i),
        textSpan: { start: base + open + 1, end: base + i },
        target,
        targetSpan: { start: base + targetStart, end: base + targetStart + target.length },
        line,
      });
      openBrackets.length = 0;
      i = targetEnd;
    }
  }
}

/** For each `(` that is balanced, the index of its `)`; backslash escapes are skipped. One pass. */
function matchingParens(s: string): Map<number, number> {
  const match = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 40) stack.push(i);
    else if (c === 41 && stack.length) match.set(stack.pop()!, i);
  }
  return match;
}
