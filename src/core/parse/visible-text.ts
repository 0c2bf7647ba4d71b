/**
 * The words customers read, with their places: the visible attribute values, the body's prose (headings, list items,
 * link and image text, replacement tokens' default text) and the visible strings of the JSON section. Left out:
 * code, comments, HTML tags, link targets, URLs, e-mail addresses, paths, placeholders in braces, entities, and
 * words written as identifiers (with digits, underscores or dots inside, or capitals inside: `vCores`,
 * `Microsoft.Compute`). Computed once an article and shared by the rules over words.
 */
import type { Article } from './article';
import type { Span } from '../text/span';
import { jsonStringValues } from './json-strings';
import { htmlComments } from '../text/html-comments';
import { memoized } from '../text/memo';

/** Attributes whose value the portal shows (or that read as the article's text: `description`). */
const VISIBLE_ATTRIBUTES = ['pagetitle', 'description', 'infobubbletext'];

/** Keys of the JSON section whose string values customers read (matched in any case, as the portal matches them). */
const VISIBLE_JSON_KEYS = new Set(
  [
    'title',
    'displayLabel',
    'watermarkText',
    'infoBalloonText',
    'text',
    'fileAttachmentHint',
    'content',
    'description',
    'insightNotAvailableText',
    'shortDescription',
    'longDescription',
    'potentialBenefits',
    'tip',
    'recommendationFriendlyName',
  ].map((k) => k.toLowerCase()),
);

export interface VisibleWord extends Span {
  /** The word as written (a straight apostrophe for a curly one). */
  text: string;
  /** Only spaces (no blank line, nothing hidden) separate it from the word before, in the same piece of text. */
  followsDirectly: boolean;
}

/**
 * The words of an article, packed three numbers a word (start, end, follows directly): an article holds thousands,
 * most known words a rule never needs as text, so none is an object or a string until asked for.
 */
export class VisibleWords {
  constructor(
    private readonly source: string,
    private readonly data: Int32Array,
    readonly count: number,
  ) {}

  start(i: number): number {
    return this.data[i * 3];
  }

  end(i: number): number {
    return this.data[i * 3 + 1];
  }

  /** Only spaces (no blank line, nothing hidden) separate word `i` from the word before, in the same piece of text. */
  followsDirectly(i: number): boolean {
    return this.data[i * 3 + 2] === 1;
  }

  /** Word `i` as written, with a straight apostrophe for a curly one. */
  text(i: number): string {
    const word = this.source.slice(this.data[i * 3], this.data[i * 3 + 1]);
    return word.includes('’') ? word.replace(/’/g, "'") : word;
  }

  /** Whether words `i` and `j` are the same word in any case (words are ASCII letters and apostrophes). */
  same(i: number, j: number): boolean {
    const a = this.data[i * 3];
    const b = this.data[j * 3];
    const length = this.data[i * 3 + 1] - a;
    return this.data[j * 3 + 1] - b === length && sameLetters(this.source, a, b, length);
  }

  /** Every word as an object (for tests and tools; the rules read the packed form). */
  toArray(): VisibleWord[] {
    return Array.from({ length: this.count }, (_, i) => ({
      text: this.text(i),
      start: this.start(i),
      end: this.end(i),
      followsDirectly: this.followsDirectly(i),
    }));
  }
}

/**
 * Typed arrays reused from article to article: one made for each article (its words as they are found, its body's
 * mask) and for each of its hundreds of short pieces cost more than filling it, each memory outside the heap that
 * is allocated, zeroed and counted by the collector. One search at a time uses each (nothing here calls back into
 * another search), and none is kept past it; a buffer grown past `KEPT_LENGTH` for a huge text is not kept.
 */
const KEPT_LENGTH = 1 << 20;
const scratch = { words: new Int32Array(3 * 2048), body: new Uint8Array(64 * 1024), piece: new Uint8Array(256) };

/** `length` zeroed bytes of a scratch buffer (a new buffer when it is short). */
function zeroed(kind: 'body' | 'piece', length: number): Uint8Array {
  let buffer = scratch[kind];
  if (buffer.length < length) {
    buffer = new Uint8Array(Math.max(length, buffer.length * 2));
    if (buffer.length <= KEPT_LENGTH) scratch[kind] = buffer;
  }
  const view = buffer.subarray(0, length);
  view.fill(0);
  return view;
}

/** What finding one article's words works in: the words packed as they are found, then copied out at their size. */
class Gathering {
  private data = scratch.words;
  private count = 0;

  add(start: number, end: number, followsDirectly: boolean): void {
    const at = this.count * 3;
    if (at + 3 > this.data.length) {
      const larger = new Int32Array(this.data.length * 2);
      larger.set(this.data);
      this.data = larger;
      if (larger.length <= KEPT_LENGTH) scratch.words = larger;
    }
    this.data[at] = start;
    this.data[at + 1] = end;
    this.data[at + 2] = followsDirectly ? 1 : 0;
    this.count++;
  }

  /** The words found, kept in an array of their size. */
  words(source: string): VisibleWords {
    return new VisibleWords(source, this.data.slice(0, this.count * 3), this.count);
  }
}

export const visibleWords = memoized(findVisibleWords);

/** The words of an article when a rule already asked for them (undefined when nothing has). */
export function visibleWordsFound(article: Article): VisibleWords | undefined {
  return visibleWords.peek(article);
}

/**
 * Whether the article may hold a visible word written twice in a row: two runs of letters (and apostrophes, those at
 * a run's end left out) that read the same in any case, with only spaces and line breaks between (a JSON escape read
 * as spaces, as the JSON section's strings are read), in the visible attributes' values, the body or the JSON
 * section of an article that shows it. Every repeated visible word is such a pair, so an article without one needs
 * no search for its words: one pass over those characters, no mask, no pattern.
 */
export function mayRepeatAWord(article: Article): boolean {
  if (!article.block) return false;
  for (const key of VISIBLE_ATTRIBUTES) {
    const attribute = article.attributes.get(key);
    if (attribute && mayRepeatAWordIn(article.text, attribute.valueStart, attribute.valueEnd)) return true;
  }
  const { body, json, text } = article;
  if (mayRepeatAWordIn(text, body.start, body.end)) return true;
  return (
    json !== undefined && article.type?.body === 'json' && mayRepeatAWordIn(text, json.content.start, json.content.end)
  );
}

/** The same test over text[from, to). */
export function mayRepeatAWordIn(text: string, from: number, to: number): boolean {
  let previousStart = -1;
  let previousEnd = -1;
  let i = from;
  while (i < to) {
    const first = text.charCodeAt(i);
    if (!isLetter(first)) {
      i += first === 92 ? escapeLength(text, i) : 1;
      continue;
    }
    const start = i;
    for (i++; i < to; i++) {
      const code = text.charCodeAt(i);
      if (!isLetter(code) && !isApostrophe(code)) break;
    }
    let end = i;
    while (isApostrophe(text.charCodeAt(end - 1))) end--;
    if (
      previousEnd >= 0 &&
      end - start === previousEnd - previousStart &&
      onlyBlanksOrEscapes(text, previousEnd, start) &&
      sameLetters(text, previousStart, start, end - start)
    )
      return true;
    previousStart = start;
    previousEnd = end;
  }
  return false;
}

function onlyBlanksOrEscapes(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 92) i += escapeLength(text, i) - 1;
    else if (code !== 32 && code !== 9 && code !== 13 && code !== 10) return false;
  }
  return true;
}

/** The length of a JSON escape at `at` (a backslash, `u` and four hex digits, or a backslash and any character). */
function escapeLength(text: string, at: number): number {
  if (text.charCodeAt(at + 1) !== 117) return 2;
  for (let k = at + 2; k < at + 6; k++) if (!isHexDigit(text.charCodeAt(k))) return 2;
  return 6;
}

const isHexDigit = (code: number) => isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);

/** Whether text[a, a + length) and text[b, b + length) are the same word in any case (either apostrophe). */
function sameLetters(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const x = text.charCodeAt(a + k);
    const y = text.charCodeAt(b + k);
    if (x !== y && (x | 32) !== (y | 32) && !(isApostrophe(x) && isApostrophe(y))) return false;
  }
  return true;
}

function findVisibleWords(article: Article): VisibleWords {
  const words = new Gathering();
  forEachVisiblePiece(article, (text, start, end, mask, shift) =>
    proseWords(text, start, end, mask ?? pieceMask(start, end), words, shift),
  );
  return words.words(article.text);
}

/**
 * Calls `visit` with each piece of text customers read, in order: the visible attributes' values, the body (with the
 * mask of its hidden lines and link targets) and the visible strings of the JSON section (each its escapes read as
 * spaces, with `shift` placing it in the article).
 */
function forEachVisiblePiece(
  article: Article,
  visit: (text: string, start: number, end: number, mask: Mask | undefined, shift: number) => void,
): void {
  if (!article.block) return;
  for (const key of VISIBLE_ATTRIBUTES) {
    const attribute = article.attributes.get(key);
    if (attribute && attribute.valueEnd > attribute.valueStart)
      visit(article.text, attribute.valueStart, attribute.valueEnd, undefined, 0);
  }
  const { body, text, lines } = article;
  const bodyEnd = body.end;
  if (bodyEnd > body.start) {
    const hidden = zeroed('body', bodyEnd - body.start);
    const hide = (start: number, end: number) =>
      hidden.fill(1, Math.max(0, start - body.start), Math.max(0, Math.min(end, bodyEnd) - body.start));
    const firstLine = lines.positionAt(body.start).line;
    const lastLine = lines.positionAt(bodyEnd).line;
    for (let line = firstLine; line <= lastLine && line < lines.lineCount; line++) {
      if (body.maskedLines[line] || isReferenceDefinition(text, lines.offsetAt(line)))
        hide(lines.offsetAt(line), lines.lineEnd(line));
    }
    for (const link of body.links) hide(link.targetSpan.start, link.targetSpan.end);
    visit(text, body.start, bodyEnd, { hidden, hide }, 0);
  }
  if (article.json && article.type?.body === 'json') visibleJsonPieces(article, visit);
}

/** A phrase found in the text customers read, with its place in the article. */
export interface VisibleMatch extends Span {
  text: string;
}

/**
 * Where `pattern` (global) matches the text customers read: wholly visible (no part in code, a URL, a tag, a comment or
 * a placeholder) and not part of an identifier or a path (`Microsoft.AzureActiveDirectory`, `azure_ad`, `\\Azure AD`);
 * a hyphen or a slash beside it is prose (`AD RMS-Azure Information Protection`, `Azure AD/Entra`). For rules over
 * phrases, which words cannot find (a phrase may hold a short word in capitals: `Azure AD`).
 */
export function visibleMatches(article: Article, pattern: RegExp): VisibleMatch[] {
  const found: VisibleMatch[] = [];
  forEachVisiblePiece(article, (text, start, end, given, shift) => {
    const mask = given ?? pieceMask(start, end);
    const piece = text.slice(start, end);
    hideInline(piece, start, mask);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(piece); m; m = pattern.exec(piece)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const from = start + m.index;
      const to = from + m[0].length;
      if (!isHidden(mask, start, from, to) && !isPhraseJoined(text, from, to))
        found.push({ start: shift + from, end: shift + to, text: m[0] });
    }
  });
  return found;
}

function isPhraseJoined(text: string, from: number, to: number): boolean {
  const before = codeAt(text, from - 1);
  const after = codeAt(text, to);
  if (isAlphanumeric(before) || isAlphanumeric(after) || before === 47 || before === 92) return true;
  if ((before === 95 || before === 46) && isAlphanumeric(codeAt(text, from - 2))) return true;
  return (after === 95 || after === 46) && isAlphanumeric(codeAt(text, to + 1));
}

/** The mask of a short piece [start, end) of the text (an attribute, a JSON string), nothing hidden yet. */
function pieceMask(start: number, end: number): Mask {
  const hidden = zeroed('piece', end - start);
  return {
    hidden,
    hide: (from, to) => hidden.fill(1, Math.max(0, from - start), Math.max(0, Math.min(to, end) - start)),
  };
}

/** `[name]: target` lines define link targets: nothing of them shows. */
const REFERENCE_DEFINITION = / {0,3}\[[^\]\n]{1,999}\]:/y;

/** Read in place at the line's start (no copy of every line of the body); most lines fail at their first character. */
function isReferenceDefinition(text: string, lineStart: number): boolean {
  let p = lineStart;
  while (p < lineStart + 3 && codeAt(text, p) === 32) p++;
  if (codeAt(text, p) !== 91) return false;
  REFERENCE_DEFINITION.lastIndex = lineStart;
  return REFERENCE_DEFINITION.test(text);
}
/** Hidden inline: HTML tags (and autolinks), URLs, placeholders in braces, entities. */
const HIDDEN_INLINE =
  /<\/?[A-Za-z!][^<>\n]{0,2000}>|\b(?:https?|ftp|data-blade|button-data-blade|mailto):[^\s<>()[\]"'`]*|\bwww\.[^\s<>()[\]"'`]+|\{[^{}\n]{0,200}\}|&#?[A-Za-z0-9]{1,10};/g;
/**
 * E-mail addresses, searched only in a piece that holds an `@`: tried at every letter, this pattern reads on to the
 * end of each word before it fails, the costliest part of finding the words.
 */
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g;
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;

/** Spaces, at most one line break, and nothing hidden between two words. */
function onlySpaceBetween(text: string, mask: Mask, origin: number, from: number, to: number): boolean {
  if (to <= from) return false;
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) breaks++;
    else if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return breaks <= 1 && !isHidden(mask, origin, from, to);
}

interface Mask {
  hidden: Uint8Array;
  hide(start: number, end: number): void;
}

/**
 * The words of text[start, end) that are prose, in order, appended to `out`; `shift` places them in the article when
 * `text` is a piece of it. The patterns run over that piece alone (a search from an offset of the whole text would
 * run on to its end each time: quadratic over many pieces).
 */
function proseWords(text: string, start: number, end: number, mask: Mask, out: Gathering, shift: number): void {
  hideInline(text.slice(start, end), start, mask);
  // Words read char by char (no match objects): a letter, then letters, marks and apostrophes. The mask's index
  // is the piece's (both start at `start`).
  const hidden = mask.hidden;
  const n = end - start;
  let previousEnd = -1;
  let p = 0;
  while (p < n) {
    const first = text.charCodeAt(start + p);
    if (!isLetter(first) && !(first > 127 && LETTER.test(text[start + p]))) {
      p++;
      continue;
    }
    let capitals = first <= 90 ? 1 : 0;
    let foreign = first > 127;
    let covered = hidden[p] === 1;
    let q = p + 1;
    for (; q < n; q++) {
      const code = text.charCodeAt(start + q);
      if (code >= 97 && code <= 122) {
        // a lower-case letter
      } else if (code >= 65 && code <= 90) capitals++;
      else if (code > 127 && code !== 0x2019) {
        if (!LETTER.test(text[start + q]) && !MARK.test(text[start + q])) break;
        foreign = true;
      } else if (code !== 39 && code !== 0x2019) break;
      if (hidden[q] === 1) covered = true;
    }
    const wordStart = start + p;
    let wordEnd = start + q;
    p = q;
    // Quotes around a word are not part of it.
    while (wordEnd > wordStart && isApostrophe(text.charCodeAt(wordEnd - 1))) wordEnd--;
    if (
      covered ||
      foreign ||
      isJoinedToIdentifier(text, wordStart, wordEnd) ||
      isCodeCase(text, wordStart, wordEnd, capitals)
    ) {
      previousEnd = -1;
      continue;
    }
    out.add(
      shift + wordStart,
      shift + wordEnd,
      previousEnd >= 0 && onlySpaceBetween(text, mask, start, previousEnd, wordStart),
    );
    previousEnd = wordEnd;
  }
}

/** Hides what does not read as prose inside a piece starting at `origin`: comments, code, tags, URLs, addresses. */
function hideInline(piece: string, origin: number, mask: Mask): void {
  for (const comment of htmlComments(piece)) mask.hide(origin + comment.start, origin + comment.end);
  hideInlineCode(piece, origin, mask);
  hideMatches(HIDDEN_INLINE, piece, origin, mask);
  if (piece.includes('@')) hideMatches(EMAIL, piece, origin, mask);
}

function hideMatches(pattern: RegExp, piece: string, origin: number, mask: Mask): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(piece); m; m = pattern.exec(piece))
    mask.hide(origin + m.index, origin + m.index + m[0].length);
}

function isHidden(mask: Mask, origin: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (mask.hidden[i - origin]) return true;
  return false;
}

/**
 * Code spans: a run of backticks up to the next run of the same length on the same line (`origin`: the piece's offset).
 */
function hideInlineCode(piece: string, origin: number, mask: Mask): void {
  let p = piece.indexOf('`');
  let lineEnd = -1;
  while (p >= 0) {
    let runEnd = p;
    while (codeAt(piece, runEnd) === 96) runEnd++;
    const run = '`'.repeat(runEnd - p);
    // Searched within the line only, so that no run makes the scan go over the rest of the text; the line's end is
    // found once a line, not once a run (a line of a million backticks).
    if (runEnd > lineEnd) lineEnd = lineEndAt(piece, runEnd);
    const line = piece.slice(runEnd, lineEnd);
    let found = line.indexOf(run);
    while (found >= 0 && codeAt(line, found + run.length) === 96) found = line.indexOf(run, found + run.length + 1);
    const close = found < 0 ? -1 : runEnd + found;
    if (close >= 0) {
      mask.hide(origin + p, origin + close + run.length);
      p = piece.indexOf('`', close + run.length);
    } else p = piece.indexOf('`', runEnd);
  }
}

function lineEndAt(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

/**
 * The character code at `i`, or -1 outside the text: `charCodeAt` gives NaN there, which compares the same, but a
 * read past the end makes V8 throw away the optimized code of the function (and of the ones it was inlined in).
 */
const codeAt = (text: string, i: number) => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

const isApostrophe = (code: number) => code === 39 || code === 0x2019;
const isAlphanumeric = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isDigit = (code: number) => code >= 48 && code <= 57;
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isUpper = (code: number) => code >= 65 && code <= 90;

/**
 * A word joined to an identifier: a digit or an underscore joined to it (`v2`, `vm_size`), a dot between it and
 * another word (`Microsoft.Compute`, `web.config`), a slash or backslash beside it (paths), a dash before it that
 * follows no word (`-ano`, `--force`), or emphasis inside a word (`**S**torage`).
 */
function isJoinedToIdentifier(text: string, start: number, end: number): boolean {
  const before = codeAt(text, start - 1);
  const after = codeAt(text, end);
  if (isDigit(before) || isDigit(after)) return true;
  if ((before === 45 || after === 45) && isGuidSegment(text, start, end, before === 45, after === 45)) return true;
  if (before === 47 || before === 92 || after === 47 || after === 92) return true;
  if (before === 45 && !isAlphanumeric(codeAt(text, start - 2))) return true;
  if ((before === 95 || before === 46) && isAlphanumeric(codeAt(text, start - 2))) return true;
  if ((after === 95 || after === 46) && isAlphanumeric(codeAt(text, end + 1))) return true;
  let p = start - 1;
  while (p >= 0 && (codeAt(text, p) === 42 || codeAt(text, p) === 95)) p--;
  if (p < start - 1 && isLetter(codeAt(text, p))) return true;
  p = end;
  while (codeAt(text, p) === 42 || codeAt(text, p) === 95) p++;
  return p > end && isLetter(codeAt(text, p));
}

const isHex = (code: number) => isDigit(code) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);

/**
 * Letters a-f between hyphens with a run of hex digits holding a digit beside them: a GUID's segment
 * (`cb6b214b-fbeb-8fd1`), not a word.
 */
function isGuidSegment(text: string, start: number, end: number, hyphenBefore: boolean, hyphenAfter: boolean): boolean {
  for (let p = start; p < end; p++) if (!isHex(codeAt(text, p))) return false;
  const runHasDigit = (from: number, step: number) => {
    let digit = false;
    for (let p = from; isHex(codeAt(text, p)); p += step) digit ||= isDigit(codeAt(text, p));
    return digit;
  };
  return (hyphenBefore && runHasDigit(start - 2, -1)) || (hyphenAfter && runHasDigit(end + 1, 1));
}

/**
 * Written as code or a name: capitals inside (`ExpressRoute`, `vCores`, `HDInsight`), or a short word in capitals
 * (`SKU`, `RBAC`). A capital typed twice (`UUpgrade`) is a slip, not a name.
 */
function isCodeCase(text: string, start: number, end: number, capitals: number): boolean {
  const letters = end - start;
  if (capitals === 0) return false;
  if (capitals >= letters) return letters <= 5;
  const firstIsCapital = isUpper(text.charCodeAt(start));
  if (capitals === 1) return !firstIsCapital;
  return !(capitals === 2 && firstIsCapital && text.charCodeAt(start) === text.charCodeAt(start + 1));
}

/** The visible strings of the JSON section: values of the keys in VISIBLE_JSON_KEYS. */
function visibleJsonPieces(
  article: Article,
  visit: (text: string, start: number, end: number, mask: Mask | undefined, shift: number) => void,
): void {
  const json = article.json!;
  const origin = json.content.start;
  const source = article.text.slice(origin, json.content.end);
  const strings = jsonStringValues(source, origin, VISIBLE_JSON_KEYS);
  // Each string read on its own (a copy of the whole text made of two pieces is slow to read a character at a time).
  // Escapes other than `\\` become spaces (same offsets): `\n` ends a word, `C:\\Temp` stays a path.
  for (const span of strings) {
    const raw = article.text.slice(span.start, span.end);
    const unescaped = raw.includes('\\')
      ? raw.replace(/\\(?:u[0-9A-Fa-f]{4}|[^])/g, (escape) => (escape === '\\\\' ? escape : ' '.repeat(escape.length)))
      : raw;
    visit(unescaped, 0, unescaped.length, undefined, span.start);
  }
}
