/** Text utilities: byte decoding and offset ↔ line/column conversion. Pure, no I/O. */

export interface DecodedText {
  text: string;
  hadBom: boolean;
  /** True when the bytes were not valid UTF-8 and were read as Windows-1252 instead. */
  invalidUtf8: boolean;
  /** Offset (in the decoded text) of the first byte that was not valid UTF-8. */
  invalidUtf8Offset?: number;
}

/**
 * A copy of a string cut from a larger text that holds no reference to that text. V8 keeps a long slice as a view of
 * its whole source, so a value kept after its article (the facts, a message) would keep the article's text alive:
 * over the corpus, 35 MB of texts were held by the facts alone.
 */
export function detached(value: string): string {
  return (' ' + value).slice(1);
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes file bytes as FORMAT §6 says: strip a UTF-8 BOM, UTF-8 first, Windows-1252 as fallback. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  try {
    return { text: strictUtf8.decode(body), hadBom, invalidUtf8: false };
  } catch {
    const validPrefix = validUtf8PrefixLength(body);
    const prefixText = new TextDecoder('utf-8').decode(body.subarray(0, validPrefix));
    let text = '';
    const chunk: number[] = [];
    for (let i = 0; i < body.length; i++) {
      const b = body[i];
      chunk.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b);
      if (chunk.length === 8192) {
        text += String.fromCharCode(...chunk);
        chunk.length = 0;
      }
    }
    text += String.fromCharCode(...chunk);
    return { text, hadBom, invalidUtf8: true, invalidUtf8Offset: prefixText.length };
  }
}

/** Length of the longest prefix of whole, well-formed UTF-8 sequences. */
function validUtf8PrefixLength(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= bytes.length) return i;
    for (let k = 1; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units. */
  character: number;
}

/** Line starts of a text; LF, CRLF and a lone CR all end a line, as in VS Code and markdown-it. */
export class LineIndex {
  readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    // Jumping from break to break with indexOf (far faster than a loop over every character): the nearer of the next
    // LF and the next CR ends the line, a CR followed by an LF as one break.
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        if (cr + 1 === lf) {
          starts.push(lf + 1);
          lf = text.indexOf('\n', lf + 1);
        } else starts.push(cr + 1);
        cr = text.indexOf('\r', cr + 1);
      } else {
        starts.push(lf + 1);
        lf = text.indexOf('\n', lf + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: clamped - this.starts[lo] };
  }

  offsetAt(line: number, character = 0): number {
    if (line < 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[line] + Math.max(0, character), this.lineEnd(line));
  }

  /** Offset of the end of a line's content, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1] - 1;
    if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.offsetAt(line), this.lineEnd(line));
  }
}

/** A span as an author counts it: 1-based lines and columns. */
export interface Place {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * The one conversion to 1-based places (ESLint's `createProblem`), for every report the CLI writes and every answer
 * an agent reads: from 0-based positions (a finding over many articles carries those) ...
 */
export function oneBased(from: Position, to: Position = from): Place {
  return { line: from.line + 1, column: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1 };
}

/** ... or from offsets of an article's text. */
export function placeOf(lines: LineIndex, start: number, end: number): Place {
  return oneBased(lines.positionAt(start), lines.positionAt(end));
}

/** Whitespace inside the properties block (FORMAT §2.2): space, tab, CR, LF, NBSP, ZWSP, BOM. */
export function isBlockSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x200b || code === 0xfeff;
}
