/**
 * Places in test texts written where they are, as the Markdown language service's tests do: `‸` marks the cursor
 * (and is taken out of the text), so a test reads `"id": "o‸s"` instead of an offset with a magic number.
 */
import { LineIndex } from '../../src/core/text/source-text';

export const CURSOR = '‸';

export interface Cursor {
  /** The text without the marker. */
  text: string;
  offset: number;
  /** The LSP position of the marker: 0-based line, UTF-16 column. */
  position: { line: number; character: number };
}

/** The text with its one cursor marker taken out, and where the marker was. */
export function cursor(marked: string): Cursor {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0 || marked.indexOf(CURSOR, offset + 1) >= 0)
    throw new Error(`A text with a cursor has exactly one ${CURSOR}.`);
  const text = marked.slice(0, offset) + marked.slice(offset + CURSOR.length);
  return { text, offset, position: new LineIndex(text).positionAt(offset) };
}
