import * as assert from 'assert';
import { Writable } from 'stream';
import { writerTo } from '../../src/cli/io';
import { formatJson } from '../../src/cli/formatters/json';
import type { LocatedFinding } from '../../src/cli/check-file';

describe('the JSON report, written a piece at a time', () => {
  const finding = (i: number): LocatedFinding => ({
    file: `articles/a${i % 7}.md`,
    rule: i % 3 ? 'SH601' : 'not-a-rule',
    severity: 'warning',
    line: i + 1,
    column: 1,
    endLine: i + 1,
    endColumn: 5,
    message: `Unknown word "x${i}" \u2028 "quoted"`,
    messageId: 'test',
    fixable: i % 2 === 0,
    related: [{ file: 'b.md', line: 1, column: 1, message: 'not in the report' }],
  });

  for (const count of [0, 1, 999, 1000, 1001, 2500])
    it(`is exactly the one JSON object of ${count} findings, whatever the pieces`, () => {
      const findings = Array.from({ length: count }, (_, i) => finding(i));
      const pieces = [...formatJson({ files: 3, skipped: 1, fixed: 0, findings, services: new Map() })];
      const expected = {
        version: 1,
        files: 3,
        skipped: 1,
        findings: findings.map(
          ({ file, rule, severity, line, column, endLine, endColumn, message, messageId, fixable }) => ({
            file,
            rule,
            slug: rule === 'SH601' ? 'spelling' : undefined,
            severity,
            line,
            column,
            endLine,
            endColumn,
            message,
            messageId,
            fixable,
          }),
        ),
      };
      assert.strictEqual(pieces.join(''), JSON.stringify(expected) + '\n');
      assert.ok(pieces.length >= 2 + Math.ceil(count / 1000), `${pieces.length} pieces`);
    });
});

describe('standard output, written as the reader reads it', () => {
  /** A stream that takes a piece every millisecond and holds at most 1 KB before it asks the writer to wait. */
  const slowReader = () =>
    new Writable({ highWaterMark: 1024, write: (_chunk, _encoding, done) => void setTimeout(done, 1) });
  const pieces = Array.from({ length: 40 }, (_, i) => String(i % 10).repeat(1000));

  it('waits for the stream to drain, so the report never piles up in memory', async () => {
    const stream = slowReader();
    const write = writerTo(stream);
    let held = 0;
    for (const piece of pieces) {
      await write(piece);
      held = Math.max(held, stream.writableLength);
    }
    await new Promise((resolve) => stream.end(resolve));
    assert.ok(held <= 1024 + 1000, `held ${held} bytes`);
  });

  it('would hold the whole report without the waiting (what the test above guards against)', async () => {
    const stream = slowReader();
    for (const piece of pieces) stream.write(piece);
    assert.strictEqual(stream.writableLength, 40_000);
    await new Promise((resolve) => stream.end(resolve));
  });
});
