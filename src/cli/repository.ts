/**
 * The repository a check's articles belong to: the articles the rules over many articles (duplicate ids, display
 * orders, file names) compare the checked ones with. Outside any repository, the files and folders given are the
 * whole set, so a lone article in /tmp or a home folder never reads what lies beside it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAMES } from '../core';
import { commonFolder, globToRegExp, hasGlob, isFolder, isMarkdown, SKIPPED_FOLDERS } from './files';
import { git } from './git';

/** The folders where an article repository starts: its rule configuration, or else its git root. */
const ROOT_MARKERS = [...CONFIG_FILE_NAMES, '.git'];

/**
 * The nearest folder above the checked files that holds `.selfhelp.json` (or `selfhelp.config.json`) or `.git`;
 * undefined outside any repository.
 */
export function repositoryRoot(files: readonly string[], cwd: string): string | undefined {
  for (let folder = files.length ? commonFolder(files) : cwd; ; folder = path.dirname(folder)) {
    if (ROOT_MARKERS.some((name) => fs.existsSync(path.join(folder, name)))) return folder;
    if (path.dirname(folder) === folder) return undefined;
  }
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

/**
 * The repository's Markdown files, sorted. In a git work tree, git's own files: tracked and untracked but not
 * ignored, so a build folder or a copied `node_modules` never counts. Without git, the folder's files but those its
 * `.gitignore` files ignore.
 */
export function repositoryMarkdownFiles(root: string): string[] {
  const listed = git(['ls-files', '-z', '-c', '-o', '--exclude-standard', '--', ':(icase)*.md'], root);
  if (listed.ok) {
    const deleted = git(['ls-files', '-z', '-d', '--', ':(icase)*.md'], root);
    const gone = new Set(deleted.ok ? deleted.out.split('\0') : []);
    return listed.out
      .split('\0')
      .filter((file) => file && !gone.has(file))
      .map((file) => path.join(root, file))
      .sort();
  }
  const files: string[] = [];
  walkUnignored(root, [], files);
  return files.sort();
}

/** One `.gitignore` line: a pattern matched against a path relative to the folder holding the file. */
interface IgnoreRule {
  readonly base: string;
  readonly pattern: RegExp;
  readonly negated: boolean;
  readonly foldersOnly: boolean;
}

function readIgnoreRules(folder: string): IgnoreRule[] {
  let text: string;
  try {
    text = fs.readFileSync(path.join(folder, '.gitignore'), 'utf8');
  } catch {
    return [];
  }
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (!line || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    if (negated) line = line.slice(1);
    const foldersOnly = line.endsWith('/');
    if (foldersOnly) line = line.slice(0, -1);
    // A slash at the start or in the middle anchors the pattern to its folder; otherwise it matches at any depth.
    const anchored = line.includes('/');
    line = line.replace(/^\//, '').replace(/\\(.)/g, '$1');
    if (!line) continue;
    rules.push({ base: folder, pattern: globToRegExp(anchored ? line : `**/${line}`), negated, foldersOnly });
  }
  return rules;
}

/** The last rule that matches decides, as in git. */
function ignored(rules: readonly IgnoreRule[], full: string, isFolderEntry: boolean): boolean {
  let result = false;
  for (const rule of rules) {
    if (rule.foldersOnly && !isFolderEntry) continue;
    const relative = path.relative(rule.base, full).split(path.sep).join('/');
    if (rule.pattern.test(relative)) result = !rule.negated;
  }
  return result;
}

function walkUnignored(folder: string, inherited: readonly IgnoreRule[], files: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  const rules = [...inherited, ...readIgnoreRules(folder)];
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !ignored(rules, full, true)) walkUnignored(full, rules, files);
    } else if (entry.isFile() && isMarkdown(entry.name) && !ignored(rules, full, false)) files.push(full);
  }
}
