import * as assert from 'assert';
import fc from 'fast-check';
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
  it("takes each clause's id and value, without the spaces and closing parentheses around it, with their offsets", () => {
    const expression = ' a == x && ( b != y || c ==  West US (2)))';
    const clauses = visibilityClauses(expression);
    assert.deepStrictEqual(
      clauses.map((c) => ({ id: c.id, equals: c.equals, value: c.value })),
      [
        { id: 'a', equals: true, value: 'x' },
        { id: 'b', equals: false, value: 'y' },
        { id: 'c', equals: true, value: 'West US (2)' },
      ],
    );
    for (const c of clauses) {
      assert.strictEqual(expression.slice(c.idStart, c.idEnd), c.id);
      assert.strictEqual(expression.slice(c.valueStart, c.valueEnd), c.value);
      assert.match(expression.slice(c.operatorStart, c.operatorStart + 2), /==|!=/);
    }
  });

  it('places every id and value where the expression holds it, whatever the expression (property)', () => {
    const part = fc.stringMatching(/^[ a-z_()]{0,8}$/);
    const clause = fc
      .tuple(part, fc.constantFrom('==', '!='), part)
      .map(([id, operator, value]) => `${id}${operator}${value}`);
    const expression = fc.array(clause, { minLength: 1, maxLength: 4 }).chain((clauses) =>
      fc
        .array(fc.constantFrom(' && ', '||', ' || ('), {
          minLength: clauses.length - 1,
          maxLength: clauses.length - 1,
        })
        .map((joins) => clauses.map((c, i) => (i ? joins[i - 1] : '') + c).join('')),
    );
    fc.assert(
      fc.property(expression, (text) => {
        for (const c of visibilityClauses(text)) {
          assert.strictEqual(text.slice(c.idStart, c.idEnd), c.id);
          assert.strictEqual(text.slice(c.valueStart, c.valueEnd), c.value);
        }
      }),
      { seed: 1201, numRuns: 2000 },
    );
  });

  it('reads a long run of spaces inside a value in linear time', () => {
    const start = Date.now();
    visibilityClauses(`a == x${' '.repeat(100_000)}y`);
    assert.ok(Date.now() - start < 2000, `took ${Date.now() - start} ms`);
  });
});
