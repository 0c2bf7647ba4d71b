/** The indentation a whole body shares (an article pasted in indented reads as one code block). */
import type { Article } from './article';
import { memoized } from '../text/memo';

export interface CommonIndent {
  /** The whitespace every non-blank line of the body starts with. */
  prefix: string;
  /** First and last line (inclusive) that the fix takes it from: the body, and the block too when it shares it. */
  firstLine: number;
  lastLine: number;
  /** The first non-blank line of the body. */
  firstContentLine: number;
}

/** Tabs count to the next multiple of four columns, as Markdown counts them. */
function columns(whitespace: string): number {
  let column = 0;
  for (const c of whitespace) column = c === '\t' ? column + 4 - (column % 4) : column + 1;
  return column;
}

/**
 * The indentation of four columns or more that every non-blank line of the body shares, when Markdown reads the body
 * as one code block because of it; undefined otherwise.
 */
export const commonBodyIndent = memoized((article: Article): CommonIndent | undefined => findCommonIndent(article));

function findCommonIndent(article: Article): CommonIndent | undefined {
  const { block, lines, body, text } = article;
  if (!block?.close) return undefined;
  const closeLine = lines.positionAt(block.close.end).line;
  const firstBodyLine = text.slice(block.close.end, lines.lineEnd(closeLine)).trim() ? closeLine : closeLine + 1;
  const lastBodyLine = lines.positionAt(article.body.end).line;
  let prefix: string | undefined;
  let firstContentLine = -1;
  for (let line = firstBodyLine; line <= lastBodyLine && line < lines.lineCount; line++) {
    if (line === closeLine) return undefined;
    const lineText = lines.lineText(line);
    if (!lineText.trim()) continue;
    if (firstContentLine < 0) firstContentLine = line;
    const indent = /^[ \t]*/.exec(lineText)![0];
    if (prefix === undefined) prefix = indent;
    let shared = 0;
    while (shared < prefix.length && shared < indent.length && prefix[shared] === indent[shared]) shared++;
    prefix = prefix.slice(0, shared);
    if (columns(prefix) < 4) return undefined;
  }
  if (prefix === undefined || firstContentLine < 0 || body.maskedLines[firstContentLine] !== 1) return undefined;
  // The block's own lines go too when they carry the same indentation (a whole article pasted in indented).
  const openLine = lines.positionAt(block.open.start).line;
  let firstLine = firstBodyLine;
  const blockShares = Array.from({ length: closeLine - openLine + 1 }, (_, i) => lines.lineText(openLine + i)).every(
    (l) => !l.trim() || l.startsWith(prefix!),
  );
  if (blockShares) firstLine = openLine;
  return { prefix, firstLine, lastLine: Math.min(lastBodyLine, lines.lineCount - 1), firstContentLine };
}
