/**
 * The fuzzer in `npm test`: a few thousand cases with a fixed seed, so a failure is the same on every machine.
 * `npm run fuzz` runs the same properties for as long as asked, with a random seed (test/fuzz/run.ts).
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { article, mutated } from './arbitraries';
import { corpusSample, CORPUS } from './corpus-sample';
import { lintText } from '../../src/core/lint/lint';
import type { Finding } from '../../src/core/lint/rule';
import { propertyViolations } from './properties';

const SEED = 20261126;
/** `npm run test:unit` runs a tenth of the cases (SELFHELP_FUZZ_SHARE=0.1): the inner loop, not the whole. */
const SHARE = Math.min(1, Number(process.env.SELFHELP_FUZZ_SHARE) || 1);
const runs = (count: number) => Math.max(1, Math.round(count * SHARE));
const holds = (text: string) => {
  const violations = propertyViolations(text);
  assert.deepStrictEqual(violations, []);
};

describe('fuzzer (fixed seed)', function () {
  this.timeout(600_000);

  it('articles built from the grammar: never a throw, ranges inside and in order, safe fixes, safe preview, in time', () => {
    fc.assert(fc.property(article, holds), { seed: SEED, numRuns: runs(2500) });
  });

  const originals = corpusSample(20);
  if (!originals.length) {
    console.log(`  (mutations of published articles skipped: ${CORPUS} is absent)`);
    it.skip(`mutations of published articles need ${CORPUS}`);
  } else {
    it(`published articles truncated, flipped, with lines duplicated, deleted, indented or hostile ones spliced in (${originals.length} originals)`, () => {
      fc.assert(fc.property(mutated(originals), holds), { seed: SEED, numRuns: runs(1500) });
    });
  }

  it('the properties see each kind of violation (a control: they are not blind)', () => {
    const text = '<properties\n\tpageTitle="x"\n/>\n\n# x\n';
    const real = lintText(text, { path: 'articles/microsoft.compute/fuzzed.md' });
    const broken = (finding: Partial<Finding>, html = '<p>x</p>') =>
      propertyViolations(text, {
        lint: () => ({
          ...real,
          findings: [{ rule: 'SH000', severity: 'error', message: 'x', messageId: 'x', start: 0, end: 1, ...finding }],
        }),
        renderHtml: () => html,
      });
    assert.match(broken({ end: text.length + 1 }).join('\n'), /outside the text/);
    assert.match(
      broken({
        fix: {
          title: 't',
          edits: [
            { start: 0, end: 3, text: 'a' },
            { start: 2, end: 4, text: 'b' },
          ],
        },
      }).join('\n'),
      /overlapping edits/,
    );
    assert.match(broken({}, '<p onclick="x()">x</p>').join('\n'), /preview's HTML carries/);
    assert.match(
      propertyViolations(text, {
        lint: () => {
          throw new Error('boom');
        },
        renderHtml: () => '',
      }).join('\n'),
      /threw: Error: boom/,
    );
    assert.deepStrictEqual(propertyViolations(text), [], 'the real core on the same text');
  });
});
