import * as assert from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import { lintArticle } from '../../src/core/lint/lint';
import { parseArticle } from '../../src/core/parse/article';
import { workspaceEntry } from '../../src/core/authoring/workspace-entry';
import { article } from '../helpers/article';
import { speller } from '../helpers/speller';

v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

/** Heap growth while `keep` holds what is made of 200 articles of about 200 KB each (40 MB of text). */
function heapHeldBy(make: (text: string) => unknown): number {
  const body = `# Virtual machine does not start\n\n${'We found that your virtual machine stopped. '.repeat(4_500)}\n`;
  collect();
  const before = process.memoryUsage().heapUsed;
  const keep: unknown[] = [];
  for (let i = 0; i < 200; i++) {
    // A word of its own in each (letters only, long enough to be a view of the text when cut from it).
    const word = `Configurationx${String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26))}`;
    const text = article(
      { articleId: `vm-does-not-start-${i}-long-enough`, pageTitle: `Virtual machine ${word} does not start` },
      body + i,
    );
    keep.push(make(text));
  }
  collect();
  const held = process.memoryUsage().heapUsed - before;
  assert.strictEqual(keep.length, 200);
  return held;
}

describe('what outlives an article', () => {
  it("the facts, the findings, the index entry and the speller's caches keep none of the article's text alive", () => {
    const context = { speller: speller() };
    const held = heapHeldBy((text) => {
      const parsed = parseArticle(text, { path: 'articles/a.md' });
      const { facts, findings } = lintArticle(parsed, undefined, context);
      return { facts, findings, entry: workspaceEntry(parsed) };
    });
    assert.ok(held < 8_000_000, `${(held / 1e6).toFixed(1)} MB held for 40 MB of text`);
  });

  it('(the control: the text itself, kept, is seen)', () => {
    const held = heapHeldBy((text) => text.slice(10, 50));
    assert.ok(held > 30_000_000, `${(held / 1e6).toFixed(1)} MB held`);
  });
});
