/**
 * Reads the files of a check on a thread of its own, ahead of the thread that checks them: opening and reading ten
 * thousand files one at a time cost the checking thread about a tenth of a whole run, time the second core can spend
 * instead. The files arrive in order; the reader stays at most 256 files and 64 MB ahead, so memory stays bounded on
 * any repo.
 */
import * as fs from 'fs';
import * as path from 'path';
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
export const BATCH = 32;
/** How long the checking thread waits for the reader before it reads the file itself. */
const WAIT_MS = 2_000;
/** The shared counters: files sent, files taken, kilobytes sent and not taken. */
export const Slot = { Read: 0, Taken: 1, KilobytesAhead: 2 } as const;

export const kilobytes = (bytes: Uint8Array) => Math.ceil(bytes.length / 1024);

/** The reader thread's script, built beside the checker's bundle (and compiled beside this file for the tests). */
const READER_SCRIPT = path.join(__dirname, 'read-ahead-thread.js');

/** What the reader thread is given. */
export interface ReaderInput {
  files: readonly string[];
  counters: SharedArrayBuffer;
  port: MessagePort;
  ahead: typeof AHEAD;
}

/** A batch as the reader sends it: the files one after another, where each ends, and why one could not be read. */
export interface Batch {
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
      // Without its script (a checker copied without it) the reader would only time out: read here at once.
      if (!fs.existsSync(READER_SCRIPT)) throw new Error(`${READER_SCRIPT} is missing`);
      this.worker = new Worker(READER_SCRIPT, {
        workerData: { files, counters: this.shared.buffer, port: port2, ahead } satisfies ReaderInput,
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
    return Atomics.load(this.shared, Slot.Read);
  }

  /** The file at this index; indexes must be taken in order, each once. */
  take(index: number): ReadResult {
    const result = this.failed ? undefined : this.receive(index);
    Atomics.store(this.shared, Slot.Taken, index + 1);
    return result ?? readNow(this.files[index]);
  }

  private receive(index: number): ReadResult | undefined {
    if (this.next >= this.arrived.ends.length) {
      const read = Atomics.load(this.shared, Slot.Read);
      if (read <= index && Atomics.wait(this.shared, Slot.Read, read, WAIT_MS) === 'timed-out') return this.stop();
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
    Atomics.sub(this.shared, Slot.KilobytesAhead, kilobytes(bytes));
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
