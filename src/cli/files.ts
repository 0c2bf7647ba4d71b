/** Which files a `check` covers: files, folders (their *.md) and globs, in a stable order. */
import * as fs from 'fs';
import * as path from 'path';

export const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export class InputError extends Error {}

export const hasGlob = (p: string) => /[*?[]/.test(p);

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

export function walk(folder: string, files: string[], accept: (name: string) => boolean): void {
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

export const isMarkdown = (name: string) => name.toLowerCase().endsWith('.md');

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

/** The deepest folder holding all these files (at least one). */
export function commonFolder(files: readonly string[]): string {
  const folders = files.map((file) => path.dirname(file));
  let common = folders[0];
  for (const folder of folders)
    while (common !== folder && !folder.startsWith(common.endsWith(path.sep) ? common : common + path.sep))
      common = path.dirname(common);
  return common;
}

export function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
