import { isBlockSpace } from '../text/source-text';

/** What stands before the block: blank space, comments, or other text (FORMAT §2.1). */
export function textBeforeBlock(text: string, blockStart: number): { comments: { start: number; end: number }[]; other?: { start: number; end: number } } {
  const comments: { start: number; end: number }[] = [];
  let p = 0;
  while (p < blockStart) {
    if (isBlockSpace(text.charCodeAt(p))) {
      p++;
      continue;
    }
    if (text.startsWith('<!--', p)) {
      const close = text.indexOf('-->', p + 4);
      if (close >= 0 && close + 3 <= blockStart) {
        comments.push({ start: p, end: close + 3 });
        p = close + 3;
        continue;
      }
    }
    let end = blockStart;
    while (end > p && isBlockSpace(text.charCodeAt(end - 1))) end--;
    return { comments, other: { start: p, end } };
  }
  return { comments };
}
