import * as assert from 'assert';
import { applyFixes } from '../../src/core/lint/fix';
import { lintText } from '../../src/core/lint/lint';
import { decodeBytes } from '../../src/core/text/source-text';
import { article } from '../helpers/article';

/** Deterministic pseudo-random bytes (xorshift), so a failure can be replayed. */
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

function checkSafely(text: string): void {
  const result = lintText(text, { path: 'articles/x/y.md' });
  assert.deepStrictEqual(result.internalErrors, []);
  for (const finding of result.findings) {
    assert.ok(
      finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length,
      `${finding.rule} range inside the text`,
    );
  }
  const { text: fixed } = applyFixes(text, result.findings);
  assert.strictEqual(typeof fixed, 'string');
}

const head =
  '<properties\n\tpageTitle="x"\n\tarticleId="y"\n\tselfHelpType="diagnostics"\n\tcloudEnvironments="public"\n/>\n# T\n';

describe('bad input: findings or nothing, never an exception or a hang', () => {
  it('an empty file and a block alone', () => {
    checkSafely('');
    checkSafely('<properties');
    checkSafely('<properties />');
    checkSafely('<properties a=');
    checkSafely('<properties a="');
    checkSafely("<properties a='\n");
  });

  it('random binary bytes, decoded as the CLI would', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const bytes = randomBytes(20000, seed * 7919);
      checkSafely(decodeBytes(bytes).text);
      checkSafely(head + decodeBytes(bytes).text);
    }
  });

  it('10 MB on one line, inside and after the block', () => {
    const line = 'a]( [x](y `'.repeat(1_000_000);
    checkSafely(head + line);
    checkSafely('<properties pageTitle="' + 'x'.repeat(10_000_000));
    checkSafely('<properties ' + 'a="b" '.repeat(1_000_000) + '/>');
  });

  it('thousands of unclosed markers, tokens, links, code spans and quotes', () => {
    checkSafely(head + '<!--issueDescription-->\n'.repeat(5000));
    checkSafely(head + '<!--$x-->'.repeat(20000));
    checkSafely(head + '<!--'.repeat(50000));
    checkSafely(head + '[a]('.repeat(50000));
    checkSafely(head + '`'.repeat(5000) + ' ' + '``'.repeat(5000));
    checkSafely(head + '"'.repeat(50000));
    checkSafely('<properties\n' + '\ta="\n'.repeat(20000) + '/>');
    checkSafely(head + '---\n' + '{"a":'.repeat(20000) + '\n---\n');
    checkSafely(head.replace('diagnostics', 'problemScopingQuestions') + '---\n' + '['.repeat(100000) + '\n---\n');
    checkSafely(
      head.replace('diagnostics', 'problemScopingQuestions') +
        '---\n{"formElements":' +
        '['.repeat(50000) +
        ']'.repeat(50000) +
        ', "Required": "true"}\n---\n',
    );
  });

  it('a JSON section of half a million lines, its strings read in one pass', () => {
    // Read again from each string to the text's end, this took minutes (once quadratic, found this way); in one pass,
    // two seconds alone, and up to 30 on a machine busy with other work (a CI run failed so): the runner's two minutes
    // still catch a quadratic pass.
    const lines = Array.from({ length: 500_000 }, (_, i) => `  "title${i}": "Some words here",`).join('\n');
    checkSafely(
      head.replace('diagnostics', 'problemScopingQuestions') + `---\n{\n${lines}\n  "title": "Last words"\n}\n---\n`,
    );
  });

  it('deep nesting of quotes and lists', () => {
    checkSafely(head + '>'.repeat(50000) + ' x\n');
    checkSafely(head + Array.from({ length: 2000 }, (_, i) => ' '.repeat(i * 2) + '* item').join('\n'));
  });

  it('a long run of whitespace that would trip a backtracking pattern', () => {
    checkSafely(head + '![' + ' '.repeat(200000) + 'x\n');
    checkSafely(article({ pageTitle: ' '.repeat(100000) + 'x' + ' '.repeat(100000) }));
    checkSafely(
      head.replace('diagnostics', 'problemScopingQuestions') +
        '---\n{"formElements":[{"id":"a","visibility":"(' +
        ' '.repeat(100000) +
        'b == c ' +
        ' '.repeat(100000) +
        '"}]}\n---\n',
    );
  });
});
