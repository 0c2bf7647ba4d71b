/**
 * The string values of chosen keys in a JSON section's text, found in one pass (the words customers read in a form or
 * a card are in such values): a scanner of its own, not a parser, for speed on the largest sections.
 */
import type { Span } from '../text/span';

const OBJECT = 1;
const ARRAY = 2;

/**
 * The spans (inside the quotes) of the string values of `keys` (lower case), in one pass over the JSON:
 * a string is such a value when it follows a key and its colon directly (a string in an array or an object under the
 * key is not). Comments are skipped, as the JSON section allows them. A parser's tree or visitor would do the same
 * and cost three times as much on a large section.
 */
export function jsonStringValues(source: string, origin: number, keys: ReadonlySet<string>): Span[] {
  const strings: Span[] = [];
  const containers: number[] = [];
  let keyPosition = false;
  let key: string | undefined;
  const n = source.length;
  // Where the next line break is: a string ends there at the latest (found again only once passed).
  const breaks = new LineBreaks(source);
  let lineBreak = -1;
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    if (c === 34) {
      if (lineBreak <= i) lineBreak = breaks.after(i + 1);
      const end = stringEnd(source, i + 1, lineBreak, breaks);
      const closed = end < n && source.charCodeAt(end) === 34;
      if (keyPosition && containers[containers.length - 1] === OBJECT) {
        key = propertyName(source.slice(i + 1, end)).toLowerCase();
        keyPosition = false;
      } else {
        if (key !== undefined && closed && keys.has(key)) strings.push({ start: origin + i + 1, end: origin + end });
        key = undefined;
      }
      i = closed ? end : end - 1;
    } else if (c === 123 || c === 91) {
      containers.push(c === 123 ? OBJECT : ARRAY);
      keyPosition = c === 123;
      key = undefined;
    } else if (c === 125 || c === 93) {
      containers.pop();
      keyPosition = false;
      key = undefined;
    } else if (c === 44) {
      keyPosition = containers[containers.length - 1] === OBJECT;
      key = undefined;
    } else if (c === 47 && source.charCodeAt(i + 1) === 47) {
      const lineEnd = source.indexOf('\n', i);
      i = lineEnd < 0 ? n : lineEnd;
    } else if (c === 47 && source.charCodeAt(i + 1) === 42) {
      const close = source.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 1;
    } else if (c !== 58 && c !== 32 && c !== 10 && c !== 13 && c !== 9) {
      // A number, true, false or null: a value that is no string.
      key = undefined;
    }
  }
  return strings;
}

/**
 * The line breaks of a text, asked for from left to right. Each kind is searched for again only once passed: a
 * search for the next CR in a text without one reads on to its end, and did so at every string (quadratic: 1.2 s for
 * a section of 80,000 lines).
 */
class LineBreaks {
  private lf = -1;
  private cr = -1;

  constructor(private readonly source: string) {}

  /** The first line break at or after `from` (the text's length when none); `from` never goes back. */
  after(from: number): number {
    if (this.lf < from) this.lf = indexOrEnd(this.source, '\n', from);
    if (this.cr < from) this.cr = indexOrEnd(this.source, '\r', from);
    return Math.min(this.lf, this.cr);
  }
}

function indexOrEnd(source: string, search: string, from: number): number {
  const found = source.indexOf(search, from);
  return found < 0 ? source.length : found;
}

/**
 * Where a string that opened before `from` ends: its closing quote (one no odd run of backslashes escapes), or the
 * line break before it. Found with indexOf, which jumps through the text far faster than a loop over it.
 */
function stringEnd(source: string, from: number, lineBreak: number, breaks: LineBreaks): number {
  let quote = source.indexOf('"', from);
  for (;;) {
    while (quote >= 0 && quote < lineBreak && isEscaped(source, quote)) quote = source.indexOf('"', quote + 1);
    if (quote >= 0 && quote < lineBreak) return quote;
    // A line break a backslash escapes does not end the string (as the JSON reader has it): on to the next one.
    if (lineBreak >= source.length || !isEscaped(source, lineBreak)) return lineBreak;
    lineBreak = breaks.after(lineBreak + 1);
  }
}

/** Whether an odd run of backslashes stands before `at`. */
function isEscaped(source: string, at: number): boolean {
  let backslashes = 0;
  while (source.charCodeAt(at - 1 - backslashes) === 92) backslashes++;
  return backslashes % 2 === 1;
}

/** A property name as written between its quotes, its escapes read. */
function propertyName(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}
