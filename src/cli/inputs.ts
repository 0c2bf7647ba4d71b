/**
 * What a run (`check`, `links`) is given: the files, with `--new-from-…` the lines each changed since the revision,
 * and how each file is named in the report.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { CheckOptions } from './args';
import { type ChangedLines, type Changes, ChangesError, changesSince } from './changes';
import { collectFiles, commonFolder, InputError } from './files';
import type { Io } from './io';

export interface RunInputs {
  files: string[];
  /** With `--new-from-…`: the changed lines of each changed file. */
  changes?: Changes;
  /** A file's changed lines; undefined for a file the change left alone (or without `--new-from-…`). */
  changedLines(file: string): ChangedLines | undefined;
  /** The file as the report names it: relative to the current folder, with forward slashes. */
  display(file: string): string;
}

/** The inputs of a run; undefined after saying on standard error why they cannot be had. */
export function readInputs(paths: readonly string[], newFrom: CheckOptions['newFrom'], io: Io): RunInputs | undefined {
  let files: string[];
  let changes: Changes | undefined;
  try {
    files = collectFiles(paths, io.cwd);
    // The repository is the one holding the articles (the current folder may lie outside it).
    if (newFrom) changes = changesSince(newFrom.revision, files.length ? path.dirname(files[0]) : io.cwd, newFrom.from);
  } catch (error) {
    if (error instanceof InputError || error instanceof ChangesError) {
      io.stderr(`selfhelp: ${error.message}\n`);
      return undefined;
    }
    throw error;
  }
  // git names files by their real paths; the inputs may reach them through a symbolic link (macOS's /tmp). The
  // link's folder is resolved once: one call for each file of a large repository cost a quarter of a small check.
  const linked = files.length ? commonFolder(files) : io.cwd;
  const real = realPath(linked);
  return {
    files,
    changes,
    changedLines: (file) =>
      changes?.get(file) ?? (real === linked ? undefined : changes?.get(real + file.slice(linked.length))),
    display: (file) => path.relative(io.cwd, file).split(path.sep).join('/') || path.basename(file),
  };
}

function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}
