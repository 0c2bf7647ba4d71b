/** HTML comments, found by one scanner for everyone (the body's markers, inline configuration, the preview). */

/** `<!--inner-->` at [start, end); `closed` is false when no `-->` follows before the limit (it then runs to it). */
export interface HtmlComment {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  closed: boolean;
}

/** The comment that opens at `start`, if one does; its `-->` is looked for before `to`. */
export function commentAt(text: string, start: number, to = text.length): HtmlComment | undefined {
  if (!text.startsWith('<!--', start)) return undefined;
  const close = text.indexOf('-->', start + 4);
  const closed = close >= 0 && close < to;
  return { start, end: closed ? close + 3 : to, innerStart: start + 4, innerEnd: closed ? close : to, closed };
}

/**
 * The comments of text[from, to) in order, each looked at once: linear time whatever the text. An unclosed comment
 * is the last one given.
 */
export function* htmlComments(text: string, from = 0, to = text.length): Generator<HtmlComment> {
  for (let p = text.indexOf('<!--', from); p >= 0 && p < to;) {
    const comment = commentAt(text, p, to)!;
    yield comment;
    if (!comment.closed) return;
    p = text.indexOf('<!--', comment.end);
  }
}

/** A replacement token's comment: `<!--$Name-->` opens token Name (group 1 empty), `<!--/$Name-->` closes it. */
export const TOKEN_COMMENT = /^<!--\s*(\/?)\s*\$([^>]*)-->$/;
