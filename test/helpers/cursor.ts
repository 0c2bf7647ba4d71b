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

/**
 * The offset a marked search names in a text: `placeIn(text, '"o‸s"')` is where the cursor sits inside the one place
 * the search (without its marker) occurs.
 */
export function placeIn(text: string, markedSearch: string): number {
  const marker = markedSearch.indexOf(CURSOR);
  if (marker < 0) throw new Error(`"${markedSearch}" has no ${CURSOR}.`);
  const search = markedSearch.replace(CURSOR, '');
  const at = text.indexOf(search);
  if (at < 0 || text.indexOf(search, at + 1) >= 0)
    throw new Error(`"${search}" occurs ${at < 0 ? 'nowhere' : 'twice'}.`);
  return at + marker;
}
