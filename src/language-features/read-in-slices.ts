/**
 * Many files read through `vscode.workspace.fs` and used in order without freezing the editor: reads run batches
 * ahead of their use (reading through the file system API is slower than using what was read, so it must never stop),
 * and the extension host is given back whenever the work has held it for a slice.
 */
import * as vscode from 'vscode';
import type { Trace } from './trace';
import { yieldToHost } from './yield-to-host';

/** How long the work may hold the extension host before it yields. */
const SLICE_MS = 15;
const READ_BATCH = 128;
const READS_AHEAD = 4;

export interface SlicedReading {
  /** Awaited before the first file is used (what using a file needs, loading while the reads start). */
  ready: Promise<void>;
  /** Uses one file's bytes; undefined when it could not be read. */
  use(uri: vscode.Uri, bytes: Uint8Array | undefined): void;
  /** Said at each pause: how many files were used. */
  progress(done: number): void;
  /** A read failed: said once, the file left out. */
  readFailed(uri: vscode.Uri, error: unknown): undefined;
  trace: Trace;
}

/** Reads and uses every file; resolves with how long it waited for reads and how long it used files, in ms. */
export async function readInSlices(
  uris: readonly vscode.Uri[],
  reading: SlicedReading,
): Promise<{ readWaitMs: number; useMs: number }> {
  const timing = { readWaitMs: 0, useMs: 0 };
  const read = (from: number) =>
    Promise.all(
      uris
        .slice(from, from + READ_BATCH)
        .map((uri) =>
          Promise.resolve(vscode.workspace.fs.readFile(uri)).catch((error) => reading.readFailed(uri, error)),
        ),
    );
  const ahead = Array.from({ length: READS_AHEAD }, (_, k) => read(k * READ_BATCH));
  await reading.ready;
  let sliceStart = Date.now();
  for (let i = 0; i < uris.length; i += READ_BATCH) {
    const batch = uris.slice(i, i + READ_BATCH);
    const waited = Date.now();
    if (i > 0) reading.trace.emit({ kind: 'index-slice', ms: waited - sliceStart });
    const contents = await ahead.shift()!;
    timing.readWaitMs += Date.now() - waited;
    ahead.push(read(i + READS_AHEAD * READ_BATCH));
    // Waiting for the reads let the host run: the held time starts again here.
    sliceStart = Date.now();
    for (let k = 0; k < batch.length; k++) {
      const using = performance.now();
      reading.use(batch[k], contents[k]);
      timing.useMs += performance.now() - using;
      const held = Date.now() - sliceStart;
      if (held > SLICE_MS) {
        reading.trace.emit({ kind: 'index-slice', ms: held });
        reading.progress(i + k + 1);
        await yieldToHost();
        sliceStart = Date.now();
      }
    }
  }
  reading.trace.emit({ kind: 'index-slice', ms: Date.now() - sliceStart });
  return timing;
}
