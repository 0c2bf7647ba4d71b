import * as assert from 'assert';
import { isVisible, visibilityClauses } from '../../src/core/format/visibility';

const answers = (values: Record<string, string[]>) => (id: string) => values[id] ?? [];

describe('visibility expressions', () => {
  it('shows an element without a rule, or with null or true', () => {
    for (const rule of [undefined, null, '', 'null', 'true', ' True '])
      assert.strictEqual(isVisible(rule, answers({})), true, String(rule));
  });

  it('compares option values, any case, with == and !=', () => {
    assert.strictEqual(isVisible('os == Windows', answers({ os: ['windows'] })), true);
    assert.strictEqual(isVisible('os == Windows', answers({ os: ['linux'] })), false);
    assert.strictEqual(isVisible('os != Windows', answers({ os: ['linux'] })), true);
    assert.strictEqual(isVisible('os != Windows', answers({})), true);
    assert.strictEqual(isVisible('os == Windows', answers({})), false);
  });

  it('binds && tighter than ||, and reads parentheses', () => {
    const a = answers({ a: ['1'], b: ['2'], c: ['3'] });
    assert.strictEqual(isVisible('a == 0 && b == 2 || c == 3', a), true);
    assert.strictEqual(isVisible('a == 0 && (b == 2 || c == 3)', a), false);
    assert.strictEqual(isVisible('(a == 1 || b == 0) && c == 3', a), true);
  });

  it('keeps spaces and unbalanced parentheses that belong to a value', () => {
    assert.strictEqual(isVisible('region == West US (2)', answers({ region: ['West US (2)'] })), true);
    assert.strictEqual(isVisible('(region == West US (2))', answers({ region: ['West US (2)'] })), true);
  });

  it('any selected value of a multi-select matches', () => {
    assert.strictEqual(isVisible('tools == cli', answers({ tools: ['portal', 'cli'] })), true);
  });

  it('never throws on what it cannot read, and shows the element', () => {
    for (const rule of ['((((', '&& ||', 'a ==', ')))a == b', 'just words'])
      assert.doesNotThrow(() => isVisible(rule, answers({})));
    assert.strictEqual(isVisible('just words', answers({})), true);
  });
});

describe("the visibility rule's reading of clauses", () => {
  it("takes each clause's id and value, without the spaces and closing parentheses around it", () => {
    assert.deepStrictEqual(visibilityClauses('a == x && (b != y || c == West US (2)))'), [
      { id: 'a', value: 'x' },
      { id: 'b', value: 'y' },
      { id: 'c', value: 'West US (2)' },
    ]);
  });

  it('reads a long run of spaces inside a value in linear time', () => {
    const start = Date.now();
    visibilityClauses(`a == x${' '.repeat(100_000)}y`);
    assert.ok(Date.now() - start < 2000, `took ${Date.now() - start} ms`);
  });
});
