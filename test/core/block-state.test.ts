/** The rules' markdown-it finds its line marks by jumping from break to break: the same marks as markdown-it's own. */
import * as assert from 'assert';
import * as fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { leanBlockState } from '../../src/core/parse/block-parser';

const MARKS = [
  'bMarks',
  'eMarks',
  'tShift',
  'sCount',
  'bsCount',
  'lineMax',
  'line',
  'blkIndent',
  'level',
  'parentType',
  'listIndent',
  'tight',
] as const;

describe("the block state of the rules' markdown-it", () => {
  const stock = new MarkdownIt({ html: true });
  const State = leanBlockState(stock.block.State);
  const marksOf = (state: MarkdownIt.StateBlock) => MARKS.map((k) => JSON.stringify(state[k]));
  const blankHeavy = fc
    .array(fc.constantFrom('a', '#', '>', '-', '1.', '```', ' ', '  ', '\t', '\n', '\n\n', '\r', '\u00a0', '\v'), {
      maxLength: 60,
    })
    .map((parts) => parts.join(''));

  it("has markdown-it's line marks for any text, blank and tab-indented lines and a last line without a break included", () => {
    fc.assert(
      fc.property(blankHeavy, (text) => {
        assert.deepStrictEqual(
          marksOf(new State(text, stock, {}, [])),
          marksOf(new stock.block.State(text, stock, {}, [])),
        );
      }),
      { numRuns: 2000 },
    );
    for (const text of ['', ' ', '\n', 'a', 'a\n', ' \t a', 'a\n  ', 'a\n  \n', '\t\tb\n\n  \t', '\n\n\n']) {
      assert.deepStrictEqual(
        marksOf(new State(text, stock, {}, [])),
        marksOf(new stock.block.State(text, stock, {}, [])),
        JSON.stringify(text),
      );
    }
  });

  it("is markdown-it's state for its rules (its methods and fields), and gives the same tokens, every field in its order", () => {
    const ours = new MarkdownIt({ html: true });
    ours.block.State = State;
    // Every field of every token, in markdown-it's order.
    fc.assert(
      fc.property(blankHeavy, (text) => {
        assert.strictEqual(JSON.stringify(ours.parse(text, {})), JSON.stringify(stock.parse(text, {})));
      }),
      { numRuns: 1000 },
    );
    const state = new State('a', stock, {}, []);
    assert.ok(state instanceof stock.block.State);
    const { Token } = new stock.block.State('a', stock, {}, []);
    assert.strictEqual(state.Token, Token);
    const [token] = ours.parse('# A heading', {});
    assert.ok(token instanceof Token);
    assert.deepStrictEqual(Object.keys(token), Object.keys(new Token('heading_open', 'h1', 1)));
    assert.strictEqual(token.attrGet('id'), null);
  });
});
