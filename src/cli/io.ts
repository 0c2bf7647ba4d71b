/** What the CLI reads and writes: given by bin.ts, or by a test in-process. */
export interface Io {
  argv: readonly string[];
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard error is a terminal: show progress there. */
  isTerminal?: boolean;
  /** The script a worker thread runs (the bundled CLI); without it everything runs on this thread. */
  workerScript?: string;
  /** The English word list of the spelling rule (default: beside the CLI). */
  wordList?: string;
}
