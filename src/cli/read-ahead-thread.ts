/**
 * The reader thread of `ReadAhead`: a bundle of its own (`dist/read-ahead-thread.js`), so it starts without loading
 * the checker. A batch goes as one buffer holding its files one after another, handed over rather than copied (a copy
 * of each file cost the checking thread more than reading it). Ahead as far as it may, it looks again every few
 * milliseconds: waking it from the checking thread cost that thread about 0.15 ms a time, more than the reader's runway
 * of 256 files needs.
 */
import * as fs from 'fs';
import { workerData } from 'worker_threads';
import { BATCH, type Batch, kilobytes, type ReaderInput, Slot } from './read-ahead';

function readAll({ files, counters, port, ahead }: ReaderInput): void {
  const shared = new Int32Array(counters);
  let pending: (Uint8Array | undefined)[] = [];
  let errors: (string | undefined)[] = [];
  const send = (read: number) => {
    const ends: number[] = [];
    let length = 0;
    for (const bytes of pending) ends.push((length += bytes?.length ?? 0));
    const whole = new Uint8Array(length);
    pending.forEach((bytes, k) => bytes && whole.set(bytes, ends[k] - bytes.length));
    port.postMessage({ whole, ends, errors } satisfies Batch, [whole.buffer]);
    pending = [];
    errors = [];
    Atomics.store(shared, Slot.Read, read);
    Atomics.notify(shared, Slot.Read);
  };
  const tooFarAhead = (i: number, taken: number) =>
    i - taken >= ahead.files || Atomics.load(shared, Slot.KilobytesAhead) >= ahead.kilobytes;
  for (let i = 0; i < files.length; i++) {
    for (
      let taken = Atomics.load(shared, Slot.Taken);
      tooFarAhead(i, taken);
      taken = Atomics.load(shared, Slot.Taken)
    ) {
      if (pending.length) send(i);
      Atomics.wait(shared, Slot.Taken, taken, 5);
    }
    try {
      const bytes = fs.readFileSync(files[i]);
      Atomics.add(shared, Slot.KilobytesAhead, kilobytes(bytes));
      pending.push(bytes);
      errors.push(undefined);
    } catch (error) {
      pending.push(undefined);
      errors.push((error as NodeJS.ErrnoException).code ?? (error as Error).message);
    }
    if (pending.length === BATCH) send(i + 1);
  }
  if (pending.length) send(files.length);
  port.close();
}

readAll(workerData as ReaderInput);
