/** The `---`-fenced JSON payload of the JSON article types (FORMAT §4), read strictly and leniently. */
import {
  createScanner,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  SyntaxKind,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import { applyEdits, mapOffsetBack } from '../text/edits';
import type { LineIndex } from '../text/source-text';
import type { Span } from '../text/span';

export interface JsonError extends Span {
  message: string;
  /** The error is a trailing comma (before `]` or `}`): its span, which removing fixes. */
  trailingComma?: Span;
  /** The error is a property name without quotes (`visibility: "…"`): its span, which quoting fixes. */
  bareKey?: Span;
}

export interface JsonSection {
  /** The opening `---` line. */
  open: Span;
  /** The closing `---` line, absent when the section runs to the end of the file. */
  close?: Span;
  /** Source lines of the section, from the opening to the closing fence, end exclusive. */
  lines: Span;
  content: Span;
  /** What strict JSON finds wrong (empty when strict JSON parses). */
  strictErrors: JsonError[];
  /** The document's value: strict JSON, or what a lenient reader recovers past errors; undefined when nothing is. */
  value?: unknown;
  /** The positioned tree, built only when a place in the document is needed. */
  tree(): Node | undefined;
}

/**
 * Finds the section in the body: the first `---` line, when the type is a JSON type or the next non-blank line
 * opens an object, up to the next `---` line.
 */
export function findJsonSection(lines: LineIndex, bodyStartLine: number, jsonType: boolean): JsonSection | undefined {
  const line = nextFenceLine(lines, bodyStartLine);
  if (line < 0) return undefined;
  let next = line + 1;
  while (next < lines.lineCount && lines.lineText(next).trim() === '') next++;
  if (!jsonType && !(next < lines.lineCount && lines.lineText(next).trimStart().startsWith('{'))) return undefined;
  const closeLine = nextFenceLine(lines, line + 1);
  const hasClose = closeLine >= 0;
  const open = { start: lines.offsetAt(line), end: lines.lineEnd(line) };
  const close = hasClose ? { start: lines.offsetAt(closeLine), end: lines.lineEnd(closeLine) } : undefined;
  const contentStart = line + 1 < lines.lineCount ? lines.offsetAt(line + 1) : open.end;
  const content = { start: contentStart, end: close ? close.start : lines.text.length };
  return {
    open,
    close,
    lines: { start: line, end: hasClose ? closeLine + 1 : lines.lineCount },
    content,
    strictErrors: [],
    value: undefined,
    tree: () => undefined,
  };
}

/** A line that is exactly `---` (spaces aside), tried at a line's start. */
const FENCE_AT = /[ \t]*---[ \t]*\r?$/my;

/**
 * The first line at or after `from` that is exactly `---` (spaces aside), or -1. Only lines holding `---` are tried,
 * found with indexOf: no pattern runs over a whole JSON section looking for a line start.
 */
function nextFenceLine(lines: LineIndex, from: number): number {
  if (from >= lines.lineCount) return -1;
  const { text } = lines;
  for (let at = text.indexOf('---', lines.offsetAt(from)); at >= 0;) {
    const line = lines.positionAt(at).line;
    FENCE_AT.lastIndex = lines.offsetAt(line);
    if (FENCE_AT.test(text)) return line;
    at = text.indexOf('---', Math.max(at + 1, lines.lineEnd(line)));
  }
  return -1;
}

/**
 * Reads the section's content in place. The engine's JSON.parse settles the common, valid case fast; jsonc-parser
 * places errors and builds the positioned tree, recovering past trailing commas, raw control characters and
 * unquoted names as the production reader does.
 */
export function readJsonSection(text: string, section: JsonSection): void {
  const json = text.slice(section.content.start, section.content.end);
  let tree: Node | undefined | null = null;
  // jsonc-parser recurses once per level: a document nested deeper than any payload would overflow the stack.
  const tooDeep = () => nestingDepth(json) > MAX_DEPTH;
  const positioned = (errors: ParseError[] = []) => {
    if (tree === null) tree = tooDeep() ? undefined : (parseTree(json, errors, STRICT) ?? undefined);
    return tree;
  };
  section.tree = () => positioned();
  try {
    section.value = JSON.parse(json);
    return;
  } catch {
    // Not strict JSON: say where, and recover what a lenient reader would.
  }
  if (tooDeep()) {
    section.strictErrors = [{ ...section.open, message: `Nested more than ${MAX_DEPTH} levels deep` }];
    return;
  }
  const errors: ParseError[] = [];
  const recovered = positioned(errors);
  section.value = recovered ? getNodeValue(recovered) : undefined;
  const commas = new Set<number>();
  const strictErrors: JsonError[] = errors.map((e) => {
    const comma = trailingCommaBefore(json, e.offset);
    if (comma >= 0) {
      commas.add(comma);
      const span = { start: section.content.start + comma, end: section.content.start + comma + 1 };
      return { ...span, message: 'Trailing comma', trailingComma: span };
    }
    return errorAt(section, json, e);
  });
  const keys = bareKeys(json);
  // Past the commas and names a fix repairs, the first error the reader still meets (a brace where a value belongs
  // looks like a trailing comma's closer, but removing the comma does not mend it).
  section.strictErrors =
    keys.length || commas.size ? withRepairableErrors(section, json, strictErrors, commas, keys) : strictErrors;
}

/** A reader's error placed in the article; one at the very end (a brace expected) gets an empty span there. */
function errorAt(section: JsonSection, json: string, e: ParseError): JsonError {
  const start = section.content.start + Math.min(e.offset, json.length);
  return {
    start,
    end: Math.min(start + Math.max(1, e.length), section.content.start + json.length),
    message: describeJsonError(printParseErrorCode(e.error)),
  };
}

/**
 * The errors of a section with trailing commas or property names written without quotes: each name (quoting it fixes
 * it), each trailing comma, and the first error the reader still meets once those are repaired. What the reader says
 * after a bare name is its being thrown off by it, not a fault of its own.
 */
function withRepairableErrors(
  section: JsonSection,
  json: string,
  errors: readonly JsonError[],
  commas: ReadonlySet<number>,
  keys: readonly Span[],
): JsonError[] {
  const at = (span: Span) => ({ start: section.content.start + span.start, end: section.content.start + span.end });
  const named = keys.map((key) => ({ ...at(key), message: 'Property name without quotes', bareKey: at(key) }));
  const repairs = [
    ...keys.map((key) => ({ ...key, text: `"${json.slice(key.start, key.end)}"` })),
    ...[...commas].map((comma) => ({ start: comma, end: comma + 1, text: '' })),
  ].sort((a, b) => a.start - b.start);
  const left: ParseError[] = [];
  parseTree(applyEdits(json, repairs), left, STRICT);
  const cause = left[0];
  const placed = cause
    ? [errorAt(section, json, { ...cause, offset: mapOffsetBack(repairs, cause.offset, 'start') })]
    : [];
  return [...errors.filter((e) => e.trailingComma), ...named, ...placed].sort((a, b) => a.start - b.start);
}

/** Identifiers where a name goes (after `{` or `,` in an object) and before a colon: names a lenient reader takes. */
function bareKeys(json: string): Span[] {
  const scanner = createScanner(json, true);
  const keys: Span[] = [];
  const containers: SyntaxKind[] = [];
  let previous = SyntaxKind.Unknown;
  let candidate: Span | undefined;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (candidate && kind === SyntaxKind.ColonToken) keys.push(candidate);
    candidate = undefined;
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) containers.push(kind);
    else if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) containers.pop();
    else if (
      kind === SyntaxKind.Unknown &&
      containers[containers.length - 1] === SyntaxKind.OpenBraceToken &&
      (previous === SyntaxKind.OpenBraceToken || previous === SyntaxKind.CommaToken) &&
      IDENTIFIER.test(scanner.getTokenValue())
    )
      candidate = { start: scanner.getTokenOffset(), end: scanner.getTokenOffset() + scanner.getTokenLength() };
    previous = kind;
  }
  return keys;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export const MAX_DEPTH = 200;

/** What jsonc-parser reports as errors: what strict JSON does not allow. */
const STRICT = { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false };

/** The deepest nesting of arrays and objects, outside strings. */
export function nestingDepth(json: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) deepest = Math.max(deepest, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

/** Offset of a comma that stands right before the `]` or `}` at `offset` (whitespace between), or -1. */
function trailingCommaBefore(json: string, offset: number): number {
  const closer = json[offset];
  if (closer !== ']' && closer !== '}') return -1;
  let p = offset - 1;
  while (p >= 0 && /\s/.test(json[p])) p--;
  return json[p] === ',' ? p : -1;
}

function describeJsonError(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
