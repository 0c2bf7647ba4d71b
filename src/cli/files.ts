/** Which files a `check` covers: files, folders (their *.md) and globs, in a stable order. */
import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAMES } from '../core';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export class InputError extends Error {}

const hasGlob = (p: string) => /[*?[]/.test(p);

/** `*` within a segment, `**` across segments, `?` one character; the rest literal. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slashAfter = glob[i + 2] === '/';
      source += slashAfter ? '(?:[^/]*/)*' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function walk(folder: string, files: string[], accept: (name: string) => boolean): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new InputError(`Cannot read the folder ${folder}: ${(error as Error).message}`);
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(full, files, accept);
    } else if (entry.isFile() && accept(entry.name)) files.push(full);
  }
}

const isMarkdown = (name: string) => name.toLowerCase().endsWith('.md');

/** Resolves the inputs to absolute file paths, sorted and without repeats. Throws InputError for what is missing. */
export function collectFiles(inputs: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const input of inputs.length ? inputs : ['.']) {
    if (hasGlob(input)) {
      const normalized = input.replace(/\\/g, '/');
      const segments = normalized.split('/');
      const firstGlob = segments.findIndex(hasGlob);
      const base = path.resolve(cwd, segments.slice(0, firstGlob).join('/') || '.');
      const pattern = globToRegExp(segments.slice(firstGlob).join('/'));
      const candidates: string[] = [];
      if (fs.existsSync(base)) walk(base, candidates, () => true);
      const matched = candidates.filter((file) => pattern.test(path.relative(base, file).split(path.sep).join('/')));
      if (!matched.length) throw new InputError(`No file matches ${input}`);
      files.push(...matched);
      continue;
    }
    const full = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      throw new InputError(`No such file or folder: ${input}`);
    }
    if (stat.isDirectory()) walk(full, files, isMarkdown);
    else files.push(full);
  }
  return [...new Set(files)].sort();
}

/** Every Markdown file under a folder, as `collectFiles` finds them there; none when the folder cannot be read. */
export function markdownFilesUnder(folder: string): string[] {
  const files: string[] = [];
  try {
    walk(folder, files, isMarkdown);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
  }
  return files.sort();
}

/** The folders where an article repository starts: its rule configuration, or else its git root. */
const ROOT_MARKERS = [...CONFIG_FILE_NAMES, '.git'];

/**
 * The repository the checked files belong to, whose articles the rules over many articles compare them with: the
 * nearest folder above them that holds `.selfhelp.json` (or `selfhelp.config.json`) or `.git`; outside any
 * repository, the folder that holds them all.
 */
export function articleRoot(files: readonly string[], cwd: string): string {
  const start = files.length ? commonFolder(files) : cwd;
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (ROOT_MARKERS.some((name) => fs.existsSync(path.join(folder, name)))) return folder;
    if (path.dirname(folder) === folder) return start;
  }
}

/** The deepest folder holding all these files (at least one). */
export function commonFolder(files: readonly string[]): string {
  const folders = files.map((file) => path.dirname(file));
  let common = folders[0];
  for (const folder of folders)
    while (common !== folder && !folder.startsWith(common.endsWith(path.sep) ? common : common + path.sep))
      common = path.dirname(common);
  return common;
}

/** Whether a folder given to check holds the whole root: then every article of the repository is checked already. */
export function coversFolder(inputs: readonly string[], cwd: string, root: string): boolean {
  return (inputs.length ? inputs : ['.']).some((input) => {
    if (hasGlob(input)) return false;
    const folder = path.resolve(cwd, input);
    return (
      (root === folder || root.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep)) && isFolder(folder)
    );
  });
}

export function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
