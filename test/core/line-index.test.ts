/** The line index every position comes from: LF, CRLF and a lone CR each end a line, whatever their mix. */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { LineIndex } from '../../src/core/text/source-text';

/** The definition, a character at a time (the index jumps from break to break). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

describe('the line index', () => {
  it('starts a line after each LF, each CRLF and each lone CR, in any mix', () => {
    assert.deepStrictEqual(new LineIndex('a\r\nb\rc\nd\r\r\n').starts, [0, 3, 5, 7, 9, 11]);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n')).map((parts) => parts.join('')),
        (text) => {
          assert.deepStrictEqual(new LineIndex(text).starts, lineStarts(text));
        },
      ),
      { numRuns: 3000, seed: 19 },
    );
  });
});
