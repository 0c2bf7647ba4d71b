import * as assert from 'assert';
import * as fc from 'fast-check';
import { findInAnyCase, sameInAnyCase } from '../../src/core/text/any-case';

describe('names matched in any case (the one lookup every layer uses)', () => {
  it('finds the name as written first, else the first in another casing, else nothing', () => {
    assert.strictEqual(findInAnyCase(['pageTitle', 'PageTitle'], 'PageTitle'), 'pageTitle');
    assert.strictEqual(findInAnyCase(['articleId'], 'ARTICLEID'), 'articleId');
    assert.strictEqual(findInAnyCase(['articleId'], 'articleIds'), undefined);
  });

  it('agrees with comparing lower-cased names, for any names', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        assert.strictEqual(sameInAnyCase(a, b), a.toLowerCase() === b.toLowerCase());
        assert.strictEqual(findInAnyCase([a], b) !== undefined, a.toLowerCase() === b.toLowerCase());
      }),
    );
  });
});
