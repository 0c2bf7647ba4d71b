/**
 * Reads the files of a check on a thread of its own, ahead of the thread that checks them: opening and reading ten
 * thousand files one at a time cost the checking thread about a tenth of a whole run, time the second core can spend
 * instead. The files arrive in order; the reader stays at most 256 files and 64 MB ahead, so memory stays bounded on
 * any repo.
 */
import * as fs from 'fs';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'worker_threads';

/** What reading a file gave: its bytes, or why it could not be read (as `fs.readFileSync` says it). */
export type ReadResult = { bytes: Buffer } | { error: string };

export function readNow(file: string): ReadResult {
  try {
    return { bytes: fs.readFileSync(file) };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
}

/** How far the reader may be ahead of the checking: so many files, and so many kilobytes (a repo of huge files). */
export const AHEAD = { files: 256, kilobytes: 64 * 1024 };
/** Files a message carries. */
const BATCH = 32;
/** How long the checking thread waits for the reader before it reads the file itself. */
const WAIT_MS = 2_000;
// Slots of the shared counters: files sent, files taken, kilobytes sent and not taken.
const READ = 0;
const TAKEN = 1;
const KILOBYTES_AHEAD = 2;

const kilobytes = (bytes: Uint8Array) => Math.ceil(bytes.length / 1024);

/**
 * The reader thread: plain JavaScript, started from this text so it loads nothing of the CLI's bundle. A batch goes as
 * one buffer holding its files one after another, handed over rather than copied (a copy of each file cost the checking
 * thread more than reading it). Ahead as far as it may, it looks again every few milliseconds: waking it from the
 * checking thread cost that thread about 0.15 ms a time here, more than the reader's runway of 256 files needs.
 */
const READER = `
const { workerData } = require('worker_threads');
const fs = require('fs');
const { files, counters, port, ahead } = workerData;
const shared = new Int32Array(counters);
let pending = [];
let errors = [];
const send = (read) => {
  const ends = [];
  let length = 0;
  for (const bytes of pending) ends.push((length += bytes ? bytes.length : 0));
  const whole = new Uint8Array(length);
  pending.forEach((bytes, k) => bytes && whole.set(bytes, ends[k] - bytes.length));
  port.postMessage({ whole, ends, errors }, [whole.buffer]);
  pending = [];
  errors = [];
  Atomics.store(shared, ${READ}, read);
  Atomics.notify(shared, ${READ});
};
for (let i = 0; i < files.length; i++) {
  for (let taken = Atomics.load(shared, ${TAKEN}); i - taken >= ahead.files || Atomics.load(shared, ${KILOBYTES_AHEAD}) >= ahead.kilobytes; taken = Atomics.load(shared, ${TAKEN})) {
    if (pending.length) send(i);
    Atomics.wait(shared, ${TAKEN}, taken, 5);
  }
  try {
    const bytes = fs.readFileSync(files[i]);
    // Counted as \`kilobytes\` counts them when they are taken.
    Atomics.add(shared, ${KILOBYTES_AHEAD}, Math.ceil(bytes.length / 1024));
    pending.push(bytes);
    errors.push(undefined);
  } catch (error) {
    pending.push(undefined);
    errors.push(error.code || error.message);
  }
  if (pending.length === ${BATCH}) send(i + 1);
}
if (pending.length) send(files.length);
port.close();
`;

/** A batch as the reader sends it: the files one after another, where each ends, and why one could not be read. */
interface Batch {
  whole: Uint8Array;
  ends: number[];
  errors: (string | undefined)[];
}

export class ReadAhead {
  private readonly shared = new Int32Array(new SharedArrayBuffer(12));
  private readonly port: MessagePort;
  private readonly worker: Worker | undefined;
  /** The batch that arrived last, and the next of its files to take. */
  private arrived: Batch = { whole: new Uint8Array(0), ends: [], errors: [] };
  private next = 0;
  /** The reader stopped (it failed to start, or failed): the checking thread reads for itself. */
  private failed = false;

  constructor(
    private readonly files: readonly string[],
    ahead = AHEAD,
  ) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    try {
      this.worker = new Worker(READER, {
        eval: true,
        workerData: { files, counters: this.shared.buffer, port: port2, ahead },
        transferList: [port2],
      });
      this.worker.on('error', () => (this.failed = true));
      this.worker.unref();
    } catch {
      this.failed = true;
    }
  }

  /** How many files the reader has sent so far (for the tests: never further ahead of those taken than it may). */
  get sent(): number {
    return Atomics.load(this.shared, READ);
  }

  /** The file at this index; indexes must be taken in order, each once. */
  take(index: number): ReadResult {
    const result = this.failed ? undefined : this.receive(index);
    Atomics.store(this.shared, TAKEN, index + 1);
    return result ?? readNow(this.files[index]);
  }

  private receive(index: number): ReadResult | undefined {
    if (this.next >= this.arrived.ends.length) {
      const read = Atomics.load(this.shared, READ);
      if (read <= index && Atomics.wait(this.shared, READ, read, WAIT_MS) === 'timed-out') return this.stop();
      const batch = receiveMessageOnPort(this.port)?.message as Batch | undefined;
      if (!batch) return this.stop();
      this.arrived = batch;
      this.next = 0;
    }
    const { whole, ends, errors } = this.arrived;
    const k = this.next++;
    const error = errors[k];
    if (error !== undefined) return { error };
    const start = k > 0 ? ends[k - 1] : 0;
    const bytes = Buffer.from(whole.buffer, whole.byteOffset + start, ends[k] - start);
    Atomics.sub(this.shared, KILOBYTES_AHEAD, kilobytes(bytes));
    return { bytes };
  }

  /** Ends the reader (at the end of the check, or when it cannot keep its order). */
  stop(): undefined {
    this.failed = true;
    this.port.close();
    void this.worker?.terminate();
    return undefined;
  }
}
