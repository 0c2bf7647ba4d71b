import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { AHEAD, ReadAhead, readNow, type ReadResult } from '../../src/cli/read-ahead';
import { releasedFiles, workspace } from '../helpers/cli';

const sameRead = (got: ReadResult, wanted: ReadResult, file: string) => {
  if ('error' in wanted) assert.deepStrictEqual(got, wanted, file);
  else {
    assert.ok('bytes' in got && Buffer.isBuffer(got.bytes), `${file}: bytes as a Buffer`);
    assert.ok(got.bytes.equals(wanted.bytes), `${file}: the same bytes`);
  }
};

describe('reading the files of a check ahead on another thread', () => {
  // More files than the reader may run ahead, of all sizes, with some that cannot be read among them.
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < 3 * AHEAD.files; i++)
    files[`f${String(i).padStart(4, '0')}.md`] = i % 97 === 0 ? '' : `# ${i}\n`.repeat(i % 13 === 0 ? 20_000 : i + 1);
  files['binary.md'] = Buffer.from([0xef, 0xbb, 0xbf, 0xff, 0x00, 0xc3]);
  const root = workspace(files);
  fs.mkdirSync(path.join(root, 'folder.md'));
  const paths = Object.keys(files)
    .map((name) => path.join(root, name))
    .sort();
  paths.splice(10, 0, path.join(root, 'missing.md'));
  paths.splice(AHEAD.files + 3, 0, path.join(root, 'folder.md'));

  it('gives every file in order, as read here, and the reason a file cannot be read', async () => {
    const reader = new ReadAhead(paths);
    try {
      paths.forEach((file, i) => sameRead(reader.take(i), readNow(file), file));
    } finally {
      reader.stop();
    }
    assert.deepStrictEqual(readNow(path.join(root, 'missing.md')), { error: 'ENOENT' });
    assert.deepStrictEqual(readNow(path.join(root, 'folder.md')), { error: 'EISDIR' });
  });

  it('stays at most a bounded number of files ahead of what was taken', async () => {
    const reader = new ReadAhead(paths);
    try {
      sameRead(reader.take(0), readNow(paths[0]), paths[0]);
      // Time for the reader to run as far ahead as it may.
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.ok(reader.sent > 1, `the reader read ahead (${reader.sent})`);
      assert.ok(reader.sent <= 1 + AHEAD.files, `at most ${AHEAD.files} ahead: ${reader.sent}`);
    } finally {
      reader.stop();
    }
  });

  it('stays at most so many kilobytes ahead, a file larger than that read all the same', async () => {
    const big = workspace(
      Object.fromEntries(
        Array.from({ length: 40 }, (_, i) => [
          `b${String(i).padStart(2, '0')}.md`,
          'x'.repeat(i === 20 ? 300_000 : 100_000),
        ]),
      ),
    );
    const bigFiles = fs
      .readdirSync(big)
      .sort()
      .map((name) => path.join(big, name));
    const reader = new ReadAhead(bigFiles, { files: 1000, kilobytes: 250 });
    try {
      sameRead(reader.take(0), readNow(bigFiles[0]), bigFiles[0]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      // Files of 98 KB, at most 250 KB ahead of the one taken: it reads on while under the bound, so three or four.
      assert.ok(reader.sent > 1 && reader.sent <= 4, `${reader.sent} sent`);
      for (let i = 1; i < bigFiles.length; i++) sameRead(reader.take(i), readNow(bigFiles[i]), bigFiles[i]);
    } finally {
      reader.stop();
    }
  });

  it('once stopped, reads the rest on this thread', () => {
    const reader = new ReadAhead(paths);
    const half = Math.floor(paths.length / 2);
    for (let i = 0; i < half; i++) sameRead(reader.take(i), readNow(paths[i]), paths[i]);
    reader.stop();
    for (let i = half; i < paths.length; i++) sameRead(reader.take(i), readNow(paths[i]), paths[i]);
  });

  it("runs from the built checker's folder, and its script is released with the checker", () => {
    const dist = path.resolve(__dirname, '../../../dist');
    assert.ok(fs.existsSync(path.join(dist, 'read-ahead-thread.js')), 'npm run build wrote dist/read-ahead-thread.js');
    assert.ok(releasedFiles().includes('dist/read-ahead-thread.js'), 'the release tag holds the reader thread');
    const cli = fs.readFileSync(path.join(dist, 'cli.js'), 'utf8');
    assert.ok(cli.includes('"read-ahead-thread.js"'), 'the checker starts the reader from its own folder');
  });
});
