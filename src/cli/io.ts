/** What the CLI reads and writes: given by bin.ts, or by a test in-process. */
export interface Io {
  argv: readonly string[];
  cwd: string;
  /** Writes to standard output; a promise when the stream asks to wait (a pipe read slower than the report is made). */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
  /** Standard error is a terminal: show progress there. */
  isTerminal?: boolean;
  /** The script a worker thread runs (the bundled CLI); without it everything runs on this thread. */
  workerScript?: string;
  /** The English word list of the spelling rule (default: beside the CLI). */
  wordList?: string;
}

/**
 * Io.stdout over a stream: a write the stream cannot take at once (a pipe whose reader is behind) returns a promise
 * of its draining, so that a long report waits instead of piling up in memory (65 MB of the corpus's report did).
 */
export function writerTo(stream: NodeJS.WritableStream): (text: string) => void | Promise<void> {
  return (text) => {
    if (stream.write(text)) return undefined;
    return new Promise<void>((resolve) => {
      const done = () => {
        stream.off('drain', done);
        stream.off('error', done);
        stream.off('close', done);
        resolve();
      };
      stream.on('drain', done).on('error', done).on('close', done);
    });
  };
}
