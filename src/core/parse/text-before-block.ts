import { isBlockSpace } from '../text/source-text';
import { commentAt } from '../text/html-comments';

/** What stands before the block: blank space, comments, or other text (FORMAT §2.1). */
export function textBeforeBlock(
  text: string,
  blockStart: number,
): { comments: { start: number; end: number }[]; other?: { start: number; end: number } } {
  const comments: { start: number; end: number }[] = [];
  let p = 0;
  while (p < blockStart) {
    if (isBlockSpace(text.charCodeAt(p))) {
      p++;
      continue;
    }
    const comment = commentAt(text, p);
    if (comment?.closed && comment.end <= blockStart) {
      comments.push({ start: p, end: comment.end });
      p = comment.end;
      continue;
    }
    let end = blockStart;
    while (end > p && isBlockSpace(text.charCodeAt(end - 1))) end--;
    return { comments, other: { start: p, end } };
  }
  return { comments };
}
