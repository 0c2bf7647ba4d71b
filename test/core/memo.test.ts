import * as assert from 'assert';
import { memoized } from '../../src/core/text/memo';
import { visibleWords, visibleWordsFound } from '../../src/core/parse/visible-text';
import { parseArticle } from '../../src/core/parse/article';
import { article } from '../helpers/article';

describe('the memo of views derived from an object', () => {
  it('computes a view once for each object, and peeks without computing', () => {
    let computed = 0;
    const length = memoized((text: { value: string }) => (computed++, text.value.length));
    const a = { value: 'abc' };
    assert.strictEqual(length.peek(a), undefined);
    assert.strictEqual(computed, 0, 'peek computes nothing');
    assert.strictEqual(length(a), 3);
    assert.strictEqual(length(a), 3);
    assert.strictEqual(computed, 1, 'once for the same object');
    assert.strictEqual(length({ value: 'abc' }), 3);
    assert.strictEqual(computed, 2, 'again for another object with the same content');
    assert.strictEqual(length.peek(a), 3);
  });

  it('keeps a view that is undefined without computing it again', () => {
    let computed = 0;
    const nothing = memoized(() => (computed++, undefined));
    const key = {};
    nothing(key);
    nothing(key);
    assert.strictEqual(computed, 1);
  });

  it('the words customers read are found once an article, and a rule can ask whether they were', () => {
    const parsed = parseArticle(article(), { path: 'a.md' });
    assert.strictEqual(visibleWordsFound(parsed), undefined);
    const words = visibleWords(parsed);
    assert.strictEqual(visibleWords(parsed), words);
    assert.strictEqual(visibleWordsFound(parsed), words);
  });
});
