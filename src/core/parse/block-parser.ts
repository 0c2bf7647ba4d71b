/**
 * The rules' markdown-it: block structure only, with markdown-it's fast paths behind this one door. Its block state
 * and paragraph rule mirror markdown-it 15.0.3's internals (pinned in package.json): a property test holds the state's
 * marks and tokens to markdown-it's, and the corpus test every block token of every published article, so an upgrade
 * that changes them fails there first.
 */
import MarkdownIt from 'markdown-it';
type Token = MarkdownIt.Token;

/**
 * Block structure is all the rules need from markdown-it; the inline pass (links, emphasis, URL normalisation) is
 * most of its cost, and links are placed by our own scan, so it is turned off here.
 */
const markdown = new MarkdownIt({ html: true });
markdown.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
markdown.block.ruler.at('paragraph', paragraphWithoutText);
markdown.block.State = leanBlockState(markdown.block.State);

/**
 * markdown-it's block state (15.x), made faster in two places and the same otherwise (a property test holds its marks
 * and tokens to markdown-it's; the corpus test every block token): its line marks are found by jumping from line
 * break to line break (its constructor looks at every character of the text, a third of the block pass), and its
 * tokens are made by a constructor that sets their fields in the same order without a helper call for each (a sixth
 * of the block pass).
 */
export function leanBlockState(Stock: typeof MarkdownIt.StateBlock): typeof MarkdownIt.StateBlock {
  const { Token } = new Stock('', markdown, {}, []);
  const BlockToken = function (this: Token, type: string, tag: string, nesting: Token['nesting']) {
    this.map = null;
    this.level = 0;
    this.children = null;
    this.content = '';
    this.markup = '';
    this.info = '';
    this.block = false;
    this.hidden = false;
    this.type = type;
    this.tag = tag;
    this.attrs = null;
    this.nesting = nesting;
    this.meta = null;
  } as unknown as new (type: string, tag: string, nesting: Token['nesting']) => Token;
  BlockToken.prototype = Token.prototype;
  const prototype = Object.create(Stock.prototype) as MarkdownIt.StateBlock;
  // markdown-it's own `push`, with the token made as above.
  prototype.push = function (this: MarkdownIt.StateBlock, type: string, tag: string, nesting: Token['nesting']): Token {
    const token = new BlockToken(type, tag, nesting);
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  };
  function LeanBlockState(src: string, md: typeof markdown, env: unknown, tokens: Token[]): MarkdownIt.StateBlock {
    // The fields in the order markdown-it's constructor makes them: every state has the same shape.
    const state = Object.assign(Object.create(prototype) as MarkdownIt.StateBlock, {
      bMarks: [] as number[],
      eMarks: [] as number[],
      tShift: [] as number[],
      sCount: [] as number[],
      bsCount: [] as number[],
      blkIndent: 0,
      line: 0,
      lineMax: 0,
      tight: false,
      listIndent: -1,
      parentType: 'root',
      level: 0,
      Token,
      src,
      md,
      env,
      tokens,
    });
    const { bMarks, eMarks, tShift, sCount, bsCount } = state;
    const length = src.length;
    for (let start = 0; start < length;) {
      let indent = 0;
      let offset = 0;
      let pos = start;
      for (; pos < length; pos++) {
        const code = src.charCodeAt(pos);
        if (code !== 0x20 && code !== 0x09) break;
        indent++;
        offset += code === 0x09 ? 4 - (offset % 4) : 1;
      }
      const lineBreak = src.indexOf('\n', pos);
      // A last line without a break counts only when it holds more than blanks (as markdown-it has it).
      if (lineBreak < 0 && pos === length) break;
      const end = lineBreak < 0 ? length : lineBreak;
      bMarks.push(start);
      eMarks.push(end);
      tShift.push(indent);
      sCount.push(offset);
      bsCount.push(0);
      start = end + 1;
    }
    bMarks.push(length);
    eMarks.push(length);
    tShift.push(0);
    sCount.push(0);
    bsCount.push(0);
    state.lineMax = bMarks.length - 1;
    return state;
  }
  return LeanBlockState as unknown as typeof MarkdownIt.StateBlock;
}

/**
 * markdown-it's own paragraph rule (15.x), but without the paragraph's text, which nothing here reads: joining its
 * lines was a sixth of what reading an article allocated. The same lines and the same tokens (a corpus test holds
 * them to markdown-it's).
 */
function paragraphWithoutText(state: MarkdownIt.StateBlock, startLine: number, endLine: number): boolean {
  const terminatorRules = state.md.block.ruler.getRules('paragraph');
  const oldParentType = state.parentType;
  let nextLine = startLine + 1;
  state.parentType = 'paragraph';
  lines: for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    // Indented code or a lazy continuation line: part of the paragraph whatever it holds.
    if (state.sCount[nextLine] - state.blkIndent > 3 || state.sCount[nextLine] < 0) continue;
    for (const rule of terminatorRules) if (rule(state, nextLine, endLine, true)) break lines;
  }
  state.line = nextLine;
  const open = state.push('paragraph_open', 'p', 1);
  open.map = [startLine, nextLine];
  const inline = state.push('inline', '', 0);
  inline.content = '';
  inline.map = [startLine, nextLine];
  inline.children = [];
  state.push('paragraph_close', 'p', -1);
  state.parentType = oldParentType;
  return true;
}

/**
 * The last body read and its tokens: the same body is read again when only the properties block changed (the check
 * of a fix to an attribute, an edit in the block), and its tokens (lines relative to the body, never changed by a
 * reader) are the same.
 */
let lastRead: { body: string; tokens: Token[] } | undefined;

/** The block tokens of a body (lines relative to it): the last body's again when it is read again unchanged. */
export function blockTokens(body: string): Token[] {
  if (lastRead?.body !== body) lastRead = { body, tokens: markdown.parse(body, {}) };
  return lastRead.tokens;
}
