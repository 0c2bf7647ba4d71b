/** Plain text edits: applied together, and offsets of the edited text mapped back to the text before them. */

import type { Span } from './span';

/** A replacement of text[start, end) (offsets into the text before any edit): what fixes are made of. */
export interface Edit extends Span {
  text: string;
}

/** The text with edits that do not overlap applied (offsets into the original text). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const pieces: string[] = [];
  let position = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    pieces.push(text.slice(position, edit.start), edit.text);
    position = edit.end;
  }
  pieces.push(text.slice(position));
  return pieces.join('');
}

/**
 * Maps an offset of the edited text back to the text before the edits (sorted, not overlapping); an offset inside a
 * replacement maps to the start or the end of the text it replaced.
 */
export function mapOffsetBack(edits: readonly Edit[], offset: number, side: 'start' | 'end'): number {
  let delta = 0;
  for (const edit of edits) {
    const newStart = edit.start + delta;
    const newEnd = newStart + edit.text.length;
    if (offset < newStart) break;
    if (offset < newEnd || (offset === newEnd && side === 'end' && edit.text.length > 0))
      return side === 'start' ? edit.start : edit.end;
    delta += edit.text.length - (edit.end - edit.start);
  }
  return offset - delta;
}
